"""The cleaning pipeline (transforms/clean.py): golden example and hypothesis properties.

Properties: rules never raise, cleaning is deterministic, the artefact rows replay the clean
text from the raw text, cleaning is idempotent on article-shaped documents (and the token
rules on any text), and text that is not an artefact is never lost.
"""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import ftfy.bad_codecs  # noqa: F401  (sloppy codecs for DAMAGED)
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from schemas.tables import ARTEFACT_KINDS
from transforms.clean import RULES, CleaningConfig, clean_document
from transforms.lines import LineContext
from transforms.textedit import EditLog, replay

EXAMPLE = Path("/work/shared/examples/raw_article_example.txt")
SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

# Characters that stress the rules: scripts, look-alikes, quote marks, punctuation, spaces,
# invisibles, mojibake pieces, digits.
ALPHABET = st.sampled_from(list(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    "АВСЕНКМОРТХаеорсхуіЄКиївαβΑΟ"
    "“”«»„\"'’.,;:!?()-–— \n\n\t\u00a0\u200b\u00ad\r"
    "ÃÂ©¼â€™ÐÑРСЂ€\x85\x9d/@#%&"))
ANY_TEXT = st.text(ALPHABET, max_size=300)
# Realistic tokens rather than free character soup: words in one script, look-alike-damaged
# words, mojibake-damaged words, numbers, punctuation and quote marks, joined by spaces of
# several kinds. (On character soup ftfy's verdict on a fragment depends on its neighbours,
# so "Е–AΑ" is judged differently once "Α" is folded to "A": no fixed point exists.)
def _word(alphabet: str) -> st.SearchStrategy[str]:
    return st.text(st.sampled_from(list(alphabet)), min_size=1, max_size=10)


DAMAGED = st.sampled_from(["café", "Київ", "minister’s", "Düsseldorf", "Poznań", "“quoted”",
                           "Ирина", "naïve"]).flatmap(lambda w: st.sampled_from(
    [w, w.encode("utf-8").decode("sloppy-windows-1252"),
     w.encode("utf-8").decode("sloppy-windows-1251"), w.encode("utf-8").decode("latin-1")]))
