"""Search terms of a document: what the full-text index stores for it (warehouse/search.py).

Words are lower-cased, accents stripped (every combining mark dropped), split on anything
that is not a letter or a digit in any script, English stop words dropped
(data/stopwords_en.txt) and Porter-stemmed with Snowball's ``porter`` algorithm — the
tokens DuckDB's full-text-search extension made (``stemmer = 'porter'``,
``stopwords = 'english'``, ``strip_accents = 1``, ``lower = 1``), so rankings did not move
when the index moved to plain tables. Cyrillic, Greek and other scripts are indexed as
written (the stemmer leaves them alone); Chinese and Japanese have no spaces, so a whole
clause is one word there.

Queries are split the same way in SQL (``lower``, ``strip_accents``, ``[^\\p{L}\\p{N}]+``)
and mapped to terms through the (word, term) pairs each document reports, so the warehouse
needs no stemmer: :func:`query_words` is that SQL side in Python, for tests.

>>> t = search_terms("Peace talks", "The talks resumed; the envoys are talking.")
>>> t.terms, t.length
({'talk': 3, 'resum': 1, 'envoi': 1, 'peac': 1}, 6)
>>> {w: t for w, t in t.words.items() if t}
{'talks': 'talk', 'resumed': 'resum', 'envoys': 'envoi', 'talking': 'talk', 'peace': 'peac'}
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache

import polars as pl
import regex

from transforms.data import read_data

STEMMER = "porter"  # Snowball algorithm (the fts extension's 'porter')
# Marks belong to the word they sit on (stripped below); everything else separates words.
_WORD = regex.compile(r"[\p{L}\p{N}\p{M}]+")
_LETTERS_DIGITS = regex.compile(r"[\p{L}\p{N}]+")
# every ASCII character but a letter or a digit becomes a space (bytes >= 128 are kept)
_UTF8_SPLIT = bytes(b if chr(b).isalnum() or b >= 128 else 32 for b in range(256))
_CACHE_LIMIT = 200_000  # distinct words remembered per process (about 40 MB)


@dataclass(frozen=True)
class SearchTerms:
    """One document's index entry."""

    terms: dict[str, int]  # term -> occurrences, in order of first occurrence
    length: int  # words indexed (stop words excluded): BM25's document length
    words: dict[str, str]  # every word seen (lower-cased, unaccented) -> its term, "" if a
    #                        stop word (the query side maps words to terms with these)


@cache
def stop_words() -> frozenset[str]:
    """English stop words (data/stopwords_en.txt).

    >>> sorted({"the", "and", "talks"} & stop_words())
    ['and', 'the']
    """
    return frozenset(line.strip() for line in read_data("stopwords_en.txt").splitlines()
                     if line.strip() and not line.startswith("#"))


@cache
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer(STEMMER)


_terms: dict[str, str] = {}  # word -> term, "" for a stop word


def term_of(word: str) -> str:
    """The term a (lower-cased, unaccented) word is indexed as; "" for a stop word.

    >>> term_of("talks"), term_of("the"), term_of("переговоры")
    ('talk', '', 'переговоры')
    """
    term = _terms.get(word)
    if term is None:
        if len(_terms) >= _CACHE_LIMIT:
            _terms.clear()
        term = _terms[word] = "" if word in stop_words() else _stemmer().stemWord(word)
    return term


def stop_word_terms() -> list[tuple[str, str]]:
    """(stop word, its stem) for every stop word: a query's stop word still matches the
    words that share its stem (``last`` finds ``lasted``), as the fts extension did.

    >>> ("last", "last") in stop_word_terms()
    True
    """
    stem = _stemmer().stemWord
    return [(w, stem(w)) for w in sorted(stop_words())]


def _fold_char(ch: str) -> str:
    """Lower-case without context and without marks (DuckDB's ``strip_accents(lower(ch))``)."""
    low = ch.lower()
    if low.isascii():
        return low
    bare = "".join(c for c in unicodedata.normalize("NFD", low)
                   if not unicodedata.category(c).startswith("M"))
    return unicodedata.normalize("NFC", bare)


_folded: dict[str, tuple[str, ...]] = {}


