"""Linking near-duplicate documents across batches and runs, inside the load transaction.

The batch step stores a MinHash signature per new document; once per run, after all new
rows are in, this indexes the run's signatures (``minhash_bands``: one key per LSH band),
asks DuckDB for the candidates of the run's documents only (documents sharing a band key,
at most :data:`~transforms.near_duplicates.BUCKET_CAP` per bucket), compares them with their
signatures and sets ``cluster_id``, ``duplicate_of`` and ``duplicate_similarity``. Documents
of earlier runs keep their cluster: the first one loaded wins. Memory grows with the run's
documents and their candidates, not with the warehouse.

Signatures of an older scheme are recomputed from ``clean_text`` (the text the batch step
hashes) before linking, so they keep matching (:func:`refresh_signatures`).
"""

from __future__ import annotations

import duckdb
import numpy as np
import polars as pl

from transforms.minhash import NUM_PERM, SCHEME, band_keys, signature_matrix
from transforms.near_duplicates import (
    BUCKET_CAP,
    THRESHOLD,
    assign_clusters,
    best_matches,
    bucket_pairs,
    bucket_positions,
    duplicates_frame,
    similar_pairs,
)

CHUNK_DOCS = 1_000  # documents whose candidates are compared at once (or recomputed)
_ORDER = "published_at NULLS LAST, doc_id"  # transforms.near_duplicates.rank_key in SQL


def _signatures(df: pl.DataFrame) -> np.ndarray:
    return df["signature"].list.to_array(NUM_PERM).to_numpy().astype(np.uint32)


def _insert_bands(con: duckdb.DuckDBPyConnection, doc_ids: list[str],
                  signatures: np.ndarray) -> None:
    frame = pl.DataFrame({"doc_id": doc_ids,  # noqa: F841 - read by DuckDB below
                          "keys": band_keys(signatures)})
    con.execute("INSERT INTO minhash_bands (doc_id, band, key) SELECT doc_id, "
                "CAST(generate_subscripts(keys, 1) - 1 AS INTEGER), unnest(keys) FROM frame")


def index_signatures(con: duckdb.DuckDBPyConnection, where: str = "TRUE",
                     params: list | None = None) -> int:
    """Insert the band keys of current-scheme signatures that have none yet (``where``
    filters ``minhash_signatures s``); returns how many documents were indexed."""
    ids = [r[0] for r in con.execute(
        f"WITH wanted AS (SELECT doc_id FROM minhash_signatures s WHERE scheme = ? AND "
        f"({where})) SELECT doc_id FROM wanted WHERE doc_id NOT IN (SELECT doc_id FROM "
        "minhash_bands WHERE doc_id IN (SELECT doc_id FROM wanted)) ORDER BY doc_id",
        [SCHEME, *(params or [])]).fetchall()]
    for lo in range(0, len(ids), CHUNK_DOCS * 5):
        chunk = pl.DataFrame({"doc_id": ids[lo:lo + CHUNK_DOCS * 5]})  # noqa: F841
        sigs = con.execute("SELECT doc_id, signature::UINTEGER[] AS signature FROM "
                           "minhash_signatures WHERE doc_id IN (SELECT doc_id FROM chunk)").pl()
        _insert_bands(con, sigs["doc_id"].to_list(), _signatures(sigs))
    return len(ids)


def refresh_signatures(con: duckdb.DuckDBPyConnection) -> int:
    """Recompute signatures stored under another scheme from documents.clean_text (and drop
    their band keys), in chunks; returns how many were recomputed."""
    ids = [r[0] for r in con.execute(
        "SELECT doc_id FROM minhash_signatures WHERE scheme <> ? ORDER BY doc_id",
        [SCHEME]).fetchall()]
    for lo in range(0, len(ids), CHUNK_DOCS):
        chunk = pl.DataFrame({"doc_id": ids[lo:lo + CHUNK_DOCS]})  # noqa: F841
        docs = con.execute("SELECT doc_id, clean_text FROM documents "
                           "WHERE doc_id IN (SELECT doc_id FROM chunk) ORDER BY doc_id").pl()
        sigs = signature_matrix(docs["clean_text"].to_list())
        fresh = pl.DataFrame({"doc_id": docs["doc_id"], "signature": sigs.astype(np.int64)})
        con.register("fresh", fresh.to_arrow())
        try:
            con.execute("UPDATE minhash_signatures AS s SET scheme = ?, signature = f.signature"
                        " FROM fresh AS f WHERE s.doc_id = f.doc_id", [SCHEME])
        finally:
            con.unregister("fresh")
        con.execute("DELETE FROM minhash_bands WHERE doc_id IN (SELECT doc_id FROM chunk)")
    return len(ids)


