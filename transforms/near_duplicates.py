"""Near-duplicate documents: the same story published twice, or translated twice.

Each document gets a MinHash signature over word bigrams of its clean text
(:mod:`transforms.minhash`), stored (``minhash_signatures``) with its LSH band keys
(``minhash_bands``), so a later run matches new documents against everything loaded before.
Documents are taken in rank order: stored documents first, then the batch, each group in
publication order (undated last, then by doc_id). Each one is a duplicate of the most
similar earlier-ranked candidate whose estimated Jaccard similarity reaches the threshold
(the earliest-ranked among equals), and joins that document's cluster. A candidate shares
at least one LSH band with the document, and is among the first :data:`BUCKET_CAP` members
of that band's bucket; below the cap this is exactly datasketch's ``MinHashLSH`` query. A
cluster is named after its first member; stored documents keep their cluster (the first
loaded wins across runs).

>>> a = "Inspectors from the agency crossed the front line on Tuesday to replace colleagues"
>>> b = "Inspectors from the agency crossed the front line on Tuesday to replace their colleagues"
>>> rows = assign_near_duplicates([("d1", a, None), ("d2", b, None), ("d3", "Rain in Rome.", None)])
>>> [(r.doc_id, r.cluster_id, r.duplicate_of) for r in rows]
[('d1', 'd1', None), ('d2', 'd1', 'd1'), ('d3', 'd3', None)]
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache

import numpy as np

from transforms.data import read_data
from transforms.minhash import (  # noqa: F401 - the scheme's names, used by the batch step
    LSH_BANDS,
    NUM_PERM,
    SCHEME,
    SHINGLE,
    band_keys,
    minhash_signature,
)

_RULES = tomllib.loads(read_data("near_duplicates.toml"))
THRESHOLD: float = _RULES["threshold"]  # estimated Jaccard from which documents are near-duplicates
BUCKET_CAP: int = _RULES["bucket_cap"]  # members of an LSH bucket a document is compared with
PAIR_CHUNK = 1 << 14  # candidate pairs compared at once (two 8 MB gathers)


@dataclass(frozen=True)
class Duplicate:
    """Cluster and nearest earlier duplicate of one document (similarity to duplicate_of)."""

    doc_id: str
    cluster_id: str
    duplicate_of: str | None
    similarity: float | None


@cache
def _bands(threshold: float) -> tuple[int, int]:
    """(bands, rows per band) datasketch's MinHashLSH picks for ``threshold`` (32, 4 at 0.35
    with 128 permutations; a test checks the constant)."""
    if threshold == THRESHOLD:
        return LSH_BANDS
    from datasketch.lsh import _optimal_param

    return _optimal_param(threshold, NUM_PERM, 0.5, 0.5)


def rank_key(published_at: datetime | None, doc_id: str) -> tuple:
    """Processing order within stored documents and within a batch: by publication,
    undated last, then by doc_id (SQL: ``published_at NULLS LAST, doc_id``)."""
    return (published_at is None, published_at or datetime.min, doc_id)


def bucket_positions(band: np.ndarray, key: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For members sorted by (band, key, rank): the index where each one's bucket starts
    and its position in the bucket."""
    n = band.size
    first = np.ones(n, dtype=bool)
    first[1:] = (band[1:] != band[:-1]) | (key[1:] != key[:-1])
    index = np.arange(n, dtype=np.int32 if n < 2**31 else np.int64)
    start = np.maximum.accumulate(np.where(first, index, 0))
    return start, index - start


def bucket_pairs(rows: np.ndarray, start: np.ndarray, pos: np.ndarray, pick: np.ndarray,
                 cap: int | None = BUCKET_CAP) -> tuple[np.ndarray, np.ndarray]:
    """Candidate pairs (a, b) of the members ``pick`` (indices into members sorted by
    bucket, then rank; ``rows`` their row numbers): every earlier member b of the same
    bucket among its first ``cap``. Each pair once, sorted by (a, b)."""
    count = pos[pick] if cap is None else np.minimum(pos[pick], cap)
    total = int(count.sum())
    if not total:
        return np.empty(0, np.int64), np.empty(0, np.int64)
    offset = np.arange(total) - np.repeat(np.cumsum(count) - count, count)
    a = np.repeat(rows[pick].astype(np.int64), count)
    b = rows[np.repeat(start[pick], count) + offset].astype(np.int64)
    width = int(rows.max()) + 1
    pair = np.sort(a * width + b)  # sort + mask: ~20x cheaper than np.unique here
    keep = np.ones(pair.size, dtype=bool)
    np.not_equal(pair[1:], pair[:-1], out=keep[1:])
    pair = pair[keep]
    return pair // width, pair % width


