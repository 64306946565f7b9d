"""Golden cases for transforms/translation.py."""

from __future__ import annotations

import pytest

from transforms.translation import Signal, translation_signals, verdict


def signals(**kw) -> list[tuple[str, str, str | None]]:
    kw.setdefault("source_domain", None)
    kw.setdefault("artefact_kinds", [])
    kw.setdefault("paragraph_languages", ["en"])
    return [(s.signal, s.value, s.language_hint) for s in translation_signals(**kw)]


@pytest.mark.parametrize(("kw", "expected"), [
    ({"source_domain": "kyivdaily-example.com.ua", "text": "x"}, ("source_tld", ".ua", "uk")),
    ({"source_domain": "www.toutiao.com", "text": "x"}, ("source_host", "toutiao.com", "zh")),
    ({"text": "Analysts in Kiev and Kharkov said."}, ("transliteration", "Kharkov", "ru")),
    ({"text": "x", "raw_text": "Translated from Ukrainian by the desk\n"},
     ("translated_from", "Ukrainian by the desk", "uk")),
    ({"text": "x", "raw_text": "He said « non » and left."}, ("spaced_guillemets", "« »", "fr")),
    ({"text": "x", "raw_text": "Er sagte „nein“ und ging."}, ("low_quotes", "„“", "de")),
    ({"text": "x", "raw_text": "Talks ended ; prices rose : why ?"},
     ("spaced_punctuation", "3", "fr")),
    ({"text": "x", "raw_text": "The NАТO office declined."}, ("homoglyph", "1", None)),
    ({"text": "x", "raw_text": "wheat (РѕР·РёРјР°СЏ) harvest"},
     ("cp1251_mojibake", "РѕР·РёРјР°СЏ", None)),
    ({"text": "x", "raw_text": "Published: 18.06.2024\n"}, ("numeric_date", "18.06.2024", None)),
    ({"text": "x", "paragraph_languages": ["en", "ru", "en"]},
     ("untranslated_fragment", "ru", "ru")),
    # two words are too few to tell Russian from Bulgarian: the fragment has no hint
    ({"text": "In the Rostov region (озимая пшеница) the harvest began."},
     ("foreign_fragment", "озимая пшеница", None)),
    ({"source_domain": "corriere-esempio.it", "text": "x",
      "raw_text": "Read the original at https://www.corriere-esempio.it/a/\n"},
     ("original_link", "corriere-esempio.it", None)),
])
def test_each_signal(kw, expected):
    assert expected in signals(**kw)


def test_the_shared_example_points_to_ukrainian():
    sigs = translation_signals(
        source_domain="example-news.com.ua", text="Analysts in Kiev said the talks would go on.",
        artefact_kinds=["homoglyph", "quote"], paragraph_languages=["en", "en"],
        raw_text="The NАТO liaison office declined. “decisive round » of talks")
    translated, source, score = verdict(sigs, "en")
    assert translated and source == "uk" and score >= 1.0


@pytest.mark.parametrize("kw", [
    {"text": "The council approved the budget on Thursday. Kyiv and Kharkiv were mentioned."},
    {"text": "Prices rose.", "raw_text": "Prices rose, the office said. Published March 4, 2025"},
    {"source_domain": "bbc.co.uk", "text": "x"},
])
def test_a_plain_english_article_has_no_signals(kw):
    assert signals(**kw) == []
    assert verdict([], "en") == (False, None, 0)


def test_one_weak_signal_is_not_enough():
    assert verdict([Signal("source_tld", ".it", 0.8, "it")], "en") == (False, None, 0.8)


def test_native_articles_are_not_judged():
    assert signals(text="Le maire a dit « non ».", raw_text="« non » ;", language="fr") == []
    assert verdict([Signal("source_tld", ".fr", 0.8, "fr")], "fr")[0] is False


# -- cheap checks before the whole-text patterns: the same signals as the patterns alone ------
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from transforms import translation as T  # noqa: E402


