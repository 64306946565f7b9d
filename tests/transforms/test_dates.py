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
    parse_candidate("19 March 2021", "dmy")
    from transforms.dates import _dateparser

    hits = _dateparser.cache_info().hits
    parse_candidate("19 March 2021", "dmy")
    assert _dateparser.cache_info().hits > hits


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from("0123456789./-: ,aMrchJunDez|T"), max_size=40))
def test_never_raises(line):
    for d in find_dates(line):
        assert 1 <= d.value.month <= 12
