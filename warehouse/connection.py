"""Opening the warehouse: one writer at a time, readers never blocked, never half-done.

DuckDB lets no other process open a file while one holds it read-write. So a run never
writes the published file: it copies it to ``<db>.building``, loads there, runs the data
tests, checkpoints, and atomically renames the copy over the published file. Readers (and
the duckdb CLI with -readonly) always open a complete snapshot, at once. A killed run leaves
only a stale ``.building`` file, which the next run replaces. A lock file keeps a second
writer out (it waits up to ``wait_seconds`` and then exits with a clear message).
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb

DEFAULT_DB = "news.duckdb"


class WarehouseBusy(RuntimeError):
    """Another run holds the writer lock."""


class WarehouseMissing(RuntimeError):
    """No warehouse file exists yet."""


def _paths(db: str | os.PathLike) -> tuple[Path, Path, Path]:
    p = Path(db).absolute()
    return p, p.with_name(p.name + ".building"), p.with_name(p.name + ".lock")


@contextlib.contextmanager
def writer_lock(db: str | os.PathLike, wait_seconds: float = 0.0) -> Iterator[None]:
    """Hold the single-writer lock of ``db`` (an flock on ``<db>.lock``)."""
    _, _, lock_path = _paths(db)
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    fh = open(lock_path, "a+")
    deadline = time.monotonic() + wait_seconds
    try:
        while True:
            try:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as exc:
                if exc.errno not in (errno.EAGAIN, errno.EACCES):
                    raise
                if time.monotonic() >= deadline:
                    raise WarehouseBusy(
                        f"another newsetl run is writing {db} (lock {lock_path}); "
                        "try again when it finishes or pass --wait SECONDS"
                    ) from None
                time.sleep(0.2)
        fh.seek(0)
        fh.truncate()
        fh.write(f"{os.getpid()}\n")
        fh.flush()
        yield
    finally:
        with contextlib.suppress(OSError):
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
        fh.close()


def connect_read(db: str | os.PathLike, retries: int = 20) -> duckdb.DuckDBPyConnection:
    """A read-only connection to the published snapshot."""
    path, _, _ = _paths(db)
    if not path.exists():
        raise WarehouseMissing(f"no warehouse at {path}: run `newsetl run` first")
    last: Exception | None = None
    for _ in range(retries):
        try:
            return duckdb.connect(str(path), read_only=True)
        except duckdb.IOException as exc:  # e.g. someone opened it read-write with the CLI
            last = exc
            time.sleep(0.1)
    raise RuntimeError(f"cannot open {path} read-only: {last}")


@contextlib.contextmanager
def building(db: str | os.PathLike, times=None) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-write connection to a private copy of the warehouse, published on success.

    Must be used while holding :func:`writer_lock`. On any exception the copy is deleted and
    the published file is untouched. ``times`` (a :class:`warehouse.load.StepTimes`) records
    the copy and the publishing as steps.
    """
    step = times.step if times is not None else (lambda name: contextlib.nullcontext())
    path, build_path, _ = _paths(db)
    wal, build_wal = _wal(path), _wal(build_path)
    for stale in (build_path, build_wal):
        stale.unlink(missing_ok=True)
    with step("copy"):
        if path.exists():
            shutil.copyfile(path, build_path)
            if wal.exists():  # left by a crashed read-write session: the copy replays it
                shutil.copyfile(wal, build_wal)
        con = duckdb.connect(str(build_path))
    try:
        yield con
        with step("checkpoint + publish"):
            con.execute("CHECKPOINT")
            con.close()
            with open(build_path, "rb") as fh:
                os.fsync(fh.fileno())
            wal.unlink(missing_ok=True)  # its changes are in the build; never replay it there
            os.replace(build_path, path)
            _fsync_dir(path.parent)
    except BaseException:
        with contextlib.suppress(Exception):
            con.close()
        build_path.unlink(missing_ok=True)
        build_wal.unlink(missing_ok=True)
        raise


def _wal(path: Path) -> Path:
    return path.with_name(path.name + ".wal")


def _fsync_dir(directory: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
