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
