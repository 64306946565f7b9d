"""Migrations: ordered, named, transactional; an old warehouse file upgrades in place."""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import duckdb
import pytest

from schemas.tables import BY_NAME, TABLES
from warehouse import migrations
from warehouse.checks import run_data_tests
from warehouse.migrations import (
    LATEST,
    MIGRATIONS,
    Migration,
    MigrationError,
    SchemaDrift,
    applied_migrations,
    live_columns,
    live_primary_key,
    migrate,
    schema_drift,
)

FIXTURES = Path(__file__).parent / "fixtures"
V1_COUNTS = {"runs": 2, "documents": 4, "document_sources": 4, "paragraphs": 4, "artefacts": 4,
             "entities": 3, "mentions": 5, "quotes": 1, "translation_signals": 3, "rejects": 1,
             "line_stats": 1}


@pytest.fixture
def v1(tmp_path) -> Path:
    """A private copy of the warehouse file written by schema v1 (kept gzipped)."""
    db = tmp_path / "v1.duckdb"
    with gzip.open(FIXTURES / "v1.duckdb.gz", "rb") as src, open(db, "wb") as dst:
        shutil.copyfileobj(src, dst)
    return db


def _counts(con) -> dict[str, int]:
    return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in V1_COUNTS}


def test_migrations_are_numbered_in_order_and_named_once():
    versions = [m.version for m in MIGRATIONS]
    # 12 is reserved for near-duplicate work in progress (13 was taken meanwhile)
    assert versions == sorted(set(versions)) and set(range(1, 12)) <= set(versions)
    assert len({m.name for m in MIGRATIONS}) == len(MIGRATIONS)
    assert LATEST == MIGRATIONS[-1].version


def test_a_new_warehouse_gets_every_migration_and_the_declared_schema(con):
    assert migrate(con) == [m.version for m in MIGRATIONS]
    assert schema_drift(con, extra_tables=True) == []
    assert migrate(con) == []  # idempotent
    assert applied_migrations(con) == {m.version: m.name for m in MIGRATIONS}


def test_v1_file_upgrades_in_place_keeping_every_row(v1):
    con = duckdb.connect(str(v1))
    try:
        assert applied_migrations(con) == {1: "create_declared_tables",
                                           2: "add_declared_columns"}
        before = _counts(con)
        assert before == V1_COUNTS
        v1_columns = {t: ", ".join(c.name for c in live_columns(con, t)) for t in V1_COUNTS}

        def rows(table):  # every v1 column of every row, in a stable order
            return con.execute(f"SELECT {v1_columns[table]} FROM {table} "
                               f"ORDER BY {v1_columns[table]}").fetchall()

        before_rows = {t: rows(t) for t in V1_COUNTS}
        assert live_primary_key(con, "paragraphs") == ("doc_id", "position")

        assert migrate(con) == [m.version for m in MIGRATIONS if m.version >= 3]

        assert _counts(con) == before
        for t in V1_COUNTS:  # no row lost or changed
            assert rows(t) == before_rows[t], t
        assert schema_drift(con) == []
        # bulk tables lost their DuckDB PRIMARY KEY; small ones kept it
        assert live_primary_key(con, "paragraphs") == ()
        assert live_primary_key(con, "documents") == ()  # and documents (migration 13)
        assert live_primary_key(con, "runs") == ("run_id",)
        # backfill: documents in the warehouse after each run
        assert con.execute("SELECT run_id, documents_total, error FROM runs ORDER BY run_id"
                           ).fetchall() == [(1, 2, None), (2, 4, None)]
        assert con.execute("SELECT start_offset, end_offset, text FROM quotes").fetchall() \
            == [(10, 16, "прибыл")]
        # comments (the data dictionary) cover the new columns too
        assert con.execute("SELECT comment FROM duckdb_columns() WHERE table_name = 'runs' "
                           "AND column_name = 'documents_total'").fetchone()[0] \
            == BY_NAME["runs"].column("documents_total").description
        run_data_tests(con)  # the upgraded file passes the data tests
    finally:
        con.close()


def test_upgraded_and_new_warehouses_have_the_same_columns(v1, con):
    migrate(con)
    old = duckdb.connect(str(v1))
    try:
        migrate(old)
        q = ("SELECT table_name, column_name, data_type, is_nullable, comment FROM duckdb_columns()"
             " WHERE schema_name = 'main' AND table_name NOT LIKE 'v\\_%' ESCAPE '\\' "
             "ORDER BY table_name, column_index")
        assert old.execute(q).fetchall() == con.execute(q).fetchall()
    finally:
        old.close()


