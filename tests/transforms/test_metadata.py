"""Golden cases for transforms/metadata.py (the full evaluation set is quality/metadata/)."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.clean import clean_document
from transforms.lines import METADATA_KINDS
from transforms.metadata import FIELDS, extract_metadata, parse_author


def _meta(raw: str) -> dict:
    rows = clean_document(raw).rows
    return extract_metadata([(a.kind, a.original) for a in rows if a.kind in METADATA_KINDS],
                            raw_text=raw)


EXAMPLE = """Envoys Meet in Geneva as Grain Corridor Talks Drag On

Envoys meet in Geneva as grain corridor talks drag on

 date 2025-06-17 Olena Marchuk14:32, 17.06.25

(Pictured above: delegates arrive at the Palais des Nations)

Negotiators from both sides gathered on Tuesday for what diplomats called a
“decisive round » of talks on the BlackSea grain corridor.

Source: https://www.example-news.com.ua/news/2025/06/17/grain-talks/
"""


def test_the_shared_example():
    meta = _meta(EXAMPLE)
    assert meta["title"] == "Envoys Meet in Geneva as Grain Corridor Talks Drag On"
    assert meta["author"] == "Olena Marchuk"
    assert meta["published_at"] == datetime(2025, 6, 17, 14, 32)
    assert meta["source_url"] == "https://www.example-news.com.ua/news/2025/06/17/grain-talks/"
    assert meta["source_domain"] == "example-news.com.ua"
    assert meta["subtitle"] is None and meta["updated_at"] is None


def test_the_glued_stamp_wins_over_the_collection_date():
    # "date 2024-02-08" is when the item was collected; "10:09, 04.11.23" is the article's stamp
    meta = _meta("Grain Convoy Reaches Port\n\ndate 2024-02-08 Jane Doe10:09, 04.11.23\n\n"
                 "A convoy of trucks carrying grain reached the port on Saturday.\n")
    assert meta["author"] == "Jane Doe"
    assert meta["published_at"] == datetime(2023, 11, 4, 10, 9)
    assert meta["date_order"] == "DMY"


@pytest.mark.parametrize(("line", "author"), [
    ("By Maria Rossi, 12 May 2024", "Maria Rossi"),
    ("Par Camille Renaud", "Camille Renaud"),
    ("Von Jana Hoffmann und Tim Berger", "Jana Hoffmann, Tim Berger"),
    ("di Giovanna Ferri", "Giovanna Ferri"),
    ("Автор: Ирина Соколова", "Ирина Соколова"),
    ("记者 王芳", "王芳"),
    ("Reporter: Zhang Hua", "Zhang Hua"),
    ("By Daniel Hartley, Reuters", "Daniel Hartley"),
    ("Posted by Emma Clarke on January 15, 2024 at 3:20 PM", "Emma Clarke"),
    ("BY JANE DOE", "JANE DOE"),
    ("Author: Dr. Olena Kovalchuk", "Olena Kovalchuk"),
    ("08 February 2024, 10:09 | Jane Doe", "Jane Doe"),
])
def test_bylines(line, author):
    assert parse_author(line) == author


@pytest.mark.parametrize("line", [
    "By Staff Reporter", "Published: 30.03.2022", "Valencia, 2 de febrero de 2024",
    "New York, March 30, 2022", "Redazione | 3 febbraio 2024", "By the Numbers: Grain Exports",
    "Kyiv 12.05.2024",  # a place glued to a date is not an author
])
def test_not_bylines(line):
    assert parse_author(line) is None


def test_nothing_is_invented_from_a_body_only_text():
    meta = _meta("Talks between the two governments will resume on 12 May 2024 in Geneva, "
                 "diplomats said on Friday, after a pause of almost three months caused by "
                 "disagreements over the agenda of the meeting.\n\nNeither side commented.\n")
    assert all(meta[f] is None for f in FIELDS)


def test_without_raw_text_the_logged_lines_still_work():
    lines = [("title", "City Theatre Reopens\n\n"), ("dateline", "Published: 15.09.2024\n"),
             ("dateline", "Updated 16.09.2024 10:05\n"), ("byline", "Author: Natalia Levchenko\n")]
    meta = extract_metadata(lines)
    assert (meta["title"], meta["author"]) == ("City Theatre Reopens", "Natalia Levchenko")
    assert meta["published_at"] == datetime(2024, 9, 15)
    assert meta["updated_at"] == datetime(2024, 9, 16, 10, 5)


def test_a_mislabelled_line_is_checked_not_trusted():
    # a line rule that calls a byline a "subtitle", or a dateline a "title", is overruled
    lines = [("title", "21.11.2023 16:45\n"), ("title", "Arctic Shipments Slow\n"),
             ("subtitle", "Posted by Emma Clarke on January 15, 2024 at 3:20 PM\n")]
    meta = extract_metadata(lines)
    assert meta["title"] == "Arctic Shipments Slow"
    assert meta["subtitle"] is None
    assert meta["author"] == "Emma Clarke"


def test_language_hint_reads_month_names():
    meta = extract_metadata([("dateline", "30 березня 2022, 12:28")], language="uk")
    assert meta["published_at"] == datetime(2022, 3, 30, 12, 28)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["title", "dateline", "byline", "source_line", "subtitle"]),
                max_size=4), st.text(max_size=80))
def test_never_raises(kinds, text):
    meta = extract_metadata([(k, text) for k in kinds], raw_text=text)
    assert set(meta) == set(FIELDS)


# -- repairing header lines: ftfy's answer, with its steps taken only where they can act ------
import ftfy  # noqa: E402

from transforms.metadata import _may_hold_url, repair_line  # noqa: E402

REPAIRS = [  # (line, what ftfy.fix_text makes of it)
    ("Envoys Meet in Geneva", "Envoys Meet in Geneva"),  # ASCII: nothing to do
    ("Київ, 12 березня — café", "Київ, 12 березня — café"),  # no mojibake, already NFC
    ("“Decisive round” of talks", '"Decisive round" of talks'),  # ftfy uncurls quotes
    ("Itâ€™s a â€œtestâ€\x9d", "It's a \"test\""),  # mojibake, then the quotes it yields
    ("CafÃ© du port", "Café du port"),
    ("Tom &amp; Jerry", "Tom & Jerry"),  # an HTML entity: ftfy itself decides
    ("ﬁnal ＲＯＵＮＤ", "final ROUND"),  # ligature and full-width forms
    ("Bell\x07 rings", "Bell rings"),  # a control character
    ("e\u0301tude", "étude"),  # NFC
    ("\x1b[1mBold\x1b[0m", "Bold"),  # terminal escapes
]


@pytest.mark.parametrize(("line", "expected"), REPAIRS)
def test_repair_line_is_ftfy(line, expected):
    assert repair_line(line) == expected == ftfy.fix_text(line)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(
    list("ab :/.«»“”‘’\"'&;é\u00a0\x85\x93\x01\u2028ﬁＡ\u3000ʼ") + ["Ã©", "â€™", "Ð¿", "&amp;",
                                                                  "Ã ", "ï»¿", "http"]),
    max_size=30).map("".join))
def test_repair_line_is_ftfy_on_any_line(line):  # and a URL is never missed
    line = line.replace("\n", " ")
    assert repair_line(line) == ftfy.fix_text(line)
    assert _may_hold_url(line) or "://" not in ftfy.fix_text(line)


@pytest.mark.parametrize(("line", "may"), [
    ("Source: https://www.example-news.com.ua/news/1/", True),
    ("Quelle: https://example.de/a — Ã¼bersetzt", True),
    ("Read more at www.example.com", False),  # no "://": it cannot be a source line
    ("AprÃ¨s â€œun Ã©tÃ© presque sans pluieâ€\x9d", False),  # mojibake prose
    ("http\x01://example.com", True),  # ftfy drops the control character
    ("https：／／example.com", True),  # full-width forms become "://"
    ("https&#58;//example.com", True),  # so does an HTML entity
])
def test_only_footer_lines_that_may_hold_a_url_are_repaired(line, may):
    assert _may_hold_url(line) is may
    if not may:
        assert "://" not in ftfy.fix_text(line)


def test_source_in_a_damaged_footer_is_found():
    body = ("Negotiators from both sides gathered on Tuesday for what diplomats called a "
            "decisive round of talks on the grain corridor, the first in three months. " * 3)
    raw = ("Envoys Meet in Geneva\n\nBy Olena Marchuk\n\n" + body + "\n\n"
           + "AprÃ¨s â€œun Ã©tÃ© sans pluieâ€\x9d, le lac a baissé.\n"
           + "Source: https://www.example-news.com.ua/news/1/\n"
           + "Â© Example News\n")
    meta = _meta(raw)
    assert meta["source_url"] == "https://www.example-news.com.ua/news/1/"
    assert meta["source_domain"] == "example-news.com.ua"
    no_source = raw.replace("Source: https://www.example-news.com.ua/news/1/\n", "")
    assert _meta(no_source)["source_url"] is None
