"""`newsetl` commands for analysts: docs, search, export, report, and migrate.

Registered by flows/cli.py (every flows/cli_*.py module's ``register``). All but `migrate`
only read the published snapshot, so they never wait for or block a running load.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date


def register(sub: argparse._SubParsersAction) -> None:
    from flows.cli import DEFAULT_DB

    d = sub.add_parser("docs", help="print the data dictionary (tables, columns, views) as "
                                    "Markdown")
    d.add_argument("--out", help="write to this file instead of stdout")
    d.set_defaults(func=cmd_docs)

    s = sub.add_parser("search", help="full-text search (BM25) over current articles")
    s.add_argument("query", help='words to look for, e.g. "peace talks"')
    s.add_argument("--lang", help="only articles in this language (ISO 639-1, e.g. en)")
    s.add_argument("--since", type=date.fromisoformat,
                   help="only articles published on or after this day (YYYY-MM-DD)")
    s.add_argument("--limit", type=int, default=10, help="at most this many (default 10)")
    s.add_argument("--all-terms", action="store_true", help="every word must occur")
    s.add_argument("--format", choices=("table", "csv", "json"), default="table")
    s.add_argument("--show-sql", action="store_true",
                   help="print the SQL of the same search, for `duckdb -readonly` (the "
                        "warehouse's search_articles macro runs it too)")
    s.add_argument("--db", default=DEFAULT_DB)
    s.set_defaults(func=cmd_search)

    e = sub.add_parser("export", help="write the warehouse as Parquet (documents "
                                      "partitioned by publication month)")
    e.add_argument("--to", required=True, metavar="DIR", help="target folder")
    e.add_argument("--overwrite", action="store_true", help="replace DIR if it has files")
    e.add_argument("--db", default=DEFAULT_DB)
    e.set_defaults(func=cmd_export)

    r = sub.add_parser("report", help="write a self-contained HTML report with charts")
    r.add_argument("--out", default="report.html", help="HTML file (default %(default)s)")
    r.add_argument("--db", default=DEFAULT_DB)
    r.set_defaults(func=cmd_report)

    m = sub.add_parser("migrate", help="upgrade the warehouse schema in place (build, test, "
                                       "publish; readers keep the old snapshot meanwhile)")
    m.add_argument("--db", default=DEFAULT_DB)
    m.add_argument("--wait", type=float, default=0.0,
                   help="seconds to wait for a running load's writer lock")
    m.set_defaults(func=cmd_migrate)


def _fail(msg: str, code: int = 2) -> int:
    print(f"newsetl: {msg}", file=sys.stderr)
    return code


def _connect(db: str):
    from warehouse.connection import WarehouseMissing, connect_read

    try:
        return connect_read(db)
    except WarehouseMissing as exc:
        raise SystemExit(_fail(str(exc))) from None


def cmd_docs(args: argparse.Namespace) -> int:
    from warehouse.docs import data_dictionary

    text = data_dictionary()
    if args.out:
        with open(args.out, "w", encoding="utf-8") as fh:
            fh.write(text)
        print(f"wrote {args.out}")
    else:
        sys.stdout.write(text)
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from flows.cli import format_rows
    from warehouse.search import EmptyQuery, SearchUnavailable, readme_sql, search

    if args.show_sql:
        print(readme_sql(args.query, args.lang, args.since.isoformat() if args.since else None,
                         args.limit, args.all_terms))
        return 0
    con = _connect(args.db)
    try:
        hits = search(con, args.query, lang=args.lang, since=args.since, limit=args.limit,
                      all_terms=args.all_terms)
    except (SearchUnavailable, EmptyQuery) as exc:
        return _fail(str(exc))
    finally:
        con.close()
    if args.format == "table":
        if not hits:
            print("no matching articles")
        for i, h in enumerate(hits, 1):
            print(f"{i:>2}. [{h.score:.3f}] {h.title or '(no title)'}")
            print(f"    {h.published or 'undated'} · {h.language} · {h.source} · {h.doc_id}")
            print(f"    {h.snippet}")
        return 0
    cols = ["doc_id", "score", "published", "language", "source", "title", "snippet"]
    print(format_rows(cols, [(h.doc_id, h.score, h.published, h.language, h.source, h.title,
                              h.snippet) for h in hits], args.format))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from warehouse.connection import WarehouseMissing
    from warehouse.export import ExportError, export_parquet

    try:
        counts = export_parquet(args.db, args.to, overwrite=args.overwrite)
    except (ExportError, WarehouseMissing) as exc:
        return _fail(str(exc))
    print(f"exported {args.db} to {args.to}: " + ", ".join(f"{t} {n}" for t, n in counts.items()))
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from warehouse.connection import WarehouseMissing
    from warehouse.report import write_report

    try:
        path = write_report(args.db, args.out)
    except WarehouseMissing as exc:
        return _fail(str(exc))
    print(f"wrote {path}")
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    import os

    from warehouse.checks import DataTestFailed, run_data_tests
    from warehouse.connection import WarehouseBusy, building, writer_lock
    from warehouse.migrations import MigrationError, SchemaDrift, current_version, migrate
    from warehouse.publish import refresh

    if not os.path.exists(args.db):
        return _fail(f"no warehouse at {os.path.abspath(args.db)}: run `newsetl run` first")
    try:
        with writer_lock(args.db, wait_seconds=args.wait), building(args.db) as con:
            before = current_version(con)
            applied = migrate(con)
            refresh(con)
            run_data_tests(con)
    except WarehouseBusy as exc:
        return _fail(str(exc), 3)
    except (MigrationError, SchemaDrift, DataTestFailed) as exc:
        return _fail(f"not migrated, the warehouse is unchanged: {exc}", 4)
    if applied:
        print(f"migrated {args.db} from schema version {before} to {applied[-1]} "
              f"(applied {', '.join(map(str, applied))})")
    else:
        print(f"{args.db} is at the latest schema version ({before}); views and index "
              "refreshed")
    return 0
