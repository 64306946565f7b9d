"""Golden cases for transforms/quote_marks.py (rule `quote`)."""

from __future__ import annotations

import pytest

from tests.transforms._golden import apply
from transforms.quote_marks import normalize_quote_marks

IN_THE_WILD = [
    ("what diplomats called a “decisive round » of talks. The “technical group” met.",
     "what diplomats called a “decisive round” of talks. The “technical group” met."),
    ("“Everything went right» , he said. “My legs were good.”",
     "“Everything went right” , he said. “My legs were good.”"),
    ('called the proposals «too little, too late” and said. "Yes," he said. "No," she said.',
     'called the proposals "too little, too late" and said. "Yes," he said. "No," she said.'),
]
SYNTHETIC = [
    ("He said «we will win” and left.", "He said “we will win” and left."),
    ('The “talks" ended. The “deal” held.', "The “talks” ended. The “deal” held."),
    ("He left. “Yes,” she said. The season ends soon » , one said.",
     "He left. “Yes,” she said. The season ends soon” , one said."),
    ("Они назвали это «Цирконом” и «Калибром».", "Они назвали это «Цирконом» и «Калибром»."),
]
NEGATIVE = [
    "« Nous ne céderons pas ! », dit-il.",
    "„Wir haben so etwas noch nie erlebt“, sagte sie.",
    "„Nie wiem”, powiedział.",
    "The “technical group” met; it's the group's view.",
    "«Ямал» вышел из порта, сообщил «Росатом».",
    'He was 6\'2" tall and said "no".',
    "She replied in French: « Il a été parfait. » Then “thanks,” she said.",
]
KNOWN_FAILURES = [
    # the opener is gone: the stray » becomes ” but the opening mark cannot be put back
    ("We have done our homework, » he said.", "“We have done our homework,” he said."),
]


@pytest.mark.parametrize(("raw", "expected"), IN_THE_WILD + SYNTHETIC)
def test_makes_quote_marks_consistent(raw, expected):
    assert apply(normalize_quote_marks, raw) == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_leaves_proper_pairs_and_apostrophes_alone(text):
    assert normalize_quote_marks(text) == []


@pytest.mark.xfail(reason="a dropped opening mark cannot be placed back")
@pytest.mark.parametrize(("raw", "expected"), KNOWN_FAILURES)
def test_known_failures(raw, expected):
    assert apply(normalize_quote_marks, raw) == expected
