"""``newsetl serve``: run the ingest flow on a cron schedule with Prefect's own scheduler.

The command builds a deployment of ``ingest_flow`` (entrypoint ``flows.ingest.ingest_flow``)
with the schedule and the run's parameters, and serves it: this process polls the Prefect
server for due runs and executes each in a subprocess. Runs of the deployment never
overlap (deployment concurrency limit 1, later runs queue), and each run waits up to
``--wait`` seconds for the warehouse's writer lock, so a manual ``newsetl run`` in between
delays a scheduled run instead of failing it.

Prefect schedules only through a server: set ``PREFECT_API_URL`` to a running one
(``prefect server start``), or pass ``--start-server`` to run one on localhost for as long
as ``newsetl serve`` runs.
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import time
import urllib.request

DEPLOYMENT_NAME = "scheduled"
DEFAULT_LOCK_WAIT = 3600.0  # a scheduled run waits this long for a manual run to finish


def register(subparsers) -> None:
    from flows.cli import DEFAULT_DB

    s = subparsers.add_parser(
        "serve", help="run the flow on a cron schedule (Prefect deployment, served here)",
        description=__doc__.split("\n\n")[0])
    s.add_argument("paths", nargs="*", help="files/folders (default: bundled sample corpus)")
    s.add_argument("--cron", required=True, metavar='"*/15 * * * *"',
                   help="when to run, as a cron expression")
    s.add_argument("--timezone", default="UTC", help="time zone of the cron expression")
    s.add_argument("--db", default=DEFAULT_DB, help="warehouse file (default %(default)s)")
    s.add_argument("--name", default=DEPLOYMENT_NAME, help="deployment name")
    s.add_argument("--workers", type=int, default=0, help="worker processes per run")
    s.add_argument("--wait", type=float, default=DEFAULT_LOCK_WAIT,
                   help="seconds a run waits for another run's writer lock")
    s.add_argument("--start-server", action="store_true",
                   help="start a Prefect server on localhost for as long as this runs "
                        "(when PREFECT_API_URL is not set)")
    s.add_argument("--dry-run", action="store_true",
                   help="print the deployment that would be served and exit")
    s.set_defaults(func=cmd_serve)


def build_deployment(paths: list[str], db: str, cron: str, *, name: str = DEPLOYMENT_NAME,
                     timezone: str = "UTC", workers: int | None = None,
                     lock_wait_seconds: float = DEFAULT_LOCK_WAIT):
    """The RunnerDeployment ``newsetl serve`` serves (built locally: no server needed)."""
    from prefect.client.schemas.objects import ConcurrencyLimitConfig, ConcurrencyLimitStrategy
    from prefect.deployments.runner import EntrypointType
    from prefect.schedules import Cron

    from flows.ingest import ingest_flow

    parameters = {"paths": [os.path.abspath(p) for p in paths], "db": os.path.abspath(db),
                  "lock_wait_seconds": lock_wait_seconds}
    if workers:
        parameters["workers"] = workers
    return ingest_flow.to_deployment(
        name=name,
        schedules=[Cron(cron, timezone=timezone)],
        parameters=parameters,
        concurrency_limit=ConcurrencyLimitConfig(
            limit=1, collision_strategy=ConcurrencyLimitStrategy.ENQUEUE),
        tags=["newsetl"],
        description=f"newsetl ingest of {', '.join(parameters['paths'])} into "
                    f"{parameters['db']} on '{cron}' ({timezone})",
        entrypoint_type=EntrypointType.MODULE_PATH,
    )


def cmd_serve(args: argparse.Namespace) -> int:
    from flows.cli import SAMPLE_CORPUS, _fail

    paths = [str(p) for p in (args.paths or [SAMPLE_CORPUS])]
    missing = [p for p in paths if not os.path.exists(p)]
    if missing:
        return _fail(f"input not found: {', '.join(missing)}")
    try:
        deployment = build_deployment(paths, args.db, args.cron, name=args.name,
                                      timezone=args.timezone, workers=args.workers or None,
                                      lock_wait_seconds=args.wait)
    except ValueError as exc:  # pydantic rejects a bad cron expression or time zone
        return _fail(f"invalid schedule {args.cron!r} ({args.timezone}): "
                     f"{str(exc).splitlines()[-1].strip()}")
    print(f"deployment newsetl-ingest/{deployment.name}: cron '{args.cron}' "
          f"({args.timezone}), paths {deployment.parameters['paths']}, "
          f"db {deployment.parameters['db']}")
    if args.dry_run:
        return 0
    server = None
    if not _api_url():
        if not args.start_server:
            return _fail("scheduling needs a Prefect server: start one (`prefect server "
                         "start`) and set PREFECT_API_URL=http://127.0.0.1:4200/api, or pass "
                         "--start-server")
        server, url = start_local_server()
        os.environ["PREFECT_API_URL"] = url
        print(f"started a Prefect server at {url} (UI at {url.removesuffix('/api')})")
    try:
        return _serve(deployment, url=os.environ.get("PREFECT_API_URL"))
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)


def _api_url() -> str | None:
    from prefect.settings import get_current_settings

    url = get_current_settings().api.url
    return str(url) if url else None


def _serve(deployment, url: str | None) -> int:
    from prefect import serve
    from prefect.settings import PREFECT_API_URL, temporary_settings

    if url:
        with temporary_settings({PREFECT_API_URL: url}):
            serve(deployment, limit=1)
    else:
        serve(deployment, limit=1)
    return 0


def start_local_server(timeout: float = 120.0) -> tuple[subprocess.Popen, str]:
    """``prefect server start`` on a free localhost port; returns (process, API URL)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1",
         "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/api"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"prefect server exited with code {proc.returncode}")
        try:
            with urllib.request.urlopen(url + "/health", timeout=2) as resp:
                if resp.status == 200:
                    return proc, url
        except OSError:
            time.sleep(0.5)
    proc.terminate()
    raise RuntimeError(f"prefect server did not answer on {url} within {timeout:.0f} s")
