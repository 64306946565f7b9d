"""Near-duplicate linking across runs, inside the load transaction."""

from __future__ import annotations

import random
from datetime import datetime

import pytest

from schemas.tables import TABLES
from tests.transforms.test_near_duplicates import _reference, _variants
from transforms.minhash import LSH_BANDS, SCHEME, minhash_signature
from transforms.near_duplicates import assign_near_duplicates
from warehouse.migrations import migrate
from warehouse.near_duplicates import link_near_duplicates

STORY = ("The delegations met in Vienna on Monday to discuss a new exchange of prisoners, "
         "and both sides described the talks as difficult but useful for the months ahead.")
OLD_SCHEME = "minhash-w2-p128-s1"  # datasketch's MinHash, before migration 11


def _add(con, doc_id, run_id, text, published=None, scheme=SCHEME):
    _add_many(con, [(doc_id, text, published)], run_id, scheme)


def _add_many(con, docs, run_id, scheme=SCHEME):
    """Insert (doc_id, text, published_at) documents of a run with their signatures."""
    import polars as pl

    frame = pl.DataFrame(  # noqa: F841 - read by DuckDB below
        [(d, t, p, minhash_signature(t) if scheme == SCHEME else list(range(128)))
         for d, t, p in docs],
        schema={"doc_id": pl.String, "text": pl.String, "published_at": pl.Datetime("us"),
                "signature": pl.List(pl.Int64)}, orient="row")
    con.execute("INSERT INTO documents (doc_id, content_sha256, raw_text, clean_text, run_id, "
                "published_at) SELECT doc_id, doc_id, text, text, ?, published_at FROM frame",
                [run_id])
    con.execute("INSERT INTO minhash_signatures SELECT doc_id, ?, signature FROM frame",
                [scheme])  # another scheme's values: never comparable


def _links(con, run_id=None):
    where = "" if run_id is None else f"WHERE run_id = {int(run_id)}"
    return con.execute("SELECT doc_id, cluster_id, duplicate_of, duplicate_similarity FROM "
                       f"documents {where} ORDER BY doc_id").fetchall()


@pytest.fixture
def wh(con):
    for t in TABLES:
        con.execute(t.create_sql())
    return con


def test_a_later_run_links_to_the_earlier_story(wh):
    _add(wh, "a", 1, STORY)
    assert link_near_duplicates(wh, 1) == 0
    _add(wh, "b", 2, STORY.replace("Monday", "Tuesday"))
    _add(wh, "c", 2, "A completely different report about olive harvests in the south.")
    assert link_near_duplicates(wh, 2) == 1
    rows = {r[0]: r[1:3] for r in _links(wh)}
    assert rows == {"a": ("a", None), "b": ("a", "a"), "c": ("c", None)}
    # the band index holds every linked document, one key per band
    assert wh.execute("SELECT doc_id, count(*) FROM minhash_bands GROUP BY doc_id "
                      "ORDER BY doc_id").fetchall() == [(d, LSH_BANDS[0]) for d in "abc"]


def _three_runs(con, cap=None):
    """Run 1: variants of a few stories; run 2: near-duplicates of run-1 documents (some
    published earlier than them); run 3: unrelated documents. Each run is compared with
    the reference implementation (datasketch's LSH over everything stored)."""
    texts = _variants(11, 240, stories=8)
    rng = random.Random(12)
    unrelated = [" ".join(rng.choices([f"v{i}" for i in range(500)], k=40)) for _ in range(60)]
    runs = {1: [(f"a{i:03d}", texts[i], datetime(2024, 5, 1 + i % 28)) for i in range(120)],
            2: [(f"b{i:03d}", texts[i], None if i % 4 == 0 else datetime(2024, 4, 1 + i % 28))
                for i in range(120, 240)],
            3: [(f"c{i:03d}", t, None) for i, t in enumerate(unrelated)]}
    stored, linked = [], {}
    for run_id, docs in runs.items():
        _add_many(con, docs, run_id)
        linked[run_id] = link_near_duplicates(con, run_id, **({} if cap is None else
                                                              {"cap": cap}))
        batch = [(d, minhash_signature(t), p) for d, t, p in docs]
        want = sorted(_reference(batch, stored, 0.35))
        assert [tuple(r) for r in _links(con, run_id)] == want, run_id
        clusters = dict((r[0], r[1]) for r in _links(con))
        stored += [(d, s, p, clusters[d]) for d, s, p in batch]
    return linked


