"""Where a worker's time goes: cProfile over read_batch + transform_batch on a synthetic corpus.

Prints ms per document (CPU time, one process, no profiler) and the profiled cumulative
time of the calls that matter, grouped by the module that owns them.

    python -m bench.profile_transforms [--n 400] [--corpus DIR]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from pathlib import Path

from bench.corpus import generate

# (label, function key as pstats prints it: file suffix, function name)
WATCH = [
    ("read+decode (transforms/decode, inputs)", "transforms/batch.py", "read_batch"),
    ("clean_document (transforms/clean + rules)", "transforms/clean.py", "clean_document"),
    ("  textedit.diff_changes (difflib)", "transforms/textedit.py", "diff_changes"),
    ("  unicode_norm.normalize_unicode", "transforms/unicode_norm.py", "normalize_unicode"),
    ("  mojibake.fix_mojibake", "transforms/mojibake.py", "fix_mojibake"),
    ("  ftfy.fix_and_explain", "ftfy/__init__.py", "fix_and_explain"),
    ("  hyphens.restore_dropped_hyphens", "transforms/hyphens.py", "restore_dropped_hyphens"),
    ("  glued_tokens.split_glued_tokens", "transforms/glued_tokens.py", "split_glued_tokens"),
    ("  homoglyphs", "transforms/homoglyphs.py", "fold_homoglyphs"),
    ("  lines.remove_nonbody_lines", "transforms/lines.py", "remove_nonbody_lines"),
    ("language: detect_language (all calls)", "transforms/language.py", "detect_language"),
    ("language: detect_document_languages", "transforms/language.py",
     "detect_document_languages"),
    ("  langdetect get_probabilities", "langdetect/detector.py", "get_probabilities"),
    ("  wordfreq lookups", "wordfreq/__init__.py", "zipf_frequency"),
    ("metadata.extract_metadata", "transforms/metadata.py", "extract_metadata"),
    ("  dateparser.parse", "dateparser/date.py", "parse"),
    ("entities.find_mentions", "transforms/entities.py", "find_mentions"),
    ("translation.translation_signals", "transforms/translation.py", "translation_signals"),
    ("paragraphs.split_paragraphs", "transforms/paragraphs.py", "split_paragraphs"),
    ("polars frames (DataFrame build)", "polars/dataframe/frame.py", "__init__"),
]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--corpus", help="an existing corpus folder (default: generate N)")
    ap.add_argument("--top", type=int, default=0, help="also print the top N functions")
    args = ap.parse_args(argv)

    from transforms.batch import read_batch, transform_batch
    from transforms.inputs import discover
    from transforms.language import detect_language

    detect_language("warm up the language profiles before timing anything")
    folder = Path(args.corpus or tempfile.mkdtemp(prefix="newsetl-prof-"))
    if not args.corpus:
        generate(folder, args.n)
    entries = [e for e in discover([folder]) if not e.skip][: args.n]

    warm = read_batch(entries[:50], 0, 1 << 26)["decoded"]  # load lazy tables untimed
    transform_batch(warm, frozenset(), 0)

    t = time.process_time()
    decoded = read_batch(entries, 0, 1 << 26)["decoded"]
    t_read = time.process_time() - t
    t = time.process_time()
    transform_batch(decoded, frozenset(), 0)
    t_transform = time.process_time() - t
    n = decoded.height
    print(f"{n} documents ({sum(len(x) for x in decoded['raw_text']) / n / 1000:.1f} k chars "
          f"avg): read+decode {1000 * t_read / n:.2f} ms/doc, clean+detect "
          f"{1000 * t_transform / n:.2f} ms/doc (CPU, one process, no profiler)")

    prof = cProfile.Profile()
    prof.enable()
    decoded = read_batch(entries, 0, 1 << 26)["decoded"]
    transform_batch(decoded, frozenset(), 0)
    prof.disable()
    stats = pstats.Stats(prof)
    total = sum(v[3] for (f, _, name), v in stats.stats.items()
                if f.endswith("transforms/batch.py") and name in ("read_batch",
                                                                   "transform_batch"))
    print(f"\nprofiled total {total:.2f} s; cumulative time per call site (profiler overhead "
          "inflates Python-heavy code):")
    print(f"{'':52} {'calls':>8} {'cum s':>8} {'share':>6} {'ms/doc':>7}")
    for label, suffix, name in WATCH:
        hits = [(v[1], v[3]) for (f, _, fn), v in stats.stats.items()
                if fn == name and f.endswith(suffix)]
        if not hits:
            continue
        calls = sum(c for c, _ in hits)
        cum = max(c for _, c in hits)  # recursive entries repeat the cumulative time
        print(f"{label:52} {calls:8d} {cum:8.2f} {100 * cum / total:5.1f}% "
              f"{1000 * cum / n:7.2f}")
    if args.top:
        stats.sort_stats("tottime").print_stats(args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
