"""End to end: the real Prefect flow over the bundled sample corpus into DuckDB."""

from __future__ import annotations

import csv

import duckdb
import pytest

from tests.conftest import SAMPLE
from transforms.textedit import replay

MANIFEST = list(csv.DictReader((SAMPLE / "MANIFEST.csv").open(encoding="utf-8")))
ARTICLES = [m for m in MANIFEST if not m["language"].startswith("reject:")]
REJECTS = [m for m in MANIFEST if m["language"].startswith("reject:")]


@pytest.fixture(scope="module")
def db(sample_warehouse):
    con = duckdb.connect(str(sample_warehouse), read_only=True)
    yield con
    con.close()


def _path(rel: str) -> str:
    return str(SAMPLE / rel)


def test_every_file_is_accounted_for(db):
    run = db.execute("SELECT files_seen, files_loaded, files_unchanged, files_rejected, "
                     "files_skipped, status FROM runs").fetchall()
    assert len(run) == 1
    seen, loaded, unchanged, rejected, skipped, status = run[0]
    assert status == "completed"
    assert seen == len(MANIFEST) == loaded + unchanged + rejected + skipped
    assert (loaded, rejected) == (len(ARTICLES), len(REJECTS))


def test_bad_files_are_rejected_with_reasons(db):
    got = dict(db.execute("SELECT source_path, reason FROM rejects").fetchall())
    expected_kind = {"reject:binary": {"binary"}, "reject:empty": {"empty", "blank"}}
    for m in REJECTS:
        assert got[_path(m["path"])] in expected_kind[m["language"]], m["path"]


def test_titles_and_languages_match_the_manifest(db):
    rows = {r[0]: r[1:] for r in db.execute(
        "SELECT s.source_path, d.title, d.language FROM documents d "
        "JOIN document_sources s USING (doc_id)").fetchall()}
    wrong_lang = [m["path"] for m in ARTICLES if rows[_path(m["path"])][1] != m["language"]]
    assert wrong_lang == []
    titled = [m for m in ARTICLES if m["title"]]
    title_hits = sum(rows[_path(m["path"])][0] == m["title"] for m in titled)
    assert title_hits >= 0.9 * len(titled)


def test_clean_text_is_the_replay_of_artefacts(db):
    docs = db.execute("SELECT doc_id, raw_text, clean_text FROM documents").fetchall()
    arts = db.execute("SELECT doc_id, position, original, replacement, edit_offset "
                      "FROM artefacts ORDER BY doc_id, position").pl()
    for doc_id, raw, clean in docs:
        rows = arts.filter(arts["doc_id"] == doc_id).to_dicts()
        assert replay(raw, rows) == clean


def test_metadata_lines_leave_the_body(db):
    leaks = db.execute(
        "SELECT count(*) FROM documents WHERE title IS NOT NULL AND clean_text LIKE title || '%'"
    ).fetchone()[0]
    assert leaks == 0
    source_lines = db.execute(
        "SELECT count(*) FROM documents WHERE regexp_matches(clean_text, "
        "'(?im)^(source|original):\\s*https?://')").fetchone()[0]
    assert source_lines == 0


def test_example_query_runs(db):
    rows = db.execute("SELECT language, count(*) FROM v_articles GROUP BY 1 ORDER BY 2 DESC"
                      ).fetchall()
    assert rows[0][0] == "en"
    assert {r[0] for r in rows} >= {"en", "ru", "uk", "zh", "de", "fr", "it"}


def test_rerun_is_incremental(sample_warehouse, tmp_path):
    import shutil

    from flows.ingest import ingest_flow

    db = tmp_path / "copy.duckdb"
    shutil.copyfile(sample_warehouse, db)
    summary = ingest_flow(paths=[str(SAMPLE)], db=str(db))
    c = summary.counts
    # rejected files are unchanged too: not read again, no new rejects rows
    assert (c.files_unchanged, c.files_loaded, c.files_rejected) == (len(MANIFEST), 0, 0)
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM runs").fetchone()[0] == 2
        assert con.execute("SELECT count(DISTINCT run_id) FROM documents").fetchone()[0] == 1
    finally:
        con.close()


def test_near_duplicate_stories_share_a_cluster(db):
    rows = db.execute(
        "SELECT s.source_path, d.cluster_id, d.duplicate_of FROM documents d "
        "JOIN document_sources s USING (doc_id) WHERE s.source_path LIKE '%iaea-inspectors%'"
    ).fetchall()
    assert len(rows) == 2
    assert rows[0][1] == rows[1][1]
    assert sorted(r[2] is None for r in rows) == [False, True]
    singles = db.execute("SELECT count(*) FROM documents WHERE duplicate_of IS NULL "
                         "AND cluster_id = doc_id").fetchone()[0]
    assert singles == len(ARTICLES) - 1


def test_quotes_and_entities_are_filled(db):
    attributed = db.execute("SELECT count(*) FROM quotes WHERE speaker IS NOT NULL"
                            ).fetchone()[0]
    assert attributed >= 20
    kyiv = db.execute("SELECT count(DISTINCT surface) FROM mentions "
                      "WHERE entity_id = 'place:kyiv'").fetchone()[0]
    assert kyiv >= 2  # Kiev and Kyiv merge into one entity
