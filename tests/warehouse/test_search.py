"""Full-text search: BM25 over title + clean_text, offline extension, read-only readers."""

from __future__ import annotations

from datetime import date

import duckdb
import pytest

from flows.cli import main
from warehouse.migrations import migrate
from warehouse.search import (
    INDEX_SCHEMA,
    fts_extension_path,
    has_index,
    load_fts,
    readme_sql,
    refresh_index,
    search,
)


@pytest.fixture(scope="module")
def ro(sample_warehouse):
    con = duckdb.connect(str(sample_warehouse), read_only=True)
    yield con
    con.close()


def test_the_extension_comes_from_the_installed_package():
    path = fts_extension_path()
    assert path.is_file() and path.name == "fts.duckdb_extension"
    assert f"v{duckdb.__version__}" in str(path) and "duckdb_extension_fts" in str(path)


def test_match_bm25_works_on_a_read_only_connection_after_load(ro):
    assert has_index(ro)
    load_fts(ro)
    n = ro.execute("SELECT count(*) FROM documents WHERE "
                   "fts_main_documents.match_bm25(doc_id, 'talks') IS NOT NULL").fetchone()[0]
    assert n >= 3


def _tiny(con):
    migrate(con)
    rows = [("d1", "Peace talks open in Vienna", "Envoys met for peace talks on Monday."),
            ("d2", "Harvest", "The peace of the countryside; no talks."),
            ("d3", "Мирные переговоры", "Делегации начали переговоры в Вене."),
            ("d4", "Football", "A late goal settled the derby.")]
    for doc_id, title, text in rows:
        con.execute("INSERT INTO documents (doc_id, content_sha256, title, raw_text, clean_text) "
                    "VALUES (?, ?, ?, ?, ?)", [doc_id, doc_id + "00", title, text, text])
    refresh_index(con)


def test_ranking_stemming_and_non_latin_tokens(con):
    _tiny(con)
    load_fts(con)

    def hits(q):
        return [r[0] for r in con.execute(
            f"SELECT doc_id FROM (SELECT doc_id, {INDEX_SCHEMA}.match_bm25(doc_id, ?) AS s "
            "FROM documents) WHERE s IS NOT NULL ORDER BY s DESC, doc_id", [q]).fetchall()]

    assert hits("peace talks") == ["d1", "d2"]  # title + body beat body only
    assert hits("talk") == ["d1", "d2"]  # Porter stemming
    assert hits("переговоры") == ["d3"]  # Cyrillic is tokenised, not dropped
    assert hits("the") == []  # stop word
    assert hits("zebra") == []


def test_search_filters_by_language_and_date(ro):
    hits = search(ro, "talks", limit=50)
    assert hits and hits == sorted(hits, key=lambda h: -h.score)
    assert all("talk" in (h.title + " " + h.snippet).lower() for h in hits[:3])
    en_since = search(ro, "talks", lang="en", since=date(2024, 1, 1), limit=50)
    assert en_since
    assert en_since == [h for h in hits if h.language == "en" and h.published
                        and h.published >= date(2024, 1, 1)]
    assert en_since == search(ro, "talks", lang="en", since=date(2024, 1, 1), limit=50)
    assert len(search(ro, "talks", limit=1)) == 1
    assert search(ro, "talks", lang="xx") == []


def test_cli_search_prints_ranked_hits_and_the_sql(sample_warehouse, capsys):
    assert main(["search", "peace talks", "--db", str(sample_warehouse), "--limit", "3"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(" 1. [") and "talks" in out.lower()
    assert main(["search", "talks", "--db", str(sample_warehouse), "--since", "2024-01-01",
                 "--lang", "en", "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("doc_id,score,published,language")
    assert all(",en," in line for line in lines[1:])
    assert main(["search", "peace talks", "--show-sql"]) == 0
    sql = capsys.readouterr().out
    assert sql.startswith("LOAD '") and "match_bm25(doc_id, 'peace talks')" in sql


def test_the_printed_sql_runs_as_is(ro):
    rows = ro.execute(readme_sql("talks", lang="en", since="2024-01-01", limit=5)).fetchall()
    assert rows and all(r[3] == "en" for r in rows)


def test_the_index_is_rebuilt_only_when_documents_change(con):
    _tiny(con)  # builds it
    assert refresh_index(con) is False  # nothing changed
    con.execute("BEGIN TRANSACTION")  # as inside the load transaction
    con.execute("INSERT INTO documents (doc_id, content_sha256, title, raw_text, clean_text) "
                "VALUES ('d5', 'd500', 'Zebra', 'zebra crossing', 'zebra crossing')")
    assert refresh_index(con) is True
    con.execute("COMMIT")
    hits = con.execute(f"SELECT doc_id FROM documents WHERE {INDEX_SCHEMA}.match_bm25("
                       "doc_id, 'zebra') IS NOT NULL").fetchall()
    assert hits == [("d5",)]
    con.execute("UPDATE documents SET clean_text = 'giraffe' WHERE doc_id = 'd5'")
    assert refresh_index(con) is True
    assert refresh_index(con, force=True) is True
