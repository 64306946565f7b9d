"""Full-text search: BM25 over documents (title + clean_text) in plain SQL, no extension.

The index is three tables filled like the others: the workers turn each new document into
search terms (transforms/search_terms.py) and the loader inserts the run's rows —
``search_terms`` (doc_id, term, tf), ``search_documents`` (doc_id, length) and the new words
of ``search_vocabulary`` (word -> term; stop words flagged). Nothing is rebuilt, so a run
costs what it adds, and a reader sees the index that matches the rows it sees.

A query is split in SQL as documents were (``lower``, ``strip_accents``, split on anything
not a letter or digit), its words are mapped to terms through ``search_vocabulary`` (a word
not listed is its own term: no stemmer is needed), and documents are scored with BM25 as
DuckDB's fts extension scored them (k1 = 1.2, b = 0.75, idf = log10(1 + (N - df + 0.5) /
(df + 0.5)), N, df and the average length over every document loaded), then restricted to
current articles (``v_articles``). With ``all_terms`` a document must hold every term but
those of stop words (the extension also required stop words, so such a query found
nothing). The table macro ``search_articles`` stored in the warehouse runs the same SQL in
any duckdb shell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import duckdb
import polars as pl

MACRO = "search_articles"
K1, B = 1.2, 0.75  # BM25 (the fts extension's defaults)
BACKFILL_BATCH = 5_000  # documents indexed at a time when a migration backfills


MACRO_FILTERS = ("(lang IS NULL OR a.language = lang)",
                 "(since IS NULL OR a.published_at >= since)")


def search_sql(*, query: str = "query", filters: tuple[str, ...] = MACRO_FILTERS,
               all_terms: str | None = "all_terms", limit: str = "max_results",
               text: bool = False) -> str:
    """The search as SQL. ``query``, ``all_terms`` (None: any word may match) and ``limit``
    are SQL expressions — the macro's parameters by default; ``filters`` are conditions on
    the current article ``a`` (a row of v_articles)."""
    where = "\n    WHERE " + "\n      AND ".join(filters) if filters else ""
    every = ("" if all_terms is None else "\n    WHERE matched.required = "
             "(SELECT count(*) FROM required)" if all_terms == "true" else
             f"\n    WHERE NOT {all_terms} OR matched.required = (SELECT count(*) FROM required)")
    text_col = ",\n        a.clean_text" if text else ""
    return rf"""WITH {query_terms_sql(query)},
