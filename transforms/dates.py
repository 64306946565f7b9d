"""Dates and times in datelines: find a short candidate, let dateparser read it, pair it with
the time next to it, and decide day/month order from evidence rather than by default.

dateparser understands month names in many languages but costs a millisecond or more per
call (tens of ms the first time a language is used), so it only ever sees the candidate
substring ("30 марта 2022", "04.11.23"), never a whole line, and its answers are cached.

>>> [d.value for d in find_dates("date 2025-06-17 Olena Marchuk14:32, 17.06.25")]
[datetime.datetime(2025, 6, 17, 0, 0), datetime.datetime(2025, 6, 17, 14, 32)]
>>> find_dates("30 березня 2022 | 12:28", languages=("uk",))[0].value
datetime.datetime(2022, 3, 30, 12, 28)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

import regex

# Languages dateparser tries for month names when no hint narrows them (most likely first).
MONTH_LANGUAGES = ("en", "fr", "de", "it", "es", "pt", "ru", "uk", "pl", "nl", "ro", "cs",
                   "bg", "tr", "sv", "hu")
# Country-code TLDs whose sites write numeric dates month first.
MONTH_FIRST_TLDS = frozenset({"us", "ph", "fm", "pw", "mh"})

_MONTH_WORD = r"\p{L}{3,12}\.?"
_CANDIDATE = regex.compile(
    r"(?<![\p{N}])(?:"  # a date may be glued to a name ("Volkov12.05.2024"), not to digits
    # ISO / year-first: 2024-02-08, 2024-02-19T14:05:00Z, 2024/5/20, 2024.05.20
    r"(?P<ymd>\d{4}[-./]\d{1,2}[-./]\d{1,2}(?:T\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?"
    r"(?:Z|[+-]\d{2}:?\d{2})?)?)"
    # CJK: 2024年5月20日
    r"|(?P<cjk>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
    # numeric day/month/year in either order: 04.11.23, 26/02/2024, 12-05-2024
    r"|(?P<num>\d{1,2}(?P<sep>[./-])\d{1,2}(?P=sep)(?:\d{4}|\d{2}))"
    # day, month name, year: 30 March 2022, 30. März 2022, 2 de febrero de 2024, 1er mars 2024
    rf"|(?P<dmy>\d{{1,2}}(?:\.|er|st|nd|rd|th|-?го)?\s+(?:de\s+|of\s+)?{_MONTH_WORD},?\s+"
    r"(?:de\s+)?\d{4})"
    # month name, day, year: March 30, 2022; Sept. 4 2023
    rf"|(?<![\p{{L}}])(?P<mdy>{_MONTH_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})"
    r")(?![\p{L}\p{N}]|[./-]\d)",
    regex.I,
)
# 14:32, 7:05 pm, 07h45, 16.20 Uhr, 10.45 BST (a dotted time only with 'Uhr', 'h', a zone or
# am/pm after it, so that 12.05 in a date is never read as a time)
_ZONE = r"(?:uhr|h|utc|gmt|bst|cet|cest|eet|eest|msk|est|edt|pst|pdt|[ap]\.?\s?m)"
_TIME = regex.compile(
    r"(?<![\p{N}:.,/-])(?P<h>[01]?\d|2[0-3])(?:[:h](?P<m>[0-5]\d)(?::[0-5]\d)?"
    rf"|\.(?P<m2>[0-5]\d)(?=\s*{_ZONE}\b))(?:\s*(?P<ampm>[ap])\.?\s?m\b\.?)?(?![\p{{N}}])",
    regex.I,
)
_NUMERIC = regex.compile(
    r"(?<![\p{N}])(\d{1,2})[./-](\d{1,2})[./-](?:\d{4}|\d{2})(?![\p{N}]|[./-]\d)")
_LONG_WORD = regex.compile(r"\p{L}{4,}")
_TIME_LINK = regex.compile(r"(?i)\b(?:at|um|à|alle|a las|в|о|às|kl)\b")  # "… 2024 at 11:20"
_TIME_REACH = 14  # a time belongs to a date when at most this many characters separate them


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date found in a line: its value (with the paired time, else 00:00) and where."""

    value: datetime
    has_time: bool
    start: int
    end: int
    text: str
    kind: str  # ymd | cjk | num | dmy | mdy
    ambiguous: bool = False  # numeric with day and month both <= 12: read with the order given


