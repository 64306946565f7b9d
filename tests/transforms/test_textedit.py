"""EditLog: offsets map back to raw text through successive rules; replay is exact."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.textedit import Change, EditLog, diff_changes, replay


def test_successive_rules_map_back_to_raw_offsets():
    raw = "xx AAA yy BBB zz"
    log = EditLog(raw)
    log.apply([Change("a", 3, 6, "AAA", "A")])  # text: "xx A yy BBB zz"
    assert log.text == "xx A yy BBB zz"
    log.apply([Change("b", 8, 11, "BBB", "")])  # second rule, offsets in the new text
    assert log.text == "xx A yy  zz"
    rows = log.rows
    assert [(r.start_offset, r.end_offset) for r in rows] == [(3, 6), (10, 13)]
    assert raw[rows[1].start_offset:rows[1].end_offset] == "BBB"
    assert replay(raw, rows) == log.text


def test_edit_over_an_earlier_edit_maps_to_the_whole_raw_span():
    raw = "a NАТO b"
    log = EditLog(raw)
    log.apply([Change("homoglyph", 2, 6, "NАТO", "NATO")])
    log.apply([Change("x", 2, 6, "NATO", "N.A.T.O.")])
    assert (log.rows[1].start_offset, log.rows[1].end_offset) == (2, 6)
    assert replay(raw, log.rows) == "a N.A.T.O. b"


def test_insertion_and_removal_at_edges():
    raw = "abc"
    log = EditLog(raw)
    log.apply([Change("k", 0, 0, "", ">"), Change("k", 3, 3, "", "<")])
    assert log.text == ">abc<"
    log.apply([Change("k", 0, 5, ">abc<", "")])
    assert log.text == ""
    assert replay(raw, log.rows) == ""
    assert (log.rows[-1].start_offset, log.rows[-1].end_offset) == (0, 3)


def test_stale_change_is_refused():
    log = EditLog("abc")
    with pytest.raises(ValueError):
        log.apply([Change("k", 0, 1, "z", "y")])


def test_overlapping_proposals_keep_the_first():
    log = EditLog("abcdef")
    log.apply([Change("k", 0, 3, "abc", "X"), Change("k", 2, 4, "cd", "Y")])
    assert log.text == "Xdef"
    assert len(log.rows) == 1


def test_replay_rejects_rows_that_do_not_fit():
    with pytest.raises(ValueError):
        replay("abc", [{"position": 0, "original": "zz", "replacement": "", "edit_offset": 0}])


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60), st.text(max_size=60), st.integers(0, 3))
def test_diff_changes_replay_to_the_target(before, after, rounds):
    log = EditLog(before)
    log.apply(diff_changes("k", before, after))
    assert log.text == after
    assert replay(before, log.rows) == after
    for r in log.rows:
        assert 0 <= r.start_offset <= r.end_offset <= len(before)


# -- diff_changes's local path: the words around the changed stretch only -----------------

def _reference_diff(kind: str, before: str, after: str) -> list[Change]:
    """diff_changes by its definition: difflib on words, then on the characters of the words
    that differ, adjacent changes joined."""
    import difflib
    import re

    tokens = re.compile(r"\s+|[^\s]+")
    a_tok, b_tok = tokens.findall(before), tokens.findall(after)
    a_pos = [sum(map(len, a_tok[:i])) for i in range(len(a_tok) + 1)]
    b_pos = [sum(map(len, b_tok[:i])) for i in range(len(b_tok) + 1)]
    out: list[Change] = []
    words = difflib.SequenceMatcher(None, a_tok, b_tok, autojunk=False).get_opcodes()
    for tag, i1, i2, j1, j2 in words:
        if tag == "equal":
            continue
        a0, a1, b0, b1 = a_pos[i1], a_pos[i2], b_pos[j1], b_pos[j2]
        chars = difflib.SequenceMatcher(None, before[a0:a1], after[b0:b1], autojunk=False)
        for ctag, k1, k2, m1, m2 in chars.get_opcodes():
            if ctag == "equal":
                continue
            c = Change(kind, a0 + k1, a0 + k2, before[a0 + k1:a0 + k2], after[b0 + m1:b0 + m2])
            if out and out[-1].end == c.start:
                p = out.pop()
                c = Change(kind, p.start, c.end, before[p.start:c.end],
                           p.replacement + c.replacement)
            out.append(c)
    return out


LONG = "The minister said the talks would resume next week in Geneva, " * 4
LOCAL_CASES = [  # (before, after, the local path decides)
    (LONG + "itâ€™s over", LONG + "it’s over", True),  # one damaged word far in
    ("â€œWe agree,â€\x9d he said. " + LONG, "“We agree,” he said. " + LONG, True),
    ("a FÃ¤llen b FÃ¼r c", "a Fällen b Für c", True),  # two runs, one alignment each
    # negative: the repaired word is also on the other side -> the full diff decides
    ("Fällen und FÃ¤llen", "Fällen und Fällen", False),
    # the repaired word is inside another word only: not among the words, local path
    ("Fällenberg und FÃ¤llen", "Fällenberg und Fällen", True),
    # negative: the number of words changes -> the full diff decides
    (LONG + "a\xa0b", LONG + "a b c", False),
    ("the the the", "the  the the", False),  # a differing space run found elsewhere
]


@pytest.mark.parametrize(("before", "after", "local"), LOCAL_CASES)
def test_local_diff_path_gives_the_full_diff(before, after, local):
    from transforms.textedit import _local_changes

    assert (_local_changes("k", before, after, 0) is not None) == local
    assert diff_changes("k", before, after) == _reference_diff("k", before, after)


_WORDS = st.sampled_from(["the", "talks", "Ã©", "é", "â€™", "’", "said.", ",", "“We"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(_WORDS, st.sampled_from([" ", "  ", "\xa0", "\n"])), max_size=30),
       st.lists(st.tuples(st.integers(0, 29), st.one_of(_WORDS, st.just(""))), max_size=3))
def test_diff_changes_is_the_word_then_character_diff(parts, edits):
    before = "".join(parts)
    changed = list(parts)
    for i, word in edits:
        if i < len(changed):
            changed[i] = word
    after = "".join(changed)
    assert diff_changes("k", before, after) == _reference_diff("k", before, after)


# -- EditLog.apply: raw offsets by a model of where each character came from ----------------

def _model_span(origin: list[tuple], n_raw: int, start: int, end: int) -> tuple[int, int]:
    """The raw span of text[start:end] by a character map: ("c", i) copied from raw[i], or
    ("e", a, b) written by an edit of raw[a:b] (an insertion at a text end reads its edge)."""
    if not origin:
        return n_raw, n_raw
    o = origin[start] if start < len(origin) else origin[-1]
    raw_s = o[1] if o[0] == "e" else o[1] + (start - min(start, len(origin) - 1))
    o = origin[end - 1] if end else origin[0]
    raw_e = o[2] if o[0] == "e" else o[1] + (1 if end else 0)
    raw_s = min(max(raw_s, 0), n_raw)
    return raw_s, min(max(raw_e, raw_s), n_raw)


_EDIT = st.tuples(st.integers(0, 40), st.integers(0, 4), st.sampled_from(["", "x", "YZ", "  "]))


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab \n", max_size=30), st.lists(st.lists(_EDIT, max_size=6), max_size=5))
def test_apply_rows_carry_the_raw_span_of_each_change(raw, rounds):
    log = EditLog(raw)
    origin: list[tuple] = [("c", i) for i in range(len(raw))]
    for edits in rounds:
        text = log.text
        changes = []
        for start, length, replacement in edits:
            start = min(start, len(text))
            end = min(start + length, len(text))
            changes.append(Change("k", start, end, text[start:end], replacement))
        kept = []  # what apply keeps: real edits by (start, end), none overlapping the last
        for c in sorted((c for c in changes if c.original != c.replacement),
                        key=lambda c: (c.start, c.end)):
            if not kept or c.start >= kept[-1].end:
                kept.append(c)
        spans = [_model_span(origin, len(raw), c.start, c.end) for c in kept]
        assert [log.raw_span(c.start, c.end) for c in kept] == spans  # the same map
        for c, (a, b) in zip(reversed(kept), reversed(spans)):
            origin[c.start:c.end] = [("e", a, b)] * len(c.replacement)
        before = len(log.rows)
        log.apply(changes)
        assert [(r.start_offset, r.end_offset) for r in log.rows[before:]] == spans
        assert replay(raw, log.rows) == log.text
