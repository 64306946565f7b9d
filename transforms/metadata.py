"""Article metadata from the lines cleaning took out of the body.

Cleaning logs title, dateline, byline and source lines as artefacts; this module parses
them into columns. A field with no evidence stays None: nothing is invented.

>>> meta = extract_metadata([
...     ("title", "Envoys Meet in Geneva\\n\\n"),
...     ("dateline", " date 2025-06-17 Olena Marchuk14:32, 17.06.25\\n"),
...     ("source_line", "Source: https://www.example-news.com.ua/news/1/\\n"),
... ])
>>> meta["title"], meta["author"], meta["published_at"], meta["source_domain"]
('Envoys Meet in Geneva', 'Olena Marchuk', datetime.datetime(2025, 6, 17, 14, 32), 'example-news.com.ua')
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from urllib.parse import urlsplit

import regex

_URL = re.compile(r"https?://[^\s<>\"')\]]+")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2}))?")
_NUMERIC = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})\b")
_TIME = re.compile(r"(?<!\d)(\d{1,2}):(\d{2})(?!\d)")
_MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december"
    .split())}
_MONTH_NAME = re.compile(
    r"\b(?:(\d{1,2})\s+(" + "|".join(_MONTHS) + r")\.?,?\s+(\d{4})|(" + "|".join(_MONTHS)
    + r")\.?\s+(\d{1,2}),?\s+(\d{4}))\b",
    re.I,
)
_PREFIX = regex.compile(
    r"^\s*(?:date|dated|published|posted|updated|last updated|modified|by|author|authors|"
    r"written by|text|reporting by|posted by)\b\s*(?:on|at)?\s*[:\-–]?\s*",
    regex.I,
)
_NAME = regex.compile(r"\p{Lu}[\p{Ll}'’\-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’\-]+)){1,3}")
_UPDATED = re.compile(r"^\s*(?:updated|last updated|modified)\b", re.I)


def _year(y: str) -> int:
    n = int(y)
    return n + 2000 if n < 100 else n


def parse_date(line: str, *, day_first: bool = True) -> datetime | None:
    """First date (and time, when present) in a dateline, or None.

    >>> parse_date("30 March 2022 | 12:28")
    datetime.datetime(2022, 3, 30, 12, 28)
    >>> parse_date("no date here") is None
    True
    """
    date: tuple[int, int, int] | None = None
    m = _ISO.search(line)
    if m:
        date = (int(m[1]), int(m[2]), int(m[3]))
    if date is None and (m := _MONTH_NAME.search(line)):
        if m[1]:
            date = (int(m[3]), _MONTHS[m[2].lower()], int(m[1]))
        else:
            date = (int(m[6]), _MONTHS[m[4].lower()], int(m[5]))
    if date is None and (m := _NUMERIC.search(line)):
        a, b = int(m[1]), int(m[2])
        day, month = (a, b) if day_first or b > 12 else (b, a)
        date = (_year(m[3]), month, day)
    if date is None:
        return None
    t = _TIME.search(line)
    hour, minute = (int(t[1]), int(t[2])) if t else (0, 0)
    try:
        return datetime(date[0], date[1], date[2], hour, minute)
    except ValueError:
        return None


def parse_author(line: str) -> str | None:
    """Person name in a byline or dateline, or None.

    >>> parse_author("By Maria Rossi, 12 May 2024")
    'Maria Rossi'
    >>> parse_author("Published: 30.03.2022") is None
    True
    """
    rest = _PREFIX.sub("", line.strip())
    rest = _ISO.sub(" ", rest)
    rest = _NUMERIC.sub(" ", rest)
    rest = _MONTH_NAME.sub(" ", rest)
    rest = _TIME.sub(" ", rest)
    m = _NAME.search(rest)
    return m.group() if m else None


def domain_of(url: str) -> str | None:
    """Host of a URL without 'www.'.

    >>> domain_of("https://www.example.com.ua/a")
    'example.com.ua'
    """
    host = urlsplit(url).hostname
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def extract_metadata(lines: Iterable[tuple[str, str]]) -> dict:
    """Metadata columns from (kind, original line) pairs logged by the line rules."""
    meta: dict = dict.fromkeys(
        ("title", "subtitle", "author", "published_at", "updated_at", "source_url",
         "source_domain"))
    for kind, original in lines:
        line = original.strip()
        if kind == "title" and meta["title"] is None:
            meta["title"] = line
        elif kind == "subtitle" and meta["subtitle"] is None:
            meta["subtitle"] = line
        elif kind in ("dateline", "byline"):
            when = parse_date(line)
            if when is not None:
                key = "updated_at" if _UPDATED.match(line) else "published_at"
                if meta[key] is None:
                    meta[key] = when
            if meta["author"] is None and not _UPDATED.match(line):
                meta["author"] = parse_author(line)
        elif kind == "source_line" and meta["source_url"] is None:
            m = _URL.search(line)
            if m:
                meta["source_url"] = m.group().rstrip(".,;")
                meta["source_domain"] = domain_of(meta["source_url"])
    return meta
