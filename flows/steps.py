"""The units of work the flow schedules: plain, picklable functions with no Prefect import.

Each one reads its input shard(s), calls transforms, and writes its output as Parquet
shards under the run's staging folder, so it runs the same in a thread, a worker process or
on a Dask worker, and the single loader later moves the shards into DuckDB.
"""

from __future__ import annotations

import glob
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
    """What one read batch did (counts only: the rows themselves are in the shards, so the
    flow's memory does not grow with the corpus)."""

    batch_no: int
    files: int = 0
    decoded: int = 0
    rejected: int = 0
    bytes_read: int = 0
    reasons: dict[str, int] = field(default_factory=dict)
    rejected_paths: list[str] = field(default_factory=list)


def read_step(batch_no: int, entries: Sequence[Entry], staging: str, run_id: int,
              max_bytes: int) -> ReadSummary:
    """Read + decode one batch; writes ``decoded`` and ``rejects`` shards."""
    out = read_batch(entries, run_id, max_bytes)
    dec, rej = out["decoded"], out["rejects"]
    write_shard(dec, staging, "decoded", batch_no)
    write_shard(rej, staging, "rejects", batch_no)
    reasons = dict(rej.group_by("reason").len().iter_rows()) if not rej.is_empty() else {}
    return ReadSummary(
        batch_no=batch_no,
        files=len(entries),
        decoded=dec.height,
        rejected=rej.height,
        bytes_read=sum(e.size_bytes or 0 for e in entries),
        reasons=reasons,
        rejected_paths=rej["source_path"].to_list(),
    )


def _batch_no(shard: str) -> int:
    return int(os.path.basename(shard).removeprefix("batch-").removesuffix(".parquet"))


def decoded_ids(staging: str) -> pl.DataFrame:
    """batch_no, source_path, doc_id of every decoded file of the run (id columns only)."""
    folder = os.path.join(staging, "decoded")
    files = sorted(glob.glob(os.path.join(folder, "batch-*.parquet")))
    if not files:
        return pl.DataFrame(schema={"batch_no": pl.Int64, "source_path": pl.String,
                                    "doc_id": pl.String})
    return pl.concat([
        pl.read_parquet(f, columns=["source_path", "doc_id"]).with_columns(
            pl.lit(_batch_no(f), dtype=pl.Int64).alias("batch_no"))
        for f in files
    ]).select("batch_no", "source_path", "doc_id")


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
