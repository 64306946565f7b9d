"""flows/executor.py: where the batch steps run, and the worker forkserver's lifetime."""

from __future__ import annotations

from multiprocessing import forkserver

from flows import executor


def _forkserver_running() -> bool:
    return forkserver._forkserver._forkserver_pid is not None


def test_a_run_without_work_for_a_pool_stops_the_prestarted_forkserver():
    """`newsetl run` starts the workers' forkserver early (its warm-up overlaps start-up);
    when the run turns out to have fewer than two batches (nothing to read: a no-op re-run)
    it is stopped before the load instead of holding its tables until the command exits."""
    executor.prestart()
    assert _forkserver_running()
    with executor.pool_for(batches=1, workers=2):
        assert not _forkserver_running()
        assert executor.run(sum, [1, 2]) == 3  # inline
    assert not _forkserver_running()


def test_a_pool_is_used_for_several_batches_and_stopped_after_them():
    with executor.pool_for(batches=2, workers=2):
        assert executor._POOL is not None and _forkserver_running()
        assert executor.run(sum, [1, 2]) == 3
    assert executor._POOL is None and not _forkserver_running()
