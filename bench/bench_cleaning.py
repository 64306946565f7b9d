"""Cleaning throughput on one core: MB/s of raw text through transforms.clean.clean_document.

Measures the labelled evaluation set (quality/cleaning/eval.jsonl), the sample corpus
(data/sample) and synthetic bench articles (bench/corpus.py, ~4.4 KB each), with boilerplate
learned from the same documents as the flow would. Bytes are UTF-8 bytes of the decoded raw
text; times are this process's CPU time (the figure to quote on a shared machine).

* cold: the first pass over documents this process has not cleaned yet, after a warm-up on
  the first fifth of the set (other documents: lexicons loaded, patterns compiled, but no
  per-line cache holds these lines) — what a worker sees on new input;
* warm: best of ``--repeat`` further passes over the same documents.

With ``--against REV`` the cleaning code of git revision REV (its whole transforms/ package,
loaded under another name) is measured in the same process, chunk by chunk in alternating
order, and the ratio printed: the figure to quote on a noisy machine.

    python -m bench.bench_cleaning [--repeat 3] [--synthetic 600] [--against HEAD~3]
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import io
import re
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
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


def throughput(texts: list[str], repeat: int,
               cleaners: dict[str, Callable] | None = None) -> dict[str, dict[str, float]]:
    """Per cleaner (name -> clean_document): CPU seconds per pass, MB/s (CPU) cold and warm,
    MB/s (wall, warm), bytes, documents. Several cleaners take turns, 50 documents at a time
    (in alternating order), so each meets a loaded machine alike."""
    cleaners = cleaners or {"current": clean_document}
    ctx = learn([{"raw": t} for t in texts])
    contexts = {name: _context_for(fn, ctx) for name, fn in cleaners.items()}
    cut = len(texts) // 5
    for t in texts[:cut]:  # warm-up on other documents: lexicons, tables, compiled patterns
        for name, fn in cleaners.items():
            fn(t, contexts[name])
    measured = texts[cut:]
    size = sum(len(t.encode("utf-8")) for t in measured)
    cold = dict.fromkeys(cleaners, 0.0)
    names = list(cleaners)
    for k in range(0, len(measured), 50):
        for name in names if (k // 50) % 2 == 0 else names[::-1]:
            fn, c, c0 = cleaners[name], contexts[name], time.process_time()
            for t in measured[k : k + 50]:
                fn(t, c)
            cold[name] += time.process_time() - c0
    out = {}
    for name, fn in cleaners.items():
        wall = cpu = float("inf")
        for _ in range(repeat):
            w0, c0 = time.perf_counter(), time.process_time()
            for t in measured:
                fn(t, contexts[name])
            wall = min(wall, time.perf_counter() - w0)
            cpu = min(cpu, time.process_time() - c0)
        out[name] = {"docs": len(measured), "bytes": size, "cold_s": cold[name], "warm_s": cpu,
                     "cold": size / cold[name] / 1e6, "warm": size / cpu / 1e6,
                     "wall": size / wall / 1e6}
    return out


def _context_for(fn: Callable, ctx):
    """The line context in the cleaner's own package (its LineContext class)."""
    lines = sys.modules[fn.__module__.rsplit(".", 1)[0] + ".lines"]
    return lines.LineContext(ctx.learned_boilerplate)


def load_cleaner_at(rev: str) -> Callable:
    """clean_document of git revision ``rev``: its transforms/ package, extracted to a
    temporary folder and imported as ``transforms_at_rev``."""
    data = subprocess.run(["git", "-C", str(REPO), "archive", rev, "transforms"],
                          check=True, capture_output=True).stdout
    root = Path(tempfile.mkdtemp(prefix="bench-cleaning-"))
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        tar.extractall(root, filter="data")
    pkg = root / "transforms_at_rev"
    (root / "transforms").rename(pkg)
    for py in pkg.rglob("*.py"):
        py.write_text(re.sub(r"\b(from|import) transforms\b", r"\1 transforms_at_rev",
                             py.read_text("utf-8")), "utf-8")
    sys.path.insert(0, str(root))
    return importlib.import_module("transforms_at_rev.clean").clean_document


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--synthetic", type=int, default=600, help="synthetic articles (0: none)")
    ap.add_argument("--against", metavar="REV", help="also measure the cleaning code of REV")
    args = ap.parse_args(argv)
    cleaners = {"current": clean_document}
    if args.against:
        cleaners[args.against] = load_cleaner_at(args.against)
    sets = {"eval set": [d["raw"] for d in load()], "sample corpus": sample_texts()}
    if args.synthetic:
        sets["synthetic"] = synthetic_texts(args.synthetic)
    print(f"{'corpus':<14} {'code':<10} {'docs':>5} {'MB':>7} {'ms/doc cold':>11} "
          f"{'ms/doc warm':>11} {'MB/s cold':>9} {'MB/s warm':>9} {'MB/s wall':>9}")
    for name, texts in sets.items():
        results = throughput(texts, args.repeat, cleaners)
        for code, r in results.items():
            n = r["docs"]
            print(f"{name:<14} {code[:10]:<10} {n:>5} {r['bytes'] / 1e6:>7.3f} "
                  f"{1000 * r['cold_s'] / n:>11.3f} {1000 * r['warm_s'] / n:>11.3f} "
                  f"{r['cold']:>9.2f} {r['warm']:>9.2f} {r['wall']:>9.2f}")
        if args.against:
            new, old = results["current"], results[args.against]
            print(f"{name:<14} current vs {args.against}: cold x{old['cold_s'] / new['cold_s']:.2f}"
                  f", warm x{old['warm_s'] / new['warm_s']:.2f}")


if __name__ == "__main__":
    main()
