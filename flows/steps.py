"""The units of work the flow schedules: plain, picklable functions with no Prefect import.

Each one reads its input shard(s), calls transforms, and writes its output as Parquet
shards under the run's staging folder, so it runs the same in a thread, a worker process or
on a Dask worker, and the single loader later moves the shards into DuckDB.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field

import polars as pl

from transforms.batch import read_batch, transform_batch
from transforms.boilerplate import count_lines
from transforms.inputs import Entry


def shard_path(staging: str, table: str, batch_no: int) -> str:
    folder = os.path.join(staging, table)
    os.makedirs(folder, exist_ok=True)
    return os.path.join(folder, f"batch-{batch_no:05d}.parquet")


def write_shard(df: pl.DataFrame, staging: str, table: str, batch_no: int) -> None:
    """Write atomically (temp + rename) so a killed worker never leaves half a shard."""
    if df.is_empty():
        return
    path = shard_path(staging, table, batch_no)
    tmp = path + ".tmp"
    df.write_parquet(tmp)
    os.replace(tmp, path)


@dataclass
class ReadSummary:
    batch_no: int
    decoded: int = 0
    rejected: int = 0
    reasons: dict[str, int] = field(default_factory=dict)
    ids: list[tuple[str, str, str]] = field(default_factory=list)  # (path, doc_id, sha256)
    sources: list[dict] = field(default_factory=list)


def read_step(batch_no: int, entries: Sequence[Entry], staging: str, run_id: int,
              max_bytes: int) -> ReadSummary:
    """Read + decode one batch; writes ``decoded`` and ``rejects`` shards."""
    out = read_batch(entries, run_id, max_bytes)
    write_shard(out["decoded"], staging, "decoded", batch_no)
    write_shard(out["rejects"], staging, "rejects", batch_no)
    rej = out["rejects"]
    reasons = dict(rej.group_by("reason").len().iter_rows()) if not rej.is_empty() else {}
    dec = out["decoded"]
    return ReadSummary(
        batch_no=batch_no,
        decoded=dec.height,
        rejected=rej.height,
        reasons=reasons,
        sources=dec.select("source_path", "doc_id", "content_sha256", "size_bytes",
                           "mtime_ns").to_dicts(),
    )


def line_stats_step(staging: str, batch_no: int, doc_ids: Sequence[str]) -> pl.DataFrame:
    """Line-hash document counts of the new documents of one decoded shard."""
    path = shard_path(staging, "decoded", batch_no)
    if not os.path.exists(path) or not doc_ids:
        return count_lines(pl.DataFrame())
    decoded = (pl.scan_parquet(path).select("doc_id", "line_hashes")
               .filter(pl.col("doc_id").is_in(list(doc_ids))).collect())
    return count_lines(decoded)


def transform_step(batch_no: int, staging: str, doc_ids: Sequence[str],
                   learned: frozenset[str], run_id: int) -> dict[str, int]:
    """Clean + detect the new documents of one decoded shard; writes one shard per table."""
    path = shard_path(staging, "decoded", batch_no)
    wanted = list(doc_ids)
    decoded = (pl.scan_parquet(path).filter(pl.col("doc_id").is_in(wanted))
               .unique("doc_id", keep="first", maintain_order=True).collect())
    frames = transform_batch(decoded, learned, run_id)
    for table, df in frames.items():
        write_shard(df, staging, table, batch_no)
    return {table: df.height for table, df in frames.items()}
