"""Ordered, named, transactional migrations, each recorded in ``schema_migrations``.

A new warehouse is created from the declarations in schemas/ (migration 1); every later
migration is written so that it is a no-op on a file that already has its change, so a new
file and an upgraded old file end up with the same schema — :func:`schema_drift` checks
that after every :func:`migrate` and refuses to go on if they differ. Each migration runs
in its own transaction together with its bookkeeping row, so a failure leaves the file at
the previous version (and the flow migrates inside a build copy, so readers never see it).

Changing the schema:

1. edit the declaration in schemas/tables.py (new columns go at the end of the table:
   the loader inserts some tables by position);
2. append a named migration below, usually one line —
   ``Migration(6, "add_documents_topic", add_columns("documents", "topic"))``, with a
   ``backfill=`` UPDATE when old rows can be filled in, or ``rebuild_tables(...)`` when a
   type, a NOT NULL or a key changes;
3. tests/warehouse/test_migrations.py upgrades a warehouse made by schema v1 and fails,
   naming the missing change, until 1 and 2 agree.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import duckdb

from schemas.tables import BY_NAME, TABLES

MIGRATIONS_TABLE = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name VARCHAR NOT NULL,
    applied_at TIMESTAMP NOT NULL
)"""

Apply = Callable[[duckdb.DuckDBPyConnection], None]


class SchemaDrift(RuntimeError):
    """The warehouse schema differs from the declarations after migrating."""


class MigrationError(RuntimeError):
    """The recorded migrations do not fit this newsetl (newer file, renamed migration)."""


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    apply: Apply


# --- what the live file looks like ------------------------------------------------------


@dataclass(frozen=True)
class LiveColumn:
    name: str
    type: str
    nullable: bool


def live_columns(con: duckdb.DuckDBPyConnection, table: str) -> list[LiveColumn]:
    rows = con.execute(
        "SELECT column_name, data_type, is_nullable FROM duckdb_columns() "
        "WHERE schema_name = 'main' AND table_name = ? ORDER BY column_index", [table]
    ).fetchall()
    return [LiveColumn(*r) for r in rows]


def live_tables(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {r[0] for r in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' AND NOT internal"
    ).fetchall()}


def live_primary_key(con: duckdb.DuckDBPyConnection, table: str) -> tuple[str, ...]:
    row = con.execute(
        "SELECT constraint_column_names FROM duckdb_constraints() WHERE schema_name = 'main' "
        "AND table_name = ? AND constraint_type = 'PRIMARY KEY'", [table]).fetchone()
    return tuple(row[0]) if row else ()


def schema_drift(con: duckdb.DuckDBPyConnection, *, extra_tables: bool = False) -> list[str]:
    """Every difference between the live file and the declarations ([] when they agree)."""
    problems: list[str] = []
    tables = live_tables(con)
    for t in TABLES:
        if t.name not in tables:
            problems.append(f"table {t.name} is declared but missing")
            continue
        live = live_columns(con, t.name)
        live_by_name = {c.name: c for c in live}
        for c in t.columns:
            lc = live_by_name.get(c.name)
            if lc is None:
                problems.append(f"column {t.name}.{c.name} is declared but missing")
            elif lc.type != c.type:
                problems.append(f"column {t.name}.{c.name} is {lc.type}, declared {c.type}")
            elif lc.nullable != c.nullable:
                problems.append(f"column {t.name}.{c.name} is "
                                f"{'' if lc.nullable else 'NOT '}NULL, declared "
                                f"{'' if c.nullable else 'NOT '}NULL")
        undeclared = [c.name for c in live if c.name not in set(t.column_names)]
        if undeclared:
            problems.append(f"table {t.name} has undeclared column(s) {undeclared}")
        elif [c.name for c in live] != [n for n in t.column_names if n in live_by_name]:
            problems.append(f"table {t.name} has its columns in another order than declared "
                            "(declare new columns at the end)")
        want_pk = t.primary_key if t.enforce_primary_key else ()
        if live_primary_key(con, t.name) != want_pk:
            problems.append(f"table {t.name} has PRIMARY KEY {live_primary_key(con, t.name)}, "
                            f"declared {want_pk or 'none (checked by data tests)'}")
    if extra_tables:
        known = {t.name for t in TABLES} | {"schema_migrations"}
        problems += [f"table {n} is not declared in schemas/" for n in sorted(tables - known)]
    return problems


