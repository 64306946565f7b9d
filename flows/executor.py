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
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")
_POOL: Executor | None = None
SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample"  # warm-up articles


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
               else os.cpu_count() or 1)


def _warm() -> None:
    """Worker initializer: build the language tables once per worker process."""
    from transforms.language import detect_language

    detect_language("warm up the language profiles once per worker process")


def warm_caches() -> None:
    """Load the lazily built tables of the cleaning and detection rules (word lists,
    language profiles, compiled patterns) by running the per-document functions over the
    bundled sample articles. Pure Python only — no polars or DuckDB, whose thread pools a
    forked process must not inherit. Best effort: never raises."""
    try:
        from transforms.clean import clean_document
        from transforms.decode import decode_bytes
        from transforms.entities import find_mentions
        from transforms.inputs import read_input
        from transforms.language import detect_language
        from transforms.lines import METADATA_KINDS, LineContext
        from transforms.metadata import extract_metadata
        from transforms.paragraphs import split_paragraphs

        detect_language("warm up the language profiles once per worker process")
        for path in sorted(SAMPLE.glob("*/*.txt")):
            got = read_input(str(path))
            dec = decode_bytes(got.data) if got.data is not None else None
            if dec is None or not dec.ok:
                continue
            result = clean_document(dec.text, LineContext())
            clean = result.text
            extract_metadata((a.kind, a.original) for a in result.rows
                             if a.kind in METADATA_KINDS)
            for _offset, paragraph in split_paragraphs(clean):
                detect_language(paragraph)
            detect_language(clean)
            find_mentions(clean)
    except Exception:
        pass


def prestart() -> None:
    """Start the forkserver with the transforms imported and warmed (flows/_preload.py), so
    every worker forks with the tables loaded and shares them copy-on-write."""
    from multiprocessing import forkserver

    mp.get_context("forkserver").set_forkserver_preload(["flows._preload"])
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
        stop_forkserver()


def stop_forkserver() -> None:
    """The forkserver keeps its warmed tables (~450 MB) until this process exits: stop it
    with the pool, before the load (the next pool starts a fresh one)."""
    from multiprocessing import forkserver

    with contextlib.suppress(Exception):
        forkserver._forkserver._stop()


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
    if _POOL is not None:
        yield
        return
    if not local or batches < 2 or n < 2:
        # nothing for workers to do (e.g. a run with nothing to read): a forkserver started
        # early by `newsetl run` (prestart) would only hold its tables through the load
        stop_forkserver()
        yield
        return
    with process_pool(min(n, batches)):
        yield


def dask_task_runner(address: str):
    """prefect-dask's runner for an existing cluster (``tcp://HOST:8786``)."""
    from prefect_dask import DaskTaskRunner

    return DaskTaskRunner(address=address)


def _configured_api_url() -> str | None:
    """PREFECT_API_URL from the environment, the loaded settings or the active profile,
    found without importing Prefect when it is not loaded yet."""
    import sys
    import tomllib

    if os.environ.get("PREFECT_API_URL"):
        return os.environ["PREFECT_API_URL"]
    if "prefect.settings" in sys.modules:
        from prefect.settings import get_current_settings

        url = get_current_settings().api.url
        return str(url) if url else None
    home = Path(os.environ.get("PREFECT_HOME", Path.home() / ".prefect")).expanduser()
    profiles = Path(os.environ.get("PREFECT_PROFILES_PATH", home / "profiles.toml"))
    try:
        data = tomllib.loads(profiles.read_text())
    except (OSError, ValueError):
        return None
    active = os.environ.get("PREFECT_PROFILE") or data.get("active", "ephemeral")
    return data.get("profiles", {}).get(active, {}).get("PREFECT_API_URL")


def _drain_prefect_workers() -> None:
    """Send the last logs and events before the server goes (else the process waits ~1 min
    at exit retrying a server that is gone), as prefect_test_harness does."""
    import inspect

    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker
    from prefect.utilities.asyncutils import run_coro_as_sync

    async def drain() -> None:
        try:
            result = APILogWorker.instance().drain()
            if inspect.isawaitable(result):
                await result
        except RuntimeError:  # never started
            pass
        result = EventsWorker.drain_all()
        if inspect.isawaitable(result):
            await result

    try:
        run_coro_as_sync(drain())
    except Exception:
        pass


class TemporaryApi:
    """Prefect's temporary API server, started by us at once instead of by the first flow.

    Without ``PREFECT_API_URL`` a flow starts a temporary server when it is called, after
    the CLI's imports, and imports the server's modules into this process first (3-6 s of
    CPU here). Starting the same server (``uvicorn prefect.server.api.server:create_app`` in
    ephemeral mode, as Prefect does) before those imports lets both proceed side by side.
    It also gives Dask workers an API to report to: the task context they receive carries
    its URL, so they don't start temporary servers of their own (10-17 s each). If the
    server does not come up, the run falls back to Prefect's own temporary server.
    """

    def __init__(self) -> None:
        import importlib.util
        import socket
        import subprocess
        import sys

        self.proc = None
        self.url: str | None = None
        if _configured_api_url():
            return
        spec = importlib.util.find_spec("prefect")
        if spec is None or not spec.submodule_search_locations:
            return
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        app_dir = str(Path(spec.submodule_search_locations[0]).parent)
        env = {**os.environ, "PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1",
               "PREFECT__SERVER_FINAL": "1"}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "--app-dir", app_dir, "--factory",
             "prefect.server.api.server:create_app", "--host", "127.0.0.1", "--port",
             str(port), "--log-level", "error", "--lifespan", "on"],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.url = f"http://127.0.0.1:{port}/api"

    def _wait_healthy(self, timeout: float) -> bool:
        import httpx

        deadline = time.monotonic() + timeout
        with httpx.Client() as client:
            while time.monotonic() < deadline and self.proc.poll() is None:
                try:
                    if client.get(f"{self.url}/health", timeout=2).status_code == 200:
                        return True
                except httpx.HTTPError:
                    pass
                time.sleep(0.1)
        return False

    @contextlib.contextmanager
    def serving(self, wait_for_remote_logs: bool = False) -> Iterator[str | None]:
        """Point Prefect at the server for the block (nothing to do with PREFECT_API_URL
        already set, from the environment or a profile); stop the server after it."""
        from prefect.settings import PREFECT_API_URL, get_current_settings, temporary_settings

        settings = get_current_settings()
        timeout = settings.server.ephemeral.startup_timeout_seconds
        try:
            if settings.api.url or self.proc is None or not self._wait_healthy(timeout):
                self.stop()
                yield str(settings.api.url) if settings.api.url else None
                return
            with temporary_settings({PREFECT_API_URL: self.url}):
                try:
                    yield self.url
                    if wait_for_remote_logs:  # workers ship task-run logs in batches
                        time.sleep(get_current_settings().logging.to_api.batch_interval + 0.5)
                finally:
                    _drain_prefect_workers()
        finally:
            self.stop()

    def stop(self) -> None:
        import subprocess

        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None


def run(fn: Callable[..., T], *args: Any) -> T:
    """Run ``fn(*args)`` in the pool if one is installed, else inline."""
    if _POOL is None:
        return fn(*args)
    return _POOL.submit(fn, *args).result()
