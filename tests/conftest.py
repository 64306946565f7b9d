"""Shared fixtures: Prefect's test harness once per session, fresh DuckDB per test."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
os.environ.setdefault("PREFECT_HOME", tempfile.mkdtemp(prefix="newsetl-prefect-"))

import duckdb  # noqa: E402
import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

# Deterministic property tests: the same examples on every machine and run (CI included).
# Explore new examples locally with HYPOTHESIS_PROFILE=explore.
settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
settings.register_profile("explore", deadline=None, max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "data" / "sample"


@pytest.fixture(scope="session")
def prefect_harness():
    """One temporary Prefect server for the whole session (it takes ~20 s to start)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture
def con():
    """A fresh in-memory DuckDB."""
    c = duckdb.connect()
    yield c
    c.close()


@pytest.fixture(scope="session")
def sample_warehouse(prefect_harness, tmp_path_factory) -> Path:
    """The sample corpus loaded once by the real flow (shared by read-only tests)."""
    from flows.ingest import ingest_flow

    db = tmp_path_factory.mktemp("wh") / "sample.duckdb"
    ingest_flow(paths=[str(SAMPLE)], db=str(db))
    return db
