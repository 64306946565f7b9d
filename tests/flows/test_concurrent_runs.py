"""Two runs started at once on one warehouse: one writes, the other exits at once with a
one-line message and exit code 3 — or, with --wait, waits its turn. Real processes (the CLI
entry point via the driver of bench/kill_loop.py, on the session's Prefect server)."""

from __future__ import annotations

import os
import shutil
import time

import duckdb

from bench.kill_loop import go, start_run
from tests.conftest import SAMPLE
from tests.helpers import check_warehouse_consistent


def test_two_runs_at_once_one_writes_one_is_refused_and_one_waits(prefect_harness, tmp_path):
    from prefect.settings import PREFECT_API_URL

    env = dict(os.environ, PREFECT_API_URL=PREFECT_API_URL.value(),
               PREFECT_LOGGING_LEVEL="CRITICAL")  # keep Prefect's run log out of stderr
    corpus, db = tmp_path / "in", tmp_path / "wh.duckdb"
    for folder in ("kyiv-daily", "berlin-bote", "bad"):
        shutil.copytree(SAMPLE / folder, corpus / folder)
    logs = {k: tmp_path / f"{k}.err" for k in "abc"}
    a = start_run(corpus, db, env, 1, stderr=logs["a"])
    b = start_run(corpus, db, env, 1, stderr=logs["b"])
    c = start_run(corpus, db, env, 1, extra=("--wait", "300"), stderr=logs["c"])
    go(a)
    go(b)  # a and b start at the same moment; neither waits
    lock = db.with_name(db.name + ".lock")
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:  # until one of them holds the writer lock
        holder = lock.read_text().strip() if lock.exists() else ""
        if holder in (str(a.pid), str(b.pid)):
            break
        time.sleep(0.01)
    go(c)  # starts while the warehouse is held: must wait, then run
    codes = {k: p.wait(timeout=600) for k, p in (("a", a), ("b", b), ("c", c))}

    winner, loser = ("a", "b") if holder == str(a.pid) else ("b", "a")
    assert (codes[winner], codes[loser], codes["c"]) == (0, 3, 0), codes
    refused = logs[loser].read_text().splitlines()  # (Prefect may add shutdown warnings)
    assert refused[0].startswith("newsetl: another newsetl run is writing")
    assert refused[0].endswith("--wait SECONDS")  # the whole message on one line
    con = duckdb.connect(str(db), read_only=True)
    try:
        check_warehouse_consistent(con)
        runs = con.execute("SELECT run_id, files_loaded, files_unchanged, files_rejected "
                           "FROM runs ORDER BY run_id").fetchall()
    finally:
        con.close()
    assert len(runs) == 2  # the winner, then the one that waited and saw its result
    # the waiter found every file unchanged: the documents and the rejected files alike
    assert runs[0][1] > 0 and runs[1][1] == 0 and runs[1][2] == runs[0][1] + runs[0][3]