LATIN = _word("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
TOKEN = st.one_of(
    LATIN,
    st.tuples(LATIN, st.sampled_from(list(".,!?:") + [".”", "14:32", "2024"]), LATIN).map(
        "".join),  # glued tokens
    _word("абвгдежзиклмнопрстуфхцчшщыьэюяіїєАБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯІЇЄ"),
    _word("αβγδεζηθικλμνξοπρστυφχψωΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ"),
    st.sampled_from(["NАТO", "OSСE", "Rоstov", "ЕU", "Kиїв", "cοmpany"]),
    DAMAGED,
    st.from_regex(r"\A\d{1,4}([.,:]\d{1,3})?\Z"),
    st.sampled_from(list(".,;:!?()-–—“”«»„\"'’/@#%&") + ["...", ":)", "\n", "\n\n"]),
)
# (no zero-width separator: once removed it glues a look-alike-damaged word to a
# mojibake-damaged one, "ΑPoznaÅ„", which neither rule can read until the other has run)
SEPARATOR = st.sampled_from([" ", " ", " ", "  ", "\u00a0", "\t", "\r\n"])
PLAIN_TEXT = st.lists(st.tuples(TOKEN, SEPARATOR), max_size=25).map(
    lambda pairs: "".join(t + s for t, s in pairs))
WORDS = st.sampled_from(
    "the talks in Geneva said officials ministers ceasefire peacekeeping would continue next "
    "week grain corridor NATO Kyiv Black Sea long-range so called U.S. 2.5 percent 1 000 "
    "https://example.com/a example.org breakthrough overnight stakeholder".split())
SENTENCE = st.lists(WORDS, min_size=3, max_size=14).map(
    lambda ws: ws[0][0].upper() + " ".join(ws)[1:] + ".")
PARAGRAPH = st.lists(SENTENCE, min_size=1, max_size=3).map(" ".join)
# distinct paragraphs: a paragraph repeated right after itself is a duplicate_line artefact
PROSE = st.lists(PARAGRAPH, min_size=1, max_size=5, unique=True).map("\n\n".join)
TITLE = st.sampled_from(["Envoys Meet in Geneva", "Talks Drag On as Winter Nears",
                         "NАТO Envoys Hold Talks", "Will the BlackSea Deal Survive?"])
META = st.sampled_from(["By Olena Marchuk", "Published: 17.06.2025", "17 June 2025, 14:32",
                        "(Photo: delegates arrive)", "Author: Jane Doe"])
TAIL = st.sampled_from(["Share this story", "Source: https://example.com/news/1",
                        "Read more: Five things to know", "Back to top", "Advertisement"])


@st.composite
def articles(draw) -> tuple[str, list[str]]:
    """An article-shaped raw text and its prose paragraphs (which must survive cleaning):
    at most one headline, then metadata lines, prose, and tail lines."""
    head = draw(st.lists(TITLE, max_size=1)) + draw(st.lists(META, max_size=2))
    paras = draw(st.lists(PARAGRAPH, min_size=1, max_size=5, unique=True))
    tail = draw(st.lists(TAIL, max_size=3))
    sep = draw(st.sampled_from(["\n\n", "\n\n\n", "\r\n\r\n"]))
    return sep.join(head + paras + tail) + draw(st.sampled_from(["", "\n", "  \n"])), paras


def test_every_config_field_is_a_registered_rule():
    assert [f.name for f in fields(CleaningConfig)] == list(RULES)


def test_the_example_article():
    result = clean_document(EXAMPLE.read_text("utf-8"))
    got = {(r.kind, r.original.strip(), r.replacement) for r in result.rows}
    assert {("homoglyph", "NАТO", "NATO"), ("quote", "»", "”"),
            ("dropped_hyphen", "BlackSea", "Black Sea"),
            ("dropped_hyphen", "shortterm", "short-term"), ("spacing", "", "")} <= got
    kinds = [r.kind for r in result.rows]
    for kind in ("title", "duplicate_line", "dateline", "caption", "source_line"):
        assert kind in kinds
    assert kinds.count("boilerplate") == 3
    assert "so called “technical group”" in result.text
    assert "Kiev" in result.text and "Share this story" not in result.text
    assert result.text.startswith("Negotiators from both sides")
    assert {r.kind for r in result.rows} <= set(ARTEFACT_KINDS)


@pytest.mark.parametrize("name", list(RULES))
@SETTINGS
@given(text=ANY_TEXT)
def test_rules_never_raise_and_propose_valid_changes(name, text):
    changes = RULES[name](text, LineContext())
    for c in changes:
        assert text[c.start : c.end] == c.original
        assert c.kind in ARTEFACT_KINDS
    EditLog(text).apply(changes)


@SETTINGS
@given(text=ANY_TEXT)
def test_replay_rebuilds_clean_text_and_is_deterministic(text):
    result = clean_document(text)
    assert replay(text, result.rows) == result.text
    again = clean_document(text)
    assert again.text == result.text and again.rows == result.rows
    for r in result.rows:
        assert 0 <= r.start_offset <= r.end_offset <= len(text)


@SETTINGS
@given(text=PLAIN_TEXT)
def test_token_rules_are_idempotent(text):
    config = CleaningConfig(lines=False)
    once = clean_document(text, config=config).text
    assert clean_document(once, config=config).text == once


@SETTINGS
@given(article=articles())
def test_cleaning_is_idempotent_on_articles(article):
    raw, _ = article
    once = clean_document(raw).text
    assert clean_document(once).text == once


@SETTINGS
@given(article=articles())
def test_prose_is_never_lost(article):
    raw, paras = article
    text = clean_document(raw).text
    for p in paras:
        assert p in text


@SETTINGS
@given(prose=PROSE)
def test_clean_prose_comes_out_unchanged(prose):
    assert clean_document(prose).text == prose


@settings(max_examples=500, deadline=None)
@given(st.text(" \n\t\xa0\u2028ab", max_size=12))
def test_tidy_trims_what_the_edge_pattern_finds(text):
    import re

    from transforms.clean import tidy_whitespace

    edges = [(m.start(), m.end()) for m in re.finditer(r"\A\s+|\s+\Z", text)]
    got = [(c.start, c.end) for c in tidy_whitespace(text) if c.replacement == ""]
    assert got == edges