def test_upgraded_file_loads_with_the_flow_views_and_index(v1):
    """The upgrade path the flow takes: migrate in the build copy, then after_load."""
    from warehouse.connection import building
    from warehouse.publish import after_load

    with building(v1) as con:
        migrate(con)  # migration 10 indexes the documents loaded before it
        con.execute("BEGIN TRANSACTION")
        after_load(con)
        con.execute("COMMIT")
    ro = duckdb.connect(str(v1), read_only=True)
    try:
        assert ro.execute("SELECT count(*) FROM search_documents").fetchone()[0] == 4
        hits = ro.execute("SELECT doc_id FROM search_articles('delegations')").fetchall()
        assert hits == [("aaaa000000000004",)]
        # the version that said "envoys" is indexed but superseded: not a current article
        assert ro.execute("SELECT count(*) FROM search_terms WHERE doc_id = "
                          "'aaaa000000000001' AND term = 'envoi'").fetchone()[0] == 1
        assert ro.execute("SELECT * FROM search_articles('envoys')").fetchall() == []
        assert ro.execute("SELECT count(*) FROM v_articles").fetchone()[0] == 3
    finally:
        ro.close()


def test_a_failing_migration_rolls_back_and_records_nothing(v1, monkeypatch):
    def boom(con):
        con.execute("ALTER TABLE runs ADD COLUMN half_done INTEGER")
        raise RuntimeError("boom")

    monkeypatch.setattr(migrations, "MIGRATIONS", (*MIGRATIONS[:2], Migration(3, "boom", boom)))
    con = duckdb.connect(str(v1))
    try:
        with pytest.raises(RuntimeError, match="boom"):
            migrate(con)
        assert max(applied_migrations(con)) == 2
        cols = [r[0] for r in con.execute("SELECT column_name FROM duckdb_columns() "
                                          "WHERE table_name = 'runs'").fetchall()]
        assert "half_done" not in cols
        assert _counts(con) == V1_COUNTS
    finally:
        con.close()


def test_a_file_from_a_newer_newsetl_is_refused(con):
    migrate(con)
    con.execute("INSERT INTO schema_migrations VALUES (?, 'from_the_future', now()::TIMESTAMP)",
                [LATEST + 1])
    with pytest.raises(MigrationError, match="upgrade newsetl"):
        migrate(con)


def test_a_renamed_migration_is_refused(con):
    migrate(con)
    con.execute("UPDATE schema_migrations SET name = 'something_else' WHERE version = 1")
    with pytest.raises(MigrationError, match="differ"):
        migrate(con)


def test_a_declaration_changed_without_a_migration_is_drift(con, monkeypatch):
    migrate(con)
    con.execute("ALTER TABLE rejects ADD COLUMN stray VARCHAR")
    con.execute("ALTER TABLE line_stats DROP COLUMN example")
    drift = schema_drift(con)
    assert any("rejects has undeclared column" in d for d in drift)
    assert any("line_stats.example is declared but missing" in d for d in drift)
    with pytest.raises(SchemaDrift, match="add a named migration"):
        migrate(con)


def test_add_columns_backfills_and_rebuild_changes_keys(con):
    from warehouse.migrations import add_columns, rebuild_tables

    con.execute("CREATE TABLE runs (run_id BIGINT NOT NULL, PRIMARY KEY (run_id))")
    con.execute("CREATE TABLE documents (doc_id VARCHAR, run_id BIGINT)")
    con.execute("INSERT INTO runs VALUES (1), (2)")
    con.execute("INSERT INTO documents VALUES ('a', 1), ('b', 2), ('c', 2)")
    add_columns("runs", "documents_total", backfill=(
        "UPDATE runs SET documents_total = (SELECT count(*) FROM documents d "
        "WHERE d.run_id <= runs.run_id) WHERE documents_total IS NULL"))(con)
    assert con.execute("SELECT * FROM runs ORDER BY 1").fetchall() == [(1, 1), (2, 3)]
    con.execute("CREATE TABLE line_stats (line_hash VARCHAR NOT NULL, example VARCHAR, "
                "doc_count BIGINT, PRIMARY KEY (line_hash))")
    con.execute("INSERT INTO line_stats VALUES ('h', 'x', 3)")
    rebuild_tables("line_stats")(con)
    assert live_primary_key(con, "line_stats") == ()
    assert con.execute("SELECT * FROM line_stats").fetchall() == [("h", "x", 3)]


def test_every_declared_table_is_reached_by_the_migrations(v1):
    """Guards parallel edits: a table or column added to schemas/ needs a migration."""
    con = duckdb.connect(str(v1))
    try:
        migrate(con)  # raises SchemaDrift naming what is missing
        assert {t.name for t in TABLES} <= {r[0] for r in con.execute(
            "SELECT table_name FROM duckdb_tables()").fetchall()}
    finally:
        con.close()


def test_cli_migrate_upgrades_refreshes_and_is_idempotent(v1, capsys):
    from flows.cli import main

    assert main(["migrate", "--db", str(v1)]) == 0
    assert f"from schema version 2 to {LATEST}" in capsys.readouterr().out
    assert main(["migrate", "--db", str(v1)]) == 0
    assert "latest schema version" in capsys.readouterr().out
    con = duckdb.connect(str(v1), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM v_articles_by_month").fetchone()[0] > 0
    finally:
        con.close()
    assert main(["migrate", "--db", str(v1.with_name("none.duckdb"))]) == 2
    assert "newsetl run" in capsys.readouterr().err
