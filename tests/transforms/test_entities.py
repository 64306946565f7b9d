"""Golden cases for transforms/entities.py (the full evaluation set is quality/entities/)."""

from __future__ import annotations

import csv
from collections import Counter
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.entities import entity_id, find_mentions, lookup


def persons(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.canonical_name) for m in find_mentions(text)
            if m.entity_type == "person"]


def canon(text: str) -> list[tuple[str, str, str]]:
    return [(m.surface, m.canonical_name, m.entity_type) for m in find_mentions(text)]


VARIANTS = [  # spellings and transliterations merge into one canonical entity
    ("Zelensky", "Volodymyr Zelensky"), ("Zelenskyy", "Volodymyr Zelensky"),
    ("Zelenskiy", "Volodymyr Zelensky"), ("Kiev", "Kyiv"), ("Kyiv", "Kyiv"),
    ("Arestovich", "Oleksiy Arestovych"), ("Arestovych", "Oleksiy Arestovych"),
    ("Kharkov", "Kharkiv"), ("Odessa", "Odesa"), ("Britain", "United Kingdom"),
    ("U.N.", "United Nations"), ("Türkiye", "Turkey"),
]
IN_THE_WILD = [
    ("Prime Minister Keir Starmer said on Tuesday that Britain would send jets. Starmer met "
     "ambassadors.", [("Keir Starmer", "Keir Starmer"), ("Starmer", "Keir Starmer")]),
    ("The blogger, Pavel Sorokin, had posted videos. Sorokin's lawyer, Marina Zhukova, said "
     "they would appeal.", [("Pavel Sorokin", "Pavel Sorokin"), ("Sorokin", "Pavel Sorokin"),
                            ("Marina Zhukova", "Marina Zhukova")]),
    ('"The next three days are critical," said Liu Jianguo, deputy director. Liu added that '
     "dams were full.", [("Liu Jianguo", "Liu Jianguo"), ("Liu", "Liu Jianguo")]),
    ("Commentator Aleksei Arestovich said the talks were a small step.",
     [("Aleksei Arestovich", "Oleksiy Arestovych")]),
    ("Daniel Osei, 31, finished ahead of last year's winner, Kenji Mori. Osei said he was "
     "tired.", [("Daniel Osei", "Daniel Osei"), ("Kenji Mori", "Kenji Mori"),
                ("Osei", "Daniel Osei")]),
    ("Mr Abdullah al-Rashid said the ceasefire would hold. Al-Rashid is a veteran mediator.",
     [("Abdullah al-Rashid", "Abdullah al-Rashid"), ("Al-Rashid", "Abdullah al-Rashid")]),
]
NEGATIVE = [  # capitalised words that are not people
    "The ferry Princess Sophia ran aground off the coast of Norway.",
    "The tram derailed near the Taras Shevchenko National University on Monday.",
    "Flights at Charles de Gaulle Airport were delayed by a strike.",
    "The General Staff said the Christian Democratic Union would meet on Monday.",
    "the Ministry of Water Resources said on Sunday that levels were rising.",
    "Transparency International Ukraine called the law a significant step.",
    "The mayor of Bila Tserkva, Hennadiy Dykyi, said the city was ready.",  # Dykyi only
    "Sporting Ostia beat Atletico Tiburtina 2-1 at the top of the Col du Vautour.",
    "Analysts in Kiev said the talks would continue. The Kremlin said nothing.",
]


@pytest.mark.parametrize(("variant", "canonical"), VARIANTS)
def test_gazetteer_merges_variants(variant, canonical):
    assert lookup(variant)[0] == canonical
    assert find_mentions(f"They met in {variant} and in {variant}.")[0].canonical_name == canonical


@pytest.mark.parametrize(("text", "expected"), IN_THE_WILD)
def test_people_nobody_listed(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_people(text):
    found = {s for s, _ in persons(text)}
    assert found <= {"Hennadiy Dykyi"}


def test_places_and_organisations():
    got = canon("Negotiators met at the Palais des Nations in Geneva, according to the UN. "
                "The NATO liaison office and the Ministry of Foreign Affairs declined to comment.")
    assert ("Palais des Nations", "Palais des Nations", "place") in got
    assert ("Geneva", "Geneva", "place") in got
    assert ("UN", "United Nations", "organisation") in got
    assert ("NATO", "NATO", "organisation") in got
    assert ("Ministry of Foreign Affairs", "Ministry of Foreign Affairs", "organisation") in got


def test_gazetteer_is_substantial():
    text = resources.files("transforms.data").joinpath("gazetteer.csv").read_text("utf-8")
    rows = list(csv.DictReader(text.splitlines()))
    types = Counter(r["entity_type"] for r in rows)
    assert len(rows) >= 400
    assert types["person"] >= 100 and types["place"] >= 250 and types["organisation"] >= 60
    names = [v for r in rows for v in [r["canonical_name"], *r["variants"].split("|")] if v]
    assert len(names) == len(set(names)), "a variant may belong to one entity only"


def test_entity_ids_are_stable():
    assert entity_id("person", "Volodymyr Zelensky") == "person:volodymyr-zelensky"
    a = find_mentions("President Ana Costa met Zelenskiy in Kiev.")
    assert a == find_mentions("President Ana Costa met Zelenskiy in Kiev.")
    assert [m.entity_id for m in a] == ["person:ana-costa", "person:volodymyr-zelensky",
                                        "place:kyiv"]


def test_offsets_point_at_the_surface():
    text = "Ms Novak chaired the hearing. Earlier, health inspector Anna Novak presented it."
    for m in find_mentions(text):
        assert text[m.start:m.end] == m.surface
    assert persons(text) == [("Novak", "Anna Novak"), ("Anna Novak", "Anna Novak")]


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from("AaBbKkIiyv ,.'-\"ZzeélnsoО"), max_size=60))
def test_never_raises_and_spans_are_consistent(text):
    for m in find_mentions(text):
        assert text[m.start:m.end] == m.surface and m.entity_type in (
            "person", "place", "organisation")
