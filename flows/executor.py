"""Where CPU-heavy steps run: a process pool for local runs, inline on Dask workers.

Prefect tasks run in threads and hand their CPU work to this pool, so Python-bound
cleaning and detection use every core without a Prefect engine in each worker process.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")
_POOL: Executor | None = None


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
               else os.cpu_count() or 1)


def _warm() -> None:
    """Import the heavy modules once per worker process."""
    import transforms.batch  # noqa: F401
    from transforms.language import detect_language

    detect_language("warm up the language profiles once per worker process")


@contextlib.contextmanager
def process_pool(workers: int) -> Iterator[None]:
    """Install a process pool for :func:`run` (workers <= 1: run inline)."""
    global _POOL
    if workers <= 1:
        yield
        return
    ctx = mp.get_context("forkserver")
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_warm)
    _POOL = pool
    try:
        yield
    finally:
        _POOL = None
        pool.shutdown(wait=True, cancel_futures=True)


def run(fn: Callable[..., T], *args: Any) -> T:
    """Run ``fn(*args)`` in the pool if one is installed, else inline."""
    if _POOL is None:
        return fn(*args)
    return _POOL.submit(fn, *args).result()
