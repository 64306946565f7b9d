"""Incremental runs, end to end with the real flow: what a re-run reads, cleans and keeps.

Fingerprints (path, size, mtime) skip unchanged files without reading them; content hashes
decide what is a new document. History is kept in document_sources (current / superseded /
removed); documents are never deleted.
"""

from __future__ import annotations

import os
import shutil

import duckdb
import pytest

from tests.conftest import SAMPLE

ARTICLES = sorted((SAMPLE / "meridian-herald").glob("*.txt"))


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i, src in enumerate(ARTICLES):
        shutil.copyfile(src, folder / f"a{i}.txt")
    return folder


@pytest.fixture
def run(prefect_harness, tmp_path, corpus):
    """run() runs the flow over the corpus into one warehouse and returns its counts."""
    from flows.ingest import ingest_flow

    db = tmp_path / "w.duckdb"

    def _run():
        return ingest_flow(paths=[str(corpus)], db=str(db)).counts

    _run.db = db
    return _run


@pytest.fixture
def no_reading_or_cleaning(monkeypatch):
    """Make any read of a file, or any cleaning/detection, fail the test."""
    import flows.steps

    def forbidden(*args, **kwargs):
        raise AssertionError("an unchanged corpus must not be read, cleaned or detected")

    monkeypatch.setattr(flows.steps, "read_step", forbidden)
    monkeypatch.setattr(flows.steps, "transform_step", forbidden)


def sql(db, query, params=()):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(query, params).fetchall()
    finally:
        con.close()


def sources(db, path):
    return sql(db, "SELECT doc_id, status, valid_from_run, valid_to_run FROM document_sources "
                   "WHERE source_path = ? ORDER BY valid_from_run, status", [str(path)])


def edit(path, text: str) -> None:
    """Rewrite ``path`` and move its mtime on, so the fingerprint surely differs."""
    st = os.stat(path)
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))


def test_unchanged_corpus_is_neither_read_nor_cleaned(run, request):
    first = run()
    assert first.files_loaded == len(ARTICLES)
    request.getfixturevalue("no_reading_or_cleaning")
    again = run()
    assert (again.files_seen, again.files_unchanged, again.files_loaded) == (
        len(ARTICLES), len(ARTICLES), 0)
    runs = sql(run.db, "SELECT run_id, files_unchanged FROM runs ORDER BY run_id")
    assert runs == [(1, 0), (2, len(ARTICLES))]


def test_changed_file_is_a_new_version_and_the_old_one_stays(run, corpus):
    run()
    path = corpus / "a0.txt"
    old_doc = sources(run.db, path)[0][0]
    edit(path, path.read_text(encoding="utf-8") + "\nThe library will publish its new "
               "opening hours on its website next week.\n")
    counts = run()
    assert (counts.files_loaded, counts.files_unchanged) == (1, len(ARTICLES) - 1)
    history = sources(run.db, path)
    new_doc = history[1][0]
    assert history == [(old_doc, "superseded", 1, 2), (new_doc, "current", 2, None)]
    # both versions are documents; only the new one is current
    assert sql(run.db, "SELECT count(*) FROM documents WHERE doc_id IN (?, ?)",
               [old_doc, new_doc]) == [(2,)]
    assert sql(run.db, "SELECT doc_id FROM v_articles WHERE source_path = ?",
               [str(path)]) == [(new_doc,)]


def test_deleted_file_is_marked_removed_not_deleted(run, corpus):
    run()
    path = corpus / "a1.txt"
    doc = sources(run.db, path)[0][0]
    path.unlink()
    counts = run()
    assert counts.files_removed == 1
    assert sources(run.db, path) == [(doc, "removed", 1, 2)]
    assert sql(run.db, "SELECT count(*) FROM documents WHERE doc_id = ?", [doc]) == [(1,)]
    assert sql(run.db, "SELECT count(*) FROM v_articles WHERE doc_id = ?", [doc]) == [(0,)]


def test_same_content_at_two_paths_is_one_document_with_two_sources(run, corpus):
    shutil.copyfile(corpus / "a0.txt", corpus / "copy-of-a0.txt")
    counts = run()
    assert counts.files_loaded == len(ARTICLES) + 1
    (doc, n_sources), = sql(run.db, "SELECT doc_id, count(*) FROM document_sources "
                                    "GROUP BY doc_id HAVING count(*) > 1")
    assert n_sources == 2
    assert sql(run.db, "SELECT count(*) FROM documents") == [(len(ARTICLES),)]
    assert sql(run.db, "SELECT source_count FROM v_articles WHERE doc_id = ?", [doc]) == [(2,)]


