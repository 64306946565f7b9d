"""The declarations are the schema: the warehouse a real flow run built matches them exactly."""

from __future__ import annotations

import duckdb
import pytest

from schemas.model import Column, Table
from schemas.tables import BY_NAME, TABLES
from warehouse.migrations import schema_drift
from warehouse.views import views


@pytest.fixture(scope="module")
def live(sample_warehouse):
    con = duckdb.connect(str(sample_warehouse), read_only=True)
    yield con
    con.close()


def test_live_columns_types_nullability_and_comments_match_declarations(live):
    for t in TABLES:
        rows = live.execute(
            "SELECT column_name, data_type, is_nullable, comment FROM duckdb_columns() "
            "WHERE schema_name = 'main' AND table_name = ? ORDER BY column_index", [t.name]
        ).fetchall()
        assert rows == [(c.name, c.type, c.nullable, c.description) for c in t.columns], t.name


def test_live_tables_are_the_declared_ones_with_their_comments(live):
    rows = dict(live.execute(
        "SELECT table_name, comment FROM duckdb_tables() WHERE schema_name = 'main'"
    ).fetchall())
    assert set(rows) == {t.name for t in TABLES} | {"schema_migrations"}
    for t in TABLES:
        assert rows[t.name] == t.description


def test_live_keys_are_the_declared_enforced_ones(live):
    pks = {r[0]: tuple(r[1]) for r in live.execute(
        "SELECT table_name, constraint_column_names FROM duckdb_constraints() "
        "WHERE schema_name = 'main' AND constraint_type = 'PRIMARY KEY'").fetchall()}
    declared = {t.name: t.primary_key for t in TABLES if t.enforce_primary_key}
    assert pks == {**declared, "schema_migrations": ("version",)}
    assert set(declared) == {"runs", "entities"}  # documents: not since migration 13


def test_no_drift_and_every_view_documented_in_the_live_file(live):
    assert schema_drift(live, extra_tables=True) == []
    live_views = dict(live.execute(
        "SELECT view_name, comment FROM duckdb_views() WHERE NOT internal "
        "AND schema_name = 'main'").fetchall())
    for v in views():
        assert live_views[v.name] == v.description
        cols = live.execute(
            "SELECT column_name, comment FROM duckdb_columns() WHERE table_name = ? "
            "ORDER BY column_index", [v.name]).fetchall()
        assert cols == list(v.columns), v.name


def test_declarations_are_consistent():
    for t in TABLES:
        for fk in t.foreign_keys:
            target = BY_NAME[fk.table]
            assert set(fk.ref_columns) <= set(target.column_names)
            assert fk.ref_columns == target.primary_key, f"{t.name} -> {fk.table}"
        for key in t.primary_key:
            assert not t.column(key).nullable
        assert all(c.name.islower() for c in t.columns)


@pytest.mark.parametrize("bad, message", [
    (lambda: Column("Bad Name", "VARCHAR", "x"), "lower_snake_case"),
    (lambda: Column("x", "TEXTISH", "x"), "unsupported type"),
    (lambda: Column("x", "VARCHAR", " "), "no description"),
    (lambda: Table("t", "T.", (Column("a", "VARCHAR", "A."),) * 2), "twice"),
    (lambda: Table("t", "T.", (Column("a", "VARCHAR", "A.", nullable=False),),
                   primary_key=("b",)), "not declared"),
    (lambda: Table("t", "T.", (Column("a", "VARCHAR", "A."),), primary_key=("a",)),
     "nullable=False"),
])
def test_declaration_mistakes_fail_at_import(bad, message):
    with pytest.raises(ValueError, match=message):
        bad()


def test_only_enforced_keys_become_ddl_constraints():
    t = Table("t", "T.", (Column("a", "VARCHAR", "A.", nullable=False),), primary_key=("a",))
    assert "PRIMARY KEY" not in t.create_sql()
    assert "unique, checked after every load" in t.markdown()
    enforced = Table("t", "T.", t.columns, primary_key=("a",), enforce_primary_key=True)
    assert "PRIMARY KEY (a)" in enforced.create_sql()
