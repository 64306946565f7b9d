"""A load that breaks a data test fails the run visibly and publishes nothing."""

from __future__ import annotations

import hashlib
import shutil

import duckdb
import pytest

from tests.conftest import SAMPLE
from warehouse.checks import DataTestFailed, run_data_tests
from warehouse.runs import record_failed_run


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_corrupted_load_keeps_the_last_good_warehouse(sample_warehouse, tmp_path,
                                                        monkeypatch):
    import flows.ingest as ingest

    db = tmp_path / "news.duckdb"
    shutil.copyfile(sample_warehouse, db)
    before = _sha(db)
    corpus = tmp_path / "more"
    corpus.mkdir()
    src = next(p for p in sorted((SAMPLE / "kyiv-daily").glob("*.txt")))
    (corpus / "new.txt").write_text(src.read_text("utf-8") + "\nA new closing line.\n",
                                    "utf-8")

    real_load_run = ingest.load_run

    def corrupting_load_run(con, **kw):
        appended = real_load_run(con, **kw)
        con.execute("UPDATE artefacts SET kind = 'gremlins' WHERE doc_id IN "
                    "(SELECT doc_id FROM documents WHERE run_id = ?)", [kw["run_id"]])
        return appended

    monkeypatch.setattr(ingest, "load_run", corrupting_load_run)
    with pytest.raises(DataTestFailed, match=r"artefacts\.kind: accepted values: \d+ bad rows"):
        ingest.ingest_flow(paths=[str(corpus)], db=str(db))

    assert _sha(db) != before  # republished once: the last good state plus a failed run row
    assert not list(tmp_path.glob("news.duckdb.building*"))  # the build copy is gone

    # the flow noted the failure itself (flows/ingest.py -> warehouse.runs.record_failed_run)
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute("SELECT run_id, status, documents_total, error IS NOT NULL "
                           "FROM runs ORDER BY run_id").fetchall()
        n = con.execute("SELECT count(*) FROM documents").fetchone()[0]
        assert rows == [(1, "completed", n, False), (2, "failed", n, True)]
        assert "gremlins" not in {r[0] for r in con.execute(
            "SELECT DISTINCT kind FROM artefacts").fetchall()}  # nothing of the bad load
        run_data_tests(con)  # still a consistent warehouse
    finally:
        con.close()
    assert not record_failed_run(db, run_id=2, started_at=ingest._utcnow(), error="again")

    # the next good run carries on from there
    monkeypatch.setattr(ingest, "load_run", real_load_run)
    summary = ingest.ingest_flow(paths=[str(corpus)], db=str(db))
    assert summary.run_id == 3 and summary.counts.files_loaded == 1