collection AS (
    SELECT count(*) AS n, avg(length) AS avgdl FROM search_documents
),
postings AS MATERIALIZED (
    SELECT doc_id, term, tf FROM search_terms WHERE term IN (SELECT term FROM wanted)
),
doc_freq AS (
    SELECT term, count(*) AS df FROM postings GROUP BY term
),
matched AS (
    SELECT doc_id, count(*) FILTER (WHERE term IN (SELECT term FROM required)) AS required
    FROM postings GROUP BY doc_id
),
scores AS (
    SELECT
        p.doc_id,
        sum(log(1 + (c.n - f.df + 0.5) / (f.df + 0.5))
            * p.tf * ({K1} + 1)
            / (p.tf + {K1} * (1 - {B} + {B} * d.length / c.avgdl))) AS score
    FROM postings AS p
    JOIN matched USING (doc_id)
    JOIN doc_freq AS f USING (term)
    JOIN search_documents AS d USING (doc_id)
    CROSS JOIN collection AS c{every}
    GROUP BY p.doc_id
),
final AS (
    SELECT
        a.doc_id,
        round(s.score, 3) AS score,
        a.published_at::DATE AS published,
        a.language,
        a.source,
        a.title{text_col}
    FROM scores AS s
    JOIN v_articles AS a USING (doc_id){where}
)
SELECT * FROM final
ORDER BY score DESC, doc_id
LIMIT {limit}"""


def query_terms_sql(query: str) -> str:
    """CTEs ``wanted`` (the terms the SQL expression ``query`` is searched for) and
    ``required`` (those a document must have when every word must occur)."""
    return rf"""query_words AS (
    SELECT DISTINCT w AS word
    FROM unnest(string_split_regex(lower(strip_accents({query})), '[^\p{{L}}\p{{N}}]+')) AS t(w)
    WHERE w <> ''
),
query_terms AS (
    -- a word not in the vocabulary is its own term
    SELECT
        CASE WHEN v.word IS NULL THEN q.word ELSE v.term END AS term,
        coalesce(v.stop_word, false) AS stop_word
    FROM query_words AS q
    LEFT JOIN search_vocabulary AS v USING (word)
),
wanted AS (
    SELECT term, bool_and(stop_word) AS stop_word FROM query_terms GROUP BY term
),
required AS (
    -- when every word must occur: all but stop words, unless the query has nothing else
    SELECT term FROM wanted WHERE NOT stop_word OR (SELECT bool_and(stop_word) FROM wanted)
)"""


def macro_sql() -> str:
    """``search_articles(query, lang, since, all_terms, max_results)`` as a table macro."""
    body = search_sql()
    return (f"CREATE OR REPLACE MACRO {MACRO}(query, lang := NULL, since := NULL, "
            f"all_terms := false, max_results := 10) AS TABLE\n{body}")


def create_search_macro(con: duckdb.DuckDBPyConnection) -> None:
    """Store ``search_articles`` in the warehouse (readers call it; no extension needed)."""
    con.execute(macro_sql())


class SearchUnavailable(RuntimeError):
    """The warehouse has no search tables yet (an older schema)."""


class EmptyQuery(ValueError):
    """The query has no word that can be searched for (empty, or only stop words)."""


@dataclass(frozen=True)
class Hit:
    doc_id: str
    score: float
    published: date | None
    language: str | None
    source: str | None
    title: str | None
    snippet: str


def search(con: duckdb.DuckDBPyConnection, query: str, *, lang: str | None = None,
           since: date | None = None, limit: int = 10, all_terms: bool = False) -> list[Hit]:
    """Current articles matching ``query``, best BM25 score first.

    Raises :class:`EmptyQuery` instead of returning nothing when the query has no word, or
    only stop words that match no document.
    """
    if not con.execute("SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'main' "
                       "AND table_name = 'search_terms'").fetchone()[0]:
        raise SearchUnavailable("this warehouse has no full-text index yet: run `newsetl "
                                "migrate` (or `newsetl run`) to add it")
    params: dict[str, object] = {"query": query, "limit": limit}
    if lang:
        params["lang"] = lang
    if since:
        params["since"] = since
    sql = search_sql(query="$query", filters=_filters("$lang" if lang else None,
                                                      "$since" if since else None),
                     all_terms="true" if all_terms else None, limit="$limit", text=True)
    rows = con.execute(sql, params).fetchall()
    if not rows:
        terms = query_terms(con, query)
        if not terms:
            raise EmptyQuery(f"nothing to search for in {query!r}: no letters or digits")
        if all(stop for _, stop in terms):
            raise EmptyQuery(f"nothing to search for in {query!r}: only common English words, "
                             "which are not indexed (the, and, of, …)")
    return [Hit(*r[:6], snippet=snippet(r[6], query)) for r in rows]


def query_terms(con: duckdb.DuckDBPyConnection, query: str) -> list[tuple[str, bool]]:
    """(term, is a stop word's) for each term ``query`` is searched for, as the SQL maps it."""
    sql = f"WITH {query_terms_sql('$query')}\nSELECT term, stop_word FROM wanted ORDER BY term"
    return con.execute(sql, {"query": query}).fetchall()


def snippet(text: str, query: str, width: int = 160) -> str:
    """About ``width`` characters of ``text`` around the first query word it contains.

    >>> snippet("Talks resumed. The peace plan was signed in Vienna.", "peace", 20)
    '…The peace plan was signed…'
    """
    text = " ".join(text.split())
    words = [w for w in re.findall(r"\w+", query.lower()) if len(w) > 2] or [query.lower()]
    low = text.lower()
    hits = [i for i in (low.find(w) for w in words) if i >= 0]
    if not hits:
        return text[:width] + ("…" if len(text) > width else "")
    start = max(0, min(hits) - width // 4)
    while 0 < start < min(hits) and not text[start - 1].isspace():  # start on a word
        start += 1
    end = min(len(text), start + width)
    while end < len(text) and not text[end].isspace():  # end after a word
        end += 1
    return ("…" if start else "") + text[start:end].strip() + ("…" if end < len(text) else "")


def readme_sql(query: str = "peace talks", lang: str | None = None,
               since: str | None = None, limit: int = 10, all_terms: bool = False) -> str:
    """The search as plain SQL for the duckdb shell (what ``search_articles`` runs).

    >>> print(readme_sql("talks", lang="en").splitlines()[-1])
    LIMIT 10;
    """
    sql = search_sql(query=_lit(query),
                     filters=_filters(_lit(lang) if lang else None,
                                      f"DATE {_lit(since)}" if since else None),
                     all_terms="true" if all_terms else None, limit=str(limit))
    return sql + ";"


def _filters(lang: str | None, since: str | None) -> tuple[str, ...]:
    return tuple(f for f in (f"a.language = {lang}" if lang else "",
                             f"a.published_at >= {since}" if since else "") if f)


def _lit(value: str | None) -> str:
    return "NULL" if value is None else "'" + value.replace("'", "''") + "'"


# --- building the index for documents loaded before it existed (migration 10) -------------


def index_existing_documents(con: duckdb.DuckDBPyConnection,
                             batch: int = BACKFILL_BATCH) -> int:
    """Index every document that has no ``search_documents`` row yet; returns how many.

    The same terms a worker computes, in batches of ``batch`` documents, each batch's terms
    inserted in term order.
    """
    from transforms.search_terms import index_frames

    ids = [r[0] for r in con.execute(
        "SELECT doc_id FROM documents WHERE doc_id NOT IN "
        "(SELECT doc_id FROM search_documents) ORDER BY doc_id").fetchall()]
    for start in range(0, len(ids), batch):
        docs = con.execute("SELECT doc_id, title, clean_text FROM documents WHERE doc_id IN "
                           "(SELECT unnest($ids)) ORDER BY doc_id",
                           {"ids": ids[start:start + batch]}).pl()
        insert_index_frames(con, index_frames(docs))
    return len(ids)


def insert_index_frames(con: duckdb.DuckDBPyConnection, frames: dict[str, pl.DataFrame]) -> None:
    """Insert one batch of index frames (terms in term order; only words not yet listed)."""
    for name, df in frames.items():
        con.register(f"new_{name}", df.to_arrow())
    try:
        con.execute("INSERT INTO search_terms SELECT doc_id, term, tf FROM new_search_terms "
                    "ORDER BY term, doc_id")
        con.execute("INSERT INTO search_documents SELECT doc_id, length "
                    "FROM new_search_documents")
        con.execute("INSERT INTO search_vocabulary SELECT DISTINCT ON (word) word, term, "
                    "stop_word FROM new_search_vocabulary WHERE word NOT IN "
                    "(SELECT word FROM search_vocabulary) ORDER BY word")
    finally:
        for name in frames:
            con.unregister(f"new_{name}")


def add_stop_words(con: duckdb.DuckDBPyConnection) -> None:
    """List every stop word in the vocabulary, with its stem."""
    from transforms.search_terms import stop_word_terms

    pairs = stop_word_terms()
    con.execute("INSERT INTO search_vocabulary SELECT w, t, true FROM "
                "(SELECT unnest($w) AS w, unnest($t) AS t) "
                "WHERE w NOT IN (SELECT word FROM search_vocabulary) ORDER BY w",
                {"w": [w for w, _ in pairs], "t": [t for _, t in pairs]})


def create_search_index(con: duckdb.DuckDBPyConnection) -> None:
    """Migration 10: the search tables, filled for the documents already loaded; the fts
    extension's index (rebuilt by every run before) is dropped."""
    from warehouse.migrations import create_tables

    create_tables("search_terms", "search_documents", "search_vocabulary")(con)
    add_stop_words(con)
    index_existing_documents(con)
    con.execute("DROP SCHEMA IF EXISTS fts_main_documents CASCADE")
