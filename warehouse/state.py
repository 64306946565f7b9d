"""Read-only questions the flow asks the published warehouse before a run."""

from __future__ import annotations

import os

import polars as pl

from warehouse.connection import connect_read

_EMPTY_FP = {"source_path": pl.String, "size_bytes": pl.Int64, "mtime_ns": pl.Int64,
             "doc_id": pl.String}


def read_fingerprints(db: str) -> pl.DataFrame:
    """Current (path, size, mtime, doc_id) of every file the warehouse knows."""
    if not os.path.exists(db):
        return pl.DataFrame(schema=_EMPTY_FP)
    con = connect_read(db)
    try:
        return con.execute(
            "SELECT source_path, size_bytes, mtime_ns, doc_id FROM document_sources "
            "WHERE status = 'current'").pl()
    finally:
        con.close()


def read_reject_fingerprints(db: str) -> pl.DataFrame:
    """(path, size, mtime) of every file whose latest reading was rejected for its content
    and that no current document holds: unchanged, they are not read again. Transient
    failures (vanished, unreadable, unstable, decode_error) are retried by every run, and so
    is a file too large for the limit (the next run may allow more)."""
    from warehouse.load import TRANSIENT_REJECTS

    schema = {k: v for k, v in _EMPTY_FP.items() if k != "doc_id"}
    if not os.path.exists(db):
        return pl.DataFrame(schema=schema)
    con = connect_read(db)
    try:
        if "mtime_ns" not in {c[0] for c in con.execute("DESCRIBE rejects").fetchall()}:
            return pl.DataFrame(schema=schema)  # a warehouse from before migration 9
        transient = ", ".join(f"'{r}'" for r in (*TRANSIENT_REJECTS, "too_large"))
        return con.execute(
            f"""
            SELECT source_path, size_bytes, mtime_ns FROM rejects
            WHERE mtime_ns IS NOT NULL AND reason NOT IN ({transient})
              AND source_path NOT IN (SELECT source_path FROM document_sources
                                      WHERE status = 'current')
            QUALIFY row_number() OVER (PARTITION BY source_path ORDER BY run_id DESC) = 1
            """).pl().cast(schema)
    finally:
        con.close()


def known_doc_ids(db: str, candidates: list[str]) -> set[str]:
    """Which of ``candidates`` are already documents in the warehouse."""
    if not os.path.exists(db) or not candidates:
        return set()
    con = connect_read(db)
    try:
        con.register("cand", pl.DataFrame({"doc_id": candidates}).to_arrow())
        return {r[0] for r in con.execute(
            "SELECT doc_id FROM documents WHERE doc_id IN (SELECT doc_id FROM cand)").fetchall()}
    finally:
        con.close()


def line_stats(db: str) -> tuple[pl.DataFrame, int]:
    """(line_stats rows, number of documents) for boilerplate learning."""
    if not os.path.exists(db):
        return pl.DataFrame(schema={"line_hash": pl.String, "example": pl.String,
                                    "doc_count": pl.Int64}), 0
    con = connect_read(db)
    try:
        stats = con.execute("SELECT line_hash, example, doc_count FROM line_stats").pl()
        n = con.execute("SELECT count(*) FROM documents").fetchone()[0]
        return stats, n
    finally:
        con.close()
