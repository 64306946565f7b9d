"""Article metadata from the header: title, subtitle, author, dates and source URL.

Cleaning logs the title, dateline, byline and source lines it removed as artefacts; this module
reads them back, and, given the raw text, also the header lines the line rules did not
recognise (a byline glued to a time, a dateline in Italian). A field with no evidence stays
None: nothing is invented. Labels are data (``data/metadata.toml``); dates are read by
:mod:`transforms.dates`.

>>> meta = extract_metadata([
...     ("title", "Envoys Meet in Geneva\\n\\n"),
...     ("dateline", " date 2025-06-17 Olena Marchuk14:32, 17.06.25\\n"),
...     ("source_line", "Source: https://www.example-news.com.ua/news/1/\\n"),
... ])
>>> meta["title"], meta["author"], meta["source_domain"]
('Envoys Meet in Geneva', 'Olena Marchuk', 'example-news.com.ua')
>>> meta["published_at"]
datetime.datetime(2025, 6, 17, 14, 32)
"""

from __future__ import annotations

import itertools
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from urllib.parse import urlsplit

import regex

from transforms.data import read_data
from transforms.dates import FoundDate, find_dates, infer_date_order

FIELDS = ("title", "subtitle", "author", "published_at", "updated_at", "source_url",
          "source_domain", "date_order")
MAX_HEADER_LINES = 12  # the header never runs longer than this many non-blank lines
MAX_TITLE_CHARS = 300
_FOOTER_LINES = 8  # a source line in the footer is among the last lines
_BODY_CHARS = 220  # a raw line this long is body text: the header has ended

_URL = regex.compile(r"https?://[^\s<>\"'“”«»)\]]+")
_SLUG = regex.compile(r"^[\p{Ll}\d]+(?:[-_][\p{Ll}\d]+){2,}$")
_INVISIBLE = regex.compile(r"[\u200b-\u200f\u2060\ufeff\u00ad]")
_NAME_TOKEN = (r"(?:\p{Lu}['’]\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?"
               r"(?:[-'’]\p{Lu}?\p{Ll}+)*|\p{Lu}\.)")
_PARTICLE = r"(?:van|von|der|den|de|da|di|del|della|du|la|le|ten|ter|bin|al|el|dos|das)"
_PERSON = regex.compile(
    rf"{_NAME_TOKEN}(?:\s+(?:{_PARTICLE}\s+){{0,2}}{_NAME_TOKEN}){{1,4}}|\p{{Han}}{{2,4}}"
)
_CAPS_PERSON = regex.compile(r"\p{Lu}{2,}(?:[-'’]\p{Lu}+)?(?:\s+\p{Lu}{2,}(?:[-'’]\p{Lu}+)?){1,3}")
_HONORIFIC = regex.compile(r"^(?:Dr|Prof|Mr|Mrs|Ms|Mx|Sir|Dame)\.?\s+")
# "08 February 2024, 10:09 | Jane Doe": a name after the dateline and a separator
_NAME_AFTER_DATE = regex.compile(r"[|•·—–]\s*(?P<name>[^|•·—–\d]{3,60})$")
# a numeric date or a time right after a name: "Olena Marchuk14:32", "Dmitry Volkov12.05.2024"
_STAMP = regex.compile(r"\s?(?:\d{1,2}[:h]\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})")
_LEADING_DATE = regex.compile(
    r"^(?:date|dated|published|posted)?\s*[:\-–]?\s*"
    r"(?:\d{4}-\d{2}-\d{2}(?:T[\d:]+Z?)?|\d{1,2}[./]\d{1,2}[./]\d{2,4})\s+", regex.I)
_BLOCK_SPLIT = regex.compile(r"\n[ \t\u00a0]*\n")
_LETTER = regex.compile(r"\p{L}")
_WORD2 = regex.compile(r"\p{L}{2,}")
_PROSE_NEXT = regex.compile(r"[\p{Ll}“«\"]")
_ITEM_SPLIT = regex.compile(r"\s*(?:[,;|/·•]|\s(?:and|und|et|e|y|i|и|та|і|&)\s)\s*")


@lru_cache(maxsize=1)
def _vocabulary() -> dict:
    raw = read_data("metadata.toml")
    return tomllib.loads(raw)