@dataclass(frozen=True, slots=True)
class DateOrder:
    """How to read numeric dates such as 04.11.23: 'DMY' or 'MDY', and why."""

    order: str
    evidence: str


_SETTINGS = {
    "PREFER_DAY_OF_MONTH": "first",
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
    "PARSERS": ["absolute-time"],
}


@lru_cache(maxsize=4096)
def _dateparser(candidate: str, order: str, languages: tuple[str, ...]) -> datetime | None:
    import dateparser

    try:
        return dateparser.parse(candidate, languages=list(languages),
                                settings={**_SETTINGS, "DATE_ORDER": order})
    except Exception:  # dateparser raises on some odd inputs; no date is the honest answer
        return None


def _language_order(languages: Sequence[str], word: str) -> tuple[str, ...]:
    """Hints first, then the default month languages written in the word's script."""
    cyrillic = bool(_CYRILLIC.search(word))
    pool = [lang for lang in MONTH_LANGUAGES if (lang in ("ru", "uk", "bg")) == cyrillic]
    return tuple(dict.fromkeys([*languages, *pool]))


# -- fast exact readings ---------------------------------------------------------------------
# dateparser reads a numeric date with the strptime formats of the order given first, so
# when that reading is a real date it is the answer: these read exactly that, and leave every
# other case (an impossible date that dateparser may read the other way round, a time stamp
# with a zone, a year outside FAST_YEARS) to dateparser. Checked against dateparser in
# tests/transforms/test_dates.py.
FAST_YEARS = range(1900, 2100)  # "-1000" after a date can read as a zone; news dates only
_CYRILLIC = regex.compile(r"\p{Cyrillic}")
_YMD_PLAIN = re.compile(r"([0-9]{4})([-./])([0-9]{1,2})\2([0-9]{1,2})")
_NUM_PLAIN = re.compile(r"([0-9]{1,2})([./-])([0-9]{1,2})\2([0-9]{4}|[0-9]{2})")
_DIGITS = re.compile(r"\d+")  # any script's digits, as the candidate pattern reads them
_ASCII_DIGITS = re.compile(r"[0-9]+")


def _real_date(year: int, month: int, day: int) -> datetime | None:
    """datetime(year, month, day) when that day exists (and the year is an ordinary one)."""
    if year not in FAST_YEARS or not 1 <= month <= 12 or day < 1:
        return None
    try:
        return datetime(year, month, day)
    except ValueError:
        return None


def read_numeric_date(candidate: str, kind: str, order: str = "DMY") -> datetime | None:
    """The date dateparser reads in a ymd/num candidate, when it is the plain reading in
    ``order`` and a real date; None means "ask dateparser" (never "no date").

    Two-digit years follow strptime's %y: 00-68 are 2000-2068, 69-99 are 1969-1999.

    >>> read_numeric_date("04.11.23", "num"), read_numeric_date("04.11.23", "num", "MDY")
    (datetime.datetime(2023, 11, 4, 0, 0), datetime.datetime(2023, 4, 11, 0, 0))
    >>> read_numeric_date("2024/5/20", "ymd")
    datetime.datetime(2024, 5, 20, 0, 0)
    >>> read_numeric_date("31.02.2024", "num") is None  # impossible: dateparser decides
    True
    >>> read_numeric_date("2024-02-19T14:05:00Z", "ymd") is None  # a time stamp: dateparser
    True
    """
    if kind == "ymd":
        m = _YMD_PLAIN.fullmatch(candidate)
        return _real_date(int(m[1]), int(m[3]), int(m[4])) if m else None
    m = _NUM_PLAIN.fullmatch(candidate)
    if m is None:
        return None
    a, b, y = int(m[1]), int(m[3]), m[4]
    year = int(y) if len(y) == 4 else int(y) + (2000 if int(y) <= 68 else 1900)
    return _real_date(year, b, a) if order == "DMY" else _real_date(year, a, b)


