"""Golden cases for transforms/near_duplicates.py."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import polars as pl
import pytest

from schemas import tables as T
from transforms.near_duplicates import (
    SCHEME,
    assign_near_duplicates,
    minhash_signature,
    near_duplicates_frame,
)

WIRE = ("A new team of inspectors from the International Atomic Energy Agency crossed the front "
        "line on Tuesday to replace colleagues who had spent five weeks at the Zaporizhzhia "
        "nuclear power plant. The rotation, the fourteenth since the IAEA established a "
        "permanent presence at the site, took place after a delay of two days caused by "
        "shelling near the route the convoy had to take. No one was hurt, the agency said.")
REPUBLISHED = ("A new team of inspectors from the International Atomic Energy Agency crossed "
               "the front line on Tuesday morning to replace colleagues who had spent five weeks "
               "at the Zaporizhzhia nuclear power plant. The rotation, the 14th since the IAEA "
               "established a permanent presence at the site, took place after a two-day delay "
               "caused by shelling near the route the convoy had to take. No one was hurt, the "
               "statement said.")
# the same Russian original run through two different translators
TRANSLATION_A = ("The head of the regional administration said that the bridge over the Lesnaya "
                 "river was opened for traffic on Tuesday after almost two years of repairs. "
                 "According to him, the contractor completed the work three weeks ahead of "
                 "schedule, and the total cost amounted to 412 million roubles.")
TRANSLATION_B = ("The head of the regional administration said that the bridge over the Lesnaya "
                 "River was opened to traffic on Tuesday after nearly two years of repair work. "
                 "According to him, the contractor finished the work three weeks ahead of "
                 "schedule, and the total cost was 412 million roubles.")
OTHER = ("The city council voted on Thursday to spend 38 million dollars over five years on "
         "replacing water mains, some of which were laid more than a century ago.")


def test_republished_and_translated_twice_are_near_duplicates():
    rows = assign_near_duplicates([
        ("wire", WIRE, datetime(2024, 3, 12)), ("kyiv", REPUBLISHED, datetime(2024, 3, 12, 11)),
        ("tr-a", TRANSLATION_A, None), ("tr-b", TRANSLATION_B, None), ("other", OTHER, None)])
    got = {r.doc_id: (r.cluster_id, r.duplicate_of) for r in rows}
    assert got["wire"] == ("wire", None)
    assert got["kyiv"] == ("wire", "wire")
    assert got["tr-a"] == ("tr-a", None) and got["tr-b"] == ("tr-a", "tr-a")
    assert got["other"] == ("other", None)


def test_earlier_publication_comes_first_whatever_the_input_order():
    rows = assign_near_duplicates([("late", REPUBLISHED, datetime(2024, 3, 13)),
                                   ("early", WIRE, datetime(2024, 3, 12))])
    assert [(r.doc_id, r.duplicate_of) for r in rows] == [("early", None), ("late", "early")]


def test_signatures_are_deterministic_and_fit_bigint():
    sig = minhash_signature(WIRE)
    assert sig == minhash_signature(WIRE)
    assert len(sig) == 128 and all(0 <= v < 2**32 for v in sig)


def test_incremental_runs_match_stored_signatures():
    stored = [("old", minhash_signature(WIRE), datetime(2024, 3, 12), "old-cluster")]
    rows = assign_near_duplicates([("new", REPUBLISHED, datetime(2024, 3, 10))], stored)
    # a stored document keeps its cluster even when the new one was published earlier
    assert [(r.doc_id, r.cluster_id, r.duplicate_of) for r in rows] == [
        ("new", "old-cluster", "old")]
    assert rows[0].similarity > 0.5


def test_signatures_round_trip_through_the_warehouse_table(con):
    frame = T.MINHASH_SIGNATURES.conform(pl.DataFrame(
        {"doc_id": ["a"], "scheme": [SCHEME], "signature": [minhash_signature(WIRE)]}))
    con.execute(T.MINHASH_SIGNATURES.create_sql())
    con.execute("INSERT INTO minhash_signatures SELECT * FROM frame")
    back = con.execute("SELECT * FROM minhash_signatures").pl()
    assert back.equals(frame)
    batch = pl.DataFrame({"doc_id": ["b"], "published_at": [None], "clean_text": [REPUBLISHED]},
                         schema_overrides={"published_at": pl.Datetime("us")})
    existing = back.with_columns(pl.lit(None, pl.Datetime("us")).alias("published_at"),
                                 pl.lit("a").alias("cluster_id"))
    out = near_duplicates_frame(batch, existing)
    assert out.select("doc_id", "cluster_id", "duplicate_of").rows() == [("b", "a", "a")]


def test_empty_and_tiny_texts():
    rows = assign_near_duplicates([("e1", "", None), ("e2", "", None), ("w", "Rain.", None)])
    assert [r.duplicate_of for r in rows] == [None, "e1", None]


def test_lsh_bands_are_datasketchs():
    from datasketch import MinHashLSH

    from transforms.near_duplicates import LSH_BANDS, NUM_PERM, THRESHOLD

    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    assert (lsh.b, lsh.r) == LSH_BANDS


@dataclass(frozen=True)
class _Doc:
    doc_id: str
    published_at: datetime | None
    signature: Sequence[int]
    cluster_id: str | None = None


def _reference(batch, existing, threshold):
    """The former implementation: datasketch's MinHashLSH and MinHash.jaccard per pair."""
    import numpy as np
    from datasketch import MinHash, MinHashLSH

    from transforms.near_duplicates import NUM_PERM

    def mh(sig):
        return MinHash(num_perm=NUM_PERM, seed=1, hashvalues=np.asarray(sig, np.uint64))

    def order(d):
        return (d.published_at is None, d.published_at or datetime.min, d.doc_id)

    lsh, hashes, cluster, rank = MinHashLSH(threshold=threshold, num_perm=NUM_PERM), {}, {}, {}
    for i, d in enumerate(sorted((_Doc(d, p, s, c) for d, s, p, c in existing), key=order)):
        hashes[d.doc_id] = mh(d.signature)
        lsh.insert(d.doc_id, hashes[d.doc_id])
        cluster[d.doc_id], rank[d.doc_id] = d.cluster_id or d.doc_id, (0, i)
    out = []
    for i, d in enumerate(sorted((_Doc(a, p, s) for a, s, p in batch), key=order)):
        if d.doc_id in hashes:
            out.append((d.doc_id, cluster[d.doc_id], None, None))
            continue
        m, best = mh(d.signature), None
        for other in lsh.query(m):
            sim = m.jaccard(hashes[other])
            if sim >= threshold and (best is None or (-sim, rank[other]) < (-best[1],
                                                                              rank[best[0]])):
                best = (other, sim)
        cluster[d.doc_id] = cluster[best[0]] if best else d.doc_id
        out.append((d.doc_id, cluster[d.doc_id], best and best[0],
                    best and round(best[1], 4)))
        hashes[d.doc_id], rank[d.doc_id] = m, (1, i)
        lsh.insert(d.doc_id, m)
    return out