def _label_pattern(labels: Sequence[str]) -> regex.Pattern:
    """Line-start pattern for labels; alphabetic labels must end at a word boundary."""
    words = sorted(labels, key=len, reverse=True)
    alt = "|".join(regex.escape(w) + (r"(?![\p{L}])" if not regex.search(r"\p{Han}", w)
                                      else "") for w in words)
    return regex.compile(rf"^\s*(?:{alt})\s*(?:[:：/|\-–—]\s*)?", regex.I)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, regex.Pattern]:
    v = _vocabulary()
    out = {k: _label_pattern(v[f"{k}_labels"]) for k in ("byline", "updated", "source")}
    out["dateline"] = _label_pattern(v["dateline_labels"] + v["updated_labels"])
    alt = "|".join(regex.escape(w) for w in sorted(v["updated_labels"], key=len, reverse=True))
    out["updated_inline"] = regex.compile(rf"(?:^|[,;|(·–—]\s*|\s[-–—]\s*)(?:{alt})(?![\p{{L}}])",
                                          regex.I)
    return out


def _normalise(line: str) -> str:
    if not line.isascii():  # invisible characters, NFC and no-break spaces are not ASCII
        line = unicodedata.normalize("NFC", _INVISIBLE.sub("", line))
    return " ".join(line.replace("\u00a0", " ").replace("\u202f", " ").split())


_NON_WORD = regex.compile(r"[^\p{L}\p{N}]+")
_LABEL_COLON = regex.compile(r"[:：]")
_NUMBER_NEXT = regex.compile(r"(?:\p{L}{1,3}\s+)?\d")


@lru_cache(maxsize=4096)  # a header line is compared several times
def _key(line: str) -> str:
    return _NON_WORD.sub(" ", line.casefold()).strip()


def domain_of(url: str) -> str | None:
    """Host of a URL without 'www.'.

    >>> domain_of("https://www.example.com.ua/a")
    'example.com.ua'
    """
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


# -- authors ---------------------------------------------------------------------------------
_AFTER_NAME = regex.compile(
    r"\s*(?:$|[,;|(\-–—]|\d|(?:on|at|in|for|from|le|am|il|el|в|о|の)\b)", regex.I)


def _clean_person(part: str) -> str | None:
    """The name a byline part starts with ("Emma Clarke on January 15" -> 'Emma Clarke')."""
    part = _HONORIFIC.sub("", part.strip(" ,.;:|-–—()"))
    if not part or part.casefold() in _vocabulary()["not_a_person"]:
        return None
    m = _PERSON.match(part) or (_CAPS_PERSON.match(part) if part.isupper() else None)
    if m is None or not _AFTER_NAME.match(part, m.end()):
        return None
    name = m.group()
    return None if name.casefold() in _vocabulary()["not_a_person"] else name


def parse_author(line: str) -> str | None:
    """Person name(s) in a byline, or None (several authors are joined with ', ').

    >>> parse_author("By Maria Rossi, 12 May 2024")
    'Maria Rossi'
    >>> parse_author("date 2024-02-08 Jane Doe10:09, 04.11.23")
    'Jane Doe'
    >>> parse_author("Автор: Марія Гнатюк"), parse_author("记者 王芳")
    ('Марія Гнатюк', '王芳')
    >>> parse_author("By Staff Reporter") is None, parse_author("Published: 30.03.2022") is None
    (True, True)
    """
    line = _normalise(line)
    m = _patterns()["byline"].match(line)
    if m and m.end() < len(line):
        names = []
        for part in _ITEM_SPLIT.split(line[m.end():]):
            name = _clean_person(part)
            if name:
                names.append(name)
            elif names:
                break  # "By Jane Doe, Reuters": stop at the first part that is not a name
        return ", ".join(names) or None
    after = _NAME_AFTER_DATE.search(line)
    if after and find_dates(line[:after.start()]):
        name = _clean_person(after.group("name"))
        if name and not _is_known_non_person(name):
            return name
    rest = _LEADING_DATE.sub("", line, count=1)
    for m in _PERSON.finditer(rest):
        if m.start() == 0 and _STAMP.match(rest, m.end()):
            name = _clean_person(m.group())
            if name and not _is_known_non_person(name):
                return name
        break
    return None


def _is_known_non_person(name: str) -> bool:
    from transforms.entities import lookup

    hit = lookup(name)
    return hit is not None and hit[1] != "person"


# -- line roles ------------------------------------------------------------------------------
@dataclass
class _Line:
    text: str
    kind: str | None  # the line rule's kind, when cleaning removed this line
    dates: list[FoundDate] | None = None


def _is_caption_or_boilerplate(text: str) -> bool:
    from transforms.lines import LineContext, classify_line

    return classify_line(text, LineContext()) in ("caption", "boilerplate")


