"""The cleaning pipeline: run the rules in order over one document and log every change.

The order is fixed by :class:`CleaningConfig` (its fields are the rule names, in order):
encoding-level repairs first, then token-level repairs, then line-level removals, then a
final whitespace tidy. Token-level repairs run before the line rules so that metadata lines
are read repaired (a title with "NАТO" is stored as "NATO") and the line rules see the words
they match on. Each rule only proposes :class:`~transforms.textedit.Change` objects;
:class:`~transforms.textedit.EditLog` applies and records them.

>>> result = clean_document("Title Here\\n\\nBy Ann Lee\\n\\nThe talks , said  Ann.\\n")
>>> result.text
'The talks, said Ann.'
>>> [r.kind for r in result.rows]
['spacing', 'spacing', 'title', 'byline', 'spacing']
>>> clean_document(result.text).text == result.text
True
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, fields
from functools import lru_cache

from transforms.glued_tokens import split_glued_tokens
from transforms.homoglyphs import fold_homoglyphs
from transforms.hyphens import restore_dropped_hyphens
from transforms.lines import LineContext, remove_nonbody_lines
from transforms.markup import strip_markup
from transforms.mojibake import fix_mojibake
from transforms.quote_marks import normalize_quote_marks
from transforms.spacing import fix_spacing
from transforms.textedit import ArtefactRow, Change, EditLog
from transforms.unicode_norm import normalize_unicode

Rule = Callable[[str, LineContext], list[Change]]


def _text_rule(fn: Callable[[str], list[Change]]) -> Rule:
    return lambda text, _ctx: fn(text)


_BLANK_RUNS = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")


def tidy_whitespace(text: str) -> list[Change]:
    """Trim the document and collapse runs of blank lines to one (kind ``spacing``).

    >>> [c.replacement for c in tidy_whitespace("\\n\\nA\\n\\n\\n\\nB\\n")]
    ['', '\\n\\n', '']
    """
    # leading and trailing whitespace runs (a text of whitespace only is one leading run)
    lo = len(text) - len(text.lstrip())
    hi = len(text.rstrip())
    edges = [Change("spacing", 0, lo, text[:lo], "")] if lo else []
    if lo < hi < len(text):
        edges.append(Change("spacing", hi, len(text), text[hi:], ""))
    lo = edges[0].end if edges and edges[0].start == 0 else 0
    hi = edges[-1].start if edges and edges[-1].end == len(text) else len(text)
    inner = [Change("spacing", m.start(), m.end(), m.group(), "\n\n")
             for m in _BLANK_RUNS.finditer(text, lo, hi)]
    return sorted(edges + inner, key=lambda c: c.start)


# The registry of rules by name; CleaningConfig decides which run and in which order.
RULES: dict[str, Rule] = {
    "mojibake": _text_rule(fix_mojibake),
    "markup": _text_rule(strip_markup),
    "unicode": _text_rule(normalize_unicode),
    "homoglyph": _text_rule(fold_homoglyphs),
    "quote": _text_rule(normalize_quote_marks),
    "glued_token": _text_rule(split_glued_tokens),
    "dropped_hyphen": _text_rule(restore_dropped_hyphens),
    "spacing": _text_rule(fix_spacing),
    "lines": remove_nonbody_lines,
    "tidy": _text_rule(tidy_whitespace),
}


@dataclass(frozen=True)
class CleaningConfig:
    """Which rules run; the field order is the order they run in."""

    mojibake: bool = True  # first: C1 controls are evidence of damage the unicode rule deletes
    markup: bool = True  # web pages saved as .txt: tags out, text kept, before rules read lines
    unicode: bool = True  # line endings, invisibles, odd spaces, NFC: later rules assume them
    homoglyph: bool = True  # fold look-alike letters before any rule reads words
    quote: bool = True  # settle quote marks before spacing judges the space next to them
    glued_token: bool = True  # split "said.The" before the hyphen rule reads tokens
    dropped_hyphen: bool = True  # "longrange" -> "long-range" on clean, separated tokens
    spacing: bool = True  # stray spaces before punctuation, doubled spaces (after quote fixes)
    lines: bool = True  # metadata, captions, boilerplate, duplicates leave the body, repaired
    tidy: bool = True  # trim the document and collapse blank-line runs left by removals

    def enabled(self) -> list[tuple[str, Rule]]:
        return list(_enabled(self))


@lru_cache(maxsize=16)  # a config is frozen: its rule list is worked out once
def _enabled(config: CleaningConfig) -> tuple[tuple[str, Rule], ...]:
    return tuple((f.name, RULES[f.name]) for f in fields(config) if getattr(config, f.name))


DEFAULT_CONFIG = CleaningConfig()


@dataclass(frozen=True)
class CleanResult:
    text: str
    rows: list[ArtefactRow]


def clean_document(
    raw: str,
    context: LineContext | None = None,
    config: CleaningConfig = DEFAULT_CONFIG,
) -> CleanResult:
    """Clean one document's text; the result carries every change as an artefact row."""
    ctx = context or LineContext()
    log = EditLog(raw)
    for _name, rule in _enabled(config):
        log.apply(rule(log.text, ctx))
    return CleanResult(log.text, log.rows)