@pytest.mark.parametrize(("raw", "expected"), [
    ("TRANSLATED FROM Russian\n", ("translated_from", "Russian", "ru")),  # the cue ignores case
    ("Machine-translated from: German\n", ("translated_from", "German", "de")),
])
def test_translated_from_cue(raw, expected):
    assert expected in signals(text="x", raw_text=raw)


@pytest.mark.parametrize("raw", [
    "The translation was poor.\n",  # the cue, but not the pattern
    "Transferred from Kyiv\n",  # no cue
])
def test_no_translated_from(raw):
    assert [s for s in signals(text="x", raw_text=raw) if s[0] == "translated_from"] == []


@pytest.mark.parametrize(("raw", "count"), [
    ("Prices rose ; talks ended.", None),  # one mark: below the minimum, not even scanned
    ("Prices rose ; talks ended : why ?", "3"),
    ("Score 2 ; 3 : 1 ?", None),  # marks after digits, not letters
    ("Prices rose\u00a0; talks\u202f: ended", "2"),
])
def test_spaced_punctuation_count(raw, count):
    got = [s[1] for s in signals(text="x", raw_text=raw) if s[0] == "spaced_punctuation"]
    assert got == ([count] if count else [])


@pytest.mark.parametrize(("raw", "count"), [
    ("Prices rose , the office said .", None),  # ". " needs a space after it
    ("Prices rose , the office said . Then , nothing", "3"),
    ("Version 2 , and 3 . more", None),
])
def test_space_before_comma_count(raw, count):
    got = [s[1] for s in signals(text="x", raw_text=raw) if s[0] == "space_before_comma"]
    assert got == ([count] if count else [])


@pytest.mark.parametrize(("text", "words"), [
    ("Kievan Rus, then Kiev and Odessa.", ["Kiev", "Odessa"]),  # first candidate inside a word
    ("xKiev Kharkovite Lvov", ["Lvov"]),
    ("Kyiv and Odesa", []),
])
def test_transliterations_after_the_first_candidate(text, words):
    assert [s[1] for s in signals(text=text) if s[0] == "transliteration"] == words


@pytest.mark.parametrize(("raw", "count"), [
    ("The NАТO office\nand the ОSCE\nbut not Москва", "2"),  # one on each of two lines
    ("Москва\nplain English line\nКиївstar", "1"),  # the last line, with no line break
    ("Москва and Київ", None),  # Cyrillic words alone are not mixed
])
def test_mixed_script_words_line_by_line(raw, count):
    got = [s[1] for s in signals(text="x", raw_text=raw) if s[0] == "homoglyph"]
    assert got == ([count] if count else [])


def test_foreign_fragment_after_other_scripts_letters():
    text = "An α was all. Later he said: «Город должен знать» and left."
    assert [s[1] for s in signals(text=text) if s[0] == "foreign_fragment"] == [
        "Город должен знать"]


PIECES = ["Kiev", "Kievan", "Odessa", "Lvov", "a", "Б", "б", "Б1", "x", " ", "\n", " ;", " :",
          "\u00a0?", " ,", " .", ".", ",", "1", "_", "ё", "Ї", "«", "»", "Город", "\u202f", "!"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_cheap_checks_never_change_a_count(text):
    """The pre-checked scans count what the patterns alone count on the whole text."""
    pattern, _, anywhere = T._transliterations()
    first = anywhere.search(text)
    assert [m.group() for m in pattern.finditer(text, first.start() if first else 0)] == [
        m.group() for m in pattern.finditer(text)]
    assert T._mixed_tokens(text) == len(T._MIXED_TOKEN.findall(text))
    for pattern, marks in ((T._SPACED_PUNCT, T._SPACED_MARKS),
                           (T._SPACE_COMMA, T._SPACE_COMMA_MARKS)):
        assert len(pattern.findall(text)) <= sum(text.count(m) for m in marks)
        assert T._count_at_marks(pattern, text, marks) == len(pattern.findall(text))
    letter = T._FOREIGN_LETTER.search(text)
    run = T._FOREIGN_RUN.search(text)
    assert run is None or letter is not None  # a run starts with one of its letters
    if run:
        assert T._FOREIGN_RUN.search(text, letter.start()).group() == run.group()