def _is_dateline(line: _Line) -> bool:
    """Mostly a date: at most two other words, or a few after a dateline label, a leading
    date or a glued author ("Monday, 9 October 2023 - 18:02", "Publié le 23/08/2023 à 07h45")."""
    if not line.dates:
        return False
    rest = line.text
    for d in sorted(line.dates, key=lambda d: -d.start):
        rest = rest[: d.start] + " " + rest[d.end:]
    words = _WORD2.findall(rest)
    if len(words) <= 2:
        return True
    led = (bool(_patterns()["dateline"].match(line.text)) or line.dates[0].start <= 1
           or parse_author(line.text) is not None)
    return led and len(words) <= 6


def _is_byline(text: str) -> bool:
    if parse_author(text) is not None:
        return True
    m = _patterns()["byline"].match(text)
    return bool(m) and text[m.end():].strip(" .").casefold() in _vocabulary()["not_a_person"]


def _dateline_label(text: str) -> bool:
    """Opens with a dateline label followed by ':' or a number ("Updated: …", "Posted 3 …"),
    so "Time to Act on Climate" stays a title."""
    m = _patterns()["dateline"].match(text)
    return bool(m) and (bool(_LABEL_COLON.search(m.group()))
                        or bool(_NUMBER_NEXT.match(text[m.end():])))


def _is_label_line(text: str) -> bool:
    """A dateline/update label ("Updated: 3 hours ago"), or a short line opening with a
    byline label: metadata even when nothing in it can be read."""
    if _dateline_label(text):
        return True
    m = _patterns()["byline"].match(text)
    return bool(m) and len(text.split()) <= 8 and not text.rstrip().endswith((".", "?", "!"))


def _is_source(text: str) -> bool:
    return bool(_URL.search(text)) and (bool(_patterns()["source"].match(text))
                                        or _URL.fullmatch(text.strip("<> ")) is not None)


def _is_title(line: _Line) -> bool:
    t = line.text
    return (
        0 < len(t) <= MAX_TITLE_CHARS
        and not _dateline_label(t)
        and bool(_LETTER.search(t))
        and not _SLUG.match(t)
        and not _URL.search(t)
        and not _is_dateline(line)
        and not _is_byline(t)
        and not _is_caption_or_boilerplate(t)
    )


def _is_prose(block: list[str]) -> bool:
    """A body paragraph: long, or hard-wrapped (a line runs on into a lower-case line)."""
    if len(" ".join(block)) > _BODY_CHARS:
        return True
    words = " ".join(block).split()
    if len(words) >= 18 and block[-1].endswith((".", "»", "”", '"')):
        return True
    return any(not a.endswith((".", "!", "?", ":", "”", '"', "»", ")"))
               and _PROSE_NEXT.match(b) for a, b in zip(block, block[1:]))


def _normalised_blocks(raw_blocks: Iterable[str]) -> Iterator[list[str]]:
    """Each block's non-blank lines, normalised; blocks with none are skipped."""
    for b in raw_blocks:
        block = [ln for ln in map(_normalise, b.splitlines()) if ln]
        if block:
            yield block


def _header_lines(raw_blocks: list[str]) -> list[str]:
    """The header lines of the raw text (split in blocks), normalised; ftfy repairs mojibake.

    The header is every line before the first prose block (blank lines separate blocks).
    """
    header: list[str] = []
    for block in _normalised_blocks(raw_blocks):
        if _is_prose(block) or len(header) + len(block) > MAX_HEADER_LINES:
            if not header and len(block) > 3:  # no blank lines at all: read line by line
                header = list(itertools.takewhile(lambda ln: not _is_prose([ln]),
                                                  block[:MAX_HEADER_LINES]))
            break
        header += block
    # ftfy is slow: repair only the lines that are read (the header and the last lines)
    return [repair_line(ln) for ln in header]


def _footer_lines(raw_blocks: list[str]) -> Iterator[str]:
    """The last lines of the raw text, normalised (only once the first is asked for) and
    repaired one by one as they are read: the lines after a source line are never repaired."""
    footer: list[str] = []
    for block in _normalised_blocks(reversed(raw_blocks)):
        footer[:0] = block
        if len(footer) >= _FOOTER_LINES:
            break
    for line in footer[-_FOOTER_LINES:]:
        if _may_hold_url(line):  # the others cannot be a source line
            yield repair_line(line)


