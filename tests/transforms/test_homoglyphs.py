"""Golden cases for transforms/homoglyphs.py (rule `homoglyph`)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.transforms._golden import apply
from transforms import homoglyphs
from transforms.homoglyphs import fold_homoglyphs, script_of

IN_THE_WILD = [
    ("The NАТO liaison office declined to comment.",
     "The NATO liaison office declined to comment."),
    ("under the auspices of the OSСE to discuss", "under the auspices of the OSCE to discuss"),
    ("the Рentаgon said on Tuesday", "the Pentagon said on Tuesday"),
    ("farmers near Rоstоv-on-Don", "farmers near Rostov-on-Don"),
    ("ЕU leaders met in Brussels", "EU leaders met in Brussels"),
]
SYNTHETIC = [
    ("the ΑTHENS office", "the ATHENS office"),  # Greek capital alpha
    ("a cοmpany spokesman", "a company spokesman"),  # Greek omicron
    ("Президент прибув до Kиєва", "Президент прибув до Києва"),  # Latin K in a Cyrillic word
    ("IАEA inspectors", "IAEA inspectors"),
]
NEGATIVE = [
    "Министр иностранных дел заявил, что переговоры продолжатся.",
    "The Greek word αλήθεια (truth) appeared on banners.",
    "Київ (Kyiv) and Москва (Moscow) were mentioned.",
    "TGFβ levels and the µm scale",  # no look-alike: not a homoglyph
    "ceasefire peacekeeping so called",
]
KNOWN_FAILURES = [
    # "N" has no Cyrillic look-alike, so a Ukrainian "НАТО" typed with a Latin N folds to Latin
    ("ЄС і NАТО", "ЄС і НАТО"),
]


@pytest.mark.parametrize(("raw", "expected"), IN_THE_WILD + SYNTHETIC)
def test_folds_mixed_script_words(raw, expected):
    assert apply(fold_homoglyphs, raw) == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_leaves_single_script_words_alone(text):
    assert fold_homoglyphs(text) == []


@pytest.mark.xfail(reason="no Cyrillic look-alike for Latin N: the run folds to Latin")
@pytest.mark.parametrize(("raw", "expected"), KNOWN_FAILURES)
def test_known_failures(raw, expected):
    assert apply(fold_homoglyphs, raw) == expected


def test_script_of():
    assert [script_of(c) for c in "aАαé1"] == ["latin", "cyrillic", "greek", "latin", None]


# -- only runs with a non-ASCII letter are looked at, the same ones either way --------------


@settings(max_examples=1000, deadline=None)
@given(st.text("NATOaceoxАВЕКМНОРСТаеорсхіΑΒΕΗΙΚαικéüß \n.,-_1२’\u0301ǅⅧ²", max_size=40))
def test_non_ascii_runs_are_the_runs_to_look_at(line):
    expected = [m.span() for m in homoglyphs._LETTER_RUN.finditer(line) if not m.group().isascii()]
    assert [m.span() for m in homoglyphs._non_ascii_runs(line)] == expected
