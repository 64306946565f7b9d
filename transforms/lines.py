"""Line-level rules: metadata lines, captions, boilerplate and repeated headlines leave the body.

Each removed line becomes one artefact row whose ``original`` holds the full line (plus the
blank lines after it), so metadata parsing reads title/subtitle/dateline/byline/source lines
back from the artefacts, and an analyst can audit or undo every removal.

How a line is judged, in order:

1. the catalogue (data/line_rules.toml, data/boilerplate.toml): ``source_line``, ``caption``,
   ``dateline``, ``byline``, ``boilerplate``; then boilerplate learned from the corpus;
2. position: the first unclassified line near the top is the ``title`` when it reads like a
   headline and body text follows; the next unclassified line is the ``subtitle`` when it reads
   like a headline too, or when a byline/dateline follows it;
3. repeats: a line equal to the title or subtitle after case and punctuation are ignored, or a
   slug of it ("envoys-meet-in-geneva"), or a line repeating the line just before it (up to
   case and spacing), is a ``duplicate_line``.

>>> from transforms.textedit import EditLog
>>> raw = ("Big News Today\\n\\nbig-news-today\\n\\nBy Jane Doe\\n\\nBy Tuesday, the talks had "
...        "stalled.\\n\\nBack To Top")
>>> log = EditLog(raw)
>>> log.apply(remove_nonbody_lines(log.text, LineContext()))
>>> log.text
'By Tuesday, the talks had stalled.\\n\\n'
>>> [r.kind for r in log.rows]
['title', 'duplicate_line', 'byline', 'boilerplate']
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate

import regex

from transforms.data import read_data
from transforms.textedit import Change

METADATA_KINDS = ("title", "subtitle", "dateline", "byline", "source_line")
MAX_TITLE_CHARS = 200
MAX_SUBTITLE_CHARS = 320
HEAD_LINES = 6  # the title must be among the first lines of the document
_NON_ALNUM = regex.compile(r"[^\p{L}\p{N}]+")
_SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+){2,}/?$")
_ENDS_LIKE_SENTENCE = regex.compile(r"[.,;:…。，；：](?:[\"'”’»)\]」』]*)$")
_UNSPACED_SCRIPT = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}]")
_SENTENCE_BREAK = regex.compile(r"[.!?;…][\"'”’»)\]]*\s+\S")
MAX_HEADLINE_WORDS = 25
_WORDS = regex.compile(r"[\p{L}\p{N}]+")
_SUBTITLE_NEIGHBOURS = ("byline", "dateline", "source_line")


@dataclass(frozen=True)
class LineRule:
    kind: str
    max_chars: int
    pattern: regex.Pattern  # the rule's anchored patterns as one alternation

    def matches(self, line: str) -> bool:
        return len(line) <= self.max_chars and self.pattern.match(line) is not None


@dataclass(frozen=True)
class LineContext:
    """What the line rules know beyond the document: boilerplate learned from the corpus."""

    learned_boilerplate: frozenset[str] = field(default_factory=frozenset)


def _load(name: str) -> dict:
    return tomllib.loads(read_data(name))


def _compile(patterns: list[str], macros: dict[str, str], flags: int = 0) -> regex.Pattern:
    out = []
    for p in patterns:
        for name, value in macros.items():
            p = p.replace("{" + name + "}", value)
        out.append(f"(?:{p})")
    return regex.compile("|".join(out), flags | regex.V0)


@lru_cache(maxsize=1)
def _max_chars() -> int:
    return max(rule.max_chars for rule in line_rules())


@lru_cache(maxsize=1)
def line_rules() -> tuple[LineRule, ...]:
    """Rules in the order they are tried (read once from TOML)."""
    spec = _load("line_rules.toml")
    macros = spec["macros"]
    rules = [
        LineRule(kind, spec[kind]["max_chars"], _compile(spec[kind]["patterns"], macros))
        for kind in ("source_line", "caption", "dateline", "byline")
    ]
    for group in _load("boilerplate.toml")["groups"]:
        rules.append(LineRule("boilerplate", group["max_chars"],
                              _compile(group["patterns"], {}, regex.I)))
    return tuple(rules)


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    from transforms.homoglyphs import tables

    return str.maketrans(tables().to_latin)


@lru_cache(maxsize=1)
def _foldable() -> re.Pattern:
    """Any look-alike letter :func:`_fold_table` folds (a line without one is left as is)."""
    return re.compile("[" + re.escape("".join(sorted(map(chr, _fold_table())))) + "]")


# ASCII characters that are neither letters nor digits (what _NON_ALNUM removes from ASCII)
_ASCII_NON_ALNUM = {i: None for i in range(128) if not chr(i).isalnum()}


@lru_cache(maxsize=4096)  # a line is keyed to learn, to look up and to compare with the title
def line_key(line: str) -> str:
    """Normalised form used to compare lines: letters and digits only, case and look-alike
    letters folded, so token-level repairs (spaces, hyphens, homoglyphs) do not change it.

    >>> line_key("Envoys-meet-in Geneva!") == line_key("ENVOYS MEET IN GENEVA") == line_key(
    ...     "Envoys Meet in Gеneva")
    True
    """
    if line.isascii():  # the same key, without the Unicode machinery
        return line.lower().translate(_ASCII_NON_ALNUM)
    if _foldable().search(line):
        line = line.translate(_fold_table())
    return _NON_ALNUM.sub("", line.casefold())


def line_hash(line: str) -> str:
    """Stable hash of :func:`line_key`, used to learn boilerplate across documents."""
    return hashlib.blake2b(line_key(line).encode("utf-8"), digest_size=8).hexdigest()


def classify_line(line: str, context: LineContext) -> str | None:
    """The catalogue or learned non-body kind of one stripped line, or None."""
    n = len(line)
    if n <= _max_chars():
        kind = _catalogue_kind(line)
        if kind is not None:
            return kind
    if (context.learned_boilerplate and n <= _learned_max_chars()
            and line_hash(line) in context.learned_boilerplate):
        return "boilerplate"
    return None


@lru_cache(maxsize=8192)  # bylines, datelines, footers and captions recur across documents
def _catalogue_kind(line: str) -> str | None:
    n = len(line)
    for max_chars, match, kind in _matchers():
        if n <= max_chars and match(line) is not None:
            return kind
    return None


@lru_cache(maxsize=1)
def _matchers() -> tuple[tuple[int, Callable, str], ...]:
    """(max_chars, pattern.match, kind) of each rule, in order: LineRule.matches, unwrapped."""
    return tuple((rule.max_chars, rule.pattern.match, rule.kind) for rule in line_rules())


@lru_cache(maxsize=1)
def _learned_max_chars() -> int:
    """Longer lines are never learned (data/boilerplate_learning.toml), so never looked up."""
    return _load("boilerplate_learning.toml")["max_chars"]


def looks_like_headline(line: str, max_chars: int = MAX_TITLE_CHARS) -> bool:
    """Short, two to 25 words, one sentence, not ending like a statement (? and ! are fine).

    >>> looks_like_headline("Envoys Meet in Geneva"), looks_like_headline("They met.")
    (True, False)
    >>> looks_like_headline("Is it over? Nobody knows ; the talks resume!")
    False
    >>> looks_like_headline("无人驾驶插秧机在江苏多地投入使用"), looks_like_headline("今天下雨。")
    (True, False)
    """
    words = len(line.split())
    if words == 1 and _UNSPACED_SCRIPT.search(line):  # Chinese/Japanese/Thai: no spaces
        words = max(1, len(_UNSPACED_SCRIPT.findall(line)) // 2)
    return (len(line) <= max_chars and 2 <= words <= MAX_HEADLINE_WORDS
            and not _ENDS_LIKE_SENTENCE.search(line) and not _SENTENCE_BREAK.search(line))


def _is_slug_of(line: str, words: list[str]) -> bool:
    """A URL slug made of the headline's words in order (stop words may be dropped)."""
    if not _SLUG.match(line) or not words:
        return False
    parts = [p for p in re.split(r"[-_/]", line) if p]
    if parts and parts[-1].isdigit() and parts[-1] not in words:
        parts = parts[:-1]  # a trailing article id
    if len(parts) < 3:
        return False
    it = iter(words)
    return all(any(p == w for w in it) for p in parts)