# --- building blocks for migrations ------------------------------------------------------


def create_tables(*names: str) -> Apply:
    """Create the named declared tables if they do not exist (all of them if none named)."""

    def apply(con: duckdb.DuckDBPyConnection) -> None:
        for t in [BY_NAME[n] for n in names] if names else TABLES:
            con.execute(t.create_sql())

    return apply


def add_columns(table: str, *columns: str, backfill: str | None = None) -> Apply:
    """Add declared columns (nullable, at the end) if missing, then run ``backfill``.

    Write the backfill so it only touches rows it has to (``WHERE col IS NULL``): on a new
    file the column already exists and the table is empty, on an old one it fills history.
    """

    def apply(con: duckdb.DuckDBPyConnection) -> None:
        decl = BY_NAME[table]
        for name in columns:
            col = decl.column(name)
            con.execute(f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {name} {col.type}")
        if backfill:
            con.execute(backfill)
        for name in columns:
            if not decl.column(name).nullable:
                con.execute(f"ALTER TABLE {table} ALTER COLUMN {name} SET NOT NULL")

    return apply


def rebuild_tables(*names: str, when: Callable[[duckdb.DuckDBPyConnection, str], bool]
                   | None = None) -> Apply:
    """Recreate tables from their declarations and copy the rows over by column name.

    For what ``ALTER TABLE`` cannot do in DuckDB: drop or add a PRIMARY KEY, reorder
    columns, change a type. Comments are re-applied by :func:`migrate`. ``when`` limits the
    rebuild to files that need it (a new file already has the declared shape).
    """

    def apply(con: duckdb.DuckDBPyConnection) -> None:
        for name in names:
            if name not in live_tables(con):
                con.execute(BY_NAME[name].create_sql())
                continue
            if when is not None and not when(con, name):
                continue
            tmp = f"{name}__rebuild"
            con.execute(f"DROP TABLE IF EXISTS {tmp}")
            con.execute(BY_NAME[name].create_sql(tmp))
            con.execute(f"INSERT INTO {tmp} BY NAME SELECT * FROM {name}")
            con.execute(f"DROP TABLE {name}")
            con.execute(f"ALTER TABLE {tmp} RENAME TO {name}")

    return apply


def _has_primary_key(con: duckdb.DuckDBPyConnection, table: str) -> bool:
    return bool(live_primary_key(con, table))


def _add_declared_columns(con: duckdb.DuckDBPyConnection) -> None:
    """(Historical, v2) add declared columns missing from existing tables."""
    for table in TABLES:
        live = {c.name for c in live_columns(con, table.name)}
        if not live:
            con.execute(table.create_sql())
            continue
        for col in table.columns:
            if col.name not in live:
                con.execute(f"ALTER TABLE {table.name} ADD COLUMN {col.name} {col.type}")


def _index_minhash_bands(con: duckdb.DuckDBPyConnection) -> None:
    from warehouse.near_duplicates import index_signatures, refresh_signatures

    con.execute(BY_NAME["minhash_bands"].create_sql())
    refresh_signatures(con)
    index_signatures(con)


def _create_search_index(con: duckdb.DuckDBPyConnection) -> None:
    from warehouse.search import create_search_index

    create_search_index(con)


# --- the migrations, in order (never renumber or rename one that has shipped) -------------

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "create_declared_tables", create_tables()),
    Migration(2, "add_declared_columns", _add_declared_columns),
    # Bulk child tables keep their declared keys as data tests, not as DuckDB PRIMARY KEYs
    # (3-4.5x slower inserts, ~5x larger file to copy per run). schemas/model.py says why.
    Migration(3, "unenforce_bulk_table_keys",
              rebuild_tables("document_sources", "paragraphs", "artefacts", "line_stats",
                             when=_has_primary_key)),
    # Readers check a snapshot is whole: count(*) FROM documents = latest run's total.
    # Documents are never deleted, so history is exact: those loaded by runs <= this one.
    Migration(4, "add_runs_documents_total",
              add_columns("runs", "documents_total", backfill=(
                  "UPDATE runs SET documents_total = (SELECT count(*) FROM documents d "
                  "WHERE d.run_id <= runs.run_id) WHERE documents_total IS NULL"))),
    Migration(5, "add_runs_error", add_columns("runs", "error")),
    Migration(6, "add_documents_duplicate_similarity_and_date_order",
              add_columns("documents", "duplicate_similarity", "date_order")),
    # Quotes are stored verbatim from clean_text, so the end follows from the text.
    Migration(7, "add_quotes_end_offset_and_attribution",
              add_columns("quotes", "end_offset", "attribution", backfill=(
                  "UPDATE quotes SET end_offset = start_offset + length(text) "
                  "WHERE end_offset IS NULL AND start_offset IS NOT NULL"))),
    # Documents loaded before this have no signature: near-duplicates are found among
    # documents loaded from now on.
    Migration(8, "create_minhash_signatures", create_tables("minhash_signatures")),
    # Rejected files get a fingerprint: unchanged ones are not re-read by later runs.
    Migration(9, "add_rejects_mtime_ns", add_columns("rejects", "mtime_ns")),
    # Full-text search moves to plain tables that each run extends (the fts extension's
    # index was rebuilt whole by every run): created, filled for the documents already
    # loaded, and the extension's index dropped.
    Migration(10, "create_search_tables", _create_search_index),
    # Near-duplicate linking looks up candidates in a persisted LSH index instead of bucketing
    # every stored signature in each run; signatures move to the cheaper one-permutation
    # scheme (recomputed from clean_text, so earlier documents keep matching), then indexed.
    Migration(11, "create_minhash_bands", _index_minhash_bands),
    # documents' PRIMARY KEY goes too: checkpointing its ART index after each load cost
    # ~4 s of CPU and ~900 MB at 100,000 documents; the data tests check the key whole.
    Migration(13, "unenforce_documents_key",
              rebuild_tables("documents", when=_has_primary_key)),
)
LATEST = MIGRATIONS[-1].version


