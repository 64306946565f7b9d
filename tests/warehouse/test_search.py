"""Full-text search: BM25 in plain SQL over index tables each run extends; read-only readers."""

from __future__ import annotations

import os
import shutil
from datetime import date

import duckdb
import pytest

from flows.cli import main
from tests.conftest import SAMPLE
from transforms.search_terms import words_of
from warehouse.migrations import migrate
from warehouse.publish import refresh
from warehouse.search import (
    MACRO,
    EmptyQuery,
    SearchUnavailable,
    index_existing_documents,
    query_terms,
    readme_sql,
    search,
)


@pytest.fixture(scope="module")
def ro(sample_warehouse):
    con = duckdb.connect(str(sample_warehouse), read_only=True)
    yield con
    con.close()


def test_the_flow_indexes_every_document_and_no_extension_index_is_left(ro):
    docs, indexed = ro.execute("SELECT (SELECT count(*) FROM documents), "
                               "(SELECT count(*) FROM search_documents)").fetchone()
    assert docs == indexed > 30
    assert ro.execute("SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM "
                      "search_documents s WHERE s.doc_id = d.doc_id)").fetchone()[0] == 0
    # the length is the sum of the term frequencies
    assert ro.execute("SELECT count(*) FROM search_documents d LEFT JOIN (SELECT doc_id, "
                      "sum(tf) AS n FROM search_terms GROUP BY doc_id) t USING (doc_id) "
                      "WHERE d.length <> coalesce(t.n, 0)").fetchone()[0] == 0
    assert ro.execute("SELECT count(*) FROM duckdb_schemas() "
                      "WHERE schema_name LIKE 'fts_%'").fetchone()[0] == 0


def test_the_macro_runs_on_a_read_only_connection(ro):
    rows = ro.execute(f"SELECT * FROM {MACRO}('talks')").fetchall()
    assert 3 <= len(rows) <= 10  # max_results defaults to 10
    cols = [d[0] for d in ro.description]
    assert cols == ["doc_id", "score", "published", "language", "source", "title"]
    assert [r[1] for r in rows] == sorted((r[1] for r in rows), reverse=True)


def _tiny(con, rows):
    """A migrated in-memory warehouse holding ``rows`` (doc_id, title, text) as current
    articles, indexed the way migration 10 indexes documents loaded before it."""
    migrate(con)
    for doc_id, title, text in rows:
        con.execute("INSERT INTO documents (doc_id, content_sha256, title, raw_text, clean_text, "
                    "language, run_id) VALUES (?, ?, ?, ?, ?, 'en', 1)",
                    [doc_id, doc_id + "00", title, text, text])
        con.execute("INSERT INTO document_sources VALUES (?, ?, ?, 1, 1, 'current', 1, NULL)",
                    [f"/in/{doc_id}.txt", doc_id, doc_id + "00"])
    index_existing_documents(con)
    refresh(con)


TINY = [("d1", "Peace talks open in Vienna", "Envoys met for peace talks on Monday."),
        ("d2", "Harvest", "The peace of the countryside; no talks."),
        ("d3", "Мирные переговоры", "Делегации начали переговоры в Вене."),
        ("d4", "Football", "A late goal settled the derby."),
        ("d5", "Négociations à Genève", "Les délégués ont repris les négociations."),
        ("d6", "Envoy", "She is talking to the envoy.")]


@pytest.fixture
def tiny(con):
    _tiny(con, TINY)
    return con


def hits(con, q, all_terms=False):
    return [r[0] for r in con.execute(f"SELECT doc_id FROM {MACRO}(?, all_terms := ?, "
                                      "max_results := 100)", [q, all_terms]).fetchall()]


def test_ranking_stemming_and_non_latin_tokens(tiny):
    assert hits(tiny, "peace talks") == ["d1", "d2", "d6"]  # both words, in title + body first
    assert hits(tiny, "talk") == ["d6", "d1", "d2"]  # the term of talks and talking
    assert hits(tiny, "talks") == hits(tiny, "talking") == ["d6", "d1", "d2"]  # vocabulary
    assert hits(tiny, "envoys") == hits(tiny, "envoy") == ["d6", "d1"]
    assert hits(tiny, "переговоры") == ["d3"]  # Cyrillic is tokenised, not dropped
    assert hits(tiny, "ПЕРЕГОВОРЫ") == ["d3"]  # and lower-cased
    assert hits(tiny, "negociations") == ["d5"]  # accents stripped in documents…
    assert hits(tiny, "Genève") == hits(tiny, "geneve") == ["d5"]  # …and in queries
    assert hits(tiny, "zebra") == []


