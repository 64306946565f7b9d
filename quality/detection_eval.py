"""Detection quality on labelled sets: language, article metadata and person entities.

``python -m quality.detection_eval`` prints every figure with its pinned floor
(``quality/floors_detection.toml``); ``-v`` also lists each miss. The sets:

* ``quality/language/paragraphs/<lang>.txt`` — news paragraphs (250+ characters) in 25
  languages; ``snippets.tsv`` — headlines and short sentences under 70 characters; mixed
  documents are built from them (English paragraphs around one paragraph of another language);
* ``quality/metadata/headers.toml`` — dirty article headers with the fields a reader expects,
  run through the real cleaning (``clean_document``) and ``extract_metadata``;
* ``quality/entities/articles.txt`` — articles with every person mention marked ``[[…]]``;
* ``*_holdout`` files — written after tuning and scored once before any fix (first-run
  figures are in quality/detection_sets.md); reported separately under ``*_holdout`` keys.

All figures are "higher is better" (rates of errors are reported as 1 - rate).
"""

from __future__ import annotations

import csv
import re
import sys
import time
import tomllib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LONG_CHARS = 250
SHORT_CHARS = 70
METADATA_FIELDS = ("title", "subtitle", "author", "published_at", "updated_at", "source_url",
                   "source_domain")
_MARK = re.compile(r"\[\[([^\]|]+)(?:\|([^\]]+))?\]\]")

Miss = Callable[[str], None]


def _paragraph_sets() -> dict[str, list[str]]:
    out = {}
    for f in sorted((HERE / "language" / "paragraphs").glob("*.txt")):
        out[f.stem] = [p.strip() for p in f.read_text("utf-8").split("\n\n") if p.strip()]
    return out


def language_figures(miss: Miss = lambda _: None) -> dict[str, float]:
    from transforms.language import detect_document_languages, identify_language

    paragraphs = _paragraph_sets()
    long_ok = long_n = 0
    for lang, paras in paragraphs.items():
        for p in paras:
            if len(p) < LONG_CHARS:
                continue
            long_n += 1
            got = identify_language(p).language
            long_ok += got == lang
            if got != lang:
                miss(f"language long   want={lang} got={got}  {p[:60]!r}")
    snippets = {}
    for name, key in (("snippets.tsv", "snippet"), ("snippets_holdout.tsv", "holdout_snippet")):
        rows = list(csv.DictReader((HERE / "language" / name).open(encoding="utf-8"),
                                   delimiter="\t"))
        rows = [r for r in rows if len(r["text"]) < SHORT_CHARS]
        wrong = und = 0
        for r in rows:
            got = identify_language(r["text"]).language
            if got == "und":
                und += 1
            elif got != r["lang"]:
                wrong += 1
                miss(f"language short  want={r['lang']} got={got}  {r['text']!r}")
        snippets[f"language.{key}_not_confidently_wrong"] = round(1 - wrong / len(rows), 4)
        snippets[f"language.{key}_labelled_rate"] = round(1 - und / len(rows), 4)
        snippets[f"language.{key}s"] = float(len(rows))
    # mixed documents: English around one paragraph of each other language
    english = paragraphs["en"]
    mixed_ok = mixed_n = fast = 0
    for i, (lang, paras) in enumerate(sorted(paragraphs.items())):
        if lang == "en":
            continue
        doc = [english[i % len(english)], english[(i + 1) % len(english)], paras[0],
               english[(i + 2) % len(english)]]
        want = ["en", "en", lang, "en"]
        got = detect_document_languages("\n\n".join(doc), doc)
        for w, g in zip(want, got.paragraphs):
            mixed_n += 1
            mixed_ok += g.language == w
            fast += g.method != "langdetect"
            if g.language != w:
                miss(f"language mixed  want={w} got={g.language}")
    return {
        "language.long_paragraph_accuracy": round(long_ok / long_n, 4),
        "language.long_paragraphs": float(long_n),
        "language.languages": float(len(paragraphs)),
        **snippets,
        "language.mixed_paragraph_accuracy": round(mixed_ok / mixed_n, 4),
        "language.mixed_without_langdetect": round(fast / mixed_n, 4),
    }


