"""People, places and organisations: a gazetteer of known names plus a pattern detector.

The gazetteer (data/gazetteer.csv) maps spelling and transliteration variants to one
canonical name; the detector finds titled names nobody listed ("President Ana Costa").

>>> [(m.canonical_name, m.surface) for m in find_mentions("Analysts in Kiev said NATO and President Ana Costa met.")]
[('Kyiv', 'Kiev'), ('NATO', 'NATO'), ('Ana Costa', 'Ana Costa')]
"""

from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import regex

TITLES = (
    "President|Prime Minister|Minister|Foreign Minister|Defence Minister|Defense Minister|"
    "Chancellor|Senator|Governor|Mayor|General|Gen\\.|Ambassador|Secretary|Spokesman|"
    "Spokeswoman|Spokesperson|Judge|Dr\\.|Mr\\.|Mrs\\.|Ms\\.|Professor|Commissioner|Chairman|"
    "Chairwoman|Director|Minister of [A-Z][a-z]+|Deputy [A-Z][a-z]+"
)
_TITLED = regex.compile(
    rf"\b(?:{TITLES})\s+((?:\p{{Lu}}[\p{{Ll}}'’\-]+)(?:\s+\p{{Lu}}[\p{{Ll}}'’\-]+){{0,2}})"
)


@dataclass(frozen=True)
class Mention:
    entity_id: str
    canonical_name: str
    entity_type: str
    origin: str
    surface: str
    start: int
    end: int


def entity_id(entity_type: str, canonical_name: str) -> str:
    """Stable id from type and canonical name.

    >>> entity_id("place", "Kyiv")
    'place:kyiv'
    """
    slug = regex.sub(r"[^\p{L}\p{N}]+", "-", canonical_name.casefold()).strip("-")
    if len(slug) > 60:
        slug = slug[:40] + hashlib.blake2b(slug.encode(), digest_size=4).hexdigest()
    return f"{entity_type}:{slug}"


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[regex.Pattern, dict[str, tuple[str, str]]]:
    text = resources.files("transforms.data").joinpath("gazetteer.csv").read_text("utf-8")
    variants: dict[str, tuple[str, str]] = {}
    for row in csv.DictReader(text.splitlines()):
        for v in [row["canonical_name"], *row["variants"].split("|")]:
            if v:
                variants[v] = (row["canonical_name"], row["entity_type"])
    alternation = "|".join(regex.escape(v) for v in sorted(variants, key=len, reverse=True))
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{alternation})(?![\p{{L}}\p{{N}}])"), variants


def find_mentions(text: str) -> list[Mention]:
    """Mentions in ``text`` (gazetteer first; detected names that overlap are dropped)."""
    pattern, variants = _gazetteer()
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for m in pattern.finditer(text):
        canonical, etype = variants[m.group()]
        out.append(Mention(entity_id(etype, canonical), canonical, etype, "gazetteer",
                           m.group(), m.start(), m.end()))
        taken.append((m.start(), m.end()))
    for m in _TITLED.finditer(text):
        s, e = m.span(1)
        if any(s < te and ts < e for ts, te in taken):
            continue
        name = m.group(1)
        out.append(Mention(entity_id("person", name), name, "person", "detected", name, s, e))
    out.sort(key=lambda x: x.start)
    return out


def lookup(name: str) -> tuple[str, str] | None:
    """(canonical name, entity type) of a gazetteer name or variant, else None."""
    return _gazetteer()[1].get(name)
