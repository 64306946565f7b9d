"""The baseline newsetl is measured against: the script one would write first.

One process, no cleaning: walk the folder, read every .txt/.txt.gz file, detect its language
with langdetect (seeded), insert it into a DuckDB table, one row at a time.

    python bench/plain_script.py CORPUS_DIR OUT.duckdb
"""

from __future__ import annotations

import gzip
import os
import sys

import duckdb
from langdetect import DetectorFactory, detect
from langdetect.lang_detect_exception import LangDetectException


def main(root: str, db: str) -> int:
    DetectorFactory.seed = 0
    con = duckdb.connect(db)
    con.execute("CREATE TABLE IF NOT EXISTS articles "
                "(path VARCHAR, language VARCHAR, size_bytes BIGINT, text VARCHAR)")
    n = 0
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            if not name.endswith((".txt", ".txt.gz")):
                continue
            path = os.path.join(dirpath, name)
            opener = gzip.open if name.endswith(".gz") else open
            with opener(path, "rb") as fh:
                data = fh.read()
            text = data.decode("utf-8", errors="replace")
            try:
                language = detect(text)
            except LangDetectException:
                language = "und"
            con.execute("INSERT INTO articles VALUES (?, ?, ?, ?)",
                        [path, language, len(data), text])
            n += 1
    con.close()
    print(f"{n} files -> {db}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
