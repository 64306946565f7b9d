"""The ``newsetl`` command line: run the flow, query the warehouse, show its state."""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import sys
from pathlib import Path

# Prefect reads these at import time: no telemetry (no network here), and a temporary
# server start-up that is slow on small machines must not time out.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")

REPO_ROOT = Path(__file__).resolve().parents[1]
SAMPLE_CORPUS = REPO_ROOT / "data" / "sample"
DEFAULT_DB = os.environ.get("NEWSETL_DB", "news.duckdb")


def _fail(msg: str, code: int = 2) -> int:
    print(f"newsetl: {msg}", file=sys.stderr)
    return code


def cmd_run(args: argparse.Namespace) -> int:
    paths = [str(p) for p in (args.paths or [SAMPLE_CORPUS])]
    missing = [p for p in paths if not os.path.exists(p)]
    if missing:
        return _fail(f"input not found: {', '.join(missing)}")
    import contextlib

    from flows import executor

    api = executor.TemporaryApi()  # starts now, while the imports below run
    if not args.dask_address and (args.workers or executor.default_workers()) > 1:
        executor.prestart()  # the workers' forkserver warms its tables meanwhile too
    from flows import progress
    from flows.ingest import ingest_flow
    from warehouse.checks import DataTestFailed
    from warehouse.connection import WarehouseBusy

    flow = ingest_flow
    with contextlib.ExitStack() as stack:
        stack.callback(api.stop)
        stack.callback(executor.stop_forkserver)  # if no pool was needed (a no-op run)
        if args.dask_address:  # batch tasks on the cluster's workers, inline there
            flow = ingest_flow.with_options(
                task_runner=executor.dask_task_runner(args.dask_address))
        stack.enter_context(api.serving(wait_for_remote_logs=bool(args.dask_address)))
        if sys.stdout.isatty() and not args.no_progress:
            listener, bars = progress.rich_listener()
            stack.enter_context(bars)
            stack.enter_context(progress.listening(listener))
        try:
            summary = flow(paths=paths, db=args.db, batch_size=args.batch_size or None,
                           max_bytes=args.max_bytes, follow_outside=args.follow_symlinks,
                           lock_wait_seconds=args.wait, staging_dir=args.staging,
                           workers=args.workers or None)
        except WarehouseBusy as exc:
            return _fail(str(exc), 3)
        except DataTestFailed as exc:
            return _fail(f"run failed, nothing was published (last good warehouse kept): "
                         f"{exc}", 4)
    c = summary.counts
    print(f"run {summary.run_id} -> {summary.db}")
    print(f"files seen {c.files_seen}: loaded {c.files_loaded}, unchanged {c.files_unchanged}, "
          f"rejected {c.files_rejected}, skipped {c.files_skipped}, removed {c.files_removed}")
    if summary.reject_reasons:
        reasons = sorted(summary.reject_reasons.items())
        print("rejects: " + ", ".join(f"{k} {v}" for k, v in reasons))
    print("languages: " + ", ".join(f"{k} {v}" for k, v in summary.languages.items()))
    return 0


def _connect(db: str):
    from warehouse.connection import WarehouseMissing, connect_read

    try:
        return connect_read(db)
    except WarehouseMissing as exc:
        raise SystemExit(_fail(str(exc))) from None