def _fold(word: str) -> tuple[str, ...]:
    """The words a non-ASCII run of letters, digits and marks stands for once folded."""
    got = _folded.get(word)
    if got is None:
        if len(_folded) >= _CACHE_LIMIT:
            _folded.clear()
        folded = "".join(_fold_char(c) for c in word)
        got = _folded[word] = tuple(_LETTERS_DIGITS.findall(folded))
    return got


def words_of(text: str) -> list[str]:
    """Every word of ``text``, lower-cased and unaccented, in order (stop words included).

    >>> words_of("Café OPEC-talks: ΟΔΟΣ, Переговоры_2024")
    ['cafe', 'opec', 'talks', 'οδοσ', 'переговоры', '2024']
    """
    # str.lower() ends a word in final sigma, DuckDB's lower() (one character at a time) not
    low = (text if "Σ" not in text else text.replace("Σ", "σ")).lower()
    if low.isascii():
        return low.encode("ascii").translate(_UTF8_SPLIT).decode("ascii").split()
    # ASCII separators are blanked in the UTF-8 bytes (fast); what remains is split on
    # white space, and a word holding any other character is split and folded by _fold
    words = (low.encode("utf-8", "surrogatepass").translate(_UTF8_SPLIT)
             .decode("utf-8", "surrogatepass").split())
    out: list[str] = []
    for w in words:
        if w.isascii():
            out.append(w)
        else:
            out += _fold(w)
    return out


def search_terms(title: str | None, text: str) -> SearchTerms:
    """Terms of title + text with their counts, the document length, and the words seen.

    >>> search_terms(None, "the and of")
    SearchTerms(terms={}, length=0, words={'the': '', 'and': '', 'of': ''})
    """
    words = words_of(text)
    if title:
        words += words_of(title)
    terms = list(map(_terms.get, words))
    if None in terms:  # words this process has not met yet
        terms = [t if t is not None else term_of(w) for w, t in zip(words, terms)]
    tf = Counter(terms)
    stops = tf.pop("", 0)
    return SearchTerms(dict(tf), len(terms) - stops, dict(zip(words, terms)))


SEARCH_TABLES = ("search_terms", "search_documents", "search_vocabulary")


def index_frames(documents: pl.DataFrame) -> dict[str, pl.DataFrame]:
    """The index rows of a batch of documents (doc_id, title, clean_text), one frame per
    search table; the vocabulary lists only words whose term differs from them.

    >>> docs = pl.DataFrame({"doc_id": ["d1", "d2"], "title": ["Talks", None],
    ...                      "clean_text": ["Peace talks.", "Peace in Kyiv"]})
    >>> f = index_frames(docs)
    >>> f["search_terms"].rows()
    [('d1', 'peac', 1), ('d1', 'talk', 2), ('d2', 'peac', 1), ('d2', 'kyiv', 1)]
    >>> f["search_documents"].rows(), f["search_vocabulary"].rows()
    ([('d1', 3), ('d2', 2)], [('peace', 'peac', False), ('talks', 'talk', False)])
    """
    from schemas.tables import BY_NAME

    doc_ids: list[str] = []
    terms: list[list[str]] = []
    counts: list[list[int]] = []
    lengths: list[int] = []
    seen: dict[str, str] = {}
    for doc_id, title, text in documents.select("doc_id", "title", "clean_text").iter_rows():
        got = search_terms(title, text or "")
        doc_ids.append(doc_id)
        terms.append(list(got.terms))
        counts.append(list(got.terms.values()))
        lengths.append(got.length)
        seen.update(got.words)
    term_rows = pl.DataFrame({"doc_id": doc_ids, "term": terms, "tf": counts},
                             schema={"doc_id": pl.String, "term": pl.List(pl.String),
                                     "tf": pl.List(pl.Int32)})
    vocabulary = [(w, t, False) for w, t in seen.items() if t and t != w]
    return {
        "search_terms": term_rows.explode("term", "tf", empty_as_null=False),
        "search_documents": pl.DataFrame(
            {"doc_id": doc_ids, "length": lengths},
            schema=BY_NAME["search_documents"].polars_schema()),
        "search_vocabulary": pl.DataFrame(
            vocabulary, schema=BY_NAME["search_vocabulary"].polars_schema(), orient="row"),
    }


def query_words(query: str) -> list[str]:
    """A query's words as the SQL macro splits them (tests compare both sides).

    >>> query_words("Peace-talks in Kyiv!")
    ['peace', 'talks', 'in', 'kyiv']
    """
    return words_of(query)
