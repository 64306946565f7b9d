"""Planning an incremental run from fingerprints, and choosing what to clean, without I/O."""

from __future__ import annotations

import polars as pl

from transforms.incremental import batch_size_for, batches, choose_new_documents, plan_files
from transforms.inputs import Entry


def fingerprints(*rows):
    return pl.DataFrame(rows, schema={"source_path": pl.String, "size_bytes": pl.Int64,
                                      "mtime_ns": pl.Int64, "doc_id": pl.String}, orient="row")


def test_plan_splits_by_fingerprint_and_remembers_the_previous_version():
    fp = fingerprints(("/in/same.txt", 5, 1, "d1"), ("/in/grew.txt", 5, 1, "d2"),
                      ("/in/touched.txt", 5, 1, "d3"), ("/in/gone.txt", 5, 1, "d4"),
                      ("/elsewhere/x.txt", 5, 1, "d5"))
    entries = [Entry("/in/same.txt", 5, 1), Entry("/in/grew.txt", 9, 1),
               Entry("/in/touched.txt", 5, 2), Entry("/in/new.txt", 3, 1),
               Entry("/in/dir.txt", skip="not_a_file")]
    plan = plan_files(entries, fp, ["/in"])
    assert [e.path for e in plan.to_read] == ["/in/grew.txt", "/in/touched.txt", "/in/new.txt"]
    assert plan.unchanged == ["/in/same.txt"]
    assert [e.path for e in plan.skipped] == ["/in/dir.txt"]
    assert plan.removed == ["/in/gone.txt"]  # /elsewhere is not an input of this run
    assert plan.previous == {"/in/grew.txt": "d2", "/in/touched.txt": "d3"}


def test_plan_with_no_warehouse_reads_everything():
    plan = plan_files([Entry("/in/a.txt", 1, 1)], fingerprints(), ["/in"])
    assert [e.path for e in plan.to_read] == ["/in/a.txt"]
    assert (plan.unchanged, plan.removed, plan.previous) == ([], [], {})


def test_removed_is_matched_by_folder_not_by_prefix():
    fp = fingerprints(("/in-other/a.txt", 1, 1, "d1"), ("/in/a.txt", 1, 1, "d2"))
    assert plan_files([], fp, ["/in"]).removed == ["/in/a.txt"]


def test_choose_cleans_each_new_content_once_at_its_first_path():
    read = pl.DataFrame({
        "batch_no": [1, 0, 0, 1, 2],
        "source_path": ["/b/copy.txt", "/a/z.txt", "/a/orig.txt", "/b/known.txt", "/c/t.txt"],
        "doc_id": ["dup", "new", "dup", "old", "kept"],
    })
    sel = choose_new_documents(read, known={"old", "kept"}, previous={"/c/t.txt": "kept"})
    assert sel.chosen == {0: ["dup", "new"]}  # the copy in batch 1 is not cleaned again
    assert sel.touched == 1 and sel.documents == 2


def test_choose_on_an_empty_read():
    empty = pl.DataFrame(schema={"batch_no": pl.Int64, "source_path": pl.String,
                                 "doc_id": pl.String})
    sel = choose_new_documents(empty, set(), {})
    assert (sel.chosen, sel.touched) == ({}, 0)


def test_batches_bound_memory_and_keep_every_core_busy():
    assert batch_size_for(100_000, 2) == 500  # capped: memory bounded by batch size
    assert batch_size_for(4_000, 2) == 250  # about 8 batches per worker
    assert batch_size_for(10, 8) == 50  # tiny inputs: one batch, no pool
    items = list(range(1234))
    assert sum(len(b) for b in batches(items, batch_size_for(len(items), 2))) == 1234