_NOT_IN_URL = bytes([*range(0x20), 0x20, 0x7F])  # controls and spaces


def _may_hold_url(line: str) -> bool:
    """False when ``repair_line(line)`` cannot hold "://". ftfy keeps the printable ASCII
    characters of a line, in order, and makes none but from HTML entities, terminal escapes,
    ligatures and full-width forms (and curly quotes); it may drop the characters between
    them. So with none of those, "://" must be there once the non-ASCII characters, controls
    and spaces are taken out.

    >>> _may_hold_url("Source: https://example.com/a"), _may_hold_url("Caf\u00c3\u00a9 du port")
    (True, False)
    """
    if "&" in line or "\x1b" in line or _ftfy_fixers()[2].search(line):
        return True
    return b"://" in line.encode("ascii", "ignore").translate(None, _NOT_IN_URL)



@lru_cache(maxsize=1)
def _ftfy_fixers() -> tuple:
    """(any of them acts, ftfy's fixers in the order ``fix_and_explain`` runs them after
    fix_encoding, each with a pattern of the characters it acts on: without one it leaves
    the text as it is; the characters of ligatures and full-width forms, which become
    ASCII)."""
    from ftfy import fixes
    from ftfy.chardata import (
        C1_CONTROL_RE,
        CONTROL_CHARS,
        DOUBLE_QUOTE_RE,
        LIGATURES,
        SINGLE_QUOTE_RE,
        WIDTH_MAP,
    )

    def chars(table: dict) -> re.Pattern:
        return re.compile("[" + re.escape("".join(sorted(map(chr, table)))) + "]")

    fixers = (
        (C1_CONTROL_RE, fixes.fix_c1_controls),
        (chars(LIGATURES), fixes.fix_latin_ligatures),
        (chars(WIDTH_MAP), fixes.fix_character_width),
        (re.compile(SINGLE_QUOTE_RE.pattern + "|" + DOUBLE_QUOTE_RE.pattern), fixes.uncurl_quotes),
        (re.compile("[\r\u2028\u2029\x85]"), fixes.fix_line_breaks),
        (re.compile("[\ud800-\udfff]"), fixes.fix_surrogates),
        (re.compile("\x1b"), fixes.remove_terminal_escapes),
        (chars(CONTROL_CHARS), fixes.remove_control_chars),
    )
    makes_ascii = re.compile(fixers[1][0].pattern + "|" + fixers[2][0].pattern)
    return re.compile("|".join(p.pattern for p, _ in fixers)), fixers, makes_ascii


@lru_cache(maxsize=2048)  # footers (outlet boilerplate) repeat from article to article
def repair_line(line: str) -> str:
    """``ftfy.fix_text(line)`` (default config) for one line, taking ftfy's steps only where
    they can act: ``fix_and_explain``'s loop, with fix_encoding skipped on a line ftfy's
    badness test passes and each other fixer skipped on a line without the characters it
    acts on (an HTML entity or a line break hands the line to ftfy itself).

    >>> repair_line("Kyiv, 12 March"), repair_line("\u201cQuoted\u201d")
    ('Kyiv, 12 March', '"Quoted"')
    >>> repair_line("Caf\u00c3\u00a9 \u00e2\u20ac\u201c Lviv")
    'Café – Lviv'
    """
    import ftfy

    from transforms.mojibake import fix_encoding, is_bad

    if "&" in line or "\n" in line or len(line) > ftfy.TextFixerConfig().max_decode_length:
        return ftfy.fix_text(line)
    text = line
    while True:
        before = text
        if not text.isascii() and is_bad(text):
            text = fix_encoding(text)
        any_acts, fixers, _ = _ftfy_fixers()
        if any_acts.search(text):
            for acts, fix in fixers:
                if acts.search(text):
                    text = fix(text)
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
        if text == before:
            return text
        if "&" in text or "\n" in text:  # a step made an entity or a line break: ftfy decides
            return ftfy.fix_text(line)


def _pick_date(dates: list[FoundDate]) -> FoundDate:
    """The date a dateline is about: one with its time (the article's own stamp) first."""
    timed = [d for d in dates if d.has_time]
    return timed[0] if timed else dates[0]


