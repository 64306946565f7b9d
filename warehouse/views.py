"""Analyst views, one SQL file each under warehouse/sql/ (named for the question answered).

Each file opens with a comment block: what the view answers and its grain, then a
``-- Columns:`` list (``-- name: description``). That block becomes ``COMMENT ON VIEW`` /
``COMMENT ON COLUMN``, so ``duckdb_views()`` and ``duckdb_columns()`` document the views
like the tables, and ``newsetl docs`` prints it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

import duckdb

_COLUMN_DOC = re.compile(r"([a-z_][a-z0-9_]*):\s+(.+)")


@dataclass(frozen=True)
class View:
    name: str
    sql: str
    description: str
    columns: tuple[tuple[str, str], ...]  # (column, description) in documented order

    def comment_sql(self) -> list[str]:
        out = [f"COMMENT ON VIEW {self.name} IS {_sql_string(self.description)}"]
        out += [f"COMMENT ON COLUMN {self.name}.{c} IS {_sql_string(d)}" for c, d in self.columns]
        return out


def _sql_string(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def parse_view(name: str, sql: str) -> View:
    """Read the documentation header of a view file.

    >>> v = parse_view("v_x", "-- What is x?\\n-- One row per x.\\n--\\n-- Columns:\\n"
    ...                "-- x_id: The x.\\nCREATE OR REPLACE VIEW v_x AS SELECT 1 AS x_id")
    >>> v.description, v.columns
    ('What is x? One row per x.', (('x_id', 'The x.'),))
    """
    header: list[str] = []
    for line in sql.splitlines():
        if not line.startswith("--"):
            break
        header.append(line[2:].strip())
    description: list[str] = []
    columns: list[tuple[str, str]] = []
    in_columns = False
    for line in header:
        if line.lower() == "columns:":
            in_columns = True
        elif in_columns and (m := _COLUMN_DOC.fullmatch(line)):
            columns.append((m.group(1), m.group(2)))
        elif in_columns and line and columns:  # continuation of the previous description
            col, desc = columns[-1]
            columns[-1] = (col, f"{desc} {line}")
        elif line and not in_columns:
            description.append(line)
    return View(name, sql, " ".join(description), tuple(columns))


def views() -> list[View]:
    """Every view under warehouse/sql/, in name order."""
    return [parse_view(name, sql) for name, sql in view_files()]


def view_files() -> list[tuple[str, str]]:
    """(view name, SQL) for every view, in name order."""
    folder = resources.files("warehouse.sql")
    return sorted(
        (p.name.removesuffix(".sql"), p.read_text("utf-8"))
        for p in folder.iterdir() if p.name.startswith("v_") and p.name.endswith(".sql")
    )


def create_views(con: duckdb.DuckDBPyConnection) -> None:
    """(Re)create every view with its comments, each after the views it selects from."""
    for view in in_dependency_order(views()):
        con.execute(view.sql)
        for stmt in view.comment_sql():
            con.execute(stmt)


def in_dependency_order(items: list[View]) -> list[View]:
    """Views ordered so that one naming another comes after it (statements inside a
    transaction cannot fail and be retried)."""
    by_name = {v.name: v for v in items}
    body = {v.name: "\n".join(line for line in v.sql.splitlines()
                               if not line.lstrip().startswith("--")) for v in items}
    deps = {n: {d for d in re.findall(r"\bv_[a-z0-9_]+\b", body[n]) if d in by_name and d != n}
            for n in by_name}
    ordered: list[View] = []
    done: set[str] = set()
    while len(done) < len(by_name):
        ready = sorted(n for n in by_name if n not in done and deps[n] <= done)
        if not ready:
            cycle = sorted(set(by_name) - done)
            raise ValueError(f"views depend on each other in a cycle: {cycle}")
        ordered += [by_name[n] for n in ready]
        done.update(ready)
    return ordered
