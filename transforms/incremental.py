"""Incremental planning: which discovered files need reading, which are unchanged, which
disappeared — decided from fingerprints (path, size, mtime) without reading any file.

>>> from transforms.inputs import Entry
>>> fp = pl.DataFrame({"source_path": ["/in/a.txt", "/in/gone.txt"], "size_bytes": [5, 7],
...                    "mtime_ns": [1, 1], "doc_id": ["d1", "d2"]})
>>> plan = plan_files([Entry("/in/a.txt", 5, 1), Entry("/in/b.txt", 3, 2)], fp, ["/in"])
>>> [e.path for e in plan.to_read], plan.unchanged, plan.removed
(['/in/b.txt'], ['/in/a.txt'], ['/in/gone.txt'])
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass

import polars as pl

from transforms.inputs import Entry, display_path


@dataclass
class Plan:
    to_read: list[Entry]
    unchanged: list[str]
    skipped: list[Entry]
    removed: list[str]


def plan_files(entries: Sequence[Entry], fingerprints: pl.DataFrame,
               roots: Sequence[str]) -> Plan:
    """Split discovered entries by comparing them with the current fingerprints."""
    known = {
        r["source_path"]: (r["size_bytes"], r["mtime_ns"])
        for r in fingerprints.select("source_path", "size_bytes", "mtime_ns").iter_rows(named=True)
    }
    to_read, unchanged, skipped = [], [], []
    seen: set[str] = set()
    for e in entries:
        path = display_path(e.path)
        if e.skip:
            skipped.append(e)
            continue
        seen.add(path)
        if known.get(path) == (e.size_bytes, e.mtime_ns):
            unchanged.append(path)
        else:
            to_read.append(e)
    abs_roots = [display_path(os.path.abspath(r)) for r in roots]
    removed = sorted(
        p for p in known
        if p not in seen and any(p == r or p.startswith(r.rstrip("/") + "/") for r in abs_roots)
    )
    return Plan(to_read, unchanged, skipped, removed)


def batches(items: Sequence, size: int) -> list[list]:
    """Consecutive slices of ``items`` of at most ``size``.

    >>> batches([1, 2, 3, 4, 5], 2)
    [[1, 2], [3, 4], [5]]
    """
    return [list(items[i : i + size]) for i in range(0, len(items), size)]