def extract_metadata(
    lines: Iterable[tuple[str, str]],
    *,
    raw_text: str | None = None,
    language: str | None = None,
    source_domain: str | None = None,
) -> dict:
    """Metadata columns from (kind, original line) pairs logged by the line rules.

    ``raw_text`` lets the header be read in full (lines the rules kept in the body, such as
    "Iryna Kostenko11:02, 12.03.24", are still metadata); ``language`` (of the document) is
    tried first for month names; ``source_domain`` is a locale hint when the text has none.
    Returns the ``documents`` columns in :data:`FIELDS`.
    """
    meta: dict = dict.fromkeys(FIELDS)
    given = [(kind, _normalise(text)) for kind, text in lines]
    kind_of = {_key(t): k for k, t in given if t}
    if raw_text:
        raw_blocks = _BLOCK_SPLIT.split(raw_text.replace("\r\n", "\n"))
        header = _header_lines(raw_blocks)
        seen = {_key(t) for t in header}
        extra = [t for k, t in given if t and _key(t) not in seen and k not in (
            "source_line", "subtitle")]
        ordered = [_Line(t, kind_of.get(_key(t))) for t in header + extra]
        source_texts = itertools.chain((t for k, t in given if k == "source_line"),
                                       _footer_lines(raw_blocks))
    else:
        seen = set()
        ordered = [_Line(t, k) for k, t in given if t and k != "source_line"]
        source_texts = [t for k, t in given if k == "source_line"]

    # source first: its domain is a locale hint for reading dates
    for text in source_texts:
        m = _URL.search(text)
        if m and _is_source(text):
            meta["source_url"] = m.group().rstrip(".,;:!?")
            meta["source_domain"] = domain_of(meta["source_url"])
            break

    texts = [ln.text for ln in ordered]
    order = infer_date_order([*texts, raw_text or ""],
                             source_domain=meta["source_domain"] or source_domain)
    hints = (language,) if language and language != "und" else ()
    for ln in ordered:
        ln.dates = find_dates(ln.text, order=order.order, languages=hints)

    # title: the line rule's title unless it is really a dateline/byline; else the first
    # title-like header line
    titles = [ln for ln in ordered if ln.kind == "title"] + [ln for ln in ordered
                                                             if ln.kind is None]
    title = next((ln for ln in titles if _is_title(ln)), None)
    if title is not None:
        meta["title"] = title.text
    subtitle = next((ln for ln in ordered if ln.kind == "subtitle" and _is_title(ln)
                     and (not raw_text or _key(ln.text) in seen)
                     and (title is None or _key(ln.text) != _key(title.text))), None)
    if subtitle is None and title is not None and raw_text:
        subtitle = _raw_subtitle(ordered, title)
    if subtitle is not None:
        meta["subtitle"] = subtitle.text

    used_numeric = False
    for ln in ordered:
        if ln is title or ln is subtitle:
            continue
        if ln.dates and (ln.kind in ("dateline", "byline") or _is_dateline(ln)
                         or parse_author(ln.text)):
            # "Publié le …, mis à jour le …": dates after an update label are updates
            m = _patterns()["updated_inline"].search(ln.text)
            split = m.start() if m else len(ln.text)
            for key, dates in (("published_at", [d for d in ln.dates if d.start < split]),
                               ("updated_at", [d for d in ln.dates if d.start >= split])):
                if dates and meta[key] is None:
                    found = _pick_date(dates)
                    meta[key] = found.value
                    used_numeric |= found.kind == "num" and found.ambiguous
        if meta["author"] is None and not _patterns()["updated"].match(ln.text):
            meta["author"] = parse_author(ln.text)
    if used_numeric:
        meta["date_order"] = order.order
    return meta


def _raw_subtitle(ordered: list[_Line], title: _Line) -> _Line | None:
    """A standfirst: the line between the title and the byline/dateline block."""
    start = ordered.index(title) + 1
    title_key = _key(title.text)
    candidate = None
    for ln in ordered[start:]:
        if _key(ln.text) == title_key or _SLUG.match(ln.text):
            continue
        if _is_dateline(ln) or _is_byline(ln.text) or _is_label_line(ln.text):
            return candidate
        if candidate is not None or ln.kind is not None or _is_caption_or_boilerplate(ln.text):
            return None
        if len(ln.text.split()) < 3 or _URL.search(ln.text):
            return None
        candidate = ln
    return None


def parse_date(line: str, *, day_first: bool = True) -> datetime | None:
    """First date (with its time, when written next to it) in a dateline, or None.

    >>> parse_date("30 March 2022 | 12:28")
    datetime.datetime(2022, 3, 30, 12, 28)
    >>> parse_date("no date here") is None
    True
    """
    found = find_dates(_normalise(line), order="DMY" if day_first else "MDY")
    return _pick_date(found).value if found else None