def _fmt(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M" if value.hour or value.minute else "%Y-%m-%d")
    return str(value)


def metadata_figures(miss: Miss = lambda _: None, name: str = "headers.toml",
                     prefix: str = "metadata") -> dict[str, float]:
    from transforms.clean import clean_document
    from transforms.lines import METADATA_KINDS
    from transforms.metadata import extract_metadata

    cases = tomllib.loads((HERE / "metadata" / name).read_text("utf-8"))["case"]
    ok = dict.fromkeys(METADATA_FIELDS, 0)
    invented = empty = 0
    for case in cases:
        raw = case["raw"].lstrip("\n")
        if case.get("crlf"):
            raw = raw.replace("\n", "\r\n")
        result = clean_document(raw)
        lines = [(a.kind, a.original) for a in result.rows if a.kind in METADATA_KINDS]
        meta = extract_metadata(lines, raw_text=raw)
        for field in METADATA_FIELDS:
            want, got = case[field], _fmt(meta[field])
            ok[field] += got == want
            if want == "":
                empty += 1
                invented += got != ""
            if got != want:
                miss(f"metadata {case['id']:<42} {field:<13} want={want!r} got={got!r}")
    out = {f"{prefix}.{f}_exact": round(ok[f] / len(cases), 4) for f in METADATA_FIELDS}
    out[f"{prefix}.all_fields_exact"] = round(sum(ok.values()) / (len(cases) * len(ok)), 4)
    out[f"{prefix}.not_invented"] = round(1 - invented / empty, 4) if empty else 1.0
    out[f"{prefix}.cases"] = float(len(cases))
    return out


def _entity_docs(name: str) -> list[tuple[str, dict[tuple[int, int], str]]]:
    raw = (HERE / "entities" / name).read_text("utf-8")
    raw = "\n".join(ln for ln in raw.splitlines() if not ln.startswith("#"))
    docs = []
    for chunk in re.split(r"^=====$", raw, flags=re.M)[1:]:
        text, gold, pos = "", {}, 0
        for m in _MARK.finditer(chunk):
            text += chunk[pos:m.start()]
            start = len(text)
            text += m.group(1)
            gold[(start, len(text))] = m.group(2) or m.group(1)
            pos = m.end()
        docs.append((text + chunk[pos:], gold))
    return docs


def entity_figures(miss: Miss = lambda _: None, name: str = "articles.txt",
                   prefix: str = "entities") -> dict[str, float]:
    from transforms.entities import find_mentions

    tp = fp = fn = linked = 0
    for text, gold in _entity_docs(name):
        pred = {(m.start, m.end): m.canonical_name for m in find_mentions(text)
                if m.entity_type == "person"}
        for span, canonical in pred.items():
            if span in gold:
                tp += 1
                linked += canonical == gold[span]
                if canonical != gold[span]:
                    miss(f"person link  {text[span[0]:span[1]]!r} -> {canonical!r}, "
                         f"want {gold[span]!r}")
            else:
                fp += 1
                miss(f"person FP    {text[span[0]:span[1]]!r}")
        for span in gold.keys() - pred.keys():
            fn += 1
            miss(f"person FN    {text[span[0]:span[1]]!r}")
    return {
        f"{prefix}.person_precision": round(tp / (tp + fp), 4) if tp + fp else 0.0,
        f"{prefix}.person_recall": round(tp / (tp + fn), 4) if tp + fn else 0.0,
        f"{prefix}.person_linking_accuracy": round(linked / tp, 4) if tp else 0.0,
        f"{prefix}.person_mentions": float(tp + fn),
    }


def evaluate(miss: Miss = lambda _: None) -> dict[str, float]:
    """Every detection figure (the gate compares the pinned ones with their floors)."""
    return {
        **language_figures(miss),
        **metadata_figures(miss),
        **metadata_figures(miss, "headers_holdout.toml", "metadata_holdout"),
        **entity_figures(miss),
        **entity_figures(miss, "articles_holdout.txt", "entities_holdout"),
    }


def main(argv: list[str] | None = None) -> int:
    from quality.gate import floors

    argv = sys.argv[1:] if argv is None else argv
    misses: list[str] = []
    started = time.perf_counter()
    figures = evaluate(misses.append)
    pinned = floors("detection")
    print(f"{'figure':<48} {'measured':>9} {'floor':>7}")
    failed = 0
    for key, value in figures.items():
        floor = pinned.get(key)
        status = "" if floor is None else ("ok" if value >= floor else "BELOW FLOOR")
        failed += status == "BELOW FLOOR"
        shown = f"{floor:.4f}" if floor is not None else "-"
        print(f"{key:<48} {value:>9.4f} {shown:>7} {status}")
    for key in sorted(pinned.keys() - figures.keys()):
        failed += 1
        print(f"{key:<48} {'missing':>9} {pinned[key]:>7.4f} BELOW FLOOR")
    print(f"\n{time.perf_counter() - started:.1f}s; {len(misses)} misses")
    if "-v" in argv or "--verbose" in argv:
        print("\n".join(misses))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
