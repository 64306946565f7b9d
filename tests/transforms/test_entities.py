"""Golden cases for transforms/entities.py (the full evaluation set is quality/entities/)."""

from __future__ import annotations

import csv
from collections import Counter
from importlib import resources

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.entities import (
    _AND,
    _TAIL,
    _Candidate,
    _gazetteer,
    _gazetteer_candidates,
    _joined_by_and,
    _tail_words,
    entity_id,
    find_mentions,
    lookup,
)


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


# -- the fast paths: each answers exactly what the regex or loop it stands in for would -----
# (transforms/entities.py runs each context regex only where a str test says it can match)
GLUE = ["", " ", "  ", ", ", ",", ". ", ".", "\n", "\xa0", "\x1c", "(", "-", "'", "’", "31",
        "é", "Ω"]
WORDS = ["the", "a", "blogger", "bloggers", "coach’s", "according", "to", "tennis", "player",
         "said", "ha", "detto", "Ivo", "Kyiv", "year-old", "8-jährigen", "St.", "Dr.", "of",
         "and", "&", "ferry", "FERRY"]
pieces = st.lists(st.sampled_from(WORDS + GLUE), max_size=14).map("".join)


@settings(max_examples=400)
@given(pieces)
def test_tail_words_are_the_tail_regex(w):
    m = _TAIL.search(w)
    assert _tail_words(w) == (m.groups() if m else None)


TAILS = [  # text before a name -> _TAIL's (word before, last word)
    ("said the blogger ", ("the", "blogger")),
    ("the bloggers, ", ("the", "bloggers")),
    ("aged 31 (", None),  # no word right before the name
    ("the 8-jährigen ", (None, "jährigen")),  # a digit cuts the word
    ("according\x1c to ", (None, "to")),  # \x1c is no `regex` space: no word before "to"
    ("the coach’s ", ("the", "coach’s")),
    ("year. ", None),  # a full stop ends the sentence
]


@pytest.mark.parametrize(("before", "expected"), TAILS)
def test_tail_words_golden(before, expected):
    assert _tail_words(before) == expected


def _reference_gazetteer(text: str) -> list[tuple[int, int, str]]:
    """The gazetteer as one alternation of every variant, longest first (the old look-up)."""
    variants = _gazetteer().variants
    alternation = "|".join(regex.escape(v) for v in sorted(variants, key=len, reverse=True))
    pattern = regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{alternation})(?![\p{{L}}\p{{N}}])")
    return [(m.start(), m.end(), variants[m.group()][0]) for m in pattern.finditer(text)]


GAZETTEER_TEXTS = [
    "The U.S.-led coalition, the US and the U.S. State Department met in Washington D.C.",
    "Ursula von der Leyen met Bashar al-Assad; al-Assad spoke to dpa in mainland China.",
    "Kyiv2 2Kyiv Kyiv_ _Kyiv Kyiv. Kievan Rus, Parisian cafes, Iranians, NATOs, UNESCO.",
    "G7G20 G-7 and G20, U.K. and UK, E.U. and EU, Xi and Xi Jinping, Zürich and Zurich",
    "Côte d'Ivoire, Cote d'Ivoire and São Paulo; Élysée Palace and Élysée, Kraków",
]


@pytest.mark.parametrize("text", GAZETTEER_TEXTS)
def test_gazetteer_look_up_is_the_alternation(text):
    got = [(c.start, c.end, c.canonical) for c in _gazetteer_candidates(text)]
    assert got == _reference_gazetteer(text)


@settings(max_examples=200)
@given(st.lists(st.sampled_from(["U.S.", "US", "U.S.A.", "UNESCO", "UK", "Kyiv", "al-Assad", "dpa",
                                 "von der Leyen", "Xi", "Xi Jinping", "UN", "Zürich", "G7",
                                 "Washington", "Washington D.C.", "mainland China", "China",
                                 *GLUE, "x", "2", "_"]), max_size=12).map("".join))
def test_gazetteer_look_up_is_the_alternation_everywhere(text):
    got = [(c.start, c.end, c.canonical) for c in _gazetteer_candidates(text)]
    assert got == _reference_gazetteer(text)


def test_a_gazetteer_name_inside_a_longer_word_is_not_a_mention():
    text = "Kievan Rus, Parisian cafes, Iranians, NATOs, the Romance and Chinese tea."
    assert [m.surface for m in find_mentions(text)] == []
    assert [m.surface for m in find_mentions("Kyiv2 and _Kyiv")] == ["Kyiv"]  # _ is no letter


@settings(max_examples=300)
@given(st.lists(st.sampled_from(["Ana Costa", "Tiberius Quartermaine", " ", "  ", "and", "&",
                                 "band", "\n", "\x1c", ",", "x"]), max_size=9).map("".join))
def test_joined_by_and_is_the_and_regex(text):
    people = [_Candidate(m.start(), m.end(), "person", m.group(), "detected")
              for m in regex.finditer("Ana Costa", text)]
    for m in regex.finditer("Tiberius Quartermaine", text):
        s, e = m.span()
        want = any(_AND.match(text[min(e, p.end):max(s, p.start)]) for p in people
                   if p.end <= s or e <= p.start)
        assert _joined_by_and(text, s, e, people) == want


CUE_CASES = [  # each fast path of the cues, with the cases that must not change
    # a lower-case role noun right before the name ("bloggers": the plural counts too)
    ("The blogger Tiberius Quartermaine left.", ["Tiberius Quartermaine"]),
    ("The bloggers Tiberius Quartermaine and Ovid Marsh left.",
     ["Tiberius Quartermaine", "Ovid Marsh"]),
    # "X and <person>": the name joined to a person by "and"/"&" is a person
    ("Tiberius Quartermaine and Pavel Sorokin met.", ["Tiberius Quartermaine", "Pavel Sorokin"]),
    ("Pavel Sorokin &  Tiberius Quartermaine met.", ["Pavel Sorokin", "Tiberius Quartermaine"]),
    ("Pavel Sorokin band Tiberius Quartermaine met.", ["Pavel Sorokin"]),
    # a speech verb after the name, an apposition, "according to" before it
    ("Tiberius Quartermaine said the vote was fair.", ["Tiberius Quartermaine"]),
    ("Tiberius Quartermaine, 31, won.", ["Tiberius Quartermaine"]),
    ("It was fair, according to Tiberius Quartermaine.", ["Tiberius Quartermaine"]),
    # a dotted title; "St." is a saint's place, not a title
    ("Dr. Tiberius Quartermaine arrived.", ["Tiberius Quartermaine"]),
    ("They met at St. Tiberius Quartermaine on Sunday.", []),
    # a role noun that is not a title: no name follows it ("Training Centre" is a place)
    ("The driver Training Centre opened on Monday.", []),
    # a capitalised common phrase with a speech verb is not a name
    ("Water Resources said the dam was full.", []),
    # "the mayor of Bila Tserkva": a place after "of", not a person
    ("The mayor of Bila Tserkva, Hennadiy Dykyi, said the city was ready.", ["Hennadiy Dykyi"]),
    # a vessel noun before a title
    ("The ferry Princess Sophia and the tanker Queen Maria sank.", []),
]


@pytest.mark.parametrize(("text", "expected"), CUE_CASES)
def test_cue_fast_paths(text, expected):
    assert [s for s, _ in persons(text)] == expected
