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
