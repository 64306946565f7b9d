"""Ordered, named, transactional migrations, each recorded in ``schema_migrations``.

A new warehouse gets every migration in order, like an old one: there is one path to the
current schema. Each migration runs in its own transaction together with its bookkeeping
row, so a failure leaves the file at the previous version.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import duckdb

from schemas.tables import TABLES

MIGRATIONS_TABLE = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name VARCHAR NOT NULL,
    applied_at TIMESTAMP NOT NULL
)"""


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    apply: Callable[[duckdb.DuckDBPyConnection], None]


def _create_declared_tables(con: duckdb.DuckDBPyConnection) -> None:
    """Create every declared table that does not exist yet."""
    for table in TABLES:
        con.execute(table.create_sql())


def _add_declared_columns(con: duckdb.DuckDBPyConnection) -> None:
    """Add declared columns missing from existing tables (additive schema changes)."""
    for table in TABLES:
        live = {r[0] for r in con.execute(
            "SELECT column_name FROM duckdb_columns() WHERE table_name = ?", [table.name]
        ).fetchall()}
        if not live:
            con.execute(table.create_sql())
            continue
        for col in table.columns:
            if col.name not in live:
                con.execute(f"ALTER TABLE {table.name} ADD COLUMN {col.name} {col.type}")


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "create_declared_tables", _create_declared_tables),
    Migration(2, "add_declared_columns", _add_declared_columns),
)
LATEST = MIGRATIONS[-1].version


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    con.execute(MIGRATIONS_TABLE)
    row = con.execute("SELECT max(version) FROM schema_migrations").fetchone()
    return row[0] or 0


def migrate(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Apply pending migrations in order; returns the versions applied."""
    applied = []
    version = current_version(con)
    for m in MIGRATIONS:
        if m.version <= version:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            m.apply(con)
            con.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)",
                        [m.version, m.name, datetime.now(UTC).replace(tzinfo=None)])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        applied.append(m.version)
    apply_comments(con)
    return applied


def apply_comments(con: duckdb.DuckDBPyConnection) -> None:
    """COMMENT ON every declared table and column (the live data dictionary)."""
    for table in TABLES:
        for stmt in table.comment_sql():
            con.execute(stmt)