def applied_migrations(con: duckdb.DuckDBPyConnection) -> dict[int, str]:
    con.execute(MIGRATIONS_TABLE)
    return dict(con.execute("SELECT version, name FROM schema_migrations").fetchall())


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    return max(applied_migrations(con), default=0)


def migrate(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Apply pending migrations in order; returns the versions applied.

    Raises :class:`MigrationError` for a file written by a newer newsetl (or with a
    different history), and :class:`SchemaDrift` if the result differs from the
    declarations — a declaration changed without a migration.
    """
    done = applied_migrations(con)
    known = {m.version: m.name for m in MIGRATIONS}
    newer = sorted(set(done) - set(known))
    if newer:
        raise MigrationError(f"the warehouse has migrations {newer} that this newsetl does not "
                             f"know (it knows up to {LATEST}): upgrade newsetl")
    renamed = [f"{v}: {done[v]!r} vs {known[v]!r}" for v in done if done[v] != known[v]]
    if renamed:
        raise MigrationError("recorded migrations differ from this newsetl's: "
                             + "; ".join(renamed))
    applied = []
    for m in MIGRATIONS:
        if m.version in done:
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
    drift = schema_drift(con)
    if drift:
        raise SchemaDrift("the warehouse schema differs from schemas/ after migrating — add a "
                          "named migration in warehouse/migrations.py: " + "; ".join(drift))
    apply_comments(con)
    return applied


def apply_comments(con: duckdb.DuckDBPyConnection) -> None:
    """COMMENT ON every declared table and column (the live data dictionary)."""
    for table in TABLES:
        for stmt in table.comment_sql():
            con.execute(stmt)