def format_rows(columns: list[str], rows: list[tuple], fmt: str) -> str:
    """Render a result as an aligned table, CSV or JSON (one object per row)."""
    if fmt == "json":
        return json.dumps([dict(zip(columns, r)) for r in rows], default=str,
                          ensure_ascii=False, indent=1)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(columns)
        w.writerows(rows)
        return buf.getvalue().rstrip("\n")
    cells = [[_cell(v) for v in r] for r in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    line = " | ".join(c.ljust(w) for c, w in zip(columns, widths))
    sep = "-+-".join("-" * w for w in widths)
    body = [" | ".join(v.ljust(w) for v, w in zip(r, widths)) for r in cells]
    return "\n".join([line, sep, *body, f"({len(rows)} rows)"])


def _cell(v) -> str:
    s = "NULL" if v is None else str(v)
    s = s.replace("\n", " ")
    return s if len(s) <= 80 else s[:77] + "..."


def cmd_sql(args: argparse.Namespace) -> int:
    import duckdb

    con = _connect(args.db)
    try:
        # queries read the warehouse only: no COPY … TO, read_csv, ATTACH or httpfs — and a
        # query cannot switch that back on
        con.execute("SET enable_external_access = false")
        con.execute("SET lock_configuration = true")
        cur = con.execute(args.query)
        if cur.description is None:
            return 0
        cols = [d[0] for d in cur.description]
        print(format_rows(cols, cur.fetchall(), args.format))
    except duckdb.Error as exc:
        msg = str(exc).splitlines()[0]
        if "read-only" in msg or "read only" in msg:
            msg = "the warehouse is read-only for `newsetl sql` (queries only): " + msg
        elif "disabled by configuration" in msg or "configuration has been locked" in msg:
            msg = ("`newsetl sql` reads the warehouse only (no other files, no network; "
                   "use `newsetl export` to write files): " + msg)
        return _fail(msg, 1)
    finally:
        con.close()
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from schemas.tables import TABLES

    con = _connect(args.db)
    try:
        runs = con.execute(
            "SELECT run_id, status, started_at, finished_at, files_seen, files_loaded, "
            "files_unchanged, files_rejected FROM runs ORDER BY run_id DESC LIMIT ?",
            [args.limit]).fetchall()
        print(format_rows(["run_id", "status", "started_at", "finished_at", "seen", "loaded",
                           "unchanged", "rejected"], runs, "table"))
        print()
        counts = [(t.name, con.execute(f"SELECT count(*) FROM {t.name}").fetchone()[0])
                  for t in TABLES]
        print(format_rows(["table", "rows"], counts, "table"))
    finally:
        con.close()
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="newsetl", description=__doc__)
    sub = p.add_subparsers(dest="command", required=True)

    r = sub.add_parser("run", help="run the ingest flow over files and folders")
    r.add_argument("paths", nargs="*", help="files/folders (default: bundled sample corpus)")
    r.add_argument("--db", default=DEFAULT_DB, help="warehouse file (default %(default)s)")
    r.add_argument("--workers", type=int, default=0, help="worker processes (default: cores)")
    r.add_argument("--batch-size", type=int, default=0,
                   help="files per task run (default: about 8 batches per worker, at most 500)")
    r.add_argument("--dask-address", metavar="tcp://HOST:8786",
                   help="run the batch tasks on this existing Dask cluster (prefect-dask)")
    r.add_argument("--staging", metavar="DIR",
                   help="folder for the run's Parquet shards (default: <db>.staging); "
                        "with --dask-address, one the workers can reach")
    r.add_argument("--no-progress", action="store_true",
                   help="no progress bar (it shows only when stdout is a terminal)")
    r.add_argument("--max-bytes", type=int, default=50 * 1024 * 1024,
                   help="files larger than this are rejected as too_large")
    r.add_argument("--follow-symlinks", action="store_true",
                   help="follow symlinks that point outside the input folders")
    r.add_argument("--wait", type=float, default=0.0,
                   help="seconds to wait for another run's writer lock (default: exit at once)")
    r.set_defaults(func=cmd_run)

    s = sub.add_parser("sql", help="run a read-only SQL query")
    s.add_argument("query")
    s.add_argument("--db", default=DEFAULT_DB)
    s.add_argument("--format", choices=("table", "csv", "json"), default="table")
    s.set_defaults(func=cmd_sql)

    st = sub.add_parser("status", help="recent runs and table counts")
    st.add_argument("--db", default=DEFAULT_DB)
    st.add_argument("--limit", type=int, default=10)
    st.set_defaults(func=cmd_status)

    # Further subcommands live next to the code they drive; each module adds its own.
    for register in _command_modules():
        register(sub)
    return p


def _command_modules():
    """register(subparsers) functions of the command modules (flows/cli_*.py)."""
    import importlib
    import pkgutil

    import flows

    found = []
    for info in sorted(pkgutil.iter_modules(flows.__path__), key=lambda i: i.name):
        if info.name.startswith("cli_"):
            found.append(importlib.import_module(f"flows.{info.name}").register)
    return found


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
