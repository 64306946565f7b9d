"""The cleaning quality gate: no figure of quality/cleaning_eval.py may drop below its floor
(quality/floors_cleaning.toml), on the main set and on the holdout, and both stored sets are
exactly what their script builds."""

from __future__ import annotations

import json

import pytest

from quality import gate
from quality.cleaning import build_eval
from quality.cleaning_eval import EVAL_SET, HOLDOUT2_SET, HOLDOUT_SET, KINDS, evaluate


@pytest.fixture(scope="module")
def figures() -> dict[str, float]:
    return evaluate()


def test_every_kind_has_floors():
    pinned = gate.floors("cleaning")
    for kind in KINDS:
        assert f"precision.{kind}" in pinned and f"recall.{kind}" in pinned
    for prefix in ("", "holdout.", "holdout2."):
        for kind in KINDS:
            assert f"{prefix}precision.{kind}" in pinned and f"{prefix}recall.{kind}" in pinned
        for key in ("non_artefact_paragraphs_unchanged", "idempotence", "replay_exact"):
            assert prefix + key in pinned


def test_no_figure_below_its_floor(figures):
    below = [(key, value, floor) for key, value, floor, ok in gate.check("cleaning", figures)
             if not ok]
    assert below == []


def test_replay_is_exact_on_the_whole_set(figures):
    assert figures["replay_exact"] == 1.0
    assert figures["holdout.replay_exact"] == 1.0
    assert figures["holdout2.replay_exact"] == 1.0


def test_cleaning_is_idempotent_on_both_sets(figures):
    assert figures["idempotence"] == 1.0
    assert figures["holdout.idempotence"] == 1.0
    assert figures["holdout2.idempotence"] == 1.0


def test_holdout_is_large_enough_and_new():
    docs = [json.loads(line) for line in HOLDOUT_SET.read_text("utf-8").splitlines()]
    hyphens = sum(lab["kind"] == "dropped_hyphen" for d in docs for lab in d["labels"])
    assert hyphens >= 150
    main = {d["raw"] for d in build_eval.build()}
    assert not main & {d["raw"] for d in docs}
    from quality.cleaning import bank, holdout_bank

    assert not set(bank.HYPHENATED) & set(holdout_bank.HYPHENATED)
    assert not set(bank.TWO_WORD_NAMES) & set(holdout_bank.TWO_WORD_NAMES)
    assert not set(bank.PAIRED_NAMES) & set(holdout_bank.PAIRED_NAMES)


def test_stored_set_is_what_the_script_builds():
    built = [json.dumps(d, ensure_ascii=False) for d in build_eval.build()]
    stored = EVAL_SET.read_text("utf-8").splitlines()
    assert built == stored


def test_stored_holdout_is_what_the_script_builds():
    built = [json.dumps(d, ensure_ascii=False) for d in build_eval.build_holdout()]
    assert built == HOLDOUT_SET.read_text("utf-8").splitlines()


def test_holdout2_is_large_enough_and_new():
    from quality.cleaning import bank, holdout2_bank, holdout_bank

    docs = [json.loads(line) for line in HOLDOUT2_SET.read_text("utf-8").splitlines()]
    hyphens = sum(lab["kind"] == "dropped_hyphen" for d in docs for lab in d["labels"])
    assert hyphens >= 150
    kinds = {lab["kind"] for d in docs for lab in d["labels"]}
    assert {"mojibake", "homoglyph", "quote", "spacing", "glued_token", "unicode"} <= kinds

    def joined(b) -> set[str]:
        return {w.replace("-", "").replace(" ", "").lower()
                for w in b.HYPHENATED + b.TWO_WORD_NAMES + b.PAIRED_NAMES}

    assert not joined(holdout2_bank) & (joined(bank) | joined(holdout_bank))
    for name in ("SENTENCES", "HARD_NEGATIVES", "PLACES", "FIRST", "LAST", "TOPICS"):
        new = set(getattr(holdout2_bank, name))
        assert not new & (set(getattr(bank, name)) | set(getattr(holdout_bank, name))), name


def test_stored_holdout2_is_what_the_script_builds():
    built = [json.dumps(d, ensure_ascii=False) for d in build_eval.build_holdout2()]
    assert built == HOLDOUT2_SET.read_text("utf-8").splitlines()
