"""CPU and peak memory of near-duplicate linking on a built warehouse, old vs new.

Each measurement runs in its own process (so peak RSS is its own) inside a transaction that
is rolled back: the warehouse is not changed. Scenarios:

* ``full``: every document is new (one run loading the whole corpus, as the benchmark does);
* ``incremental``: the last ``--new`` documents (by doc_id hash) are a new run, the rest stored.

Before linking, the columns it reads are scanned once (the load process has just written
them), so ``increase_mb`` is what linking adds over a warm process; ``peak_rss_mb`` is the
process's peak.

The new code links a warehouse migrated to the current schema (the first step copies
``--warehouse`` and migrates it: signatures of an older scheme are recomputed and indexed,
timed too). ``--old-module`` (a copy of the former transforms/near_duplicates.py) measures
the former linking on the original file, which must hold that module's signature scheme.

    python -m bench.bench_near_duplicates --warehouse W.duckdb --work DIR [--old-module F]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time

NEW_RUN = 10**6  # run id given to the simulated new run


def _memory() -> dict[str, float]:
    fields = {}
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(("VmRSS:", "VmHWM:")):
                fields[line.split(":")[0]] = int(line.split()[1]) / 1024
    return fields


def _measure(path: str, scenario: str, new: int, old_module: str | None) -> dict:
    import duckdb

    con = duckdb.connect(path)
    con.execute("SET memory_limit = '1GB'")  # as the flow's load (NEWSETL_LOAD_MEMORY_LIMIT)
    con.execute("BEGIN TRANSACTION")
    if scenario == "incremental":
        con.execute(f"UPDATE documents SET run_id = {NEW_RUN} WHERE doc_id IN (SELECT doc_id "
                    f"FROM documents ORDER BY hash(doc_id) LIMIT {int(new)})")
    else:
        con.execute(f"UPDATE documents SET run_id = {NEW_RUN}")
    if old_module is None:
        con.execute(f"DELETE FROM minhash_bands WHERE doc_id IN (SELECT doc_id FROM documents "
                    f"WHERE run_id = {NEW_RUN})")
    # The load process has just written these tables: read the columns linking reads, so
    # DuckDB's buffers hold them here too and the increase is what linking itself adds.
    con.execute("SELECT count(*), max(doc_id), max(published_at), max(run_id), "
                "max(cluster_id) FROM documents").fetchall()
    con.execute("SELECT count(*), max(doc_id), max(scheme), max(signature) "
                "FROM minhash_signatures").fetchall()
    if old_module is None:
        con.execute("SELECT count(*), max(doc_id), max(band), max(key) "
                    "FROM minhash_bands").fetchall()
    before = _memory()["VmRSS"]
    cpu = time.process_time()
    if old_module is None:
        from warehouse.near_duplicates import link_near_duplicates

        linked = link_near_duplicates(con, NEW_RUN)
    else:
        import importlib.util

        spec = importlib.util.spec_from_file_location("old_near_duplicates", old_module)
        old = importlib.util.module_from_spec(spec)
        sys.modules["old_near_duplicates"] = old
        spec.loader.exec_module(old)
        q = ("SELECT d.doc_id, d.published_at, s.signature{} FROM documents d "
             "JOIN minhash_signatures s USING (doc_id) WHERE d.run_id {} ? AND s.scheme = ? "
             "ORDER BY d.doc_id")
        batch = con.execute(q.format("", "="), [NEW_RUN, old.SCHEME]).pl()
        stored = con.execute(q.format(", d.cluster_id", "<>"), [NEW_RUN, old.SCHEME]).pl()
        links = old.near_duplicates_frame(batch, stored)
        linked = links.filter(links["duplicate_of"].is_not_null()).height
    cpu = time.process_time() - cpu
    mem = _memory()
    con.execute("ROLLBACK")
    return {"cpu_s": round(cpu, 2), "rss_before_mb": round(before), "peak_rss_mb":
            round(mem["VmHWM"]), "increase_mb": round(mem["VmHWM"] - before), "linked": linked}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--warehouse", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--old-module")
    ap.add_argument("--new", type=int, default=1000, help="documents in the incremental run")
    ap.add_argument("--scenarios", nargs="+", default=["full", "incremental"])
    ap.add_argument("--child", nargs=4, metavar=("PATH", "SCENARIO", "NEW", "OLD"),
                    help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        path, scenario, new, old = args.child
        print(json.dumps(_measure(path, scenario, int(new), None if old == "-" else old)))
        return
    os.makedirs(args.work, exist_ok=True)
    name = os.path.splitext(os.path.basename(args.warehouse))[0]
    migrated = os.path.join(args.work, f"{name}-migrated.duckdb")
    shutil.copy(args.warehouse, migrated)
    import duckdb

    from warehouse.migrations import migrate

    con = duckdb.connect(migrated)
    cpu = time.process_time()
    applied = migrate(con)
    print(json.dumps({"migrate": applied, "cpu_s": round(time.process_time() - cpu, 1),
                      "documents": con.execute("SELECT count(*) FROM documents").fetchone()[0]}))
    con.close()

    def child(path: str, scenario: str, old: str | None) -> None:
        out = subprocess.run([sys.executable, "-m", "bench.bench_near_duplicates",
                              "--warehouse", path, "--work", args.work, "--child", path,
                              scenario, str(args.new), old or "-"],
                             check=True, capture_output=True, text=True).stdout
        print(json.dumps({"code": "old" if old else "new", "scenario": scenario,
                          **json.loads(out.strip().splitlines()[-1])}), flush=True)

    for scenario in args.scenarios:
        if args.old_module:
            child(args.warehouse, scenario, args.old_module)
        child(migrated, scenario, None)


if __name__ == "__main__":
    main()
