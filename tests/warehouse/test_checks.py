"""Data tests: each kind of bad row is caught; a clean warehouse passes."""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import duckdb
import pytest

from tests.warehouse.test_migrations import FIXTURES
from warehouse.checks import DataTestFailed, all_tests, language_codes, run_data_tests
from warehouse.migrations import migrate
from warehouse.publish import stamp_documents_total


@pytest.fixture(scope="module")
def upgraded(tmp_path_factory) -> Path:
    """The v1 sample warehouse, upgraded once: small, valid, every table filled."""
    db = tmp_path_factory.mktemp("checks") / "v1.duckdb"
    with gzip.open(FIXTURES / "v1.duckdb.gz", "rb") as src, open(db, "wb") as dst:
        shutil.copyfileobj(src, dst)
    con = duckdb.connect(str(db))
    migrate(con)
    con.close()
    return db


@pytest.fixture
def wh(upgraded, tmp_path):
    db = tmp_path / "wh.duckdb"
    shutil.copyfile(upgraded, db)
    con = duckdb.connect(str(db))
    yield con
    con.close()


def test_a_clean_warehouse_passes_every_test(wh):
    results = run_data_tests(wh)
    assert len(results) == len(all_tests()) > 40
    assert all(bad == 0 for _, bad in results)


def test_an_empty_warehouse_passes(con):
    migrate(con)
    run_data_tests(con)


CORRUPTIONS = {
    "duplicate key in an unenforced table": (
        "INSERT INTO paragraphs SELECT * FROM paragraphs LIMIT 1", "paragraphs: unique"),
    "unknown artefact kind": (
        "UPDATE artefacts SET kind = 'gremlins' WHERE position = 0", "artefacts.kind: accepted"),
    "language that is not ISO 639-1": (
        "UPDATE documents SET language = 'english' WHERE doc_id = 'cccc000000000003'",
        "documents.language: ISO 639-1"),
    "zh-cn is not a language code": (
        "UPDATE paragraphs SET language = 'zh-cn' WHERE doc_id = 'cccc000000000003'",
        "paragraphs.language: ISO 639-1"),
    "artefact offsets outside raw_text": (
        "UPDATE artefacts SET end_offset = 10000 WHERE position = 0",
        "artefacts: offsets inside raw_text"),
    "mention that is not at its offsets": (
        "UPDATE mentions SET start_offset = start_offset + 1 WHERE surface = 'Odesa'",
        "mentions: offsets inside clean_text"),
    "paragraph that is not at its offset": (
        "UPDATE paragraphs SET start_offset = 3 WHERE doc_id = 'cccc000000000003'",
        "paragraphs: text is clean_text"),
    "orphan child row": (
        "INSERT INTO mentions VALUES ('nope000000000000', 'place:kyiv', 'Kyiv', 0, 4)",
        "mentions(doc_id) -> documents"),
    "unknown entity": (
        "UPDATE mentions SET entity_id = 'place:atlantis' WHERE surface = 'Odesa'",
        "mentions(entity_id) -> entities"),
    "two current versions of one path": (
        "UPDATE document_sources SET status = 'current', valid_to_run = NULL "
        "WHERE status = 'superseded'", "one current version per path"),
    "documents_total out of step": (
        "UPDATE runs SET documents_total = 99 WHERE run_id = 2", "documents_total"),
    "failed run without a reason": (
        "UPDATE runs SET status = 'failed' WHERE run_id = 1", "error set exactly when failed"),
    "quote that is not at its offsets": (
        "UPDATE quotes SET end_offset = end_offset - 1", "quotes: text is clean_text"),
    "date order that is neither DMY nor MDY": (
        "UPDATE documents SET date_order = 'YMD' WHERE doc_id = 'cccc000000000003'",
        "documents.date_order: accepted values"),
    "missing not-null value": (
        "UPDATE document_sources SET status = NULL WHERE doc_id = 'cccc000000000003'",
        None),  # status is nullable: nothing to report
}