# Month-name candidates: (shape, order, languages) -> the month dateparser reads there, or 0
# when it reads the shape some other way. The shape is the candidate with its two numbers
# (day, year) replaced, so "30 March 2022" and "8 March 2024" share one. dateparser picks its
# language from the words, not the numbers, so a shape whose word it reads as a month gives
# that month for every real day. A word may also be a number in some language ("sept" is 7
# in French): the reading is trusted only when the candidate (a day that exists in every
# month) and days 1 and 2 written the same way all come back as (year, month, that day).
_NAMED_MONTH: dict[tuple[str, str, tuple[str, ...]], int] = {}
_NAMED_MONTH_MAX = 4096
_PROBE_DAYS = (1, 2)


def _with_numbers(shape: str, day: int, year: int) -> str:
    parts = iter((str(day), str(year)))
    return shape.replace("#", next(parts), 1).replace("#", next(parts), 1)


def _read_named(candidate: str, order: str, languages: tuple[str, ...]) -> datetime | None:
    digits = _ASCII_DIGITS.findall(candidate)
    if (len(digits) != 2 or len(digits[0]) > 2 or len(digits[1]) != 4
            or _DIGITS.findall(candidate) != digits):
        return _parse_named(candidate, order, languages)
    day, year = int(digits[0]), int(digits[1])
    shape = _ASCII_DIGITS.sub("#", candidate)
    key = (shape, order, languages)
    month = _NAMED_MONTH.get(key)
    if month:
        fast = _real_date(year, month, day)
        if fast is not None:
            return fast
    value = _parse_named(candidate, order, languages)
    if month is None and len(_NAMED_MONTH) < _NAMED_MONTH_MAX and 1 <= day <= 28:
        ok = value is not None and _real_date(year, value.month, day) == value and all(
            _parse_named(_with_numbers(shape, d, year), order, languages)
            == datetime(year, value.month, d) for d in _PROBE_DAYS)
        _NAMED_MONTH[key] = value.month if ok else 0
    return value


def _parse_named(candidate: str, order: str, languages: tuple[str, ...]) -> datetime | None:
    langs = _language_order(languages, candidate)
    # try the hinted languages alone first: one language is much cheaper than sixteen
    if languages:
        hit = _dateparser(candidate, order, tuple(languages))
        if hit is not None:
            return hit
    return _dateparser(candidate, order, langs)


def parse_candidate(candidate: str, kind: str, *, order: str = "DMY",
                    languages: Sequence[str] = ()) -> datetime | None:
    """Read one candidate substring: the fast exact readings, else dateparser (cached).

    >>> parse_candidate("04.11.23", "num", order="DMY")
    datetime.datetime(2023, 11, 4, 0, 0)
    >>> parse_candidate("2 de febrero de 2024", "dmy", languages=("es",))
    datetime.datetime(2024, 2, 2, 0, 0)
    >>> parse_candidate("31.02.2023", "num") is None
    True
    """
    if kind == "cjk":
        y, mo, d = _DIGITS.findall(candidate)
        candidate, kind = f"{y}-{mo}-{d}", "ymd"
    if kind in ("ymd", "num"):
        fast = read_numeric_date(candidate, kind, order)
        if fast is not None:
            return fast
        return _dateparser(candidate, "YMD" if kind == "ymd" else order, ("en",))
    return _read_named(candidate, order, tuple(languages))


def _numeric_parts(candidate: str) -> tuple[int, int]:
    a, b = re.split(r"[./-]", candidate)[:2]
    return int(a), int(b)


