"""Analyst views, one SQL file each under warehouse/sql/ (named for the question answered)."""

from __future__ import annotations

from importlib import resources

import duckdb


def view_files() -> list[tuple[str, str]]:
    """(view name, SQL) for every view, in name order."""
    folder = resources.files("warehouse.sql")
    return sorted(
        (p.name.removesuffix(".sql"), p.read_text("utf-8"))
        for p in folder.iterdir() if p.name.startswith("v_") and p.name.endswith(".sql")
    )


def create_views(con: duckdb.DuckDBPyConnection) -> None:
    for _name, sql in view_files():
        con.execute(sql)
