"""Golden cases for transforms/unicode_norm.py (rule `unicode`)."""

from __future__ import annotations

import pytest

from tests.transforms._golden import apply
from transforms.unicode_norm import normalize_unicode

CASES = [
    ("a\u200bb", "ab"),
    ("opera\u00adtions", "operations"),
    ("1\u202f000 euros", "1 000 euros"),
    ("line one\r\nline two\rthree", "line one\nline two\nthree"),
    ("\ufeffTitle", "Title"),
    ("cafe\u0301\u00a0au lait", "café au lait"),
    ("bell\x07 and \x1b[0m", "bell and [0m"),
]
NEGATIVE = ["plain text\nwith lines\tand tabs", "Київ — «НАТО»", "naïve café", "1 000"]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_normalises(raw, expected):
    assert apply(normalize_unicode, raw) == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_leaves_normal_text_alone(text):
    assert normalize_unicode(text) == []


def test_one_pass_is_enough():
    once = apply(normalize_unicode, "e\u0301\u00a0e\u0301\r\n\u200b")
    assert normalize_unicode(once) == []