@pytest.mark.parametrize("case", sorted(CORRUPTIONS))
def test_each_corruption_is_caught_by_name(wh, case):
    sql, expected = CORRUPTIONS[case]
    wh.execute(sql)
    if expected is None:
        run_data_tests(wh)
        return
    with pytest.raises(DataTestFailed) as exc:
        run_data_tests(wh)
    assert expected in str(exc.value)


def test_enforced_keys_stop_duplicates_at_insert_time(wh):
    with pytest.raises(duckdb.ConstraintException):
        wh.execute("INSERT INTO entities SELECT * FROM entities LIMIT 1")


def test_a_document_key_loaded_twice_is_caught_even_after_a_load(wh):
    """documents' key is not enforced by DuckDB (migration 13): the data test checks it over
    the whole table, also when only a load's appended rows are checked otherwise."""
    marks = {"documents": wh.execute("SELECT count(*) FROM documents").fetchone()[0]}
    wh.execute("INSERT INTO documents SELECT * FROM documents WHERE doc_id = 'aaaa000000000001'")
    for kwargs in ({}, {"run_id": 3, "appended_from": marks}):
        with pytest.raises(DataTestFailed, match=r"documents: unique \(doc_id\)"):
            run_data_tests(wh, **kwargs)


def test_stamp_documents_total_marks_the_latest_run(wh):
    wh.execute("INSERT INTO runs (run_id, status) VALUES (3, 'completed')")
    stamp_documents_total(wh)
    assert wh.execute("SELECT documents_total FROM runs WHERE run_id = 3").fetchone()[0] == 4


def test_language_codes_are_iso_639_1_plus_und():
    codes = language_codes()
    assert {"en", "uk", "ru", "zh", "und"} <= codes
    assert "zh-cn" not in codes and "eng" not in codes
    assert len(codes) == 185


@pytest.mark.parametrize("case", sorted(c for c, (_, e) in CORRUPTIONS.items() if e))
def test_after_a_load_the_run_s_new_rows_are_checked(wh, case):
    """Scoped to the run that loaded the damaged documents, every corruption is still caught
    (the v1 fixture holds documents of runs 1 and 2)."""
    sql, expected = CORRUPTIONS[case]
    wh.execute(sql)
    runs = sorted(r[0] for r in wh.execute("SELECT DISTINCT run_id FROM documents").fetchall())
    assert runs == [1, 2]
    failures = []
    for run_id in runs:
        try:
            run_data_tests(wh, run_id=run_id)
        except DataTestFailed as exc:
            failures.append(str(exc))
    assert any(expected in f for f in failures), failures


def test_rows_of_earlier_runs_are_not_read_again(wh):
    """A run that loaded nothing does not re-read old paragraphs (their damage, planted
    here, was there before the run); the whole-warehouse check still finds it."""
    wh.execute("INSERT INTO paragraphs SELECT * FROM paragraphs LIMIT 1")
    run_data_tests(wh, run_id=3)
    with pytest.raises(DataTestFailed, match="paragraphs: unique"):
        run_data_tests(wh)


def test_scoped_queries_read_only_the_run_s_documents():
    scoped = [t for t in all_tests() if t.table in ("paragraphs", "search_terms")]
    assert len(scoped) >= 4
    for t in scoped:
        q = t.query(run_id=7)
        assert "WHERE run_id < 7" in q and "{t}" not in q
        assert "{t}" not in t.query() and "run_id < 7" not in t.query()


def _counts(con, tables) -> dict[str, int]:
    return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def _append_copy_of(con, doc_id: str, new_id: str) -> None:
    """A new document (a copy of ``doc_id`` under ``new_id``) with its paragraphs."""
    con.execute("INSERT INTO documents SELECT * REPLACE (? AS doc_id, ? || "
                "content_sha256[17:] AS content_sha256, 3 AS run_id) FROM documents "
                "WHERE doc_id = ?", [new_id, new_id, doc_id])
    con.execute("INSERT INTO paragraphs SELECT * REPLACE (? AS doc_id) FROM paragraphs "
                "WHERE doc_id = ?", [new_id, doc_id])


