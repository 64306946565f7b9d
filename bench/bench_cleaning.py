"""Cleaning throughput on one core: MB/s of raw text through transforms.clean.clean_document.

Measures the labelled evaluation set (quality/cleaning/eval.jsonl), the sample corpus
(data/sample) and synthetic bench articles (bench/corpus.py, ~4.4 KB each), with boilerplate
learned from the same documents as the flow would. Bytes are UTF-8 bytes of the decoded raw
text; times are this process's CPU time (the figure to quote on a shared machine).

* cold: the first pass over documents this process has not cleaned yet, after a warm-up on
  the first fifth of the set (other documents: lexicons loaded, patterns compiled, but no
  per-line cache holds these lines) — what a worker sees on new input;
* warm: best of ``--repeat`` further passes over the same documents.

    python -m bench.bench_cleaning [--repeat 3] [--synthetic 600]
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


def _decoded(data: bytes, gzipped: bool) -> str | None:
    if gzipped:
        data = gzip.decompress(data)
    dec = decode_bytes(data)
    return dec.text if dec.ok else None


def sample_texts() -> list[str]:
    texts = (_decoded(p.read_bytes(), p.suffix == ".gz") for p in sorted(SAMPLE.rglob("*.txt*")))
    return [t for t in texts if t is not None]


def synthetic_texts(n: int) -> list[str]:
    """The first ``n`` synthetic bench articles, decoded (empty and binary ones left out)."""
    from bench.corpus import article

    texts = (_decoded(data, rel.endswith(".gz")) for rel, data in map(article, range(n)))
    return [t for t in texts if t is not None]


def throughput(texts: list[str], repeat: int) -> dict[str, float]:
    """CPU seconds per pass, MB/s (CPU) cold and warm, MB/s (wall, warm), bytes, documents."""
    ctx = learn([{"raw": t} for t in texts])
    cut = len(texts) // 5
    for t in texts[:cut]:  # warm-up on other documents: lexicons, tables, compiled patterns
        clean_document(t, ctx)
    measured = texts[cut:]
    size = sum(len(t.encode("utf-8")) for t in measured)
    c0 = time.process_time()
    for t in measured:
        clean_document(t, ctx)
    cold = time.process_time() - c0
    wall = cpu = float("inf")
    for _ in range(repeat):
        w0, c0 = time.perf_counter(), time.process_time()
        for t in measured:
            clean_document(t, ctx)
        wall = min(wall, time.perf_counter() - w0)
        cpu = min(cpu, time.process_time() - c0)
    return {"docs": len(measured), "bytes": size, "cold_s": cold, "warm_s": cpu,
            "cold": size / cold / 1e6, "warm": size / cpu / 1e6, "wall": size / wall / 1e6}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--synthetic", type=int, default=600, help="synthetic articles (0: none)")
    args = ap.parse_args(argv)
    sets = {"eval set": [d["raw"] for d in load()], "sample corpus": sample_texts()}
    if args.synthetic:
        sets["synthetic"] = synthetic_texts(args.synthetic)
    print(f"{'corpus':<14} {'docs':>5} {'MB':>7} {'ms/doc cold':>11} {'ms/doc warm':>11} "
          f"{'MB/s cold':>9} {'MB/s warm':>9} {'MB/s wall':>9}")
    for name, texts in sets.items():
        r = throughput(texts, args.repeat)
        n = r["docs"]
        print(f"{name:<14} {n:>5} {r['bytes'] / 1e6:>7.3f} {1000 * r['cold_s'] / n:>11.3f} "
              f"{1000 * r['warm_s'] / n:>11.3f} {r['cold']:>9.2f} {r['warm']:>9.2f} "
              f"{r['wall']:>9.2f}")


if __name__ == "__main__":
    main()
