"""Golden cases for transforms/dates.py: candidates, dateparser, time pairing, day/month order."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.dates import find_dates, infer_date_order, parse_candidate

D = datetime
IN_THE_WILD = [
    ("date 2024-06-27 Taras Melnyk18:40, 27.06.24", D(2024, 6, 27, 18, 40)),
    ("Iryna Kostenko11:02, 12.03.24", D(2024, 3, 12, 11, 2)),
    ("Dmitry Volkov12.05.2024 14:30", D(2024, 5, 12, 14, 30)),
    ("30 March 2022 | 12:28", D(2022, 3, 30, 12, 28)),
    ("Published: 30.03.2022", D(2022, 3, 30)),
    ("Publié le 23/08/2023 à 07h45", D(2023, 8, 23, 7, 45)),
    ("14.03.2024, 16:20 Uhr", D(2024, 3, 14, 16, 20)),
    ("Monday, 9 October 2023 - 18:02", D(2023, 10, 9, 18, 2)),
    ("2024-02-19T14:05:00Z", D(2024, 2, 19, 14, 5)),
    ("Valencia, 2 de febrero de 2024", D(2024, 2, 2)),
    ("5 grudnia 2023", D(2023, 12, 5)),
    ("12 ottobre 2023", D(2023, 10, 12)),
    ("2024年5月20日 09:30", D(2024, 5, 20, 9, 30)),
    ("Sept. 4, 2023, 6:30 a.m.", D(2023, 9, 4, 6, 30)),
    ("November 2, 2023 7:45 pm", D(2023, 11, 2, 19, 45)),
    ("Tue 14 May 2024 10.45 BST", D(2024, 5, 14, 10, 45)),
]
MONTH_NAMES = [  # Russian, Ukrainian, Italian, German and French month names
    ("30 марта 2022, 12:28", ("ru",), D(2022, 3, 30, 12, 28)),
    ("7 жовтня 2023, 18:15", ("uk",), D(2023, 10, 7, 18, 15)),
    ("12 листопада 2023 о 10:40", (), D(2023, 11, 12, 10, 40)),
    ("Aggiornato il 13 ottobre 2023 alle 09:15", ("it",), D(2023, 10, 13, 9, 15)),
    ("22. Oktober 2023, 08:15 Uhr", ("de",), D(2023, 10, 22, 8, 15)),
    ("mis à jour le 29 août 2023 à 08h15", ("fr",), D(2023, 8, 29, 8, 15)),
]
NEGATIVE = [
    "no date here",
    "version 1.2.3 of the app",
    "31.02.2023",  # no such day
    "call 12.05 for details",
    "March 2022",  # no day: not a dateline date (nothing is invented)
    "14 may (EFE)",  # no year
    "Updated: 3 hours ago",
]


@pytest.mark.parametrize(("line", "expected"), IN_THE_WILD)
def test_reads_datelines(line, expected):
    found = find_dates(line)
    assert expected in [d.value for d in found]


@pytest.mark.parametrize(("line", "languages", "expected"), MONTH_NAMES)
def test_month_names_in_other_languages(line, languages, expected):
    assert find_dates(line, languages=languages)[0].value == expected


@pytest.mark.parametrize("line", NEGATIVE)
def test_no_invented_dates(line):
    assert find_dates(line) == []


def test_time_next_to_a_name_is_not_paired_across_the_name():
    # the ISO date and the time are separated by the author's name: only 17.06.25 gets 14:32
    found = find_dates("date 2025-06-17 Olena Marchuk14:32, 17.06.25")
    assert [(d.value, d.has_time) for d in found] == [
        (D(2025, 6, 17), False), (D(2025, 6, 17, 14, 32), True)]


def test_day_month_order_from_evidence():
    assert infer_date_order(["05/06/2024", "resume on 17/06/2024"]).order == "DMY"
    assert infer_date_order(["03/04/2024", "due on 11/25/2024"]).order == "MDY"
    assert infer_date_order(["05/06/2024"], source_domain="courier.example.us").order == "MDY"
    assert infer_date_order(["05/06/2024"], source_domain="news.example.com.ua").evidence == ".ua"
    assert infer_date_order(["05/06/2024"]) .evidence == "default"
    # conflicting evidence: fall back to the domain
    assert infer_date_order(["13/01/2024", "01/13/2024"], source_domain="x.us").order == "MDY"


def test_ambiguous_numeric_dates_follow_the_order():
    assert find_dates("05/06/2024", order="DMY")[0].value == D(2024, 6, 5)
    assert find_dates("05/06/2024", order="MDY")[0].value == D(2024, 5, 6)
    assert find_dates("05/06/2024")[0].ambiguous
    # a part above 12 decides by itself, whatever the order says
    assert find_dates("17/06/2024", order="MDY")[0].value == D(2024, 6, 17)
    assert not find_dates("17/06/2024")[0].ambiguous


def test_dateparser_answers_are_cached():
    parse_candidate("2021-03-19T10:00:00Z", "ymd")
    from transforms.dates import _dateparser

    hits = _dateparser.cache_info().hits
    parse_candidate("2021-03-19T10:00:00Z", "ymd")
    assert _dateparser.cache_info().hits > hits


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from("0123456789./-: ,aMrchJunDez|T"), max_size=40))
def test_never_raises(line):
    for d in find_dates(line):
        assert 1 <= d.value.month <= 12


# -- fast exact readings: the same answers as dateparser, which they spare -------------------
from transforms import dates as _dates  # noqa: E402
from transforms.dates import read_numeric_date  # noqa: E402

FAST_NUMERIC = [  # (candidate, kind, order, value)
    ("04.11.23", "num", "DMY", D(2023, 11, 4)),
    ("04.11.23", "num", "MDY", D(2023, 4, 11)),
    ("26/02/2024", "num", "DMY", D(2024, 2, 26)),
    ("2/26/2024", "num", "MDY", D(2024, 2, 26)),
    ("12-05-2024", "num", "DMY", D(2024, 5, 12)),
    ("1.1.00", "num", "DMY", D(2000, 1, 1)),
    ("1.1.68", "num", "DMY", D(2068, 1, 1)),  # strptime's %y: 00-68 are 20xx …
    ("1.1.69", "num", "DMY", D(1969, 1, 1)),  # … 69-99 are 19xx
    ("29.02.2024", "num", "DMY", D(2024, 2, 29)),
    ("2024-02-08", "ymd", "DMY", D(2024, 2, 8)),
    ("2024/5/20", "ymd", "DMY", D(2024, 5, 20)),
    ("2024.05.20", "ymd", "MDY", D(2024, 5, 20)),  # year first: the order does not matter
]
# None from the fast reader means "ask dateparser": impossible dates (dateparser may read
# them the other way round, or not at all), time stamps, years outside FAST_YEARS
FALLBACK = [  # (candidate, kind, order, dateparser's value)
    ("31.02.2024", "num", "DMY", None),  # no such day
    ("29.02.2023", "num", "DMY", None),  # not a leap year
    ("13.13.2024", "num", "DMY", None),
    ("00.05.2024", "num", "DMY", None),
    ("13/05/2024", "num", "MDY", D(2024, 5, 13)),  # dateparser swaps day and month here …
    ("5/13/2024", "num", "DMY", None),  # … but not here
    ("2024-13-01", "ymd", "DMY", D(2024, 1, 13)),
    ("2024-02-30", "ymd", "DMY", None),
    ("04-11-1000", "num", "DMY", None),  # "-1000" reads as a zone offset
    ("04.11.1899", "num", "DMY", D(1899, 11, 4)),
    ("2024-02-19T14:05:00Z", "ymd", "DMY", D(2024, 2, 19, 14, 5)),
    ("2024-02-19T14:05:07+02:00", "ymd", "DMY", D(2024, 2, 19, 14, 5, 7)),
]


@pytest.mark.parametrize(("candidate", "kind", "order", "value"), FAST_NUMERIC)
def test_fast_numeric_reading(candidate, kind, order, value):
    assert read_numeric_date(candidate, kind, order) == value
    assert parse_candidate(candidate, kind, order=order) == value
    assert _dates._dateparser(candidate, "YMD" if kind == "ymd" else order, ("en",)) == value


@pytest.mark.parametrize(("candidate", "kind", "order", "value"), FALLBACK)
def test_what_the_fast_reader_leaves_to_dateparser(candidate, kind, order, value):
    assert read_numeric_date(candidate, kind, order) is None
    assert parse_candidate(candidate, kind, order=order) == value


@pytest.mark.parametrize("line", ["2024", "12:30", "at 7:05 pm", "1.2.3", "12.05", "5.2024"])
def test_a_bare_number_or_time_is_no_date(line):
    assert find_dates(line) == []


@pytest.mark.parametrize("order", ["DMY", "MDY"])
def test_fast_numeric_reading_agrees_with_dateparser_on_every_day(order):
    for a in range(0, 33):
        for b in (1, 2, 7, 12, 13):
            for candidate in (f"{a}.{b}.2024", f"{a:02d}/{b:02d}/98"):
                fast = read_numeric_date(candidate, "num", order)
                if fast is not None:
                    assert fast == _dates._dateparser(candidate, order, ("en",)), candidate


def test_every_two_digit_year_as_dateparser_reads_it():
    for yy in range(100):
        candidate = f"4.11.{yy:02d}"
        assert read_numeric_date(candidate, "num") == _dates._dateparser(candidate, "DMY", ("en",))


def test_a_month_name_shape_is_read_without_dateparser_once_learnt(monkeypatch):
    _dates._NAMED_MONTH.clear()
    assert parse_candidate("19 March 2022", "dmy", languages=("en",)) == D(2022, 3, 19)

    def no_dateparser(*_):
        raise AssertionError("dateparser asked again")

    monkeypatch.setattr(_dates, "_dateparser", no_dateparser)
    assert parse_candidate("8 March 2024", "dmy", languages=("en",)) == D(2024, 3, 8)
    assert parse_candidate("31 March 1999", "dmy", languages=("en",)) == D(1999, 3, 31)


def test_a_day_that_not_every_month_has_does_not_teach_a_shape():
    _dates._NAMED_MONTH.clear()
    assert parse_candidate("30 March 2022", "dmy") == D(2022, 3, 30)
    assert _dates._NAMED_MONTH == {}


def test_a_learnt_shape_still_asks_dateparser_about_an_impossible_day():
    _dates._NAMED_MONTH.clear()
    assert parse_candidate("3 February 2024", "dmy") == D(2024, 2, 3)
    assert ("# February #", "DMY", ()) in _dates._NAMED_MONTH
    assert parse_candidate("30 February 2024", "dmy") is None


@pytest.mark.parametrize(("shape", "languages", "order"), [
    ("Sept. {d}, {y}", ("fr",), "DMY"),  # "sept" is 7 in French
    ("Sept. {d}, {y}", ("uk",), "MDY"),
    ("{d} März {y}", ("de",), "DMY"),
    ("{d} de febrero de {y}", ("es",), "MDY"),
    ("{d} листопада {y}", (), "DMY"),
    ("{d}er mars {y}", ("fr",), "DMY"),
])
def test_month_name_shapes_agree_with_dateparser_whatever_day_comes_first(shape, languages,
                                                                          order):
    import random

    days = list(range(0, 33))
    random.Random(shape).shuffle(days)  # the shape may be learnt from any day
    _dates._NAMED_MONTH.clear()
    for year in (2024, 1999):
        for day in days:
            candidate = shape.format(d=day, y=year)
            kind = "mdy" if shape[0].isalpha() else "dmy"
            expected = _dates._parse_named(candidate, order, languages)
            assert parse_candidate(candidate, kind, order=order,
                                   languages=languages) == expected, candidate