def test_a_copy_appearing_later_is_a_second_source_without_cleaning(run, corpus, monkeypatch):
    import flows.steps

    run()
    calls = []
    original = flows.steps.transform_step
    monkeypatch.setattr(flows.steps, "transform_step",
                        lambda *a: calls.append(a) or original(*a))
    shutil.copyfile(corpus / "a2.txt", corpus / "later-copy.txt")
    counts = run()
    assert counts.files_loaded == 1 and calls == []
    assert len(sources(run.db, corpus / "later-copy.txt")) == 1
    assert sources(run.db, corpus / "later-copy.txt")[0][0] == sources(run.db,
                                                                      corpus / "a2.txt")[0][0]


def test_touched_file_with_same_content_counts_as_unchanged(run, corpus, monkeypatch):
    import flows.steps

    run()
    path = corpus / "a2.txt"
    st = os.stat(path)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 5 * 10**9))
    monkeypatch.setattr(flows.steps, "transform_step", lambda *a: pytest.fail("cleaned"))
    counts = run()
    assert (counts.files_loaded, counts.files_unchanged) == (0, len(ARTICLES))
    (doc, status, first, last), = sources(run.db, path)
    assert (status, first, last) == ("current", 1, None)
    # the fingerprint moved on, so the next run skips the file without reading it
    assert sql(run.db, "SELECT mtime_ns FROM document_sources WHERE source_path = ?",
               [str(path)]) == [(st.st_mtime_ns + 5 * 10**9,)]


def test_file_changed_back_to_an_earlier_version(run, corpus):
    run()
    path = corpus / "a0.txt"
    original = path.read_text(encoding="utf-8")
    edit(path, original + "\nA late paragraph was added to the article by the editors.\n")
    run()
    edit(path, original)
    counts = run()
    assert counts.files_loaded == 1
    history = sources(run.db, path)
    assert [(s, a, b) for _, s, a, b in history] == [
        ("superseded", 1, 2), ("superseded", 2, 3), ("current", 3, None)]
    assert history[0][0] == history[2][0]  # same content, same document


def test_file_that_now_fails_to_decode_supersedes_its_last_version(run, corpus):
    run()
    path = corpus / "a1.txt"
    edit(path, "")
    counts = run()
    assert counts.files_rejected == 1
    assert [s for _, s, _, _ in sources(run.db, path)] == ["superseded"]
    assert sql(run.db, "SELECT count(*) FROM v_articles WHERE source_path = ?",
               [str(path)]) == [(0,)]


def test_unchanged_rejected_file_is_not_read_again_until_it_changes(run, corpus, request):
    empty, binary = corpus / "empty.txt", corpus / "binary.txt"
    empty.write_bytes(b"")
    binary.write_bytes(bytes(range(256)) * 8)
    first = run()
    assert first.files_rejected == 2
    request.getfixturevalue("no_reading_or_cleaning")
    again = run()  # nothing is read: no new rejects rows, both counted as unchanged
    assert (again.files_rejected, again.files_unchanged) == (0, len(ARTICLES) + 2)
    assert sql(run.db, "SELECT run_id, count(*) FROM rejects GROUP BY 1 ORDER BY 1") == [(1, 2)]


def test_rejected_file_that_changes_is_read_again(run, corpus):
    path = corpus / "empty.txt"
    path.write_bytes(b"")
    assert run().files_rejected == 1
    edit(path, "The harbour reopened on Monday after a week of repairs to the pier, the "
               "port authority said. Ferries to the islands will run to the summer timetable.")
    counts = run()
    assert (counts.files_rejected, counts.files_loaded) == (0, 1)
    assert [s for _, s, _, _ in sources(run.db, path)] == ["current"]
    edit(path, "")  # bad again: rejected again, the document superseded
    assert run().files_rejected == 1
    assert [s for _, s, _, _ in sources(run.db, path)] == ["superseded"]
    assert sql(run.db, "SELECT run_id FROM rejects WHERE source_path = ? ORDER BY 1",
               [str(path)]) == [(1,), (3,)]
