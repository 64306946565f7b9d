"""The ingest flow: discover → plan → read+decode → learn boilerplate → clean+detect → load.

The flow body is a list of task calls. Work is batched (one task run per batch of files,
not per file); CPU-heavy batch steps run in worker processes (or on a Dask cluster), write
Parquet shards, and a single loader publishes a new warehouse snapshot.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib.metadata import version as pkg_version

import polars as pl
from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.context import get_run_context
from prefect.futures import as_completed
from prefect.tasks import exponential_backoff

from flows import executor, progress, steps
from transforms.boilerplate import learned_boilerplate
from transforms.incremental import (
    Plan,
    Selection,
    batch_size_for,
    batches,
    choose_new_documents,
    plan_files,
)
from transforms.inputs import DEFAULT_MAX_BYTES, discover
from warehouse import state
from warehouse.checks import DataTestFailed
from warehouse.connection import WarehouseBusy, building, writer_lock
from warehouse.load import RunCounts, StepTimes, load_run, next_run_id
from warehouse.migrations import migrate
from warehouse.publish import check_snapshot, prepare_snapshot

DEFAULT_BATCH_SIZE = None  # None: batch_size_for(files to read, workers)
# Tasks hand over plans and summaries of up to 100k files: never hash their inputs for a cache
# key (tasks write shards, so cached results would be wrong anyway).
IO_RETRY = dict(retries=3, retry_delay_seconds=exponential_backoff(backoff_factor=1),
                retry_jitter_factor=0.5)
# A global concurrency limit that, when a Prefect server has one of this name, lets only one
# run write a warehouse at a time across hosts (`prefect gcl create newsetl-writer --limit 1`).
WRITER_LIMIT = "newsetl-writer"
# DuckDB's memory for the load (its default: 80 % of RAM); it spills to disk beyond this.
# At 100,000 documents 512 MB cost no more CPU than 1 GB and ~500 MB less peak RSS.
LOAD_MEMORY_LIMIT = os.environ.get("NEWSETL_LOAD_MEMORY_LIMIT", "512MB")


@dataclass
class RunSummary:
    run_id: int
    db: str
    counts: RunCounts
    reject_reasons: dict[str, int] = field(default_factory=dict)
    languages: dict[str, int] = field(default_factory=dict)


def _utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _retry_unless_permanent(task, task_run, state) -> bool:
    """Retry I/O failures, not failed data tests or a busy warehouse (retrying won't help)."""
    try:
        state.result()
    except (DataTestFailed, WarehouseBusy):
        return False
    except Exception:
        return True
    return True


@task(name="discover", cache_policy=NO_CACHE, **IO_RETRY)
def discover_task(paths: list[str], follow_outside: bool) -> list:
    return discover(paths, follow_outside=follow_outside)


@task(name="plan", cache_policy=NO_CACHE)
def plan_task(db: str, entries: list, roots: list[str]) -> Plan:
    return plan_files(entries, state.read_fingerprints(db), roots,
                      state.read_reject_fingerprints(db))


@task(name="read-decode", cache_policy=NO_CACHE, **IO_RETRY)
def read_task(batch_no: int, entries: list, staging: str, run_id: int, max_bytes: int):
    return executor.run(steps.read_step, batch_no, entries, staging, run_id, max_bytes)


@task(name="select-new-documents", cache_policy=NO_CACHE)
def select_new_task(db: str, staging: str, plan: Plan) -> Selection:
    """doc_ids to clean and detect per batch: content the warehouse does not hold yet, at its
    first path in the run; files read again but holding the same content were only touched."""
    read = steps.decoded_ids(staging)
    known = state.known_doc_ids(db, read["doc_id"].unique().sort().to_list())
    return choose_new_documents(read, known, plan.previous)


@task(name="learn-boilerplate", cache_policy=NO_CACHE)
def learn_task(db: str, staging: str, chosen: dict[int, list[str]]) -> frozenset[str]:
    new_stats = [steps.line_stats_step(staging, b, ids) for b, ids in sorted(chosen.items())]
    new_docs = sum(len(ids) for ids in chosen.values())
    frames = [f for f in new_stats if not f.is_empty()]
    run_stats = pl.concat(frames) if frames else new_stats[0] if new_stats else None
    if run_stats is not None and not run_stats.is_empty():
        run_stats = run_stats.group_by("line_hash").agg(
            pl.col("example").first(), pl.col("doc_count").sum()).sort("line_hash")
        steps.write_shard(run_stats, staging, "line_stats", 0)
    old, old_docs = state.line_stats(db)
    parts = [df for df in (old, run_stats) if df is not None and not df.is_empty()]
    if not parts:
        return frozenset()
    merged = pl.concat(parts).group_by("line_hash").agg(pl.col("doc_count").sum())
    return learned_boilerplate(merged, old_docs + new_docs)


@task(name="clean-detect", cache_policy=NO_CACHE, retries=1)
def transform_task(batch_no: int, staging: str, doc_ids: list[str], learned: frozenset[str],
                   run_id: int) -> dict[str, int]:
    return executor.run(steps.transform_step, batch_no, staging, doc_ids, learned, run_id)


@task(name="load", cache_policy=NO_CACHE, retry_condition_fn=_retry_unless_permanent,
      **IO_RETRY)
def load_task(db: str, run_id: int, staging: str, plan: Plan, summaries: list,
              counts: RunCounts, started_at: datetime, inputs: list[str]) -> RunSummary:
    try:
        flow_run_id = str(get_run_context().task_run.flow_run_id)
    except Exception:
        flow_run_id = None
    times = StepTimes()
    with building(db, times) as con:
        # One transaction holds the whole run; let DuckDB spill rather than grow with it.
        con.execute(f"SET memory_limit = '{LOAD_MEMORY_LIMIT}'")
        con.execute("SET preserve_insertion_order = false")
        with times.step("migrate"):
            migrate(con)
        con.execute("BEGIN TRANSACTION")
        with times.step("inserts"):
            appended_from = load_run(
                con, run_id=run_id, staging=staging, removed_paths=plan.removed,
                counts=counts, started_at=started_at, finished_at=_utcnow(),
                flow_run_id=flow_run_id, inputs=" ".join(inputs),
                version=pkg_version("newsetl"))
        prepare_snapshot(con, times)
        with times.step("commit"):
            con.execute("COMMIT")
        # Tested once committed (twice as fast to read); a failure still drops the build copy.
        check_snapshot(con, appended_from, times)
        langs = dict(con.execute(
            "SELECT language, count(*) FROM documents WHERE doc_id IN (SELECT doc_id FROM "
            "document_sources WHERE status = 'current') GROUP BY 1 ORDER BY 2 DESC, 1"
        ).fetchall())
    get_run_logger().info("load steps: %s", times.summary())
    reasons: dict[str, int] = {}
    for s in summaries:
        for k, v in s.reasons.items():
            reasons[k] = reasons.get(k, 0) + v
    return RunSummary(run_id, db, counts, reasons, langs)


@task(name="publish-summary", cache_policy=NO_CACHE)
def summary_artifact_task(summary: RunSummary) -> None:
    c = summary.counts
    rows = [("files seen", c.files_seen), ("loaded", c.files_loaded),
            ("unchanged", c.files_unchanged), ("rejected", c.files_rejected),
            ("skipped (not files)", c.files_skipped), ("removed", c.files_removed)]
    md = [f"# newsetl run {summary.run_id}", "", "| metric | value |", "|---|---|"]
    md += [f"| {k} | {v} |" for k, v in rows]
    if summary.reject_reasons:
        md += ["", "| reject reason | files |", "|---|---|"]
        md += [f"| {k} | {v} |" for k, v in sorted(summary.reject_reasons.items())]
    md += ["", "| language | documents |", "|---|---|"]
    md += [f"| {k} | {v} |" for k, v in summary.languages.items()]
    create_markdown_artifact("\n".join(md), key="newsetl-run-summary",
                             description=f"newsetl run {summary.run_id} on {summary.db}")


@flow(name="newsetl-ingest", log_prints=False)
def ingest_flow(
    paths: list[str],
    db: str = "news.duckdb",
    batch_size: int | None = DEFAULT_BATCH_SIZE,
    max_bytes: int = DEFAULT_MAX_BYTES,
    follow_outside: bool = False,
    lock_wait_seconds: float = 0.0,
    staging_dir: str | None = None,
    workers: int | None = None,
) -> RunSummary:
    """Load every .txt/.txt.gz file under ``paths`` into the warehouse ``db``.

    Batches run on ``workers`` processes (default: every core), or on the Dask cluster of
    the flow's task runner. ``staging_dir`` holds the run's Parquet shards (default
    ``<db>.staging``); on a Dask cluster it must be a folder every worker and this process
    can reach.
    """
    logger = get_run_logger()
    db = os.path.abspath(db)
    started_at = _utcnow()
    with writer_lock(db, wait_seconds=lock_wait_seconds), _writer_slot(lock_wait_seconds):
        run_id = _next_run_id(db)
        try:
            staging = _fresh_staging(staging_dir or db + ".staging", run_id, db)
            entries = discover_task(paths, follow_outside)
            plan = plan_task(db, entries, paths)
            size = batch_size or batch_size_for(len(plan.to_read),
                                                workers or executor.default_workers())
            to_read = batches(plan.to_read, size)
            with executor.pool_for(len(to_read), workers):
                summaries = _submit_all(read_task, "read + decode", "files", [
                    ((i, b, staging, run_id, max_bytes), len(b)) for i, b in enumerate(to_read)])
                selection = select_new_task(db, staging, plan)
                learned = learn_task(db, staging, selection.chosen)
                _submit_all(transform_task, "clean + detect", "docs", [
                    ((b, staging, ids, learned, run_id), len(ids))
                    for b, ids in sorted(selection.chosen.items())])
            counts = _counts(entries, plan, summaries, selection)
            summary = load_task(db, run_id, staging, plan, summaries, counts, started_at, paths)
            summary_artifact_task(summary)
            shutil.rmtree(staging, ignore_errors=True)
            _remove_if_empty(os.path.dirname(staging))
        except Exception as exc:  # the run is recorded as failed; the last good state stays
            _record_failure(db, run_id, started_at, paths, exc)
            raise
    logger.info("run %s: %s", run_id, summary.counts)
    return summary


def _record_failure(db: str, run_id: int, started_at: datetime, paths: list[str],
                    exc: Exception) -> None:
    """Publish a 'failed' runs row with the reason (best effort: never masks ``exc``)."""
    from warehouse.runs import record_failed_run

    with contextlib.suppress(Exception):
        record_failed_run(db, run_id=run_id, started_at=started_at,
                          error=f"{type(exc).__name__}: {exc}"[:2000], inputs=" ".join(paths),
                          version=pkg_version("newsetl"))


def _submit_all(task_fn, stage: str, unit: str, calls: list[tuple[tuple, int]]) -> list:
    """Submit one task run per batch, report progress as they finish, return the results
    in batch order."""
    progress.start(stage, sum(n for _, n in calls), unit)
    futures = [task_fn.submit(*args) for args, _ in calls]
    sizes = {f.task_run_id: n for f, (_, n) in zip(futures, calls, strict=True)}
    for f in as_completed(futures):
        f.result()  # raise at the first failed batch
        progress.advance(stage, sizes[f.task_run_id])
    return [f.result() for f in futures]


_STAGING_OWNER = "warehouse.txt"  # in each staging folder: the warehouse it was made for


def _fresh_staging(root: str, run_id: int, db: str) -> str:
    """An empty staging folder for this run. Called under the writer lock, so any other
    staging folder of the same warehouse belongs to a run that was killed (after or before
    publishing): it is removed. Folders of other warehouses sharing ``root`` are left."""
    if os.path.isdir(root):
        for name in os.listdir(root):
            old = os.path.join(root, name)
            try:
                with open(os.path.join(old, _STAGING_OWNER)) as fh:
                    owner = fh.read().strip()
            except OSError:
                continue
            if name.startswith("run-") and owner == db:
                shutil.rmtree(old, ignore_errors=True)
    staging = os.path.join(root, f"run-{run_id:06d}")
    shutil.rmtree(staging, ignore_errors=True)
    os.makedirs(staging)
    with open(os.path.join(staging, _STAGING_OWNER), "w") as fh:
        fh.write(db + "\n")
    return staging


@contextlib.contextmanager
def _writer_slot(wait_seconds: float) -> Iterator[None]:
    """Hold the server's ``newsetl-writer`` global concurrency limit when it has one.

    The file lock already keeps a second writer of the same file out on one host; the limit
    does it for runs on several workers of a Prefect server (and queues them there).
    """
    from prefect.settings import get_current_settings

    if not get_current_settings().api.url or not _limit_exists(WRITER_LIMIT):
        yield
        return
    from prefect.concurrency.sync import concurrency

    try:
        with concurrency(WRITER_LIMIT, occupy=1, timeout_seconds=max(wait_seconds, 1.0),
                         strict=True):
            yield
    except TimeoutError:
        raise WarehouseBusy(
            f"another newsetl run holds the Prefect concurrency limit {WRITER_LIMIT!r}; "
            "try again when it finishes or pass --wait SECONDS") from None


def _limit_exists(name: str) -> bool:
    from prefect.client.orchestration import get_client

    try:
        with get_client(sync_client=True) as client:
            client.read_global_concurrency_limit_by_name(name)
        return True
    except Exception:
        return False


def _next_run_id(db: str) -> int:
    if not os.path.exists(db):
        return 1
    from warehouse.connection import connect_read

    con = connect_read(db)
    try:
        return next_run_id(con)
    finally:
        con.close()


def _counts(entries: list, plan: Plan, summaries: list, selection: Selection) -> RunCounts:
    decoded = sum(s.decoded for s in summaries)
    rejected = sum(s.rejected for s in summaries)
    return RunCounts(
        files_seen=len(entries),
        files_loaded=decoded - selection.touched,  # new paths and changed content
        # touched: same content; still rejected: rejected before, not read again
        files_unchanged=len(plan.unchanged) + selection.touched + len(plan.still_rejected),
        files_rejected=rejected,
        files_skipped=len(plan.skipped),
        files_removed=len(plan.removed),
    )


def _remove_if_empty(path: str) -> None:
    try:
        os.rmdir(path)
    except OSError:
        pass
