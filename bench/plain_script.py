"""The baseline newsetl is measured against: the script one would write first.

No cleaning: walk the folder, read every .txt/.txt.gz file, detect its language with
langdetect (seeded), insert it into a DuckDB table one row at a time. ``--procs N`` reads
and detects in N worker processes (the inserts stay in the main process, in file order) —
the issue's reference figure (~62 s for 10,000 files) is this script on 2 processes.

    python bench/plain_script.py CORPUS_DIR OUT.duckdb [--procs N]
"""

from __future__ import annotations

import argparse
import gzip
import os
import sys
from multiprocessing import Pool

import duckdb
from langdetect import DetectorFactory, detect
from langdetect.lang_detect_exception import LangDetectException


def paths(root: str) -> list[str]:
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        out += [os.path.join(dirpath, name) for name in sorted(filenames)
                if name.endswith((".txt", ".txt.gz"))]
    return out


def read_and_detect(path: str) -> tuple[str, str, int, str]:
    DetectorFactory.seed = 0
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as fh:
        data = fh.read()
    text = data.decode("utf-8", errors="replace")
    try:
        language = detect(text)
    except LangDetectException:
        language = "und"
    return path, language, len(data), text


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("root")
    ap.add_argument("db")
    ap.add_argument("--procs", type=int, default=1)
    args = ap.parse_args(argv)
    con = duckdb.connect(args.db)
    con.execute("CREATE TABLE IF NOT EXISTS articles "
                "(path VARCHAR, language VARCHAR, size_bytes BIGINT, text VARCHAR)")
    files = paths(args.root)
    if args.procs > 1:
        pool = Pool(args.procs)
        rows = pool.imap(read_and_detect, files, chunksize=16)
    else:
        pool, rows = None, map(read_and_detect, files)
    n = 0
    for row in rows:
        con.execute("INSERT INTO articles VALUES (?, ?, ?, ?)", list(row))
        n += 1
    if pool is not None:
        pool.close()
        pool.join()
    con.close()
    print(f"{n} files -> {args.db} ({args.procs} process(es))")
    return 0


if __name__ == "__main__":
    sys.exit(main())
