"""Line-level rules: metadata lines, captions, boilerplate and repeated headlines leave the body.

Each removed line becomes one artefact row (its kind says why), so metadata parsing reads
the title/dateline/byline/source lines back from the artefacts, and an analyst can audit or
undo every removal.

>>> from transforms.textedit import EditLog
>>> raw = "Big News Today\\n\\nbig news today\\n\\nBy Jane Doe\\n\\nBody text here.\\n\\nBack To Top"
>>> log = EditLog(raw)
>>> log.apply(remove_nonbody_lines(log.text, LineContext()))
>>> log.text
'Body text here.\\n\\n'
>>> [r.kind for r in log.rows]
['title', 'duplicate_line', 'byline', 'boilerplate']
"""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import regex

from transforms.textedit import Change

METADATA_KINDS = ("title", "subtitle", "dateline", "byline", "source_line")
MAX_TITLE_CHARS = 200
_SLUG_STRIP = regex.compile(r"[^\p{L}\p{N}]+")


@dataclass(frozen=True)
class LineRule:
    kind: str
    max_chars: int
    patterns: tuple[regex.Pattern, ...]

    def matches(self, line: str) -> bool:
        return len(line) <= self.max_chars and any(p.search(line) for p in self.patterns)


@dataclass(frozen=True)
class LineContext:
    """What the line rules know beyond the document: boilerplate learned from the corpus."""

    learned_boilerplate: frozenset[str] = field(default_factory=frozenset)


def _load(name: str) -> dict:
    return tomllib.loads(resources.files("transforms.data").joinpath(name).read_text("utf-8"))


def _compile(patterns: list[str]) -> tuple[regex.Pattern, ...]:
    return tuple(regex.compile(p, regex.I | regex.V0) for p in patterns)


@lru_cache(maxsize=1)
def line_rules() -> tuple[LineRule, ...]:
    """Rules in the order they are tried (read once from TOML)."""
    spec = _load("line_rules.toml")
    boiler = _load("boilerplate.toml")
    rules = [
        LineRule(kind, spec[kind]["max_chars"], _compile(spec[kind]["patterns"]))
        for kind in ("source_line", "caption", "byline", "dateline")
    ]
    rules.append(LineRule("boilerplate", boiler["max_chars"], _compile(boiler["patterns"])))
    return tuple(rules)


def line_key(line: str) -> str:
    """Normalised form used to compare lines: lower case, letters and digits only.

    >>> line_key("Envoys-meet-in Geneva!") == line_key("ENVOYS MEET IN GENEVA")
    True
    """
    return _SLUG_STRIP.sub(" ", line.casefold()).strip()


def line_hash(line: str) -> str:
    """Stable hash of :func:`line_key`, used to learn boilerplate across documents."""
    return hashlib.blake2b(line_key(line).encode("utf-8"), digest_size=8).hexdigest()


def classify_line(line: str, context: LineContext) -> str | None:
    """The non-body kind of one stripped line, or None for a body line."""
    for rule in line_rules():
        if rule.matches(line):
            return rule.kind
    if context.learned_boilerplate and line_hash(line) in context.learned_boilerplate:
        return "boilerplate"
    return None


def _looks_like_title(line: str) -> bool:
    return (
        len(line) <= MAX_TITLE_CHARS
        and not line.endswith((".", ",", ";", ":"))
        and len(line.split()) >= 2
        or (len(line) <= MAX_TITLE_CHARS and line.endswith(("?", "!")))
    )


def remove_nonbody_lines(text: str, context: LineContext) -> list[Change]:
    """Propose removal of title, metadata, caption, boilerplate and duplicate lines.

    Each removal takes the line and the blank lines after it, so paragraphs stay separated
    by exactly one blank line.
    """
    lines = text.split("\n")
    starts = []
    pos = 0
    for ln in lines:
        starts.append(pos)
        pos += len(ln) + 1
    changes: list[Change] = []
    seen_keys: set[str] = set()
    seen_body = False
    title_taken = False
    i = 0
    while i < len(lines):
        stripped = lines[i].strip()
        if not stripped:
            i += 1
            continue
        kind = classify_line(stripped, context)
        key = line_key(stripped)
        if kind is None and key and key in seen_keys and len(stripped) <= MAX_TITLE_CHARS:
            kind = "duplicate_line"
        if kind is None and not seen_body and not title_taken and _looks_like_title(stripped):
            kind = "title"
        if kind in ("title",):
            title_taken = True
        if kind is None:
            seen_body = True
            if len(stripped) <= MAX_TITLE_CHARS:
                seen_keys.add(key)
            i += 1
            continue
        if kind == "title":
            seen_keys.add(key)
        # the line plus following blank lines
        j = i + 1
        while j < len(lines) and not lines[j].strip():
            j += 1
        start = starts[i]
        end = starts[j] if j < len(lines) else len(text)
        changes.append(Change(kind, start, end, text[start:end], ""))
        i = j
    return changes
