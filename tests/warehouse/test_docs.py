"""`newsetl docs`: the data dictionary, generated, complete."""

from __future__ import annotations

from flows.cli import main
from schemas.tables import TABLES
from warehouse.checks import all_tests
from warehouse.docs import data_dictionary
from warehouse.views import views


def test_dictionary_lists_every_table_column_view_and_test():
    md = data_dictionary()
    for t in TABLES:
        assert f"### `{t.name}`" in md
        for c in t.columns:
            assert f"| `{c.name}` | {c.type}" in md
    for v in views():
        assert f"### `{v.name}`" in md and v.description in md
        for c, _ in v.columns:
            assert f"| `{c}` |" in md
    assert "Key: `run_id` (enforced by DuckDB" in md
    assert "Key: `doc_id` (unique, checked after every load)" in md  # migration 13
    assert "Key: `doc_id, position` (unique, checked after every load)" in md
    assert "References: `doc_id` → `documents(doc_id)`" in md
    assert all(f"- {t.name}" in md for t in all_tests())


def test_cli_docs_prints_markdown(capsys, tmp_path):
    assert main(["docs"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# newsetl data dictionary") and "## Views" in out
    target = tmp_path / "DICTIONARY.md"
    assert main(["docs", "--out", str(target)]) == 0
    assert target.read_text("utf-8") == out
