"""What happens in the build copy after the rows are in, before publishing.

``after_load`` stamps the run with the document total, links near-duplicates, refreshes the
analyst views and the search macro (:func:`prepare_snapshot`), and runs the data tests
(:func:`check_snapshot`, raising on failure, so the build copy is discarded and the last
good snapshot stays published) — all in the build copy, so readers see the new rows, views
and index together or not at all. (The full-text index itself is rows the loader inserts:
nothing to rebuild here.)"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping

import duckdb

from warehouse.checks import run_data_tests
from warehouse.near_duplicates import link_near_duplicates
from warehouse.search import create_search_macro
from warehouse.views import create_views


def after_load(con: duckdb.DuckDBPyConnection,
               appended_from: Mapping[str, int] | None = None, times=None) -> None:
    """Stamp the latest run, refresh views and the search macro, run the data tests (raises).

    ``appended_from``: what :func:`warehouse.load.load_run` returned (the data tests then
    read only the rows the load appended); ``times``: a :class:`warehouse.load.StepTimes`.
    The flow commits between the two halves (:func:`prepare_snapshot`, then
    :func:`check_snapshot`): DuckDB reads committed rows about twice as fast as a
    transaction's own, and a failed test still discards the whole build copy.
    """
    prepare_snapshot(con, times)
    check_snapshot(con, appended_from, times)


def prepare_snapshot(con: duckdb.DuckDBPyConnection, times=None) -> None:
    """Stamp the latest run, link near-duplicates, refresh the views and the search macro."""
    step = times.step if times is not None else _no_step
    run_id = latest_run_id(con)
    stamp_documents_total(con)
    with step("near-duplicates"):
        link_near_duplicates(con, run_id)
    create_views(con)
    create_search_macro(con)


def check_snapshot(con: duckdb.DuckDBPyConnection,
                  appended_from: Mapping[str, int] | None = None, times=None) -> None:
    """The data tests of the latest run's rows, plus the tables runs update (raises
    :class:`warehouse.checks.DataTestFailed`)."""
    step = times.step if times is not None else _no_step
    with step("data tests"):
        run_data_tests(con, latest_run_id(con), appended_from)


def _no_step(name: str) -> contextlib.AbstractContextManager:
    return contextlib.nullcontext()


def refresh(con: duckdb.DuckDBPyConnection) -> None:
    """Views and the search macro, without a load (after `newsetl migrate`)."""
    create_views(con)
    create_search_macro(con)


def latest_run_id(con: duckdb.DuckDBPyConnection) -> int:
    return con.execute("SELECT coalesce(max(run_id), 0) FROM runs").fetchone()[0]


def stamp_documents_total(con: duckdb.DuckDBPyConnection) -> None:
    """Record on the latest run how many documents the warehouse holds after it."""
    con.execute("UPDATE runs SET documents_total = (SELECT count(*) FROM documents) "
                "WHERE run_id = (SELECT max(run_id) FROM runs)")
