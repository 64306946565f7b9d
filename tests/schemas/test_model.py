"""Declarations generate DDL, comments and polars schemas that agree with each other."""

from __future__ import annotations

import polars as pl

from schemas.tables import ARTEFACT_KINDS, TABLES


def test_every_table_and_column_is_described():
    for t in TABLES:
        assert t.description.strip(), t.name
        for c in t.columns:
            assert c.description.strip(), f"{t.name}.{c.name}"
        assert len(set(t.column_names)) == len(t.column_names)


def test_ddl_comments_and_polars_schema_agree(con):
    for t in TABLES:
        con.execute(t.create_sql())
        for stmt in t.comment_sql():
            con.execute(stmt)
        live = con.execute(
            "SELECT column_name, comment FROM duckdb_columns() WHERE table_name = ? "
            "ORDER BY column_index", [t.name]).fetchall()
        assert [r[0] for r in live] == t.column_names
        assert [r[1] for r in live] == [c.description for c in t.columns]


def test_polars_round_trip_through_duckdb(con):
    from schemas.tables import DOCUMENTS

    con.execute(DOCUMENTS.create_sql())
    df = DOCUMENTS.conform(pl.DataFrame({"doc_id": ["a"], "content_sha256": ["h"],
                                         "raw_text": ["r"], "clean_text": ["c"],
                                         "word_count": [1], "language": ["en"]}))
    con.execute("INSERT INTO documents SELECT * FROM df")
    back = con.execute("SELECT * FROM documents").pl()
    assert back.schema == DOCUMENTS.polars_schema()
    assert back.equals(df)


def test_conform_fills_missing_columns_and_drops_unknown():
    from schemas.tables import REJECTS

    df = REJECTS.conform(pl.DataFrame({"run_id": [1], "reason": ["empty"], "junk": [0]}))
    assert df.columns == REJECTS.column_names
    assert df["detail"].to_list() == [None]


def test_artefact_kinds_are_accepted_values():
    from schemas.tables import ARTEFACTS

    assert ARTEFACTS.column("kind").accepted_values == ARTEFACT_KINDS
