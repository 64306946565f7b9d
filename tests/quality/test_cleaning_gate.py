"""The cleaning quality gate: no figure of quality/cleaning_eval.py may drop below its floor
(quality/floors_cleaning.toml), and the stored evaluation set is exactly what its script
builds."""

from __future__ import annotations

import json

import pytest

from quality import gate
from quality.cleaning import build_eval
from quality.cleaning_eval import EVAL_SET, KINDS, evaluate


@pytest.fixture(scope="module")
def figures() -> dict[str, float]:
    return evaluate()


def test_every_kind_has_floors():
    pinned = gate.floors("cleaning")
    for kind in KINDS:
        assert f"precision.{kind}" in pinned and f"recall.{kind}" in pinned
    for key in ("non_artefact_paragraphs_unchanged", "idempotence", "replay_exact"):
        assert key in pinned


def test_no_figure_below_its_floor(figures):
    below = [(key, value, floor) for key, value, floor, ok in gate.check("cleaning", figures)
             if not ok]
    assert below == []


def test_replay_is_exact_on_the_whole_set(figures):
    assert figures["replay_exact"] == 1.0


def test_stored_set_is_what_the_script_builds():
    built = [json.dumps(d, ensure_ascii=False) for d in build_eval.build()]
    stored = EVAL_SET.read_text("utf-8").splitlines()
    assert built == stored
