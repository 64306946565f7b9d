"""The ingest flow: discover → plan → read+decode → learn boilerplate → clean+detect → load.

The flow body is a list of task calls. Work is batched (one task run per batch of files,
not per file); CPU-heavy batch steps run in worker processes (or on a Dask cluster), write
Parquet shards, and a single loader publishes a new warehouse snapshot.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib.metadata import version as pkg_version

import polars as pl
from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.context import get_run_context

from flows import executor, steps
from transforms.boilerplate import learned_boilerplate
from transforms.incremental import Plan, batches, plan_files
from transforms.inputs import DEFAULT_MAX_BYTES, discover
from warehouse import state
from warehouse.connection import building, writer_lock
from warehouse.load import RunCounts, load_run, next_run_id
from warehouse.migrations import migrate
from warehouse.publish import after_load

DEFAULT_BATCH_SIZE = 200


@dataclass
class RunSummary:
    run_id: int
    db: str
    counts: RunCounts
    reject_reasons: dict[str, int] = field(default_factory=dict)
    languages: dict[str, int] = field(default_factory=dict)


def _utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


@task(name="discover", retries=2, retry_delay_seconds=[1, 5])
def discover_task(paths: list[str], follow_outside: bool) -> list:
    return discover(paths, follow_outside=follow_outside)


@task(name="plan")
def plan_task(db: str, entries: list, roots: list[str]) -> Plan:
    return plan_files(entries, state.read_fingerprints(db), roots)


@task(name="read-decode", retries=2, retry_delay_seconds=[1, 5])
def read_task(batch_no: int, entries: list, staging: str, run_id: int, max_bytes: int):
    return executor.run(steps.read_step, batch_no, entries, staging, run_id, max_bytes)


@task(name="select-new-documents")
def select_new_task(db: str, summaries: list) -> dict[int, list[str]]:
    """doc_ids to transform per batch: new content, first occurrence in the run."""
    ids = [(s.batch_no, src["source_path"], src["doc_id"]) for s in summaries
           for src in s.sources]
    known = state.known_doc_ids(db, sorted({d for _, _, d in ids}))
    chosen: dict[int, list[str]] = {}
    taken: set[str] = set(known)
    for batch_no, _path, doc_id in sorted(ids):
        if doc_id not in taken:
            taken.add(doc_id)
            chosen.setdefault(batch_no, []).append(doc_id)
    return chosen


@task(name="learn-boilerplate")
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


@task(name="clean-detect", retries=1)
def transform_task(batch_no: int, staging: str, doc_ids: list[str], learned: frozenset[str],
                   run_id: int) -> dict[str, int]:
    return executor.run(steps.transform_step, batch_no, staging, doc_ids, learned, run_id)


@task(name="load", retries=2, retry_delay_seconds=[2, 10])
def load_task(db: str, run_id: int, staging: str, plan: Plan, summaries: list,
              counts: RunCounts, started_at: datetime, inputs: list[str]) -> RunSummary:
    sources = pl.DataFrame([s for r in summaries for s in r.sources],
                           schema={"source_path": pl.String, "doc_id": pl.String,
                                   "content_sha256": pl.String, "size_bytes": pl.Int64,
                                   "mtime_ns": pl.Int64})
    try:
        flow_run_id = str(get_run_context().task_run.flow_run_id)
    except Exception:
        flow_run_id = None
    with building(db) as con:
        migrate(con)
        con.execute("BEGIN TRANSACTION")
        load_run(con, run_id=run_id, staging=staging, sources=sources,
                 removed_paths=plan.removed, counts=counts, started_at=started_at,
                 finished_at=_utcnow(), flow_run_id=flow_run_id, inputs=" ".join(inputs),
                 version=pkg_version("newsetl"))
        after_load(con)
        con.execute("COMMIT")
        langs = dict(con.execute(
            "SELECT language, count(*) FROM documents WHERE doc_id IN (SELECT doc_id FROM "
            "document_sources WHERE status = 'current') GROUP BY 1 ORDER BY 2 DESC, 1"
        ).fetchall())
    reasons: dict[str, int] = {}
    for s in summaries:
        for k, v in s.reasons.items():
            reasons[k] = reasons.get(k, 0) + v
    return RunSummary(run_id, db, counts, reasons, langs)


@task(name="publish-summary")
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
    batch_size: int = DEFAULT_BATCH_SIZE,
    max_bytes: int = DEFAULT_MAX_BYTES,
    follow_outside: bool = False,
    lock_wait_seconds: float = 0.0,
) -> RunSummary:
    """Load every .txt/.txt.gz file under ``paths`` into the warehouse ``db``."""
    logger = get_run_logger()
    db = os.path.abspath(db)
    started_at = _utcnow()
    with writer_lock(db, wait_seconds=lock_wait_seconds):
        run_id = _next_run_id(db)
        staging = os.path.join(db + ".staging", f"run-{run_id:06d}")
        shutil.rmtree(staging, ignore_errors=True)
        os.makedirs(staging)
        entries = discover_task(paths, follow_outside)
        plan = plan_task(db, entries, paths)
        read_futures = [read_task.submit(i, b, staging, run_id, max_bytes)
                        for i, b in enumerate(batches(plan.to_read, batch_size))]
        summaries = [f.result() for f in read_futures]
        chosen = select_new_task(db, summaries)
        learned = learn_task(db, staging, chosen)
        futures = [transform_task.submit(b, staging, ids, learned, run_id)
                   for b, ids in sorted(chosen.items())]
        for f in futures:
            f.result()
        counts = _counts(entries, plan, summaries, chosen)
        summary = load_task(db, run_id, staging, plan, summaries, counts, started_at, paths)
        summary_artifact_task(summary)
        shutil.rmtree(staging, ignore_errors=True)
        _remove_if_empty(db + ".staging")
    logger.info("run %s: %s", run_id, summary.counts)
    return summary


def _next_run_id(db: str) -> int:
    if not os.path.exists(db):
        return 1
    from warehouse.connection import connect_read

    con = connect_read(db)
    try:
        return next_run_id(con)
    finally:
        con.close()


def _counts(entries: list, plan: Plan, summaries: list, chosen: dict) -> RunCounts:
    decoded = sum(s.decoded for s in summaries)
    rejected = sum(s.rejected for s in summaries)
    return RunCounts(
        files_seen=len(entries),
        files_loaded=decoded,
        files_unchanged=len(plan.unchanged),
        files_rejected=rejected,
        files_skipped=len(plan.skipped),
        files_removed=len(plan.removed),
    )


def _remove_if_empty(path: str) -> None:
    try:
        os.rmdir(path)
    except OSError:
        pass
