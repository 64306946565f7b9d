"""Search terms: golden cases, the same words DuckDB's SQL makes of a query, batch frames."""

from __future__ import annotations

import unicodedata

import duckdb
import polars as pl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from schemas.tables import BY_NAME
from transforms.search_terms import (
    SEARCH_TABLES,
    index_frames,
    search_terms,
    stop_word_terms,
    stop_words,
    term_of,
    words_of,
)

# (text, expected words): what a document or a query is split into
WORDS = [
    # in-the-wild style
    ("Peace talks resumed in Vienna on Monday.",
     ["peace", "talks", "resumed", "in", "vienna", "on", "monday"]),
    ("“Every month of delay has a price,” the governor said.",
     ["every", "month", "of", "delay", "has", "a", "price", "the", "governor", "said"]),
    ("Zelenskyy’s office — in Kyiv — said 1,200 people left.",
     ["zelenskyy", "s", "office", "in", "kyiv", "said", "1", "200", "people", "left"]),
    ("Les délégués ont repris les négociations à Genève.",
     ["les", "delegues", "ont", "repris", "les", "negociations", "a", "geneve"]),
    ("Делегации начали ПЕРЕГОВОРЫ в Вене.", ["делегации", "начали", "переговоры", "в", "вене"]),
    ("北京市政府表示，新政策将于下月实施。", ["北京市政府表示", "新政策将于下月实施"]),
    # synthetic
    ("e\u0301te\u0301 cafe\u0301", ["ete", "cafe"]),  # decomposed accents
    ("ΟΔΟΣ οδός", ["οδοσ", "οδος"]),  # as DuckDB's lower(): no final sigma for capitals
    ("snake_case a-b a.b a/b", ["snake", "case", "a", "b", "a", "b", "a", "b"]),
    ("x²  ½ ٣", ["x²", "½", "٣"]),  # every kind of digit is a digit
    ("İstanbul Straße", ["istanbul", "straße"]),
    # negative: stays one word
    ("ceasefire peacekeeping COVID19", ["ceasefire", "peacekeeping", "covid19"]),
    ("", []),
    ("?! -- …", []),
]


@pytest.mark.parametrize("text, expected", WORDS)
def test_words(text, expected):
    assert words_of(text) == expected


@pytest.fixture(scope="module")
def duck():
    con = duckdb.connect()
    yield con
    con.close()


def duckdb_words(con, texts: list[str]) -> list[list[str]]:
    """A query's words as the search SQL splits them (warehouse/search.py)."""
    rows = con.execute(r"""
        SELECT list_filter(string_split_regex(lower(strip_accents(t)), '[^\p{L}\p{N}]+'),
                           w -> w <> '')
        FROM (SELECT unnest($t) AS t, generate_subscripts($t, 1) AS i) ORDER BY i""",
                       {"t": texts}).fetchall()
    return [r[0] for r in rows]


def test_documents_and_queries_are_split_alike(duck):
    texts = [t for t, _ in WORDS]
    assert [words_of(t) for t in texts] == duckdb_words(duck, texts)


def test_every_letter_digit_and_mark_of_the_main_scripts_is_split_alike(duck):
    ranges = [(0x20, 0x250), (0x370, 0x530), (0x590, 0x700), (0x900, 0x980), (0xE00, 0xE80),
              (0x1E00, 0x2000), (0x2070, 0x2190), (0x3040, 0x3100), (0xAC00, 0xAC40),
              (0xFF00, 0xFF70)]
    chars = [chr(c) for lo, hi in ranges for c in range(lo, hi)
             if unicodedata.category(chr(c)) not in ("Cn", "Cs", "Co")]
    texts = [f"a{c}b {c}{c.upper()}" for c in chars]
    assert [words_of(t) for t in texts] == duckdb_words(duck, texts)


# NUL ends a string in DuckDB's regex functions (cleaning removes NUL from every text), and
# the newest scripts (unassigned, Cn, in this Python's Unicode tables) are letters to the
# regex module but not to DuckDB's RE2: known, rare differences
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cn"),
                                      blacklist_characters="\x00"), max_size=40))
def test_any_text_is_split_as_duckdb_splits_it(text):
    con = duckdb.connect()
    try:
        assert words_of(text) == duckdb_words(con, [text])[0]
    finally:
        con.close()


# (word, term): stems are the Snowball porter algorithm's (the fts extension's 'porter')
TERMS = [("talks", "talk"), ("talking", "talk"), ("negotiations", "negoti"), ("envoys", "envoi"),
         ("peace", "peac"), ("ceasefire", "ceasefir"), ("kyiv", "kyiv"),
         ("переговоры", "переговоры"), ("2024", "2024"), ("the", ""), ("and", "")]


@pytest.mark.parametrize("word, term", TERMS)
def test_term_of(word, term):
    assert term_of(word) == term


def test_stop_words_are_data_and_keep_their_stems():
    assert len(stop_words()) == 523
    assert {"the", "of", "and", "a", "last"} <= stop_words()
    assert not {"peace", "talks", "don't", ""} & stop_words()
    pairs = dict(stop_word_terms())
    assert pairs["the"] == "the" and pairs["several"] == "sever"
    assert set(pairs) == stop_words()


def test_search_terms_counts_title_and_text_and_skips_stop_words():
    got = search_terms("Peace Talks", "The talks resumed; the envoys are talking of peace.")
    assert got.terms == {"talk": 3, "resum": 1, "envoi": 1, "peac": 2}
    assert got.length == 7 == sum(got.terms.values())
    assert got.words["talking"] == "talk" and got.words["the"] == ""
    assert search_terms(None, "the of and").terms == {}
    assert search_terms(None, "").length == 0


@given(st.text(max_size=300), st.one_of(st.none(), st.text(max_size=40)))
def test_search_terms_never_raises_and_adds_up(text, title):
    got = search_terms(title, text)
    assert got.length == sum(got.terms.values())
    assert all(term and n > 0 for term, n in got.terms.items())
    assert set(got.terms) == {t for t in got.words.values() if t}
    assert search_terms(title, text) == got  # deterministic


def test_index_frames_match_the_declared_tables():
    docs = pl.DataFrame({"doc_id": ["d1", "d2", "d3"],
                         "title": ["Talks in Kyiv", None, None],
                         "clean_text": ["Peace talks resumed.", "the of and", "Talks, peace."]})
    frames = index_frames(docs)
    assert set(frames) == set(SEARCH_TABLES)
    for name, df in frames.items():
        assert df.schema == BY_NAME[name].polars_schema(), name
    assert frames["search_documents"].rows() == [("d1", 5), ("d2", 0), ("d3", 2)]
    terms = frames["search_terms"]
    assert terms.filter(pl.col("doc_id") == "d1").sort("term").rows() == [
        ("d1", "kyiv", 1), ("d1", "peac", 1), ("d1", "resum", 1), ("d1", "talk", 2)]
    assert "d2" not in terms["doc_id"].to_list()  # only stop words: a length, no terms
    # each word once per batch; none whose term is itself (kyiv), no stop word
    assert sorted(frames["search_vocabulary"].rows()) == [
        ("peace", "peac", False), ("resumed", "resum", False), ("talks", "talk", False)]


def test_index_frames_of_no_documents_are_empty():
    empty = pl.DataFrame(schema={"doc_id": pl.String, "title": pl.String,
                                 "clean_text": pl.String})
    assert all(df.is_empty() for df in index_frames(empty).values())
