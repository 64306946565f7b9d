"""Recording a failed run: the published warehouse says what happened, data untouched."""

from __future__ import annotations

from datetime import datetime

import duckdb

from warehouse.checks import run_data_tests
from warehouse.connection import writer_lock
from warehouse.runs import record_failed_run


def test_a_first_run_that_failed_leaves_a_queryable_warehouse(tmp_path):
    db = tmp_path / "news.duckdb"
    with writer_lock(db):
        assert record_failed_run(db, run_id=1, started_at=datetime(2026, 1, 1),
                                 error="OSError: disk full", inputs="corpus/",
                                 version="0.1.0")
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT run_id, status, documents_total, error FROM runs"
                           ).fetchall() == [(1, "failed", 0, "OSError: disk full")]
        assert con.execute("SELECT count(*) FROM v_articles").fetchone()[0] == 0
        run_data_tests(con)
    finally:
        con.close()