APPENDED_DAMAGE = {
    "paragraph that is not at its offset": (
        "UPDATE paragraphs SET start_offset = 3 WHERE doc_id = 'dddd000000000005'",
        "paragraphs: text is clean_text"),
    "duplicate key among the appended rows": (
        "INSERT INTO paragraphs SELECT * FROM paragraphs WHERE doc_id = 'dddd000000000005'",
        "paragraphs: unique"),
    "orphan row appended": (
        "INSERT INTO mentions VALUES ('nope000000000000', 'place:kyiv', 'Kyiv', 0, 4)",
        "mentions(doc_id) -> documents"),
    "language that is not ISO 639-1": (
        "UPDATE documents SET language = 'english' WHERE doc_id = 'dddd000000000005'",
        "documents.language: ISO 639-1"),
    "a new document under a doc_id already loaded": (
        "INSERT INTO documents SELECT * REPLACE (3 AS run_id) FROM documents "
        "WHERE doc_id = 'aaaa000000000001'", "documents: unique"),
}


@pytest.mark.parametrize("case", sorted(APPENDED_DAMAGE))
def test_rows_a_load_appended_are_checked(wh, case):
    """Scoped to the rows appended after ``appended_from`` (what load_run returns), damage
    among them is caught; the same warehouse without the damage passes."""
    from warehouse.checks import APPEND_ONLY

    tables = [t for t in APPEND_ONLY if t in {r[0] for r in wh.execute(
        "SELECT table_name FROM duckdb_tables()").fetchall()}]
    marks = _counts(wh, tables)
    _append_copy_of(wh, "cccc000000000003", "dddd000000000005")
    wh.execute("INSERT INTO runs (run_id, status) VALUES (3, 'completed')")
    stamp_documents_total(wh)
    wh.execute("BEGIN TRANSACTION")
    run_data_tests(wh, run_id=3, appended_from=marks)  # clean so far
    sql, expected = APPENDED_DAMAGE[case]
    wh.execute(sql)
    if "documents_total" not in sql:
        stamp_documents_total(wh)
    with pytest.raises(DataTestFailed) as exc:
        run_data_tests(wh, run_id=3, appended_from=marks)
    assert expected in str(exc.value)
    wh.execute("ROLLBACK")


def test_rows_before_the_appended_ones_are_not_read_again(wh):
    """Damage in rows that were there before the load is not re-read by the load's tests
    (they passed when loaded); the whole-warehouse check still finds it."""
    from warehouse.checks import APPEND_ONLY

    wh.execute("UPDATE paragraphs SET start_offset = 3 WHERE doc_id = 'cccc000000000003'")
    tables = [t for t in APPEND_ONLY if t in {r[0] for r in wh.execute(
        "SELECT table_name FROM duckdb_tables()").fetchall()}]
    marks = _counts(wh, tables)
    assert marks["paragraphs"] == 4
    run_data_tests(wh, run_id=3, appended_from=marks)
    with pytest.raises(DataTestFailed, match="paragraphs: text is clean_text"):
        run_data_tests(wh)


def test_appended_scope_reads_rows_from_the_marks_on():
    t = next(t for t in all_tests() if t.name == "paragraphs: text is clean_text at start_offset")
    q = t.query(run_id=7, appended_from={"paragraphs": 40, "documents": 5})
    assert "FROM paragraphs WHERE rowid >= 40" in q and "FROM documents WHERE rowid >= 5" in q
    assert "run_id" not in q and "{" not in q
    whole = t.query()
    assert "rowid" not in whole and "JOIN documents d" in whole
