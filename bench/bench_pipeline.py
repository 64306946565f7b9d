"""newsetl against the plain script, same corpus, same cores, one invocation.

For each N: generate a synthetic corpus (bench/corpus.py, not timed), then time the whole
``newsetl run`` command (start-up, temporary Prefect server and shut-down included), the
plain script (bench/plain_script.py) and a no-op re-run of newsetl over the unchanged corpus.
Prints docs/s, MB/s and the peak RSS of each command's process tree (sampled every 50 ms),
the ratios, and where newsetl's time went (from its log). Not a test: run it by hand.

    python -m bench.bench_pipeline --n 10000 100000 [--work /tmp/newsetl-bench]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path

import psutil

from bench.corpus import generate

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


@dataclass
class Measured:
    label: str
    wall_s: float
    peak_rss_mb: float
    peak_pss_mb: float
    cpu_s: float
    returncode: int
    load_before: float
    stages: dict[str, float] = field(default_factory=dict)


def run_measured(label: str, cmd: list[str], env: dict, log: Path) -> Measured:
    """Run ``cmd``; wall time, CPU seconds (user + system, summed over the processes as last
    sampled) and the peak memory of its process tree, sampled every 0.2 s:
    RSS summed over the processes (counts pages they share once per process) and PSS
    summed (shared pages split between their sharers: the memory the tree really holds)."""
    load_before = os.getloadavg()[0]
    with open(log, "w") as out:
        start = time.perf_counter()
        proc = psutil.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=env, cwd=REPO)
        peak_rss = peak_pss = 0
        cpu: dict[int, float] = {}  # pid -> last user+system seconds seen
        timeline = []  # (seconds, RSS MB, PSS MB): where in the run the peak is
        while proc.poll() is None:
            rss = pss = 0
            try:
                tree = [proc, *proc.children(recursive=True)]
            except psutil.NoSuchProcess:
                tree = []
            for p in tree:
                try:
                    mem = p.memory_full_info()
                    rss += mem.rss
                    pss += mem.pss
                    t = p.cpu_times()
                    cpu[p.pid] = t.user + t.system
                except psutil.Error:
                    pass
            peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
            timeline.append(f"{time.perf_counter() - start:.1f},{rss / 2**20:.0f},"
                            f"{pss / 2**20:.0f},{len(tree)}")
            time.sleep(0.2)
        wall = time.perf_counter() - start
    log.with_suffix(".mem.csv").write_text("seconds,rss_mb,pss_mb,processes\n"
                                           + "\n".join(timeline) + "\n")
    return Measured(label, wall, peak_rss / 2**20, peak_pss / 2**20, sum(cpu.values()),
                    proc.returncode, load_before)


_TS = re.compile(r"^(\d\d):(\d\d):(\d\d)\.(\d{3}) \| ")
_MARKS = [("server up", "Beginning flow run"), ("read + decode", "Task run 'read-decode"),
          ("select + learn", "Task run 'learn-boilerplate"),
          ("clean + detect", "Task run 'clean-detect"), ("load", "Task run 'load"),
          ("flow done", "Finished in state Completed()")]


def stages(log: Path, wall_s: float) -> dict[str, float]:
    """Seconds per stage, from the last log line of each stage (start-up: until the flow
    begins; the rest of the wall time is shut-down)."""
    last: dict[str, float] = {}
    first_ts = None
    for line in log.read_text(errors="replace").splitlines():
        m = _TS.match(line)
        if not m:
            continue
        h, mi, s, ms = map(int, m.groups())
        t = h * 3600 + mi * 60 + s + ms / 1000
        first_ts = first_ts if first_ts is not None else t
        for name, needle in _MARKS:
            if needle in line:
                last[name] = t
    if "server up" not in last:
        return {}
    out, prev = {}, last["server up"]
    for name, _ in _MARKS[1:]:
        if name in last:
            out[name] = round(last[name] - prev, 2)
            prev = last[name]
    return out


def machine() -> dict:
    cpu = "?"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"cpu": cpu, "cores": len(os.sched_getaffinity(0)),
            "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
            "python": platform.python_version(), "platform": platform.platform(),
            "date": datetime.now().isoformat(timespec="seconds")}


def corpus_stats(folder: Path) -> tuple[int, int]:
    n = size = 0
    for dirpath, _, files in os.walk(folder):
        for f in files:
            if not f.endswith((".txt", ".txt.gz")):
                continue
            n += 1
            size += os.path.getsize(os.path.join(dirpath, f))
    return n, size


def bench(n: int, work: Path, env: dict, plain_procs: list[int]) -> dict:
    corpus = work / f"corpus-{n}"
    if not (corpus / ".complete").exists():
        shutil.rmtree(corpus, ignore_errors=True)
        t = time.perf_counter()
        generate(corpus, n)
        (corpus / ".complete").write_text(str(n))
        print(f"[{n}] generated in {time.perf_counter() - t:.0f} s", flush=True)
    files, size = corpus_stats(corpus)
    mb = size / 1e6
    db = work / f"newsetl-{n}.duckdb"
    for p in work.glob(f"newsetl-{n}.duckdb*"):
        shutil.rmtree(p) if p.is_dir() else p.unlink()

    results = {}
    newsetl = [str(BIN / "newsetl"), "run", str(corpus), "--db", str(db), "--no-progress"]
    log = work / f"newsetl-{n}.log"
    m = run_measured("newsetl", newsetl, env, log)
    m.stages = stages(log, m.wall_s)
    results["newsetl"] = m
    print(f"[{n}] newsetl {m.wall_s:.1f} s, rc {m.returncode}", flush=True)
    for procs in plain_procs:
        plain_db = work / f"plain-{n}-{procs}.duckdb"
        plain_db.unlink(missing_ok=True)
        cmd = [sys.executable, str(REPO / "bench" / "plain_script.py"), str(corpus),
               str(plain_db), "--procs", str(procs)]
        label = f"plain script, {procs} process{'es' if procs > 1 else ''}"
        m = run_measured(label, cmd, env, work / f"plain-{n}-{procs}.log")
        results[f"plain{procs}"] = m
        print(f"[{n}] {label} {m.wall_s:.1f} s, rc {m.returncode}", flush=True)
    log = work / f"newsetl-{n}-rerun.log"
    m = run_measured("newsetl no-op re-run", newsetl, env, log)
    m.stages = stages(log, m.wall_s)
    results["rerun"] = m
    print(f"[{n}] no-op re-run {m.wall_s:.1f} s", flush=True)

    rows = {k: {**asdict(v), "docs_per_s": files / v.wall_s, "mb_per_s": mb / v.wall_s}
            for k, v in results.items()}
    return {"n": n, "files": files, "mb": round(mb, 1), "results": rows}


def report(out: dict) -> str:
    lines = [f"machine: {out['machine']}", ""]
    lines.append("| N | command | wall s | CPU s | docs/s | MB/s | peak RSS MB | peak PSS MB "
                 "| load before |")
    lines.append("|---|---|---|---|---|---|---|---|---|")
    for r in out["runs"]:
        for v in r["results"].values():
            lines.append(f"| {r['n']:,} | {v['label']} | {v['wall_s']:.1f} | "
                         f"{v.get('cpu_s', 0):.0f} | "
                         f"{v['docs_per_s']:.0f} | {v['mb_per_s']:.2f} | "
                         f"{v['peak_rss_mb']:.0f} | {v['peak_pss_mb']:.0f} | "
                         f"{v['load_before']:.1f} |")
    lines.append("")
    for r in out["runs"]:
        res = r["results"]
        for key, v in res.items():
            if key.startswith("plain"):
                ratio = res["newsetl"]["docs_per_s"] / v["docs_per_s"]
                lines.append(f"N={r['n']:,}: newsetl / {v['label']} docs/s = {ratio:.2f}x")
        lines.append(f"N={r['n']:,}: no-op re-run = "
                     f"{100 * res['rerun']['wall_s'] / res['newsetl']['wall_s']:.1f}% of the "
                     f"full run")
        lines.append(f"N={r['n']:,}: newsetl stages (s): {res['newsetl']['stages']}")
        lines.append(f"N={r['n']:,}: re-run stages (s): {res['rerun']['stages']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, nargs="+", default=[10_000])
    ap.add_argument("--work", default="/tmp/newsetl-bench")
    ap.add_argument("--plain-procs", type=int, nargs="*", default=[2, 1],
                    help="run the plain script with each of these process counts "
                         "(none: skip it); default 2 1")
    args = ap.parse_args(argv)
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, PREFECT_HOME=str(work / "prefect-home"),
               PREFECT_SERVER_ANALYTICS_ENABLED="false", PYTHONUNBUFFERED="1")
    env.pop("PREFECT_API_URL", None)
    # Warm-up (not timed): Prefect creates its database on the very first run.
    subprocess.run([str(BIN / "newsetl"), "run", "--db", str(work / "warmup.duckdb"),
                    "--no-progress"], env=env, cwd=REPO, capture_output=True, check=True)
    out = {"machine": machine(), "runs": []}
    for n in args.n:
        out["runs"].append(bench(n, work, env, args.plain_procs))
        (work / "results.json").write_text(json.dumps(out, indent=1))
        print(report(out), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