def test_stop_words_are_ignored(tiny):
    assert hits(tiny, "the peace") == hits(tiny, "peace") == ["d1", "d2"]
    assert hits(tiny, "the peace talks", all_terms=True) == ["d1", "d2"]  # "the" not required
    assert hits(tiny, "the") == []
    assert query_terms(tiny, "The peace, of TALKS!") == [("of", True), ("peac", False),
                                                        ("talk", False), ("the", True)]


def test_all_terms_requires_every_word(tiny):
    assert hits(tiny, "peace envoys", all_terms=True) == ["d1"]
    assert hits(tiny, "peace zebra", all_terms=True) == []  # a word no document has
    assert hits(tiny, "peace zebra") == ["d1", "d2"]


def test_an_empty_or_stop_word_query_says_why(tiny, capsys):
    with pytest.raises(EmptyQuery, match="only common English words"):
        search(tiny, "the of and")
    with pytest.raises(EmptyQuery, match="no letters or digits"):
        search(tiny, " ?! ")
    assert search(tiny, "zebra") == []  # a real word that is not there: no error


def test_a_warehouse_without_the_index_says_how_to_add_it(con):
    con.execute("CREATE TABLE documents (doc_id VARCHAR)")
    with pytest.raises(SearchUnavailable, match="newsetl migrate"):
        search(con, "peace")


def test_scores_are_bm25_as_the_fts_extension_computed_them(con):
    # Two documents, values checked by hand (and equal to fts' match_bm25 on the same rows):
    # N = 3, avgdl = 8/3; 'zebra' df = 1, tf = 3 in c (length 4): idf = log10(1 + 2.5/1.5)
    _tiny(con, [("a", "peace talks", "talks resumed"), ("b", None, "the"),
                ("c", "zebra", "zebra zebra crossing")])
    got = con.execute(f"SELECT doc_id, score FROM {MACRO}('zebra talks')").fetchall()
    assert got == [("c", 0.605), ("a", 0.513)]


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


def test_the_macro_and_the_cli_search_agree(ro):
    for kwargs in ({}, {"lang": "en", "since": date(2024, 1, 1)}, {"all_terms": True}):
        cli = search(ro, "energy talks", limit=20, **kwargs)
        args = ", ".join(f"{k} := ?" for k in kwargs)
        macro = ro.execute(f"SELECT * FROM {MACRO}('energy talks', "
                           f"{args + ', ' if args else ''}max_results := 20)",
                           list(kwargs.values())).fetchall()
        assert macro and [(h.doc_id, h.score, h.published, h.language, h.source, h.title)
                          for h in cli] == macro
    assert len(search(ro, "energy talks", all_terms=True)) < len(search(ro, "energy talks"))


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
    assert sql.startswith("WITH query_words AS") and "strip_accents('peace talks')" in sql
    assert "LOAD" not in sql
    assert main(["search", "the of", "--db", str(sample_warehouse)]) == 2
    assert "only common English words" in capsys.readouterr().err


def test_the_printed_sql_runs_as_is(ro):
    rows = ro.execute(readme_sql("talks", lang="en", since="2024-01-01", limit=5)).fetchall()
    assert rows and all(r[3] == "en" for r in rows)
    assert rows == ro.execute(f"SELECT * FROM {MACRO}('talks', lang := 'en', "
                              "since := DATE '2024-01-01', max_results := 5)").fetchall()


# --- incremental: a run adds its documents' rows and touches nothing else -----------------


def _index_rows(db):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: set(con.execute(f"SELECT * FROM {t}").fetchall())
                for t in ("search_terms", "search_documents", "search_vocabulary")}
    finally:
        con.close()


