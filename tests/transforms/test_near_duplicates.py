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