@pytest.mark.parametrize("threshold", [0.35, 0.6])
def test_clusters_equal_the_datasketch_implementation(threshold):
    import random
    from datetime import datetime

    from transforms.near_duplicates import assign_near_duplicates, minhash_signature

    rng = random.Random(5)
    words = [f"w{i}" for i in range(60)]
    base = [" ".join(rng.choices(words, k=40)) for _ in range(12)]
    texts = []
    for _i in range(160):  # variants of a few stories: many candidates, ties, chains
        w = rng.choice(base).split()
        for _ in range(rng.randrange(0, 25)):
            w[rng.randrange(len(w))] = rng.choice(words)
        texts.append(" ".join(w))
    sigs = [minhash_signature(t) for t in texts]
    dates = [None if i % 7 == 0 else datetime(2024, 1, 1 + i % 28) for i in range(160)]
    existing = [(f"s{i:03d}", sigs[i], dates[i], None if i % 3 else f"c{i}") for i in range(40)]
    batch = [(f"d{i:03d}", sigs[i], dates[i]) for i in range(40, 160)] + \
        [("s001", sigs[1], dates[1])]  # a stored document seen again
    got = [(r.doc_id, r.cluster_id, r.duplicate_of, r.similarity)
           for r in assign_near_duplicates(batch, existing, threshold=threshold)]
    want = _reference(batch, existing, threshold)
    assert got == want
    assert sum(r[2] is not None for r in got) > 10  # the case really has duplicates


