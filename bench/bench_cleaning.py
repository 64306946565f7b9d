"""Cleaning throughput on one core: MB/s of raw text through transforms.clean.clean_document.

Measures the labelled evaluation set (quality/cleaning/eval.jsonl) and the sample corpus
(data/sample), after a warm-up pass that loads the lexicons and compiles the rules, with
boilerplate learned from the same documents as the flow would. Bytes are UTF-8 bytes of the
decoded raw text.

    python -m bench.bench_cleaning [--repeat 3]
"""

from __future__ import annotations

import argparse
import gzip
import time
from pathlib import Path

from quality.cleaning_eval import learn, load
from transforms.clean import clean_document
from transforms.decode import decode_bytes

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "data" / "sample"


def sample_texts() -> list[str]:
    texts = []
    for path in sorted(SAMPLE.rglob("*.txt*")):
        data = path.read_bytes()
        if path.suffix == ".gz":
            data = gzip.decompress(data)
        dec = decode_bytes(data)
        if dec.ok:
            texts.append(dec.text)
    return texts


def throughput(texts: list[str], repeat: int) -> tuple[float, float, float, int]:
    """(MB/s wall, MB/s CPU, CPU seconds per pass, bytes), best of ``repeat`` passes.

    CPU time (this process only) is the figure to quote on a shared machine: wall time also
    counts the time other processes held the core.
    """
    ctx = learn([{"raw": t} for t in texts])
    for t in texts:  # warm-up: lexicons, tables, compiled patterns
        clean_document(t, ctx)
    size = sum(len(t.encode("utf-8")) for t in texts)
    wall = cpu = float("inf")
    for _ in range(repeat):
        w0, c0 = time.perf_counter(), time.process_time()
        for t in texts:
            clean_document(t, ctx)
        wall = min(wall, time.perf_counter() - w0)
        cpu = min(cpu, time.process_time() - c0)
    return size / wall / 1e6, size / cpu / 1e6, cpu, size


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    sets = {"eval set": [d["raw"] for d in load()], "sample corpus": sample_texts()}
    print(f"{'corpus':<14} {'docs':>5} {'MB':>7} {'CPU s/pass':>10} {'MB/s (CPU)':>10} "
          f"{'MB/s (wall)':>11}")
    for name, texts in sets.items():
        wall, cpu, secs, size = throughput(texts, args.repeat)
        print(f"{name:<14} {len(texts):>5} {size / 1e6:>7.3f} {secs:>10.3f} {cpu:>10.2f} "
              f"{wall:>11.2f}")


if __name__ == "__main__":
    main()
