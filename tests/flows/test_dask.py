"""Parallel and scale-out runs give the same warehouse as an inline run: the batch tasks on
worker processes of this machine, and on a real dask.distributed cluster (2 worker
processes)."""

from __future__ import annotations

import duckdb
import pytest

from schemas.tables import TABLES
from tests.conftest import SAMPLE

# Columns that name the run or the clock, not the content.
RUN_COLUMNS = {"run_id", "valid_from_run", "valid_to_run", "flow_run_id", "started_at",
               "finished_at", "newsetl_version", "inputs"}


def checksums(db) -> dict[str, tuple[int, int]]:
    """(rows, order-independent hash of the content columns) per table."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {}
        for t in TABLES:
            cols = [c for c in t.column_names if c not in RUN_COLUMNS]
            out[t.name] = con.execute(
                f"SELECT count(*), coalesce(sum(hash({', '.join(cols)})::HUGEINT), 0) "
                f"FROM {t.name}").fetchone()
        return out
    finally:
        con.close()


@pytest.fixture(scope="module")
def cluster():
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                      dashboard_address=None) as c:
        yield c


def test_dask_run_equals_local_run(prefect_harness, sample_warehouse, cluster, tmp_path):
    from dask.distributed import Client, get_task_stream

    from flows import executor
    from flows.ingest import ingest_flow

    db = tmp_path / "dask.duckdb"
    runner = executor.dask_task_runner(cluster.scheduler_address)
    with Client(cluster.scheduler_address) as client, get_task_stream(client) as stream:
        summary = ingest_flow.with_options(task_runner=runner)(
            paths=[str(SAMPLE)], db=str(db), batch_size=10)  # several batches
    assert summary.counts.files_loaded > 0
    batches = -(-(summary.counts.files_seen - summary.counts.files_skipped) // 10)
    assert len(stream.data) >= batches + 1  # every read batch and the cleaning ran on Dask
    assert {t["worker"] for t in stream.data} <= set(cluster.scheduler_info["workers"])
    got, want = checksums(db), checksums(sample_warehouse)
    assert got == want
    assert not (tmp_path / "dask.duckdb.staging").exists()


def test_worker_processes_give_the_same_warehouse_as_inline(prefect_harness, sample_warehouse,
                                                            tmp_path):
    from flows.ingest import ingest_flow

    db = tmp_path / "pool.duckdb"
    ingest_flow(paths=[str(SAMPLE)], db=str(db), batch_size=10, workers=2)
    assert checksums(db) == checksums(sample_warehouse)
