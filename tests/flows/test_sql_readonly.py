"""`newsetl sql` is read-only: statements that would change the warehouse fail with a clear
one-line message and exit code 1, and the warehouse is unchanged afterwards. Values reach
SQL as bound parameters, so quotes in data are just data."""

from __future__ import annotations

import duckdb
import pytest

from flows.cli import main
from tests.helpers import warehouse_checksums
from warehouse.migrations import migrate

EVIL = "x'); DROP TABLE documents; --"


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory):
    db = tmp_path_factory.mktemp("sql") / "wh.duckdb"
    con = duckdb.connect(str(db))
    migrate(con)
    con.execute("INSERT INTO runs (run_id, status) VALUES (1, 'completed')")
    con.execute("INSERT INTO rejects (run_id, source_path, reason, detail) VALUES (?, ?, ?, ?)",
                [1, f"/in/{EVIL}.txt", "binary", EVIL])
    con.close()
    return db


def _checksums(db) -> dict[str, str]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return warehouse_checksums(con)
    finally:
        con.close()


WRITES = [
    "DROP TABLE documents",
    "UPDATE runs SET status = 'failed'",
    "DELETE FROM rejects",
    "INSERT INTO runs (run_id, status) VALUES (2, 'completed')",
    "CREATE TABLE sneaky AS SELECT 1",
    "ALTER TABLE runs ADD COLUMN x INTEGER",
    "SELECT 1; DROP TABLE documents",
    "SELECT * FROM rejects; UPDATE rejects SET reason = 'ok'",
]


@pytest.mark.parametrize("query", WRITES)
def test_writes_fail_with_a_clear_message(warehouse, query, capsys):
    before = _checksums(warehouse)
    assert main(["sql", query, "--db", str(warehouse)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("newsetl: the warehouse is read-only for `newsetl sql`")
    assert err.count("\n") == 1  # one line
    assert _checksums(warehouse) == before


def test_queries_still_work_and_quotes_in_data_are_data(warehouse, capsys):
    assert main(["sql", "SELECT source_path, detail FROM rejects", "--db", str(warehouse),
                 "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert EVIL in out
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 0  # still there
    finally:
        con.close()


OUTSIDE = [
    "COPY runs TO '{out}'",
    "SELECT * FROM read_csv('{src}')",
    "ATTACH '{out}.duckdb' AS other",
    "SET enable_external_access = true",
]


@pytest.mark.parametrize("query", OUTSIDE)
def test_queries_cannot_read_or_write_other_files(warehouse, query, tmp_path, capsys):
    out, src = tmp_path / "leak.csv", tmp_path / "secret.csv"
    src.write_text("a,b\n1,2\n")
    assert main(["sql", query.format(out=out, src=src), "--db", str(warehouse)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("newsetl: `newsetl sql` reads the warehouse only"), err
    assert err.count("\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["secret.csv"]
