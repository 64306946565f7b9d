"""Full-text search: BM25 over documents (title + clean_text) in plain SQL, no extension.

The index is three tables filled like the others: the workers turn each new document into
search terms (transforms/search_terms.py) and the loader inserts the run's rows —
``search_terms`` (doc_id, term, tf), ``search_documents`` (doc_id, length) and the new words
of ``search_vocabulary`` (word -> term, NULL for a stop word). Nothing is rebuilt, so a run
costs what it adds, and a reader sees the index that matches the rows it sees.

A query is split in SQL as documents were (``lower``, ``strip_accents``, split on anything
not a letter or digit), its words are mapped to terms through ``search_vocabulary`` (a word
not listed is its own term: no stemmer is needed), stop words are dropped, and documents are
scored with BM25 as DuckDB's fts extension did (k1 = 1.2, b = 0.75, idf =
log10(1 + (N - df + 0.5) / (df + 0.5)); N, df and the average length over every document
loaded), then restricted to current articles (``v_articles``). The table macro
``search_articles`` stored in the warehouse runs the same SQL in any duckdb shell.
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


def search_sql(*, query: str = "query", lang: str | None = "lang",
               since: str | None = "since", all_terms: str = "all_terms",
               limit: str = "max_results", text: bool = False) -> str:
    """The search as SQL: each argument is the SQL expression for that input (the macro's
    parameter names by default; None leaves its filter out)."""
    filters = "".join([
        f"\n      AND a.language = {lang}" if lang else "",
        f"\n      AND a.published_at >= {since}" if since else "",
    ])
    text_col = ",\n        a.clean_text" if text else ""
    return rf"""WITH {query_terms_sql(query)},
collection AS (
    SELECT count(*) AS n, avg(length) AS avgdl FROM search_documents
),
postings AS (
    SELECT doc_id, term, tf FROM search_terms WHERE term IN (SELECT term FROM wanted)
),
doc_freq AS (
    SELECT term, count(*) AS df FROM postings GROUP BY term
),
matched AS (
    SELECT doc_id, count(*) AS terms_found FROM postings GROUP BY doc_id
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
    CROSS JOIN collection AS c
    WHERE NOT {all_terms} OR matched.terms_found = (SELECT count(*) FROM wanted)
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
    JOIN v_articles AS a USING (doc_id)
    WHERE true{filters}
)
SELECT * FROM final
ORDER BY score DESC, doc_id
LIMIT {limit}"""


def query_terms_sql(query: str) -> str:
    """CTEs ending in ``wanted``: the terms the SQL expression ``query`` is searched for."""
    return rf"""query_words AS (
    SELECT DISTINCT w AS word
    FROM unnest(string_split_regex(lower(strip_accents({query})), '[^\p{{L}}\p{{N}}]+')) AS t(w)
    WHERE w <> ''
),
query_terms AS (
    -- a word not in the vocabulary is its own term; a stop word has none
    SELECT DISTINCT CASE WHEN v.word IS NULL THEN q.word ELSE v.term END AS term
    FROM query_words AS q
    LEFT JOIN search_vocabulary AS v USING (word)
),
wanted AS (
    SELECT term FROM query_terms WHERE term IS NOT NULL
)"""


def macro_sql() -> str:
    """``search_articles(query, lang, since, all_terms, max_results)`` as a table macro."""
    body = search_sql(lang="lang", since="since")
    body = body.replace("AND a.language = lang", "AND (lang IS NULL OR a.language = lang)")
    body = body.replace("AND a.published_at >= since",
                        "AND (since IS NULL OR a.published_at >= since)")
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

    Raises :class:`EmptyQuery` when no word of the query can be searched for.
    """
    if not con.execute("SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'main' "
                       "AND table_name = 'search_terms'").fetchone()[0]:
        raise SearchUnavailable("this warehouse has no full-text index yet: run `newsetl "
                                "migrate` (or `newsetl run`) to add it")
    if not searchable_terms(con, query):
        raise EmptyQuery(f"nothing to search for in {query!r}: it has no words, or only "
                         "common English words that are not indexed (the, and, of, …)")
    params: dict[str, object] = {"query": query, "limit": limit, "all_terms": all_terms}
    if lang:
        params["lang"] = lang
    if since:
        params["since"] = since
    sql = search_sql(query="$query", lang="$lang" if lang else None,
                     since="$since" if since else None, all_terms="$all_terms",
                     limit="$limit", text=True)
    rows = con.execute(sql, params).fetchall()
    return [Hit(*r[:6], snippet=snippet(r[6], query)) for r in rows]


def searchable_terms(con: duckdb.DuckDBPyConnection, query: str) -> list[str]:
    """The terms ``query`` is searched for, as the SQL maps them (stop words dropped)."""
    sql = f"WITH {query_terms_sql('$query')}\nSELECT term FROM wanted ORDER BY term"
    return [r[0] for r in con.execute(sql, {"query": query}).fetchall()]


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
    sql = search_sql(query=_lit(query), lang=_lit(lang) if lang else None,
                     since=f"DATE {_lit(since)}" if since else None,
                     all_terms="true" if all_terms else "false", limit=str(limit))
    return sql + ";"


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
        con.execute("INSERT INTO search_vocabulary SELECT DISTINCT ON (word) word, term "
                    "FROM new_search_vocabulary WHERE word NOT IN "
                    "(SELECT word FROM search_vocabulary) ORDER BY word")
    finally:
        for name in frames:
            con.unregister(f"new_{name}")


def add_stop_words(con: duckdb.DuckDBPyConnection) -> None:
    """List every stop word in the vocabulary (term NULL), so queries drop them."""
    from transforms.search_terms import stop_words

    con.execute("INSERT INTO search_vocabulary SELECT w, NULL FROM unnest($w) AS t(w) "
                "WHERE w NOT IN (SELECT word FROM search_vocabulary) ORDER BY w",
                {"w": sorted(stop_words())})


def create_search_index(con: duckdb.DuckDBPyConnection) -> None:
    """Migration 10: the search tables, filled for the documents already loaded; the fts
    extension's index (rebuilt by every run before) is dropped."""
    from warehouse.migrations import create_tables

    create_tables("search_terms", "search_documents", "search_vocabulary")(con)
    add_stop_words(con)
    index_existing_documents(con)
    con.execute("DROP SCHEMA IF EXISTS fts_main_documents CASCADE")
