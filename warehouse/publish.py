"""What happens inside the load transaction after the rows are in: views, data tests."""

from __future__ import annotations

import duckdb

from warehouse.checks import run_data_tests
from warehouse.views import create_views


def after_load(con: duckdb.DuckDBPyConnection) -> None:
    """Refresh analyst views and run the data tests (raises on failure)."""
    create_views(con)
    run_data_tests(con)
