"""Full-text search: a BM25 index over documents (title + clean_text) with DuckDB's fts.

The extension comes from the installed ``duckdb-extension-fts`` package and is loaded by
path, so nothing is downloaded (``autoinstall_known_extensions`` is switched off). The
index lives in the warehouse file (schema ``fts_main_documents``) and is rebuilt inside the
build copy after every load, so readers get an index that matches the rows they see. A
reader only has to ``LOAD`` the extension; ``match_bm25`` works on a read-only connection.

Tokens: lower-cased, accents stripped, split on anything that is not a letter or a digit in
any script (the extension's default keeps only a-z, which would drop Cyrillic), English
stop words removed and Porter-stemmed (most of the corpus is English or translated into
it). Chinese and Japanese text has no spaces, so a whole clause is one token there.
"""

from __future__ import annotations

import hashlib
import importlib.util
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import duckdb

INDEX_SCHEMA = "fts_main_documents"

INDEX_SQL = (
    "PRAGMA create_fts_index('documents', 'doc_id', 'title', 'clean_text', "
    "stemmer = 'porter', stopwords = 'english', "
    r"ignore = '(\.|[^\p{L}\p{N}])+', strip_accents = 1, lower = 1, overwrite = 1)"
)



def search_sql(*, lang: bool = False, since: bool = False, all_terms: bool = False,
               text: bool = True) -> str:
    """The query `newsetl search` runs ($query, $limit and, if asked for, $lang, $since)."""
    filters = "".join([
        "\n      AND a.language = $lang" if lang else "",
        "\n      AND a.published_at >= $since" if since else "",
    ])
    conj = ", conjunctive := 1" if all_terms else ""
    text_col = ",\n        a.clean_text" if text else ""
    return f"""WITH hits AS (
    SELECT doc_id, fts_main_documents.match_bm25(doc_id, $query{conj}) AS score
    FROM documents
),
final AS (
    SELECT
        a.doc_id,
        round(h.score, 3) AS score,
        a.published_at::DATE AS published,
        a.language,
        a.source,
        a.title{text_col}
    FROM hits AS h
    JOIN v_articles AS a USING (doc_id)
    WHERE h.score IS NOT NULL{filters}
)
SELECT * FROM final
ORDER BY score DESC, doc_id
LIMIT $limit"""


class SearchUnavailable(RuntimeError):
    """The fts extension or the index is missing."""


def fts_extension_path() -> Path:
    """The fts extension file shipped by the duckdb-extension-fts package for this duckdb."""
    spec = importlib.util.find_spec("duckdb_extension_fts")
    if spec is None or not spec.submodule_search_locations:
        raise SearchUnavailable("the duckdb-extension-fts package is not installed")
    root = Path(next(iter(spec.submodule_search_locations)))
    path = root / "extensions" / f"v{duckdb.__version__}" / "fts.duckdb_extension"
    if not path.is_file():
        found = sorted(p.parent.name for p in root.glob("extensions/*/fts.duckdb_extension"))
        raise SearchUnavailable(f"no fts extension for duckdb {duckdb.__version__} in {root} "
                                f"(found {', '.join(found) or 'none'}); install the matching "
                                "duckdb-extension-fts")
    return path


def load_fts(con: duckdb.DuckDBPyConnection) -> None:
    """Load the fts extension from the installed package (works on read-only connections)."""
    con.execute("SET autoinstall_known_extensions = false")
    con.execute(f"LOAD '{fts_extension_path()}'")


def refresh_index(con: duckdb.DuckDBPyConnection, *, force: bool = False) -> bool:
    """Rebuild the BM25 index over documents unless it already matches them.

    The extension has no incremental update, so a run that adds documents rebuilds the
    whole index (about 35 s per 20,000 articles on a small machine); a run that adds none
    keeps it. "Matches" means same index settings and same (doc_id, title, clean_text)
    fingerprint, recorded next to the index. Returns True if it rebuilt.
    """
    load_fts(con)
    state = _index_state(con)
    if not force and has_index(con) and _recorded_state(con) == state:
        return False
    con.execute(INDEX_SQL)
    con.execute(f"CREATE TABLE {INDEX_SCHEMA}.newsetl_index_state AS "
                "SELECT ?::VARCHAR AS settings, ?::VARCHAR AS fingerprint", list(state))
    return True


def _index_state(con: duckdb.DuckDBPyConnection) -> tuple[str, str]:
    settings = hashlib.sha256(INDEX_SQL.encode()).hexdigest()[:16]
    count, digest = con.execute(
        "SELECT count(*), coalesce(bit_xor(hash(doc_id, title, clean_text)), 0) "
        "FROM documents").fetchone()
    return settings, f"{count}:{digest}"


def _recorded_state(con: duckdb.DuckDBPyConnection) -> tuple[str, str] | None:
    # no try/except: a failed statement would abort the load's transaction
    if not con.execute("SELECT count(*) FROM duckdb_tables() WHERE schema_name = ? AND "
                       "table_name = 'newsetl_index_state'", [INDEX_SCHEMA]).fetchone()[0]:
        return None
    row = con.execute(f"SELECT settings, fingerprint FROM {INDEX_SCHEMA}.newsetl_index_state"
                      ).fetchone()
    return tuple(row) if row else None


def has_index(con: duckdb.DuckDBPyConnection) -> bool:
    return bool(con.execute("SELECT count(*) FROM duckdb_tables() WHERE schema_name = ?",
                            [INDEX_SCHEMA]).fetchone()[0])


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
    """Current articles matching ``query``, best BM25 score first."""
    load_fts(con)
    if not has_index(con):
        raise SearchUnavailable("this warehouse has no full-text index yet: run `newsetl run` "
                                "or `newsetl migrate` to build it")
    params: dict[str, object] = {"query": query, "limit": limit}
    if lang:
        params["lang"] = lang
    if since:
        params["since"] = since
    sql = search_sql(lang=bool(lang), since=bool(since), all_terms=all_terms)
    rows = con.execute(sql, params).fetchall()
    return [Hit(*r[:6], snippet=snippet(r[6], query)) for r in rows]


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
    """The search as plain SQL for the duckdb shell (with the LOAD line for this machine)."""
    sql = search_sql(lang=bool(lang), since=bool(since), all_terms=all_terms, text=False)
    sql = sql.replace("$query", _lit(query)).replace("$limit", str(limit))
    if lang:
        sql = sql.replace("$lang", _lit(lang))
    if since:
        sql = sql.replace("$since", f"DATE {_lit(since)}")
    return f"LOAD '{fts_extension_path()}';\n{sql};"


def _lit(value: str | None) -> str:
    return "NULL" if value is None else "'" + value.replace("'", "''") + "'"

