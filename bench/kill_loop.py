"""Kill `newsetl run` with SIGKILL at random moments and check the warehouse never breaks.

Scenario: a warehouse holds run 1 (part A of a corpus); part B is added; then ``--kills``
attempts of the same run are each killed (the whole process group, SIGKILL) after a random
delay — or, for every third attempt, while the run is publishing (``<db>.building`` exists).
After every kill the warehouse must open read-only, pass the data tests and the invariants of
tests/helpers.py (no half-loaded run, no half-written document) and hold exactly the state
before the run or after it. Finally an uninterrupted run must give table contents identical
(per-table checksums, run-specific columns excluded) to a reference warehouse that was never
interrupted. A kill that came too late (the run had published) is followed by putting the
earlier warehouse back, so every attempt interrupts real work. Results: bench/KILL_LOOP.md.
Not a test (tests/flows/test_crash_safety.py does 5 kills); run it by hand:

    python -m bench.kill_loop --kills 40 [--n 400] [--workers 2] [--seed 6]
"""

from __future__ import annotations

import argparse
import glob
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import duckdb

REPO = Path(__file__).resolve().parents[1]
# The CLI's own entry point, imports done before it says "ready"; it starts the run when it
# reads a line, so a kill delay measures running time and several runs can start at once.
DRIVER = ("import sys; from flows import cli, ingest  # noqa\n"
          "print('ready', flush=True); sys.stdin.readline(); sys.exit(cli.main(sys.argv[1:]))")


@dataclass
class Attempt:
    number: int
    plan: str  # "random" | "publishing"
    delay_s: float  # after the driver was ready
    phase: str  # what the run was doing when killed (or "finished")
    state: str  # warehouse after the kill: "before" | "after" | "missing"
    leftovers: str


def start_run(corpus: Path, db: Path, env: dict, workers: int, extra: tuple[str, ...] = (),
              stderr: Path | None = None) -> subprocess.Popen:
    """`newsetl run` in its own process group (so a kill reaches its worker processes),
    imported and waiting for :func:`go`; its log (stderr) goes to ``stderr`` if given."""
    cmd = [sys.executable, "-c", DRIVER, "run", str(corpus), "--db", str(db),
           "--workers", str(workers), *extra]
    err = open(stderr, "w") if stderr else subprocess.DEVNULL  # noqa: SIM115 (child owns it)
    try:
        proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=err, text=True,
                                start_new_session=True)
    finally:
        if stderr:
            err.close()
    line = proc.stdout.readline().strip()
    assert line == "ready", f"driver did not start: {line!r}"
    return proc


def go(proc: subprocess.Popen) -> None:
    proc.stdin.write("go\n")
    proc.stdin.flush()


def phase_of(db: Path, since: float) -> str:
    """What a run of ``db`` is doing, judged from the files it wrote after ``since`` (a
    time.time(); files left by an earlier killed run do not count)."""
    def fresh(p: Path) -> bool:
        try:
            return p.stat().st_mtime >= since
        except FileNotFoundError:
            return False

    if fresh(db.with_name(db.name + ".building")):
        return "publishing"
    pattern = os.path.join(glob.escape(str(db)) + ".staging", "run-*", "*", "*.parquet")
    shards = [Path(p) for p in glob.glob(pattern) if fresh(Path(p))]  # (glob.glob ignores
    tables = {p.parent.name for p in shards}  # folders that vanish while it looks)
    if tables - {"decoded", "rejects", "line_stats"}:
        return "clean+detect"
    return "read+decode" if tables else "starting"


