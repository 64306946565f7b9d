"""The data dictionary as Markdown, generated from the declarations and the view files.

Nothing here is written by hand: tables, columns, types, keys and descriptions come from
schemas/tables.py, the views' descriptions from their SQL headers and their column types
from DuckDB itself (the views are created in an in-memory warehouse and described), and
the data tests from warehouse/checks.py. The same text is in the warehouse as comments:
``SELECT * FROM duckdb_columns() WHERE comment IS NOT NULL``.
"""

from __future__ import annotations

import duckdb

from schemas.tables import TABLES
from warehouse.checks import all_tests
from warehouse.migrations import migrate
from warehouse.views import create_views, views

INTRO = """\
Every table and column below is also commented in the warehouse itself, so an analyst can
ask DuckDB: `SELECT table_name, column_name, data_type, comment FROM duckdb_columns()`.
Keys marked *unique, checked after every load* are not DuckDB constraints (the index behind
one makes bulk loads 3-4.5x slower and the file about 5x larger); the data tests listed at
the end check them, and the references, after every load, and a failed test keeps the last
good warehouse published."""


def data_dictionary() -> str:
    """Markdown for every table, view and data test."""
    con = duckdb.connect()
    try:
        migrate(con)
        create_views(con)
        out = ["# newsetl data dictionary", "", INTRO, "", "## Tables", ""]
        out += [t.markdown() for t in TABLES]
        out += ["## Views", ""]
        for v in views():
            types = dict(con.execute(f"SELECT column_name, column_type FROM (DESCRIBE {v.name})"
                                     ).fetchall())
            docs = dict(v.columns)
            out += [f"### `{v.name}`", "", v.description, "",
                    "| column | type | description |", "|---|---|---|"]
            out += [f"| `{c}` | {t} | {docs.get(c, '').replace('|', chr(92) + '|')} |"
                    for c, t in types.items()]
            out.append("")
        out += ["## Data tests (run after every load)", ""]
        out += [f"- {t.name}" for t in all_tests()]
        return "\n".join(out) + "\n"
    finally:
        con.close()
