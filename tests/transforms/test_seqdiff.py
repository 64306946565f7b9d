"""seqdiff: the same opcodes as difflib (autojunk off), which the artefact rows depend on."""

from __future__ import annotations

import difflib
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.seqdiff import _affix_opcodes, _positional_opcodes, char_opcodes, token_opcodes

_TOKENS = re.compile(r"\s+|[^\s]+")  # how diff_changes splits a line


def _difflib(a, b):
    return difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()


# few distinct words and spaces, so equal tokens repeat and blocks compete
_line = st.lists(st.sampled_from(["the", "of", "a", "Ã©t", "été", "x", "â€œ", "“",
                                  " ", "  ", "\xa0", "\n"]), max_size=18).map("".join)


@settings(max_examples=1500, deadline=None)
@given(_line, _line)
def test_token_opcodes_are_difflibs(a, b):
    ta, tb = _TOKENS.findall(a), _TOKENS.findall(b)
    assert token_opcodes(ta, tb) == _difflib(ta, tb)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", "é", " ", "  "]), max_size=12),
       st.lists(st.tuples(st.integers(0, 11), st.sampled_from(["a", "c", "ü", " "])), max_size=4))
def test_in_place_rewrites_are_difflibs(tokens, edits):
    # same-length lists (the positional path) with some tokens rewritten in place
    edited = list(tokens)
    for i, t in edits:
        if i < len(edited):
            edited[i] = t
    assert token_opcodes(tokens, edited) == _difflib(tokens, edited)


@settings(max_examples=2000, deadline=None)
@given(st.text("abé€â ", max_size=12), st.text("abé€â ", max_size=12))
def test_char_opcodes_are_difflibs(a, b):
    assert char_opcodes(a, b) == _difflib(a, b)


@settings(max_examples=2000, deadline=None)
@given(st.text("ab", max_size=4), st.text("ab", max_size=4), st.text("xyab", max_size=3),
       st.text("uvab", max_size=3))
def test_affix_path_is_difflibs(prefix, suffix, mid_a, mid_b):
    a, b = prefix + mid_a + suffix, prefix + mid_b + suffix
    assert char_opcodes(a, b) == _difflib(a, b)


def test_fast_paths_take_the_common_cases():
    assert _affix_opcodes("â€œdecisive", "“decisive") == [
        ("replace", 0, 3, 0, 1), ("equal", 3, 11, 1, 9)]
    assert _affix_opcodes("bbb", "bxbb") is None  # empty middle: difflib aligns differently
    a = _TOKENS.findall("It â€œworked”, she said")
    b = _TOKENS.findall("It “worked”, she said")
    assert _positional_opcodes(a, b) == _difflib(a, b)