def kill_group(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait()


def attempt(corpus: Path, db: Path, env: dict, *, workers: int, plan: str, delay_s: float,
            timeout_s: float = 600) -> tuple[str, float]:
    """Start a run and SIGKILL it; returns (phase at the kill, seconds after 'ready')."""
    proc = start_run(corpus, db, env, workers)
    try:
        since = time.time()
        go(proc)
        ready = time.monotonic()
        while proc.poll() is None and time.monotonic() - ready < timeout_s:
            waited = time.monotonic() - ready
            if plan == "publishing" and phase_of(db, since) == "publishing":
                time.sleep(delay_s)
                break
            if plan == "random" and waited >= delay_s:
                break
            time.sleep(0.005)
        phase = phase_of(db, since) if proc.poll() is None else "finished"
        return phase, time.monotonic() - ready
    finally:
        kill_group(proc)


def restore_if_finished(db: Path, state: str, before_copy: Path) -> None:
    """If the killed run had already published, put the earlier warehouse back (leftover
    files stay), so the next kill again interrupts a run with work to do."""
    if state == "after":
        shutil.copyfile(before_copy, db.with_name(db.name + ".restoring"))
        os.replace(db.with_name(db.name + ".restoring"), db)


def leftovers(db: Path) -> str:
    found = [p.name for p in db.parent.iterdir() if p.name.startswith(db.name + ".")
             and p.name not in (db.name + ".lock", db.name + ".run.log")]
    return ", ".join(sorted(found)) or "-"


def snapshot_state(db: Path, known: dict[str, dict[str, str]]) -> str:
    """Open the published warehouse, check it, and name which known state it holds."""
    from tests.helpers import check_warehouse_consistent, warehouse_checksums

    if not db.exists():
        return "missing"
    con = duckdb.connect(str(db), read_only=True)
    try:
        check_warehouse_consistent(con)
        sums = warehouse_checksums(con)
    finally:
        con.close()
    for name, ref in known.items():
        if sums == ref:
            return name
    raise AssertionError(f"the warehouse holds none of the states {sorted(known)}")


def checksums(db: Path) -> dict[str, str]:
    from tests.helpers import warehouse_checksums

    con = duckdb.connect(str(db), read_only=True)
    try:
        return warehouse_checksums(con)
    finally:
        con.close()


def run_to_end(corpus: Path, db: Path, env: dict, workers: int) -> float:
    log = db.with_name(db.name + ".run.log")
    proc = start_run(corpus, db, env, workers, stderr=log)
    start = time.monotonic()
    go(proc)
    out, _ = proc.communicate()
    assert proc.returncode == 0, f"run failed ({proc.returncode}): {out} {log.read_text()[-3000:]}"
    log.unlink()
    return time.monotonic() - start


def build_corpus(root: Path, n: int) -> tuple[list[Path], list[Path]]:
    """The sample corpus plus ``n`` synthetic articles, split in parts A and B (B held back
    in a side folder until the kills start)."""
    from bench.corpus import generate

    shutil.copytree(REPO / "data" / "sample", root / "in" / "sample",
                    ignore=shutil.ignore_patterns("MANIFEST.csv"))
    generate(root / "synthetic", n)
    files = sorted(p for p in (root / "synthetic").rglob("*") if p.is_file())
    part_b = files[len(files) // 2:]
    for p in files[: len(files) // 2]:
        dest = root / "in" / p.relative_to(root)
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(p, dest)
    return files[: len(files) // 2], part_b


def add_part_b(root: Path, part_b: list[Path]) -> None:
    for p in part_b:
        dest = root / "in" / p.relative_to(root)
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(p, dest)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kills", type=int, default=40)
    ap.add_argument("--n", type=int, default=400, help="synthetic articles besides the sample")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--seed", type=int, default=6)
    ap.add_argument("--work", default="/tmp/newsetl-kill-loop")
    ap.add_argument("--out", default=str(REPO / "bench" / "KILL_LOOP.md"))
    args = ap.parse_args(argv)

    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    from prefect.settings import PREFECT_API_URL
    from prefect.testing.utilities import prefect_test_harness

    work = Path(args.work)
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    _, part_b = build_corpus(work, args.n)
    corpus = work / "in"
    ref, db = work / "reference.duckdb", work / "killed.duckdb"
    rng = random.Random(args.seed)
    started = datetime.now().isoformat(timespec="seconds")
    with prefect_test_harness(server_startup_timeout=120):
        env = dict(os.environ, PREFECT_API_URL=PREFECT_API_URL.value())
        run_to_end(corpus, ref, env, args.workers)
        before_copy = work / "before.duckdb"
        shutil.copyfile(ref, before_copy)
        shutil.copyfile(ref, db)
        before = checksums(ref)
        add_part_b(work, part_b)
        run_s = run_to_end(corpus, ref, env, args.workers)
        after = checksums(ref)
        attempts: list[Attempt] = []
        for i in range(args.kills):
            plan = "publishing" if i % 3 == 2 else "random"
            delay = rng.uniform(0, 0.5) if plan == "publishing" else rng.uniform(0, run_s)
            phase, waited = attempt(corpus, db, env, workers=args.workers, plan=plan,
                                    delay_s=delay)
            state = snapshot_state(db, {"before": before, "after": after})
            attempts.append(Attempt(i + 1, plan, waited, phase, state, leftovers(db)))
            print(attempts[-1], flush=True)
            restore_if_finished(db, state, before_copy)
        final_s = run_to_end(corpus, db, env, args.workers)
        converged = checksums(db) == after
        state = snapshot_state(db, {"after": after})
    Path(args.out).write_text(report(args, started, run_s, final_s, attempts, converged,
                                     state, leftovers(db)), "utf-8")
    print(f"converged: {converged}; report in {args.out}")
    return 0 if converged else 1


def report(args, started: str, run_s: float, final_s: float, attempts: list[Attempt],
           converged: bool, state: str, left: str) -> str:
    phases = Counter(a.phase for a in attempts)
    states = Counter(a.state for a in attempts)
    lines = [
        "# Kill loop: SIGKILL during `newsetl run`",
        "",
        f"Run {started} by `python -m bench.kill_loop --kills {args.kills} --n {args.n} "
        f"--workers {args.workers} --seed {args.seed}` on {os.cpu_count()} cores. "
        "Corpus: the bundled sample plus synthetic articles (bench/corpus.py), half loaded "
        "as run 1, the other half added before the killed runs.",
        "",
        f"- uninterrupted run over the added half: {run_s:.1f} s (including start-up)",
        f"- kills: {len(attempts)} ({sum(a.plan == 'publishing' for a in attempts)} "
        "aimed at the publish step, the rest after a random delay)",
        "- phase at the kill: " + ", ".join(f"{k} {v}" for k, v in phases.most_common()),
        "- warehouse after each kill: " + ", ".join(
            f"{k} {v}" for k, v in states.most_common())
        + " (every time: opened read-only, data tests and invariants passed; after an "
        "'after' the earlier warehouse was put back)",
        f"- final uninterrupted run: {final_s:.1f} s; table checksums equal to the "
        f"never-interrupted reference: **{'yes' if converged else 'NO'}**; leftovers: {left}",
        "",
        "| # | plan | killed after (s) | phase | warehouse | leftovers after the kill |",
        "|---|---|---|---|---|---|",
    ]
    lines += [f"| {a.number} | {a.plan} | {a.delay_s:.2f} | {a.phase} | {a.state} | "
              f"{a.leftovers} |" for a in attempts]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
