"""`newsetl export`: Parquet, documents partitioned by publication month, readable back."""

from __future__ import annotations

import json

import duckdb
import pytest

from flows.cli import main
from schemas.tables import TABLES
from warehouse.export import ExportError, export_parquet


@pytest.fixture(scope="module")
def exported(sample_warehouse, tmp_path_factory):
    out = tmp_path_factory.mktemp("export") / "news"
    counts = export_parquet(sample_warehouse, out)
    return out, counts


def test_every_table_is_exported_with_its_rows(exported, sample_warehouse):
    out, counts = exported
    con = duckdb.connect()
    wh = duckdb.connect(str(sample_warehouse), read_only=True)
    try:
        for t in TABLES:
            expected = wh.execute(f"SELECT count(*) FROM {t.name}").fetchone()[0]
            assert counts[t.name] == expected
            if t.name == "documents":
                continue
            got = con.execute(f"SELECT count(*) FROM read_parquet('{out}/{t.name}.parquet')"
                              ).fetchone()[0]
            assert got == expected, t.name
        manifest = json.loads((out / "_manifest.json").read_text())
        assert manifest["rows"] == counts and manifest["partitioned"] == {
            "documents": "year_month"}
    finally:
        con.close()
        wh.close()


def test_documents_are_hive_partitioned_by_publication_month(exported, sample_warehouse):
    out, counts = exported
    con = duckdb.connect()
    try:
        back = con.execute(
            f"SELECT year_month, count(*) FROM read_parquet('{out}/documents/*/*.parquet', "
            "hive_partitioning = true) GROUP BY 1 ORDER BY 1").fetchall()
        con.execute(f"ATTACH '{sample_warehouse}' AS wh (READ_ONLY)")
        expected = con.execute(
            "SELECT coalesce(strftime(published_at, '%Y-%m'), 'undated'), count(*) "
            "FROM wh.documents GROUP BY 1 ORDER BY 1").fetchall()
        assert back == expected and len(back) > 5
        assert {p.name for p in (out / "documents").iterdir()} == {f"year_month={m}"
                                                                   for m, _ in expected}
        # the rows come back equal to the warehouse's
        diff = con.execute(
            f"SELECT count(*) FROM (SELECT * EXCLUDE (year_month) FROM read_parquet("
            f"'{out}/documents/*/*.parquet', hive_partitioning = true) "
            "EXCEPT SELECT * FROM wh.documents)").fetchone()[0]
        assert diff == 0
    finally:
        con.close()


def test_export_refuses_a_non_empty_folder_unless_told(sample_warehouse, tmp_path, capsys):
    out = tmp_path / "x"
    out.mkdir()
    (out / "keep.txt").write_text("mine")
    with pytest.raises(ExportError, match="--overwrite"):
        export_parquet(sample_warehouse, out)
    assert main(["export", "--to", str(out), "--db", str(sample_warehouse)]) == 2
    assert "--overwrite" in capsys.readouterr().err
    assert main(["export", "--to", str(out), "--db", str(sample_warehouse), "--overwrite"]) == 0
    assert not (out / "keep.txt").exists() and (out / "runs.parquet").exists()
    assert not (tmp_path / "x.partial").exists()
