"""Incremental planning: which discovered files need reading, which are unchanged, which
disappeared — decided from fingerprints (path, size, mtime) without reading any file.

>>> from transforms.inputs import Entry
>>> fp = pl.DataFrame({"source_path": ["/in/a.txt", "/in/gone.txt"], "size_bytes": [5, 7],
...                    "mtime_ns": [1, 1], "doc_id": ["d1", "d2"]})
>>> plan = plan_files([Entry("/in/a.txt", 5, 1), Entry("/in/b.txt", 3, 2)], fp, ["/in"])
>>> [e.path for e in plan.to_read], plan.unchanged, plan.removed
(['/in/b.txt'], ['/in/a.txt'], ['/in/gone.txt'])

Reading a file gives its content hash; only content the warehouse does not hold yet is
cleaned and detected (:func:`choose_new_documents`).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field

import polars as pl

from transforms.inputs import Entry, display_path


@dataclass
class Plan:
    to_read: list[Entry]
    unchanged: list[str]
    skipped: list[Entry]
    removed: list[str]
    previous: dict[str, str] = field(default_factory=dict)  # path to read -> its current doc_id
    still_rejected: list[str] = field(default_factory=list)  # rejected before, unchanged since


def plan_files(entries: Sequence[Entry], fingerprints: pl.DataFrame,
               roots: Sequence[str], rejected: pl.DataFrame | None = None) -> Plan:
    """Split discovered entries by comparing them with the current fingerprints, and with
    the fingerprints of files ``rejected`` before (source_path, size_bytes, mtime_ns): an
    unchanged rejected file is not read again.

    >>> from transforms.inputs import Entry
    >>> fp = pl.DataFrame(schema={"source_path": pl.String, "size_bytes": pl.Int64,
    ...                           "mtime_ns": pl.Int64, "doc_id": pl.String})
    >>> rej = pl.DataFrame({"source_path": ["/in/empty.txt", "/in/bin.txt"],
    ...                     "size_bytes": [0, 9], "mtime_ns": [1, 1]})
    >>> plan = plan_files([Entry("/in/empty.txt", 0, 1), Entry("/in/bin.txt", 12, 2)], fp,
    ...                   ["/in"], rej)
    >>> plan.still_rejected, [e.path for e in plan.to_read]
    (['/in/empty.txt'], ['/in/bin.txt'])
    """
    fp = fingerprints.select("source_path", "size_bytes", "mtime_ns", "doc_id")
    known = dict(zip(fp["source_path"].to_list(),
                     zip(fp["size_bytes"].to_list(), fp["mtime_ns"].to_list(),
                         fp["doc_id"].to_list(), strict=True), strict=True))
    bad = {} if rejected is None else dict(zip(
        rejected["source_path"].to_list(),
        zip(rejected["size_bytes"].to_list(), rejected["mtime_ns"].to_list(), strict=True),
        strict=True))
    to_read, unchanged, skipped, still_rejected = [], [], [], []
    previous: dict[str, str] = {}
    seen: set[str] = set()
    for e in entries:
        path = display_path(e.path)
        if e.skip:
            skipped.append(e)
            continue
        seen.add(path)
        old = known.get(path)
        if old is not None and old[:2] == (e.size_bytes, e.mtime_ns):
            unchanged.append(path)
            continue
        if old is None and bad.get(path) == (e.size_bytes, e.mtime_ns):
            still_rejected.append(path)
            continue
        to_read.append(e)
        if old is not None:
            previous[path] = old[2]
    abs_roots = [display_path(os.path.abspath(r)) for r in roots]
    removed = sorted(
        p for p in known
        if p not in seen and any(p == r or p.startswith(r.rstrip("/") + "/") for r in abs_roots)
    )
    return Plan(to_read, unchanged, skipped, removed, previous, still_rejected)


@dataclass
class Selection:
    """What reading found: the new documents to clean and detect, per read batch, and how
    many read files turned out to hold the content they held before (touched, not changed)."""

    chosen: dict[int, list[str]]
    touched: int = 0

    @property
    def documents(self) -> int:
        return sum(len(ids) for ids in self.chosen.values())


def choose_new_documents(read: pl.DataFrame, known: set[str] | frozenset[str],
                         previous: dict[str, str]) -> Selection:
    """Pick the first occurrence (by batch, then path) of every doc_id not in ``known``.

    ``read`` has one row per decoded file: batch_no, source_path, doc_id. A file whose
    doc_id equals its ``previous`` (current) doc_id was only touched.

    >>> read = pl.DataFrame({"batch_no": [0, 0, 1, 1], "doc_id": ["d1", "d2", "d2", "d3"],
    ...                      "source_path": ["/a", "/b", "/c", "/d"]})
    >>> sel = choose_new_documents(read, {"d3"}, {"/d": "d3"})
    >>> sel.chosen, sel.touched
    ({0: ['d1', 'd2']}, 1)
    """
    touched = sum(previous.get(p) == d for p, d in
                  zip(read["source_path"].to_list(), read["doc_id"].to_list(), strict=True))
    firsts = (read.sort("batch_no", "source_path")
              .unique("doc_id", keep="first", maintain_order=True)
              .filter(~pl.col("doc_id").is_in(list(known))))
    chosen: dict[int, list[str]] = {}
    for batch_no, doc_id in firsts.select("batch_no", "doc_id").iter_rows():
        chosen.setdefault(batch_no, []).append(doc_id)
    return Selection(chosen, touched)


def batches(items: Sequence, size: int) -> list[list]:
    """Consecutive slices of ``items`` of at most ``size``.

    >>> batches([1, 2, 3, 4, 5], 2)
    [[1, 2], [3, 4], [5]]
    """
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def batch_size_for(n_items: int, workers: int, *, per_worker: int = 8, smallest: int = 50,
                   largest: int = 500) -> int:
    """Files per batch: about ``per_worker`` batches for each worker (so cores stay busy to
    the end), never more than ``largest`` (memory is bounded by batch size, not corpus size)
    and not fewer than ``smallest`` (each batch costs a task run).

    >>> batch_size_for(100_000, 2), batch_size_for(10_000, 2), batch_size_for(40, 2)
    (500, 500, 50)
    >>> batch_size_for(2_000, 2)
    125
    """
    want = -(-n_items // max(1, workers * per_worker))
    return max(smallest, min(largest, want))

