"""A run whose data tests fail is recorded as failed; the last good snapshot stays."""

from __future__ import annotations

import hashlib
import shutil

import duckdb
import pytest

from flows import ingest
from tests.conftest import SAMPLE
from warehouse.checks import DataTestFailed


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_failed_data_tests_record_a_failed_run(sample_warehouse, tmp_path, monkeypatch):
    db = tmp_path / "w.duckdb"
    shutil.copyfile(sample_warehouse, db)
    extra = tmp_path / "in"
    shutil.copytree(SAMPLE / "wire", extra)
    (extra / "new-story.txt").write_text("Fresh Story Title Here\n\nA brand new paragraph of "
                                          "news text about the harbour and its ferries.\n")
    before_docs = duckdb.connect(str(db), read_only=True).execute(
        "SELECT count(*) FROM documents").fetchone()[0]

    def broken_tests(*args, **kw):
        raise DataTestFailed("1 data test(s) failed: injected for the test")

    monkeypatch.setattr(ingest, "check_snapshot", broken_tests)
    with pytest.raises(Exception, match="injected for the test"):
        ingest.ingest_flow(paths=[str(extra)], db=str(db))
    con = duckdb.connect(str(db), read_only=True)
    try:
        status, error = con.execute(
            "SELECT status, error FROM runs ORDER BY run_id DESC LIMIT 1").fetchone()
        assert status == "failed" and "injected for the test" in error
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == before_docs
    finally:
        con.close()
    assert not (tmp_path / "w.duckdb.building").exists()