def test_incremental_runs_equal_the_reference(wh):
    linked = _three_runs(wh, cap=10**6)
    assert linked[1] > 20 and linked[2] > 60 and linked[3] == 0
    # run 2 found run-1 documents
    assert wh.execute("SELECT count(*) FROM documents WHERE run_id = 2 AND duplicate_of "
                      "LIKE 'a%'").fetchone()[0] > 30


def test_incremental_runs_with_the_default_cap(wh):
    """Buckets stay below the default cap here: the same result as the reference."""
    _three_runs(wh)


def test_the_warehouse_cap_equals_the_in_memory_cap(wh):
    texts = _variants(13, 200, stories=2, edits=4)  # buckets of ~100
    docs = [(f"d{i:03d}", t, None if i % 3 == 0 else datetime(2024, 6, 1 + i % 28))
            for i, t in enumerate(texts)]
    _add_many(wh, docs[:80], 1)
    link_near_duplicates(wh, 1, cap=5)
    _add_many(wh, docs[80:], 2)
    link_near_duplicates(wh, 2, cap=5)
    first = assign_near_duplicates([(d, t, p) for d, t, p in docs[:80]], cap=5)
    stored = [(r.doc_id, minhash_signature(t), p, r.cluster_id)
              for r, (_, t, p) in zip(sorted(first, key=lambda r: r.doc_id), docs[:80],
                                      strict=True)]
    second = assign_near_duplicates(docs[80:], stored, cap=5)
    want = sorted((r.doc_id, r.cluster_id, r.duplicate_of, r.similarity)
                  for r in first + second)
    assert _links(wh) == want
    uncapped = assign_near_duplicates(docs[80:], stored, cap=None)
    assert second != uncapped  # the cap did apply


def test_linking_is_deterministic(tmp_path):
    import duckdb

    results = []
    for name in ("one", "two"):
        con = duckdb.connect(str(tmp_path / f"{name}.duckdb"))
        for t in TABLES:
            con.execute(t.create_sql())
        _three_runs(con)
        results.append((_links(con), con.execute(
            "SELECT * FROM minhash_bands ORDER BY doc_id, band").fetchall()))
        con.close()
    assert results[0] == results[1]


def test_old_scheme_signatures_are_recomputed_by_the_migration(con):
    """A warehouse at schema version 10 whose signatures are datasketch's: migration 11
    recomputes them from clean_text and indexes them, so a new run still links to them."""
    migrate(con)
    con.execute("DELETE FROM schema_migrations WHERE version = 11")
    con.execute("DROP TABLE minhash_bands")
    _add(con, "old1", 1, STORY, scheme=OLD_SCHEME)
    _add(con, "old2", 1, "Olive harvests in the south were the smallest in a decade this "
         "year, growers said, after a dry spring and a hot summer.", scheme=OLD_SCHEME)
    assert migrate(con) == [11]
    assert con.execute("SELECT doc_id, scheme, signature FROM minhash_signatures ORDER BY "
                       "doc_id").fetchall() == [
        ("old1", SCHEME, minhash_signature(STORY)),
        ("old2", SCHEME, minhash_signature(con.execute(
            "SELECT clean_text FROM documents WHERE doc_id = 'old2'").fetchone()[0]))]
    assert con.execute("SELECT count(*) FROM minhash_bands").fetchone()[0] == 2 * LSH_BANDS[0]
    _add(con, "new", 2, STORY.replace("Monday", "Tuesday"))
    assert link_near_duplicates(con, 2) == 1
    assert _links(con, 2)[0][:3] == ("new", "old1", "old1")


def test_a_scheme_change_without_migration_is_caught_by_the_load(wh):
    """Signatures of another scheme found at load time are recomputed before linking."""
    _add(wh, "old", 1, STORY, scheme=OLD_SCHEME)
    wh.execute("UPDATE documents SET cluster_id = 'old'")
    _add(wh, "new", 2, STORY.replace("Monday", "Tuesday"))
    assert link_near_duplicates(wh, 2) == 1
    assert wh.execute("SELECT DISTINCT scheme FROM minhash_signatures").fetchall() == [(SCHEME,)]
    assert _links(wh, 2)[0][:3] == ("new", "old", "old")
