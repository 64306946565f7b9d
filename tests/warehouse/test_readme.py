"""Every SQL query the README shows runs against the sample warehouse and returns rows."""

from __future__ import annotations

import re

import duckdb
import pytest

from tests.conftest import REPO
from warehouse.export import export_parquet
from warehouse.search import fts_extension_path

README = (REPO / "README.md").read_text("utf-8")
SQL_BLOCKS = re.findall(r"```sql\n(.*?)```", README, re.S)
FTS_LOAD = re.compile(r"LOAD '[^']*fts\.duckdb_extension'")


def test_the_readme_shows_enough_queries():
    assert len(SQL_BLOCKS) >= 8
    assert any("match_bm25" in b for b in SQL_BLOCKS)
    assert any("hive_partitioning" in b for b in SQL_BLOCKS)
    assert "duckdb -readonly news.duckdb" in README


def test_the_readme_load_path_is_the_installed_extension():
    for m in FTS_LOAD.finditer(README):
        path = m.group(0).split("'")[1]
        assert fts_extension_path().as_posix().endswith(path.removeprefix(".venv/")
                                                        .split("site-packages/", 1)[1])


@pytest.fixture(scope="module")
def run_readme_sql(sample_warehouse, tmp_path_factory):
    """Run a README block as an analyst would: read-only shell in a folder with export/."""
    folder = tmp_path_factory.mktemp("readme")
    export_parquet(sample_warehouse, folder / "export")
    con = duckdb.connect(str(sample_warehouse), read_only=True)

    def run(sql: str):
        sql = FTS_LOAD.sub(f"LOAD '{fts_extension_path()}'", sql)
        sql = sql.replace("'export/", f"'{folder}/export/")
        return con.execute(sql).fetchall()

    yield run
    con.close()


@pytest.mark.parametrize("block", range(len(SQL_BLOCKS)))
def test_readme_query_runs(run_readme_sql, block):
    rows = run_readme_sql(SQL_BLOCKS[block])
    assert rows, SQL_BLOCKS[block]