def link_near_duplicates(con: duckdb.DuckDBPyConnection, run_id: int, *,
                         cap: int = BUCKET_CAP) -> int:
    """Assign clusters to the documents loaded by ``run_id``; returns how many got a twin."""
    if con.execute("SELECT count(*) FROM minhash_signatures WHERE scheme <> ?",
                   [SCHEME]).fetchone()[0]:
        refresh_signatures(con)  # a scheme change since the last run (normally a migration)
        index_signatures(con)
    index_signatures(con, "doc_id IN (SELECT doc_id FROM documents WHERE run_id = ?)",
                     [run_id])
    try:
        members = _members(con, run_id)
        if members is None:
            return 0
        row, band, key, first_new = members
        start, pos = bucket_positions(band, key)
        del band, key
        is_new = row >= first_new
        # the rows that take part (new ones, and stored ones within a bucket's first cap),
        # renumbered 0.. in the same rank order
        sel = np.unique(row[is_new | (pos < cap)])
        docs, matrix = _selected(con, sel)
        local = np.searchsorted(sel, row).astype(np.int32)
        new_members = np.flatnonzero(is_new)
        new_members = new_members[np.argsort(row[new_members], kind="stable")]
        last = int(sel[-1])  # the last new row
        edges = np.append(np.arange(first_new, last + 1, CHUNK_DOCS), last + 1)
        bounds = np.searchsorted(row[new_members], edges)
        found, low = [], matrix.astype(np.uint8)
        for lo, hi in zip(bounds[:-1], bounds[1:], strict=True):
            a, b = bucket_pairs(local, start, pos, new_members[lo:hi], cap)
            found.append(best_matches(*similar_pairs(matrix, a, b, THRESHOLD, low),
                                      THRESHOLD))
        a, b, sims = (np.concatenate(x) for x in zip(*found, strict=True))
        result = assign_clusters(docs["doc_id"].to_list(), docs["cluster_id"].to_list(),
                                 int(np.searchsorted(sel, first_new)), a, b, sims)
    finally:
        for t in ("nd_new", "nd_rows", "nd_sel"):
            con.execute(f"DROP TABLE IF EXISTS {t}")
    links = duplicates_frame(result)  # noqa: F841 - read by DuckDB below
    con.execute(
        "UPDATE documents AS d SET cluster_id = l.cluster_id, duplicate_of = l.duplicate_of, "
        "duplicate_similarity = l.similarity FROM links AS l WHERE d.doc_id = l.doc_id")
    return int(a.size)


def _members(con: duckdb.DuckDBPyConnection, run_id: int):
    """Members of the LSH buckets the run's documents fall in: (row, band, key) arrays
    sorted by bucket then rank, and the first new row. ``nd_rows`` numbers every member
    document in rank order, stored ones first. None when the run has no signature."""
    con.execute(
        "CREATE TEMP TABLE nd_new AS SELECT d.doc_id FROM documents d JOIN minhash_signatures "
        "s USING (doc_id) WHERE d.run_id = ? AND s.scheme = ?", [run_id, SCHEME])
    if not con.execute("SELECT count(*) FROM nd_new").fetchone()[0]:
        return None
    touched = ("FROM minhash_bands b JOIN (SELECT DISTINCT band, key FROM minhash_bands "
               "WHERE doc_id IN (SELECT doc_id FROM nd_new)) USING (band, key)")
    con.execute(
        f"""
        CREATE TEMP TABLE nd_rows AS
        SELECT doc_id, row_number() OVER (ORDER BY is_new, {_ORDER}) - 1 AS row
        FROM (SELECT m.doc_id, d.published_at, n.doc_id IS NOT NULL AS is_new
              FROM (SELECT DISTINCT b.doc_id {touched}) m JOIN documents d USING (doc_id)
              LEFT JOIN nd_new n USING (doc_id))
        """)
    first_new = con.execute("SELECT min(row) FROM nd_rows WHERE doc_id IN "
                            "(SELECT doc_id FROM nd_new)").fetchone()[0]
    got = con.execute(f"SELECT b.band, b.key, r.row {touched} JOIN nd_rows r USING (doc_id) "
                      "ORDER BY b.band, b.key, r.row").fetchnumpy()
    return got["row"].astype(np.int32), got["band"], got["key"], int(first_new)


def _selected(con: duckdb.DuckDBPyConnection, sel: np.ndarray):
    """doc_id and cluster_id (a frame) and signatures (one uint32 array) of rows ``sel``,
    in that order, read a chunk at a time."""
    frame = pl.DataFrame({"row": sel})  # noqa: F841 - read by DuckDB below
    con.execute("CREATE TEMP TABLE nd_sel AS SELECT row FROM frame")
    docs = con.execute("SELECT r.row, r.doc_id, d.cluster_id FROM nd_rows r "
                       "JOIN nd_sel USING (row) JOIN documents d USING (doc_id) "
                       "ORDER BY r.row").pl()
    matrix = np.empty((sel.size, NUM_PERM), dtype=np.uint32)
    for lo in range(0, sel.size, CHUNK_DOCS * 5):
        part = con.execute(
            "SELECT r.row, s.signature::UINTEGER[] AS signature FROM nd_rows r "
            "JOIN nd_sel USING (row) JOIN minhash_signatures s USING (doc_id) "
            "WHERE r.row >= ? AND r.row <= ?",
            [int(sel[lo]), int(sel[min(lo + CHUNK_DOCS * 5, sel.size) - 1])]).pl()
        matrix[np.searchsorted(sel, part["row"].to_numpy())] = _signatures(part)
    return docs, matrix
