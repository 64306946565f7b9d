"""The detection gate: every figure pinned in quality/floors_detection.toml must be met."""

from __future__ import annotations

import pytest

from quality import detection_eval
from quality.gate import check, floors


@pytest.fixture(scope="module")
def figures() -> dict[str, float]:
    return detection_eval.evaluate()


def test_floors_are_pinned():
    pinned = floors("detection")
    assert pinned, "quality/floors_detection.toml has no floors"
    for bar, floor in (("language.long_paragraph_accuracy", 0.995),
                       ("language.snippet_not_confidently_wrong", 0.98),
                       ("language.snippet_labelled_rate", 0.85),
                       ("entities.person_precision", 0.9),
                       ("entities.person_recall", 0.9)):
        assert pinned[bar] >= floor, f"{bar} floor is below the issue's bar"


def test_no_figure_below_its_floor(figures):
    failures = [(key, value, floor) for key, value, floor, ok in check("detection", figures)
                if not ok]
    assert not failures, "below floor (figure, measured, floor): " + repr(failures)


def test_sets_have_the_promised_size(figures):
    assert figures["language.languages"] >= 15
    assert figures["language.long_paragraphs"] >= 200
    assert figures["metadata.cases"] >= 50
    assert figures["entities.person_mentions"] >= 100
