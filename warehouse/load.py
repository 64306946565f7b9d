"""Loading one run's staged Parquet shards into the warehouse, in one transaction.

The batch tasks write shards under a staging folder (``<table>/*.parquet``); this single
loader moves them into the tables with set-based SQL (``INSERT … SELECT … FROM
read_parquet``), keeps file history in ``document_sources``, and records the run.

File history: every decoded file of the run is a source row. A file whose content changed
supersedes its previous version (``valid_to_run``); a file touched without a change only
refreshes its fingerprint; a file now rejected (e.g. truncated to nothing) supersedes its
previous version too, so no stale text stays current; a file gone from disk is ``removed``.
Documents are never deleted: every version stays queryable through ``document_sources``.
"""

from __future__ import annotations

import contextlib
import glob
import os
import resource
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime

import duckdb
import polars as pl

from schemas.tables import BY_NAME
from warehouse.checks import APPEND_ONLY

# Reject reasons that say nothing about the file's content (it may be fine next run).
TRANSIENT_REJECTS = ("vanished", "unreadable", "unstable", "decode_error")

# Tables filled from transform shards, keyed by doc_id (only new documents are inserted).
DOC_TABLES = ("documents", "paragraphs", "artefacts", "mentions", "quotes",
              "translation_signals", "minhash_signatures", "search_documents")


@dataclass
class RunCounts:
    files_seen: int = 0
    files_loaded: int = 0
    files_unchanged: int = 0
    files_rejected: int = 0
    files_skipped: int = 0
    files_removed: int = 0


@dataclass
class StepTimes:
    """Wall and CPU seconds per step of a load (CPU: the whole process, DuckDB's threads
    included), and the process's peak RSS after each step — for the run's log.

    >>> t = StepTimes()
    >>> with t.step("inserts"):
    ...     pass
    >>> [name for name, *_ in t.steps], t.summary().startswith("inserts ")
    (['inserts'], True)
    """

    steps: list[tuple[str, float, float, float]] = field(default_factory=list)

    @contextlib.contextmanager
    def step(self, name: str) -> Iterator[None]:
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            yield
        finally:
            peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            self.steps.append((name, time.perf_counter() - wall, time.process_time() - cpu,
                               peak_mb))

    def summary(self) -> str:
        """``name wall/CPU s`` per step, then the peak RSS."""
        parts = [f"{n} {w:.1f}/{c:.1f}" for n, w, c, _ in self.steps]
        peak = max((m for *_, m in self.steps), default=0.0)
        return ", ".join(parts) + f" (wall/CPU s); peak RSS {peak:.0f} MB"


def shard_glob(staging: str, table: str) -> str:
    return os.path.join(staging, table, "*.parquet")


def has_shards(staging: str, table: str) -> bool:
    return bool(glob.glob(shard_glob(staging, table)))


def _select_list(table: str) -> str:
    return ", ".join(BY_NAME[table].column_names)


def _insert_from_shards(con: duckdb.DuckDBPyConnection, table: str, staging: str,
                        where: str = "") -> int:
    if not has_shards(staging, table):
        return 0
    cols = _select_list(table)
    before = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    con.execute(
        f"INSERT INTO {table} ({cols}) SELECT {cols} FROM read_parquet(?, union_by_name=true) "
        f"{where}",
        [shard_glob(staging, table)],
    )
    return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] - before


def next_run_id(con: duckdb.DuckDBPyConnection) -> int:
    return (con.execute("SELECT max(run_id) FROM runs").fetchone()[0] or 0) + 1


