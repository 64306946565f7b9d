"""SIGKILL a run at random moments: the warehouse always opens whole, and a re-run converges.

The killed runs are real processes (the `newsetl run` CLI entry point, started by the
driver of bench/kill_loop.py, in their own process group) talking to the session's
temporary Prefect server through PREFECT_API_URL, so none of them starts a server of its
own. The reference runs, which are never interrupted, run in process. Five kills here; the
long loop is `python -m bench.kill_loop` (results in bench/KILL_LOOP.md).
"""

from __future__ import annotations

import os
import random
import shutil
import time

import duckdb

from bench.kill_loop import attempt, checksums, leftovers, restore_if_finished, snapshot_state
from tests.conftest import SAMPLE
from tests.helpers import check_warehouse_consistent

PART_A = ["kyiv-daily", "berlin-bote", "eco-di-sabina"]
PART_B = ["bad", "elbe-rundschau", "kurier-mazowiecki", "cronica-de-levante"]
PLANS = ["random", "publishing", "random", "random", "publishing"]


def test_sigkill_never_leaves_a_broken_warehouse_and_a_rerun_converges(prefect_harness,
                                                                       tmp_path):
    from prefect.settings import PREFECT_API_URL

    from flows.ingest import ingest_flow

    env = dict(os.environ, PREFECT_API_URL=PREFECT_API_URL.value())
    corpus, ref, db = tmp_path / "in", tmp_path / "reference.duckdb", tmp_path / "killed.duckdb"
    for folder in PART_A:
        shutil.copytree(SAMPLE / folder, corpus / folder)
    ingest_flow(paths=[str(corpus)], db=str(ref))
    shutil.copyfile(ref, db)  # both warehouses hold run 1
    shutil.copyfile(ref, tmp_path / "before.duckdb")
    before = checksums(ref)
    for folder in PART_B:
        shutil.copytree(SAMPLE / folder, corpus / folder)
    start = time.monotonic()
    ingest_flow(paths=[str(corpus)], db=str(ref))  # the run the kills interrupt
    run_s = time.monotonic() - start
    after = checksums(ref)
    assert before != after

    rng = random.Random(6)
    seen = []
    for plan in PLANS:
        delay = rng.uniform(0, 0.5) if plan == "publishing" else rng.uniform(0, 1.2 * run_s)
        phase, _ = attempt(corpus, db, env, workers=1, plan=plan, delay_s=delay)
        # opens read-only, passes the data tests and invariants, holds a whole state
        state = snapshot_state(db, {"before": before, "after": after})
        seen.append((plan, phase, state, leftovers(db)))
        restore_if_finished(db, state, tmp_path / "before.duckdb")  # too late: again
    assert any(phase == "publishing" for _, phase, _, _ in seen), seen
    assert any(".building" in left for *_, left in seen), seen  # a stale build copy was left

    ingest_flow(paths=[str(corpus)], db=str(db))  # over whatever the kills left behind
    assert checksums(db) == after, seen
    assert not db.with_name(db.name + ".building").exists()
    con = duckdb.connect(str(db), read_only=True)
    try:
        check_warehouse_consistent(con)
        last = con.execute("SELECT files_seen, files_loaded + files_unchanged + files_rejected "
                           "+ files_skipped FROM runs ORDER BY run_id DESC LIMIT 1").fetchone()
        assert last[0] == last[1]
    finally:
        con.close()
