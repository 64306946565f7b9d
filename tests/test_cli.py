"""The CLI's read-only commands against the sample warehouse (no Prefect needed)."""

from __future__ import annotations

import json

import pytest

from flows.cli import format_rows, main


def test_format_rows_renders_table_csv_and_json():
    cols, rows = ["a", "b"], [(1, "x,y"), (None, "z\nw")]
    table = format_rows(cols, rows, "table").splitlines()
    assert table[0].split("|")[0].strip() == "a"
    assert table[-1] == "(2 rows)"
    assert "NULL" in table[3] and "z w" in table[3]
    assert format_rows(cols, rows, "csv").splitlines()[1] == '1,"x,y"'
    assert json.loads(format_rows(cols, rows, "json")) == [{"a": 1, "b": "x,y"},
                                                           {"a": None, "b": "z\nw"}]


def test_sql_reads_and_refuses_writes(sample_warehouse, capsys):
    assert main(["sql", "SELECT count(*) AS n FROM rejects", "--db", str(sample_warehouse),
                 "--format", "csv"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "n" and int(out[1]) >= 4
    assert main(["sql", "DROP TABLE documents", "--db", str(sample_warehouse)]) == 1
    err = capsys.readouterr().err
    assert "read-only" in err
    assert main(["sql", "SELECT count(*) FROM documents", "--db", str(sample_warehouse)]) == 0


def test_status_lists_runs_and_counts(sample_warehouse, capsys):
    assert main(["status", "--db", str(sample_warehouse)]) == 0
    out = capsys.readouterr().out
    assert "completed" in out and "documents" in out


def test_missing_warehouse_is_a_one_line_error(tmp_path, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["sql", "SELECT 1", "--db", str(tmp_path / "none.duckdb")])
    assert exc.value.code == 2
    assert "run `newsetl run` first" in capsys.readouterr().err


def test_run_with_missing_input_fails_without_starting_prefect(tmp_path, capsys):
    assert main(["run", str(tmp_path / "nope"), "--db", str(tmp_path / "x.duckdb")]) == 2
    assert "input not found" in capsys.readouterr().err