def _pair_time(line: str, start: int, end: int, taken: set[int]) -> tuple[int, int] | None:
    best = None
    for m in _TIME.finditer(line):
        if m.start() in taken or start <= m.start() < end:
            continue
        gap = m.start() - end if m.start() >= end else start - m.end()
        if 0 <= gap <= _TIME_REACH and (best is None or gap < best[0]):
            between = line[min(end, m.end()):max(start, m.start())]
            if _LONG_WORD.search(between) and not _TIME_LINK.search(between):
                continue  # a word between them: the time belongs to something else
            best = (gap, m)
    if best is None:
        return None
    m = best[1]
    hour = int(m["h"])
    minute = int(m["m"] or m["m2"])
    if m["ampm"]:
        hour = hour % 12 + (12 if m["ampm"].lower() == "p" else 0)
    taken.add(m.start())
    return hour, minute


def find_dates(line: str, *, order: str = "DMY", languages: Sequence[str] = ()
               ) -> list[FoundDate]:
    """Every date in ``line``, each with the time written next to it (if any).

    >>> [str(d.value) for d in find_dates("Published on 26/02/2024 at 11:20")]
    ['2024-02-26 11:20:00']
    >>> find_dates("Updated 15.11.2023 08:40")[0].value
    datetime.datetime(2023, 11, 15, 8, 40)
    >>> find_dates("no date, only 12:30") == []
    True
    """
    out: list[FoundDate] = []
    taken: set[int] = set()
    for m in _CANDIDATE.finditer(line):
        kind = next(k for k in ("ymd", "cjk", "num", "dmy", "mdy") if m.group(k))
        text = m.group(kind)
        ambiguous = False
        use_order = order
        if kind == "num":
            a, b = _numeric_parts(text)
            if a > 12 >= b:
                use_order = "DMY"
            elif b > 12 >= a:
                use_order = "MDY"
            elif a <= 12 and b <= 12:
                ambiguous = a != b
        value = parse_candidate(text, kind, order=use_order, languages=languages)
        if value is None:
            continue
        has_time = bool(value.hour or value.minute)
        if not has_time:
            hm = _pair_time(line, m.start(), m.end(), taken)
            if hm is not None:
                value = value.replace(hour=hm[0], minute=hm[1])
                has_time = True
        out.append(FoundDate(value, has_time, m.start(), m.end(), text, kind, ambiguous))
    return out


def _tld(domain: str | None) -> str | None:
    return domain.rsplit(".", 1)[-1].lower() if domain and "." in domain else None


def infer_date_order(texts: Iterable[str], *, source_domain: str | None = None
                     ) -> DateOrder:
    """Day-first or month-first for numeric dates, from the evidence in ``texts``.

    In order: a numeric date elsewhere that only reads one way (17.06.25 proves day-first,
    06/17/25 month-first); the source domain's country; otherwise day-first, the reading of
    every locale in this corpus but the US.

    >>> infer_date_order(["04.11.23", "Updated 17.11.23"])
    DateOrder(order='DMY', evidence='17.11.23')
    >>> infer_date_order(["04/11/23"], source_domain="news.example.us")
    DateOrder(order='MDY', evidence='.us')
    >>> infer_date_order(["04/11/23"]).order
    'DMY'
    """
    day_first = month_first = None
    for text in texts:
        for m in _NUMERIC.finditer(text):
            a, b = int(m[1]), int(m[2])
            if a > 12 >= b >= 1 and day_first is None:
                day_first = m.group()
            elif b > 12 >= a >= 1 and month_first is None:
                month_first = m.group()
    if day_first and not month_first:
        return DateOrder("DMY", day_first)
    if month_first and not day_first:
        return DateOrder("MDY", month_first)
    tld = _tld(source_domain)
    if tld in MONTH_FIRST_TLDS:
        return DateOrder("MDY", "." + tld)
    if tld and len(tld) == 2:
        return DateOrder("DMY", "." + tld)
    return DateOrder("DMY", "default")