def _search(db, q):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return [(r[0], r[5]) for r in con.execute(f"SELECT * FROM {MACRO}(?, max_results := 50)",
                                                 [q]).fetchall()]
    finally:
        con.close()


def test_runs_extend_the_index_and_drop_superseded_and_removed_articles(prefect_harness,
                                                                        tmp_path):
    from flows.ingest import ingest_flow

    corpus = tmp_path / "in"
    corpus.mkdir()
    for i, src in enumerate(sorted((SAMPLE / "meridian-herald").glob("*.txt"))[:3]):
        shutil.copyfile(src, corpus / f"a{i}.txt")
    db = tmp_path / "w.duckdb"
    ingest_flow(paths=[str(corpus)], db=str(db))
    first = _index_rows(db)
    assert len(first["search_documents"]) == 3

    # a new article: its rows are added, none of the others' change
    (corpus / "new.txt").write_text("Quaggas Sighted Near Lviv\n\nA herd of quaggas was seen near "
                                    "Lviv on Tuesday, residents said.\n", encoding="utf-8")
    ingest_flow(paths=[str(corpus)], db=str(db))
    second = _index_rows(db)
    con = duckdb.connect(str(db), read_only=True)
    new_id = con.execute("SELECT doc_id FROM documents WHERE run_id = 2").fetchone()[0]
    con.close()
    for table in ("search_terms", "search_documents"):
        assert first[table] < second[table]
        assert {r[0] for r in second[table] - first[table]} == {new_id}
    new_words = {w for w, _, _ in second["search_vocabulary"] - first["search_vocabulary"]}
    assert first["search_vocabulary"] < second["search_vocabulary"]
    assert new_words <= set(words_of((corpus / "new.txt").read_text("utf-8")))
    assert _search(db, "quagga") == [(new_id, "Quaggas Sighted Near Lviv")]

    # the file changes: the old version drops out of results, the new one is found
    st = os.stat(corpus / "new.txt")
    (corpus / "new.txt").write_text("Okapi Sighted Near Lviv\n\nAn okapi was seen near Lviv "
                                    "on Tuesday, residents said.\n", encoding="utf-8")
    os.utime(corpus / "new.txt", ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    ingest_flow(paths=[str(corpus)], db=str(db))
    assert _search(db, "quagga") == []
    okapi = _search(db, "okapi")
    assert [t for _, t in okapi] == ["Okapi Sighted Near Lviv"]
    assert second["search_terms"] < _index_rows(db)["search_terms"]  # old rows kept (history)

    # the file is deleted: it drops out too
    (corpus / "new.txt").unlink()
    ingest_flow(paths=[str(corpus)], db=str(db))
    assert _search(db, "okapi") == []
    assert okapi[0][0] not in {doc_id for doc_id, _ in _search(db, "lviv near")}


def test_migration_10_indexes_documents_loaded_before_it_and_drops_the_old_index(con):
    from transforms.search_terms import index_frames

    _tiny(con, TINY)
    want = {t: set(con.execute(f"SELECT * FROM {t}").fetchall())
            for t in ("search_terms", "search_documents")}
    # the state of a v9 warehouse: no search tables, the fts extension's index schema
    for t in ("search_terms", "search_documents", "search_vocabulary"):
        con.execute(f"DROP TABLE {t}")
    con.execute("DELETE FROM schema_migrations WHERE version = 10")
    con.execute("CREATE SCHEMA fts_main_documents")
    con.execute("CREATE TABLE fts_main_documents.terms (docid BIGINT, termid BIGINT)")
    assert migrate(con) == [10]
    assert con.execute("SELECT count(*) FROM duckdb_schemas() "
                       "WHERE schema_name = 'fts_main_documents'").fetchone()[0] == 0
    for t, rows in want.items():  # the same rows the workers would have made
        assert set(con.execute(f"SELECT * FROM {t}").fetchall()) == rows, t
    docs = con.execute("SELECT doc_id, title, clean_text FROM documents").pl()
    assert set(index_frames(docs)["search_terms"].rows()) == want["search_terms"]
    assert con.execute("SELECT count(*) FROM search_vocabulary WHERE stop_word"
                       ).fetchone()[0] == 523
    refresh(con)
    assert hits(con, "talks") == ["d6", "d1", "d2"]