def remove_nonbody_lines(text: str, context: LineContext) -> list[Change]:
    """Propose removal of title, metadata, caption, boilerplate and duplicate lines.

    Each removal takes the line and the blank lines after it, so paragraphs stay separated
    by exactly one blank line.
    """
    lines = text.split("\n")
    starts = list(accumulate((len(ln) + 1 for ln in lines), initial=0))
    items = [(i, stripped) for i, ln in enumerate(lines) if (stripped := ln.strip())]
    if not items:
        return []
    kinds: list[str | None] = [classify_line(s, context) for _, s in items]

    def next_unclassified(k: int) -> int | None:
        while k < len(items) and kinds[k] is not None:
            k += 1
        return k if k < len(items) else None

    head_keys: list[tuple[str, list[str]]] = []
    t = next_unclassified(0)
    if t is not None and t < HEAD_LINES and looks_like_headline(items[t][1]):
        body_after = next_unclassified(t + 1)
        if body_after is not None:
            kinds[t] = "title"
            head_keys.append(_keys(items[t][1]))
            _mark_duplicates(items, kinds, t + 1, head_keys)
            s = next_unclassified(t + 1)
            if s is not None and next_unclassified(s + 1) is not None:
                line = items[s][1]
                nxt = kinds[s + 1] if s + 1 < len(items) else None
                if (looks_like_headline(line, MAX_SUBTITLE_CHARS)
                        or (nxt in _SUBTITLE_NEIGHBOURS and len(line) <= MAX_SUBTITLE_CHARS)):
                    kinds[s] = "subtitle"
                    head_keys.append(_keys(line))
                    _mark_duplicates(items, kinds, s + 1, head_keys)
    for k in range(1, len(items)):
        line, prev = items[k][1], items[k - 1][1]
        # strict: only case and spacing may differ (first and last characters checked first)
        if (kinds[k] is None and len(line) <= MAX_SUBTITLE_CHARS
                and line[0].casefold()[0] == prev[0].casefold()[0]
                and line[-1].casefold()[-1] == prev[-1].casefold()[-1]
                and _spacing_key(line) == _spacing_key(prev)):
            kinds[k] = "duplicate_line"

    changes: list[Change] = []
    for k, (i, _) in enumerate(items):
        if kinds[k] is None:
            continue
        end_line = items[k + 1][0] if k + 1 < len(items) else len(lines)
        start = starts[i]
        end = starts[end_line] if end_line < len(lines) else len(text)
        changes.append(Change(kinds[k], start, end, text[start:end], ""))
    return changes


def _spacing_key(line: str) -> str:
    return " ".join(line.casefold().split())


def _keys(line: str) -> tuple[str, list[str]]:
    return line_key(line), [w.casefold() for w in _WORDS.findall(line)]


def _mark_duplicates(items, kinds, start: int, head_keys) -> None:
    """Mark unclassified lines from ``start`` on that repeat a head line."""
    for k in range(start, len(items)):
        if kinds[k] is not None:
            continue
        line = items[k][1]
        if len(line) > MAX_SUBTITLE_CHARS:
            continue
        key = line_key(line)
        for head_key, words in head_keys:
            if key == head_key or _is_slug_of(line.lower(), words):
                kinds[k] = "duplicate_line"
                break
