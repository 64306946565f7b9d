"""Where CPU-heavy steps run: a process pool for local runs, inline on Dask workers.

Prefect tasks run in threads and hand their CPU work to this pool, so Python-bound
cleaning and detection use every core without a Prefect engine in each worker process.
On a Dask cluster (``newsetl run --dask-address``) the batch tasks run on the workers
through prefect-dask's DaskTaskRunner and call their step inline there.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")
_POOL: Executor | None = None


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
               else os.cpu_count() or 1)


def _warm() -> None:
    """Worker initializer: build the language tables once per worker process."""
    from transforms.language import detect_language

    detect_language("warm up the language profiles once per worker process")


def prestart() -> None:
    """Start the forkserver with the transforms imported (not run: a forked process must
    not inherit polars' or DuckDB's thread pools), so each worker forks with them loaded."""
    from multiprocessing import forkserver

    mp.get_context("forkserver").set_forkserver_preload(["transforms.batch"])
    forkserver.ensure_running()


@contextlib.contextmanager
def process_pool(workers: int) -> Iterator[None]:
    """Install a process pool for :func:`run` (workers <= 1: run inline)."""
    global _POOL
    if workers <= 1:
        yield
        return
    prestart()
    ctx = mp.get_context("forkserver")
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_warm)
    _POOL = pool
    try:
        yield
    finally:
        _POOL = None
        pool.shutdown(wait=True, cancel_futures=True)


@contextlib.contextmanager
def pool_for(batches: int, workers: int | None) -> Iterator[None]:
    """A process pool for this stretch of a flow run, when it pays: several batches, several
    workers, no pool installed already (``newsetl run`` may hold one), and the flow's tasks
    running in threads of this process (on a Dask cluster the workers run the steps)."""
    from prefect.context import FlowRunContext
    from prefect.task_runners import ThreadPoolTaskRunner

    n = workers or default_workers()
    ctx = FlowRunContext.get()
    local = ctx is None or isinstance(ctx.task_runner, ThreadPoolTaskRunner)
    if _POOL is not None or not local or batches < 2 or n < 2:
        yield
        return
    with process_pool(min(n, batches)):
        yield


def dask_task_runner(address: str):
    """prefect-dask's runner for an existing cluster (``tcp://HOST:8786``)."""
    from prefect_dask import DaskTaskRunner

    return DaskTaskRunner(address=address)


@contextlib.contextmanager
def api_for_remote_tasks() -> Iterator[str | None]:
    """Make sure task runs on other processes report to the same Prefect API.

    With ``PREFECT_API_URL`` set (a standing server) nothing changes. Without it a flow would
    start a temporary server, and every Dask worker process another one of its own (10-17 s
    each): so start the temporary server here and point this run, and through the task
    context the Dask workers, at it. Workers on other hosts need a standing server.
    """
    from prefect.settings import PREFECT_API_URL, get_current_settings, temporary_settings

    if get_current_settings().api.url:
        yield str(get_current_settings().api.url)
        return
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()
    server.start()
    try:
        with temporary_settings({PREFECT_API_URL: server.api_url}):
            yield server.api_url
            # workers ship their task-run logs in batches: let the last batch arrive
            time.sleep(get_current_settings().logging.to_api.batch_interval + 0.5)
    finally:
        server.stop()


def run(fn: Callable[..., T], *args: Any) -> T:
    """Run ``fn(*args)`` in the pool if one is installed, else inline."""
    if _POOL is None:
        return fn(*args)
    return _POOL.submit(fn, *args).result()