def candidate_pairs(keys: np.ndarray, first_new: int = 0, cap: int | None = BUCKET_CAP):
    """LSH candidates of rows ``first_new..`` of ``keys`` (rows in rank order, each row's
    band keys): pairs (a, b), b < a, sharing a band key where b is among the first ``cap``
    rows of that bucket. Each pair once, sorted.

    >>> k = np.array([[1, 7], [1, 8], [2, 8]])
    >>> candidate_pairs(k)
    (array([1, 2]), array([0, 1]))
    """
    n, bands = keys.shape
    row = np.repeat(np.arange(n, dtype=np.int64), bands)
    band = np.tile(np.arange(bands, dtype=np.int64), n)
    key = keys.reshape(-1)
    order = np.lexsort((row, key, band))
    row, band, key = row[order], band[order], key[order]
    start, pos = bucket_positions(band, key)
    return bucket_pairs(row, start, pos, np.flatnonzero(row >= first_new), cap)


def similarities(signatures: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Estimated Jaccard of each pair of rows (fraction of equal positions), in chunks."""
    out = np.empty(a.size, dtype=np.float64)
    for lo in range(0, a.size, PAIR_CHUNK):
        hi = lo + PAIR_CHUNK
        equal = signatures[a[lo:hi]] == signatures[b[lo:hi]]
        out[lo:hi] = np.count_nonzero(equal, axis=1) / signatures.shape[1]
    return out


def similar_pairs(signatures: np.ndarray, a: np.ndarray, b: np.ndarray, threshold: float,
                  low: np.ndarray | None = None):
    """The pairs whose estimated Jaccard reaches ``threshold``: (a, b, similarity).

    ``low`` (the signatures' low bytes, ``signatures.astype(np.uint8)``) screens the pairs
    first at a quarter of the memory traffic: equal values have equal low bytes, so its
    count is never below the true one and no pair that reaches the threshold is dropped.
    """
    if low is not None and a.size:
        rough = np.empty(a.size, dtype=np.float64)
        for lo in range(0, a.size, PAIR_CHUNK):
            hi = lo + PAIR_CHUNK
            equal = low[a[lo:hi]] == low[b[lo:hi]]
            rough[lo:hi] = equal.sum(axis=1, dtype=np.int32) / low.shape[1]
        keep = rough >= threshold
        a, b = a[keep], b[keep]
    sims = similarities(signatures, a, b)
    keep = sims >= threshold
    return a[keep], b[keep], sims[keep]


def best_matches(a: np.ndarray, b: np.ndarray, sims: np.ndarray, threshold: float):
    """For each row a with a pair at or above ``threshold``: the most similar b, the
    lowest-ranked (smallest row) among equals. Returns (a, b, similarity) arrays."""
    ok = sims >= threshold
    a, b, sims = a[ok], b[ok], sims[ok]
    order = np.lexsort((b, -sims, a))
    a, b, sims = a[order], b[order], sims[order]
    first = np.concatenate(([True], a[1:] != a[:-1])) if a.size else np.empty(0, bool)
    return a[first], b[first], sims[first]


def assign_clusters(ids: Sequence[str], clusters: Sequence[str | None], first_new: int,
                    a: np.ndarray, b: np.ndarray, sims: np.ndarray) -> list[Duplicate]:
    """Clusters of rows ``first_new..`` (in rank order) given each one's best earlier match
    (rows before ``first_new`` are stored, with their cluster or None for themselves)."""
    best = dict(zip(a.tolist(), zip(b.tolist(), sims.tolist(), strict=True), strict=True))
    cluster = {i: clusters[i] or ids[i] for i in set(b.tolist()) if i < first_new}
    out = []
    for i in range(first_new, len(ids)):
        match = best.get(i)
        if match is None:
            cluster[i] = ids[i]
            out.append(Duplicate(ids[i], ids[i], None, None))
        else:
            j, sim = match
            cluster[i] = cluster[j]
            out.append(Duplicate(ids[i], cluster[j], ids[j], round(sim, 4)))
    return out


def assign_near_duplicates(
    batch: Iterable[tuple[str, str | Sequence[int], datetime | None]],
    existing: Iterable[tuple[str, Sequence[int], datetime | None, str | None]] = (),
    *,
    threshold: float = THRESHOLD,
    cap: int | None = BUCKET_CAP,
) -> list[Duplicate]:
    """Cluster and duplicate_of for each (doc_id, clean_text or signature, published_at).

    ``existing`` holds (doc_id, signature, published_at, cluster_id) of documents stored by
    earlier runs (same :data:`SCHEME`); they are matched against but never reassigned.
    Results come back in the batch's processing order.
    """
    stored = sorted(existing, key=lambda d: rank_key(d[2], d[0]))
    known = {d[0]: d[3] or d[0] for d in stored}
    docs, again = [], []
    for doc_id, content, published in batch:
        if doc_id in known:  # already stored: keeps its cluster
            again.append((rank_key(published, doc_id), doc_id))
            continue
        sig = minhash_signature(content) if isinstance(content, str) else content
        docs.append((rank_key(published, doc_id), doc_id, sig))
    docs.sort(key=lambda d: d[0])
    ids = [d[0] for d in stored] + [d[1] for d in docs]
    matrix = np.empty((len(ids), NUM_PERM), dtype=np.uint32)  # values < 2**32
    for i, sig in enumerate([d[1] for d in stored] + [d[2] for d in docs]):
        matrix[i] = sig
    n_stored = len(stored)
    a, b = candidate_pairs(band_keys(matrix, _bands(threshold)), n_stored, cap)
    a, b, sims = best_matches(*similar_pairs(matrix, a, b, threshold, matrix.astype(np.uint8)),
                              threshold)
    out = assign_clusters(ids, [d[3] for d in stored], n_stored, a, b, sims)
    again_rows = [(k, Duplicate(d, known[d], None, None)) for k, d in again]
    merged = sorted([(d[0], r) for d, r in zip(docs, out, strict=True)] + again_rows,
                    key=lambda x: x[0])
    return [r for _, r in merged]


def near_duplicates_frame(batch, existing=None, *, threshold: float = THRESHOLD):
    """Polars form of :func:`assign_near_duplicates`.

    ``batch``: doc_id, published_at and either signature (list of ints) or clean_text;
    ``existing``: doc_id, published_at, signature, cluster_id (``minhash_signatures`` joined
    with ``documents``). Returns doc_id, cluster_id, duplicate_of, similarity.

    >>> import polars as pl
    >>> df = pl.DataFrame({"doc_id": ["a", "b"], "published_at": [None, None],
    ...                    "clean_text": ["one two three four", "one two three four"]})
    >>> near_duplicates_frame(df).rows()
    [('a', 'a', None, None), ('b', 'a', 'a', 1.0)]
    """
    import polars as pl

    def signatures(df: pl.DataFrame):
        """The signature column as rows of one (n, NUM_PERM) array: no Python int per value."""
        return df["signature"].list.to_array(NUM_PERM).to_numpy().astype("uint32")

    if "signature" in batch.columns:
        rows = list(zip(batch["doc_id"].to_list(), signatures(batch),
                        batch["published_at"].to_list(), strict=True))
    else:
        rows = batch.select("doc_id", "clean_text", "published_at").rows()
    old = () if existing is None or existing.is_empty() else list(zip(
        existing["doc_id"].to_list(), signatures(existing), existing["published_at"].to_list(),
        existing["cluster_id"].to_list(), strict=True))
    result = assign_near_duplicates(rows, old, threshold=threshold)
    return duplicates_frame(result)


def duplicates_frame(rows: Iterable[Duplicate]):
    """doc_id, cluster_id, duplicate_of, similarity as a polars frame."""
    import polars as pl

    return pl.DataFrame(
        [(r.doc_id, r.cluster_id, r.duplicate_of, r.similarity) for r in rows],
        schema={"doc_id": pl.String, "cluster_id": pl.String, "duplicate_of": pl.String,
                "similarity": pl.Float64},
        orient="row",
    )
