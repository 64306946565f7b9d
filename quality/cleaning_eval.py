"""Cleaning quality on the labelled evaluation set (quality/cleaning/eval.jsonl).

Every document is cleaned the way the flow cleans it — boilerplate is first learned from the
whole set — and each artefact row is matched to the labelled artefacts by kind and
overlapping raw span (an insertion matches a label it touches). Figures:

* ``precision.<kind>``: share of predicted rows of that kind that match a label;
* ``recall.<kind>``: share of labels of that kind matched by a predicted row;
* ``non_artefact_paragraphs_unchanged``: share of body paragraphs without any artefact that
  come out of cleaning exactly as written;
* ``idempotence``: share of documents for which cleaning the clean text changes nothing;
* ``replay_exact``: share of documents whose artefact rows rebuild the clean text from the raw
  text exactly;
* ``expected_text_exact``: share of documents cleaned exactly as a perfect cleaner would
  (informational: it also counts repairs that chose a different but valid replacement).

The set holds no markup, so ``markup`` only measures false positives (its recall is 1.0 by
convention). Rows of the final tidy step (blank-line runs and document edges; whitespace
holding a line break) are not artefacts anyone labels, so they are left out of ``spacing``.

The same figures are measured on the holdout set (quality/cleaning/holdout.jsonl: other seed,
other vocabulary; first measured blind, used for development since) and on the second,
blind holdout (quality/cleaning/holdout2.jsonl), reported with ``holdout.`` and
``holdout2.`` prefixes, with floors of their own.

The third holdout (quality/cleaning/holdout3.jsonl, see holdout3_bank.py) is BLIND: it is
measured once, by hand (``--set holdout3``), when the rule work it was built to judge is
final. Until floors are pinned for it (a ``[holdout3]`` section in
quality/floors_cleaning.toml), ``evaluate()`` — and so the gate — leaves it out, so nobody
sees its figures by running the gate.

``python -m quality.cleaning_eval`` prints the table (``--set holdout`` for the holdout);
``--misses KIND`` lists the false positives and negatives of a kind.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from functools import lru_cache
from pathlib import Path

import polars as pl

from transforms.boilerplate import count_lines, document_line_hashes, learned_boilerplate
from transforms.clean import clean_document
from transforms.lines import LineContext
from transforms.paragraphs import split_paragraphs
from transforms.textedit import replay

EVAL_SET = Path(__file__).resolve().parent / "cleaning" / "eval.jsonl"
HOLDOUT_SET = EVAL_SET.with_name("holdout.jsonl")
HOLDOUT2_SET = EVAL_SET.with_name("holdout2.jsonl")
HOLDOUT3_SET = EVAL_SET.with_name("holdout3.jsonl")
SETS = {"main": EVAL_SET, "holdout": HOLDOUT_SET, "holdout2": HOLDOUT2_SET,
        "holdout3": HOLDOUT3_SET}
# Sets that evaluate() measures only once floors are pinned for their prefix (blind until then).
BLIND_SETS = {"holdout3": HOLDOUT3_SET}
KINDS = ("mojibake", "unicode", "homoglyph", "quote", "spacing", "glued_token",
         "dropped_hyphen", "duplicate_line", "boilerplate", "caption", "title", "subtitle",
         "dateline", "byline", "source_line", "markup")


@lru_cache(maxsize=4)
def load(path: Path = EVAL_SET) -> tuple[dict, ...]:
    with path.open(encoding="utf-8") as fh:
        return tuple(json.loads(line) for line in fh)


def learn(docs) -> LineContext:
    """Boilerplate learned from the set, as the flow learns it from the warehouse."""
    frame = pl.DataFrame({"line_hashes": [document_line_hashes(d["raw"]) for d in docs]},
                         schema={"line_hashes": pl.List(pl.String)})
    return LineContext(learned_boilerplate(count_lines(frame), total_docs=len(docs)))


def _overlaps(a: int, b: int, c: int, d: int) -> bool:
    if a == b:  # an insertion matches a label it touches
        return c <= a <= d
    return a < d and c < b


def _is_tidy(row) -> bool:
    return row.kind == "spacing" and "\n" in row.original and not row.original.strip()


def run(path: Path = EVAL_SET) -> dict:
    """Counts behind the figures, plus the misses for inspection."""
    docs = load(path)
    ctx = learn(docs)
    tp_pred: Counter = Counter()
    n_pred: Counter = Counter()
    tp_lab: Counter = Counter()
    n_lab: Counter = Counter()
    misses: dict[str, list] = {"fp": [], "fn": []}
    paras_total = paras_same = idem = exact_replay = exact_text = 0
    for d in docs:
        raw = d["raw"]
        result = clean_document(raw, ctx)
        rows = [r for r in result.rows if not _is_tidy(r)]
        labels = d["labels"]
        for r in rows:
            n_pred[r.kind] += 1
            if any(lab["kind"] == r.kind and _overlaps(r.start_offset, r.end_offset,
                                                        lab["start"], lab["end"])
                   for lab in labels):
                tp_pred[r.kind] += 1
            else:
                misses["fp"].append((d["doc_id"], r.kind, r.original, r.replacement,
                                     raw[max(0, r.start_offset - 40):r.end_offset + 40]))
        for lab in labels:
            n_lab[lab["kind"]] += 1
            if any(r.kind == lab["kind"] and _overlaps(r.start_offset, r.end_offset,
                                                        lab["start"], lab["end"])
                   for r in rows):
                tp_lab[lab["kind"]] += 1
            else:
                misses["fn"].append((d["doc_id"], lab["kind"], raw[lab["start"]:lab["end"]],
                                     "", raw[max(0, lab["start"] - 40):lab["end"] + 40]))
        out_paras = {text for _, text in split_paragraphs(result.text)}
        paras_total += len(d["clean_paragraphs"])
        paras_same += sum(p in out_paras for p in d["clean_paragraphs"])
        idem += clean_document(result.text, ctx).text == result.text
        exact_replay += replay(raw, result.rows) == result.text
        exact_text += result.text == d["expected_clean"]
    return dict(docs=len(docs), tp_pred=tp_pred, n_pred=n_pred, tp_lab=tp_lab, n_lab=n_lab,
                paras_total=paras_total, paras_same=paras_same, idem=idem,
                exact_replay=exact_replay, exact_text=exact_text, misses=misses)


def figures(counts: dict) -> dict[str, float]:
    out: dict[str, float] = {}
    for k in KINDS:
        n_pred, n_lab = counts["n_pred"][k], counts["n_lab"][k]
        out[f"precision.{k}"] = counts["tp_pred"][k] / n_pred if n_pred else 1.0
        out[f"recall.{k}"] = counts["tp_lab"][k] / n_lab if n_lab else 1.0
    n = counts["docs"]
    out["non_artefact_paragraphs_unchanged"] = counts["paras_same"] / max(counts["paras_total"], 1)
    out["idempotence"] = counts["idem"] / n
    out["replay_exact"] = counts["exact_replay"] / n
    out["expected_text_exact"] = counts["exact_text"] / n
    return out


def pinned_blind_sets() -> dict[str, Path]:
    """The blind sets that have floors pinned (so are measured by the gate)."""
    from quality import gate

    pinned = gate.floors("cleaning")
    return {name: path for name, path in BLIND_SETS.items()
            if any(key.startswith(name + ".") for key in pinned)}


def evaluate() -> dict[str, float]:
    """Precision and recall per artefact kind and the whole-set rates (see module doc), on
    the main set and (prefixed ``holdout.``, ``holdout2.``) on the two holdout sets; a blind
    set (``holdout3.``) only once floors are pinned for it."""
    out = figures(run())
    out.update({f"holdout.{k}": v for k, v in figures(run(HOLDOUT_SET)).items()})
    out.update({f"holdout2.{k}": v for k, v in figures(run(HOLDOUT2_SET)).items()})
    for name, path in pinned_blind_sets().items():
        out.update({f"{name}.{k}": v for k, v in figures(run(path)).items()})
    return out


def table(counts: dict) -> str:
    f = figures(counts)
    lines = [f"{'kind':<16} {'labels':>7} {'predicted':>9} {'precision':>9} {'recall':>7}"]
    for k in KINDS:
        lines.append(f"{k:<16} {counts['n_lab'][k]:>7} {counts['n_pred'][k]:>9} "
                     f"{f['precision.' + k]:>9.3f} {f['recall.' + k]:>7.3f}")
    lines.append("")
    lines.append(f"documents                          {counts['docs']}")
    lines.append(f"non-artefact paragraphs unchanged  {f['non_artefact_paragraphs_unchanged']:.4f}"
                 f"  ({counts['paras_same']}/{counts['paras_total']})")
    lines.append(f"idempotence                        {f['idempotence']:.4f}")
    lines.append(f"replay exact                       {f['replay_exact']:.4f}")
    lines.append(f"expected text exact (info)         {f['expected_text_exact']:.4f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="Cleaning precision/recall on the labelled set.")
    ap.add_argument("--set", choices=sorted(SETS), default="main", help="which labelled set")
    ap.add_argument("--misses", "--show", metavar="KIND",
                    help="list false positives/negatives of KIND")
    args = ap.parse_args(argv)
    counts = run(SETS[args.set])
    print(table(counts))
    if args.misses:
        for which in ("fp", "fn"):
            print(f"\n-- {which} {args.misses}")
            for doc_id, kind, orig, repl, ctx in counts["misses"][which]:
                if kind == args.misses:
                    print(f"{doc_id} {orig!r} -> {repl!r}   …{ctx!r}")


if __name__ == "__main__":
    main()