def _variants(seed: int, n: int, stories: int = 12, edits: int = 25):
    """Texts that are variants of a few random stories: many candidates, ties, chains."""
    import random

    rng = random.Random(seed)
    words = [f"w{i}" for i in range(60)]
    base = [" ".join(rng.choices(words, k=40)) for _ in range(stories)]
    texts = []
    for _ in range(n):
        w = rng.choice(base).split()
        for _ in range(rng.randrange(0, edits) if edits else 0):
            w[rng.randrange(len(w))] = rng.choice(words)
        texts.append(" ".join(w))
    return texts


def test_without_a_cap_clusters_equal_the_datasketch_implementation_on_big_buckets():
    texts = _variants(9, 300, stories=3, edits=6)  # buckets of ~100 documents
    sigs = [minhash_signature(t) for t in texts]
    dates = [None if i % 5 == 0 else datetime(2024, 2, 1 + i % 27) for i in range(300)]
    existing = [(f"s{i:03d}", sigs[i], dates[i], None) for i in range(100)]
    batch = [(f"d{i:03d}", sigs[i], dates[i]) for i in range(100, 300)]
    got = [(r.doc_id, r.cluster_id, r.duplicate_of, r.similarity)
           for r in assign_near_duplicates(batch, existing, cap=None)]
    assert got == _reference(batch, existing, 0.35)


def test_the_bucket_cap_keeps_the_earliest_members():
    """80 copies of one story and a late variant: with a cap of 10 each copy is compared
    with the first 10 of its buckets only, and still links to the first copy (identical,
    earliest); the result equals the uncapped one here."""
    copies = [(f"c{i:02d}", WIRE, datetime(2024, 3, 1, i % 24, i // 24)) for i in range(80)]
    late = [("late", REPUBLISHED, datetime(2024, 3, 9))]
    capped = assign_near_duplicates(copies + late, cap=10)
    assert {r.duplicate_of for r in capped if r.doc_id != "c00"} == {"c00"}
    assert {r.cluster_id for r in capped} == {"c00"}
    assert capped == assign_near_duplicates(copies + late, cap=None)


def test_candidate_pairs_equal_brute_force():
    import numpy as np

    from transforms.near_duplicates import candidate_pairs

    rng = np.random.default_rng(4)
    keys = rng.integers(0, 6, size=(60, 5))  # few key values: crowded buckets
    for first_new, cap in [(0, None), (20, None), (20, 3), (59, 1), (0, 0)]:
        want = set()
        for a in range(first_new, 60):
            for band in range(5):
                bucket = [r for r in range(60) if keys[r, band] == keys[a, band]]
                early = bucket[:bucket.index(a)]
                want |= {(a, b) for b in (early if cap is None else early[:cap])}
        got = candidate_pairs(keys, first_new, cap)
        assert list(zip(got[0].tolist(), got[1].tolist(), strict=True)) == sorted(want)


def test_similar_pairs_screen_never_drops_a_pair():
    import numpy as np

    from transforms.near_duplicates import similar_pairs, similarities

    rng = np.random.default_rng(6)
    base = rng.integers(0, 2**32, size=128, dtype=np.uint64).astype(np.uint32)
    sigs = np.repeat(base[None, :], 400, axis=0)
    for i in range(400):  # replace a random share of values, some only in their high bytes
        k = rng.choice(128, size=rng.integers(0, 128), replace=False)
        sigs[i, k] = sigs[i, k] + (rng.integers(1, 4, size=k.size) << 8).astype(np.uint32)
    a, b = np.triu_indices(400, 1)
    sims = similarities(sigs, a, b)
    for threshold in (0.2, 0.35, 0.6):
        got = similar_pairs(sigs, a, b, threshold, sigs.astype(np.uint8))
        keep = sims >= threshold
        assert 0 < keep.sum() < keep.size
        assert (got[0] == a[keep]).all() and (got[1] == b[keep]).all()
        assert (got[2] == sims[keep]).all()


def test_unrelated_stories_never_link():
    rows = assign_near_duplicates([("wire", WIRE, None), ("tr-a", TRANSLATION_A, None),
                                   ("other", OTHER, None)])
    assert [(r.cluster_id, r.duplicate_of) for r in rows] == [
        ("other", None), ("tr-a", None), ("wire", None)]