def load_run(
    con: duckdb.DuckDBPyConnection,
    *,
    run_id: int,
    staging: str,
    removed_paths: list[str],
    sources: pl.DataFrame | None = None,
    counts: RunCounts,
    started_at: datetime,
    finished_at: datetime,
    flow_run_id: str | None,
    inputs: str,
    version: str,
) -> dict[str, int]:
    """Load everything staged for ``run_id``; the caller owns the transaction. Returns the
    row count before the load of each table the load appends to (see
    :func:`warehouse.checks.run_data_tests`: the rows from there on are the load's).

    ``sources`` (source_path, doc_id, content_sha256, size_bytes, mtime_ns) defaults to the
    id columns of the run's ``decoded`` shards.
    """
    tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables() "
                                        "WHERE schema_name = 'main'").fetchall()}
    appended_from = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                     for t in APPEND_ONLY if t in tables}
    new_docs = "WHERE doc_id NOT IN (SELECT doc_id FROM documents)"
    # Child tables first, filtered by documents not yet present, then documents themselves.
    for table in DOC_TABLES[1:]:
        _insert_from_shards(con, table, staging, new_docs)
    # The search index grows by the new documents' rows only (nothing is rebuilt). Terms go
    # in ordered, so each row group covers a narrow range of terms and a search's term
    # filter skips most of them (zone maps); by term alone — the order within a term does
    # not matter to the zone maps and a two-string sort key cost ~1.5x the CPU.
    _insert_from_shards(con, "search_terms", staging, new_docs + " ORDER BY term")
    if has_shards(staging, "search_vocabulary"):
        con.execute(
            "INSERT INTO search_vocabulary SELECT DISTINCT ON (word) word, term, stop_word "
            "FROM read_parquet(?) WHERE word NOT IN (SELECT word FROM search_vocabulary) "
            "ORDER BY word", [shard_glob(staging, "search_vocabulary")])
    # The flow cleans each new doc_id once per run (first path), so shards hold no duplicate
    # (the primary-key data test would catch one); no window over whole articles needed.
    _insert_from_shards(con, "documents", staging, new_docs)
    if has_shards(staging, "entities"):
        con.execute(
            "INSERT INTO entities SELECT DISTINCT ON (entity_id) entity_id, canonical_name, "
            "entity_type, origin FROM read_parquet(?) WHERE entity_id NOT IN "
            "(SELECT entity_id FROM entities) ORDER BY entity_id, origin",
            [shard_glob(staging, "entities")],
        )
    _insert_from_shards(con, "rejects", staging)
    if has_shards(staging, "line_stats"):
        con.execute(
            """
            MERGE INTO line_stats AS t
            USING (SELECT line_hash, any_value(example) AS example, sum(doc_count) AS doc_count
                   FROM read_parquet(?) GROUP BY line_hash) AS s
            ON t.line_hash = s.line_hash
            WHEN MATCHED THEN UPDATE SET doc_count = t.doc_count + s.doc_count
            WHEN NOT MATCHED THEN INSERT VALUES (s.line_hash, s.example, s.doc_count)
            """,
            [shard_glob(staging, "line_stats")],
        )
    _update_sources(con, run_id, staging, sources, removed_paths)
    con.execute(
        "INSERT INTO runs (run_id, flow_run_id, started_at, finished_at, status, files_seen, "
        "files_loaded, files_unchanged, files_rejected, files_skipped, files_removed, inputs, "
        "newsetl_version) VALUES (?, ?, ?, ?, 'completed', ?, ?, ?, ?, ?, ?, ?, ?)",
        [run_id, flow_run_id, started_at, finished_at, counts.files_seen, counts.files_loaded,
         counts.files_unchanged, counts.files_rejected, counts.files_skipped,
         counts.files_removed, inputs, version],
    )
    return appended_from


def _update_sources(con: duckdb.DuckDBPyConnection, run_id: int, staging: str,
                    sources: pl.DataFrame | None, removed_paths: list[str]) -> None:
    """Fingerprints and history: new paths, changed content, touched files, removed files."""
    cols = "source_path, doc_id, content_sha256, size_bytes, mtime_ns"
    if sources is not None:
        con.register("run_sources_frame", sources.select(cols.split(", ")).to_arrow())
        con.execute(f"CREATE OR REPLACE TEMP TABLE run_sources AS SELECT {cols} "
                    "FROM run_sources_frame")
        con.unregister("run_sources_frame")
    elif has_shards(staging, "decoded"):
        con.execute(f"CREATE OR REPLACE TEMP TABLE run_sources AS SELECT {cols} "
                    "FROM read_parquet(?)", [shard_glob(staging, "decoded")])
    else:
        con.execute("CREATE OR REPLACE TEMP TABLE run_sources (source_path VARCHAR, "
                    "doc_id VARCHAR, content_sha256 VARCHAR, size_bytes BIGINT, "
                    "mtime_ns BIGINT)")
    try:
        # Same content, new mtime (touched): refresh the fingerprint in place.
        con.execute(
            """
            UPDATE document_sources AS d SET size_bytes = s.size_bytes, mtime_ns = s.mtime_ns
            FROM run_sources AS s
            WHERE d.status = 'current' AND d.source_path = s.source_path
              AND d.doc_id = s.doc_id
            """
        )
        # Changed content: the old version is superseded.
        con.execute(
            """
            UPDATE document_sources AS d SET status = 'superseded', valid_to_run = ?
            FROM run_sources AS s
            WHERE d.status = 'current' AND d.source_path = s.source_path
              AND d.doc_id <> s.doc_id
            """,
            [run_id],
        )
        con.execute(
            """
            INSERT INTO document_sources
            SELECT s.source_path, s.doc_id, s.content_sha256, s.size_bytes, s.mtime_ns,
                   'current', ?, NULL
            FROM run_sources AS s
            WHERE NOT EXISTS (SELECT 1 FROM document_sources d WHERE d.status = 'current'
                              AND d.source_path = s.source_path AND d.doc_id = s.doc_id)
            """,
            [run_id],
        )
    finally:
        con.execute("DROP TABLE IF EXISTS run_sources")
    if has_shards(staging, "rejects"):
        # A file that now fails to decode (emptied, binary, too large) no longer holds its
        # previous version: supersede it, so current views never show stale text.
        transient = ", ".join(f"'{r}'" for r in TRANSIENT_REJECTS)
        con.execute(
            f"""
            UPDATE document_sources SET status = 'superseded', valid_to_run = ?
            WHERE status = 'current' AND source_path IN (
                SELECT source_path FROM read_parquet(?) WHERE reason NOT IN ({transient}))
            """,
            [run_id, shard_glob(staging, "rejects")],
        )
    if removed_paths:
        con.register("removed_paths", pl.DataFrame({"source_path": removed_paths}).to_arrow())
        try:
            con.execute(
                "UPDATE document_sources SET status = 'removed', valid_to_run = ? "
                "WHERE status = 'current' AND source_path IN (SELECT source_path FROM "
                "removed_paths)",
                [run_id],
            )
        finally:
            con.unregister("removed_paths")
