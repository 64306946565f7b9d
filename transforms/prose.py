"""Cheap prose features shared by the token-level cleaning rules.

* :class:`EnglishMap` answers "is the paragraph at this offset English prose?", so rules that
  are only safe in English (dropped hyphens, spaced ``: ; ! ?``) leave French typography,
  German compounds and Russian text alone. It tokenises a paragraph only when asked.
* :func:`protected_spans` finds URLs, e-mail addresses, bare domains, @handles and #tags,
  which no token-level rule may edit.

Word lists and thresholds are data (data/prose.toml), read once.

>>> m = EnglishMap("The talks resumed in Geneva on Tuesday, officials said.\\n\\n"
...                "Le niveau du lac a atteint mardi son point le plus bas depuis vingt ans.")
>>> m.at(0), m.at(70)
(True, False)
>>> protected_spans("see https://example.com/a.B and news.example.com.ua, or @kyiv_daily")
[(4, 27), (32, 51), (56, 67)]
"""

from __future__ import annotations

import bisect
import math
import re
import tomllib
from functools import lru_cache

from transforms.data import read_data
from transforms.lexicon import frequency

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_PARA_BREAK = re.compile(r"\n[ \t]*\n")


@lru_cache(maxsize=1)
def settings() -> dict:
    raw = read_data("prose.toml")
    return tomllib.loads(raw)


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    return frozenset(settings()["english_function_words"])


_PROTECTED = re.compile(
    r"(?:https?|ftp)://[^\s<>\"«»“”]+?(?=[.,;:!?)\]]*(?:[\s<>\"«»“”]|$)|\.[A-Z][a-z])"
    r"|www\.[^\s<>\"«»“”]+?(?=[.,;:!?)\]]*(?:[\s<>\"«»“”]|$)|\.[A-Z][a-z])"
    r"|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|(?<![\w.-])(?P<domain>[\w-]+(?:\.[\w-]+)+)(?P<path>/[^\s<>\"«»“”]*)?"
    r"|(?<![\w@])[@#]\w+"
)


@lru_cache(maxsize=1)
def _tlds() -> frozenset[str]:
    return frozenset(settings()["tlds"])


def protected_spans(text: str) -> list[tuple[int, int]]:
    """Sorted (start, end) spans of URLs, e-mails, domains, handles and hashtags."""
    if "." not in text and "@" not in text and "#" not in text:
        return []
    tlds = _tlds()
    out: list[tuple[int, int]] = []
    for a, b in _hinted_tokens(text):
        for m in _PROTECTED.finditer(text, a, b):
            span = _protected_span(m, tlds)
            if span and (not out or span[0] >= out[-1][1]):
                out.append(span)
    return out


# "x.y" or "x@y", a "@handle" or "#tag", "://". Each branch starts at its punctuation mark so
# the scan skips to the next [.@#:] in C; the token found is the same as when the match starts
# one character earlier, on the word character before a "." or "@".
_HINT = re.compile(r"[.@#:](?:(?<=[\w-][.@])(?=[\w-])|(?<=[@#])(?<!\w[@#])(?=\w)|(?<=:)(?=//))")
_SPACE = re.compile(r"\s")


def _hinted_tokens(text: str) -> list[tuple[int, int]]:
    """Whitespace-delimited tokens that may hold a URL, e-mail, domain, handle or tag."""
    tokens: list[tuple[int, int]] = []
    for m in _HINT.finditer(text):
        if tokens and m.start() < tokens[-1][1]:
            continue
        a = m.start()
        while a > 0 and not text[a - 1].isspace():
            a -= 1
        e = _SPACE.search(text, m.end())
        tokens.append((a, e.start() if e else len(text)))
    return tokens


def _protected_span(m: re.Match, tlds: frozenset[str]) -> tuple[int, int] | None:
    domain = m.group("domain")
    if domain is not None:  # a bare domain ends in a known (lower-case) top-level domain
        labels = domain.split(".")
        i = len(labels) - 1
        while i > 0 and labels[i] not in tlds:
            i -= 1
        if i == 0:
            return None
        if i < len(labels) - 1:
            return m.start(), m.start() + len(".".join(labels[: i + 1]))
    return m.start(), m.end()


def inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """True when ``pos`` falls inside one of the sorted ``spans`` (start inclusive, end exclusive).

    >>> inside(5, [(0, 3), (4, 9)]), inside(3, [(0, 3)])
    (True, False)
    """
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def english_share(text: str) -> tuple[float, int]:
    """(share of words that are English function words, number of words).

    >>> english_share("The talks will resume next week")
    (0.5, 6)
    """
    return _english_share(text)


@lru_cache(maxsize=4096)
def _english_share(text: str) -> tuple[float, int]:
    """english_share, cached: several rules ask about the same paragraphs of a document."""
    words = _WORD.findall(text)
    if not words:
        return 0.0, 0
    hits = sum(map(_function_words().__contains__, map(str.lower, words)))
    return hits / len(words), len(words)


class EnglishMap:
    """Lazy per-paragraph verdicts "this paragraph is English prose" over one text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: list[int] | None = None
        self._ends: list[int] = []
        self._cache: dict[int, bool] = {}
        self._doc: bool | None = None

    def _paragraphs(self) -> None:
        starts, ends = [0], []
        for m in _PARA_BREAK.finditer(self.text):
            ends.append(m.start())
            starts.append(m.end())
        ends.append(len(self.text))
        self._starts, self._ends = starts, ends

    def document(self) -> bool:
        """Verdict for the whole text (used for short paragraphs)."""
        if self._doc is None:
            share, n = english_share(self.text)
            self._doc = n > 0 and share >= settings()["min_english_share"]
        return self._doc

    def at(self, pos: int) -> bool:
        """Verdict for the paragraph holding offset ``pos``."""
        if self._starts is None:
            self._paragraphs()
        i = max(bisect.bisect_right(self._starts, pos) - 1, 0)
        if i not in self._cache:
            share, n = english_share(self.text[self._starts[i] : self._ends[i]])
            s = settings()
            if share >= s["min_english_share"]:
                self._cache[i] = True
            elif n < s["min_words"] or n < s["short_words"]:
                self._cache[i] = self.document()  # headlines and short lines: no evidence
            else:
                self._cache[i] = False
        return self._cache[i]


@lru_cache(maxsize=200_000)  # a bisection per new word; articles reuse their words
def english_zipf(word: str) -> float:
    """Zipf frequency of a lower-case English word in wordfreq's large list (0 if unknown).

    >>> english_zipf("range") > 5 > english_zipf("longrange")
    True
    """
    f = frequency(word, "en")
    return round(math.log10(f) + 9, 2) if f else 0.0
