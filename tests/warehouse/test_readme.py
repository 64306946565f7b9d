"""Every SQL query the README shows runs against the sample warehouse and returns rows."""

from __future__ import annotations

import re

import duckdb
import pytest

from tests.conftest import REPO
from warehouse.export import export_parquet

README = (REPO / "README.md").read_text("utf-8")
SQL_BLOCKS = re.findall(r"```sql\n(.*?)```", README, re.S)


def test_the_readme_shows_enough_queries():
    assert len(SQL_BLOCKS) >= 8
    assert any("search_articles(" in b for b in SQL_BLOCKS)
    assert any("hive_partitioning" in b for b in SQL_BLOCKS)
    assert "duckdb -readonly news.duckdb" in README


@pytest.fixture(scope="module")
def run_readme_sql(sample_warehouse, tmp_path_factory):
    """Run a README block as an analyst would: read-only shell in a folder with export/."""
    folder = tmp_path_factory.mktemp("readme")
    export_parquet(sample_warehouse, folder / "export")
    con = duckdb.connect(str(sample_warehouse), read_only=True)

    def run(sql: str):
        sql = sql.replace("'export/", f"'{folder}/export/")
        return con.execute(sql).fetchall()

    yield run
    con.close()


@pytest.mark.parametrize("block", range(len(SQL_BLOCKS)))
def test_readme_query_runs(run_readme_sql, block):
    rows = run_readme_sql(SQL_BLOCKS[block])
    assert rows, SQL_BLOCKS[block]
