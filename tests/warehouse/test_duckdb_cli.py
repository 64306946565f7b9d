"""Analysts' shell: the duckdb CLI binary from the install opens the warehouse read-only."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest


def _duckdb_binary() -> str:
    local = Path(sys.executable).parent / "duckdb"
    found = str(local) if local.exists() else shutil.which("duckdb")
    if not found:
        pytest.fail("the duckdb CLI (duckdb-cli package) is not installed")
    return found


def _shell(db, sql: str) -> str:
    done = subprocess.run([_duckdb_binary(), "-readonly", "-csv", str(db), "-c", sql],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_cli_version_matches_the_library():
    done = subprocess.run([_duckdb_binary(), "--version"], capture_output=True, text=True,
                          timeout=30)
    assert done.stdout.split()[0] == f"v{duckdb.__version__}"


def test_cli_reads_views_from_the_warehouse(sample_warehouse):
    out = _shell(sample_warehouse, "SELECT count(*) AS n FROM v_articles").splitlines()
    assert out[0] == "n" and int(out[1]) > 30


def test_cli_searches_with_the_stored_macro_and_no_extension(sample_warehouse):
    out = _shell(sample_warehouse, "SET autoinstall_known_extensions = false; "
                 "SET autoload_known_extensions = false; "
                 "SELECT title, score FROM search_articles('peace talks', lang := 'en', "
                 "max_results := 3)").splitlines()
    assert out[0] == "title,score" and len(out) == 4
    assert "Talks" in out[1]
    con = duckdb.connect(str(sample_warehouse), read_only=True)
    try:
        assert [r[0] for r in con.execute("SELECT title FROM search_articles('peace talks', "
                                          "lang := 'en', max_results := 3)").fetchall()] \
            == [line.rsplit(",", 1)[0].strip('"') for line in out[1:]]
        assert con.execute("SELECT count(*) FROM duckdb_extensions() WHERE loaded AND "
                           "extension_name = 'fts'").fetchone()[0] == 0
    finally:
        con.close()


def test_cli_refuses_to_write_a_read_only_warehouse(sample_warehouse):
    done = subprocess.run([_duckdb_binary(), "-readonly", str(sample_warehouse), "-c",
                           "DELETE FROM runs"], capture_output=True, text=True, timeout=60)
    assert done.returncode != 0 and "read-only" in (done.stderr + done.stdout).lower()
