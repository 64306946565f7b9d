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
    duplicates_frame,
    similarities,
)

CHUNK_DOCS = 2_000  # documents whose candidates are compared at once (or recomputed)
_ORDER = "published_at NULLS LAST, doc_id"  # transforms.near_duplicates.rank_key in SQL


def _signatures(df: pl.DataFrame) -> np.ndarray:
    return df["signature"].list.to_array(NUM_PERM).to_numpy().astype(np.uint32)


def _insert_bands(con: duckdb.DuckDBPyConnection, doc_ids: list[str],
                  signatures: np.ndarray) -> None:
    keys = band_keys(signatures)
    bands = keys.shape[1]
    frame = pl.DataFrame({  # noqa: F841 - read by DuckDB below
        "doc_id": np.repeat(np.asarray(doc_ids, dtype=object), bands),
        "band": np.tile(np.arange(bands, dtype=np.int32), len(doc_ids)),
        "key": keys.reshape(-1),
    }, schema={"doc_id": pl.String, "band": pl.Int32, "key": pl.Int64})
    con.execute("INSERT INTO minhash_bands (doc_id, band, key) SELECT * FROM frame")


def index_signatures(con: duckdb.DuckDBPyConnection, where: str = "TRUE",
                     params: list | None = None) -> int:
    """Insert the band keys of current-scheme signatures that have none yet (``where``
    filters ``minhash_signatures s``); returns how many documents were indexed."""
    ids = [r[0] for r in con.execute(
        f"SELECT doc_id FROM minhash_signatures s WHERE scheme = ? AND ({where}) AND NOT "
        "EXISTS (SELECT 1 FROM minhash_bands b WHERE b.doc_id = s.doc_id) ORDER BY doc_id",
        [SCHEME, *(params or [])]).fetchall()]
    for lo in range(0, len(ids), CHUNK_DOCS * 10):
        chunk = ids[lo:lo + CHUNK_DOCS * 10]
        sigs = con.execute("SELECT doc_id, signature FROM minhash_signatures WHERE doc_id "
                           "BETWEEN ? AND ? AND scheme = ? ORDER BY doc_id",
                           [chunk[0], chunk[-1], SCHEME]).pl()
        sigs = sigs.filter(pl.col("doc_id").is_in(chunk))
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
    tables = ("nd_new", "nd_members", "nd_rows", "nd_cand")
    try:
        n_new = _candidates(con, run_id, cap)
        if not n_new:
            return 0
        rows = con.execute("SELECT r.row, r.doc_id, r.is_new, d.cluster_id, s.signature "
                           "FROM nd_rows r JOIN documents d USING (doc_id) "
                           "JOIN minhash_signatures s USING (doc_id) ORDER BY r.row").pl()
        first_new = rows.height - n_new
        matrix = _signatures(rows)
        found = [best_matches(a, b, similarities(matrix, a, b), THRESHOLD)
                 for a, b in _pairs(con, first_new, rows.height, cap)]
        a, b, sims = (np.concatenate(x) for x in zip(*found, strict=True)) if found else \
            (np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0))
        result = assign_clusters(rows["doc_id"].to_list(), rows["cluster_id"].to_list(),
                                 first_new, a, b, sims)
    finally:
        for t in tables:
            con.execute(f"DROP TABLE IF EXISTS {t}")
    links = duplicates_frame(result)  # noqa: F841 - read by DuckDB below
    con.execute(
        "UPDATE documents AS d SET cluster_id = l.cluster_id, duplicate_of = l.duplicate_of, "
        "duplicate_similarity = l.similarity FROM links AS l WHERE d.doc_id = l.doc_id")
    return int(a.size)


def _candidates(con: duckdb.DuckDBPyConnection, run_id: int, cap: int) -> int:
    """Temp tables: the run's documents, the members of the buckets they fall in (with
    their position in rank order), the rows that can take part (new documents, and stored
    ones within a bucket's first ``cap``) numbered in rank order (stored first)."""
    con.execute(
        "CREATE TEMP TABLE nd_new AS SELECT d.doc_id FROM documents d JOIN minhash_signatures "
        "s USING (doc_id) WHERE d.run_id = ? AND s.scheme = ?", [run_id, SCHEME])
    n_new = con.execute("SELECT count(*) FROM nd_new").fetchone()[0]
    if not n_new:
        return 0
    con.execute(
        f"""
        CREATE TEMP TABLE nd_members AS
        WITH run_keys AS (
            SELECT DISTINCT band, key FROM minhash_bands WHERE doc_id IN (SELECT doc_id
                                                                         FROM nd_new)),
        members AS (
            SELECT b.band, b.key, b.doc_id, n.doc_id IS NOT NULL AS is_new, d.published_at
            FROM minhash_bands b JOIN run_keys USING (band, key)
            JOIN documents d ON d.doc_id = b.doc_id LEFT JOIN nd_new n ON n.doc_id = b.doc_id)
        SELECT *, row_number() OVER (PARTITION BY band, key
                                     ORDER BY is_new, {_ORDER}) - 1 AS pos
        FROM members
        """)
    con.execute(f"DELETE FROM nd_members WHERE NOT is_new AND pos >= {int(cap)}")
    con.execute(
        f"""
        CREATE TEMP TABLE nd_rows AS
        SELECT doc_id, is_new, row_number() OVER (ORDER BY is_new, {_ORDER}) - 1 AS row
        FROM (SELECT DISTINCT doc_id, is_new, published_at FROM nd_members
              UNION SELECT doc_id, TRUE, published_at FROM documents
              WHERE doc_id IN (SELECT doc_id FROM nd_new))
        """)
    con.execute(
        "CREATE TEMP TABLE nd_cand AS SELECT m.band, m.key, m.pos, r.row FROM nd_members m "
        "JOIN nd_rows r USING (doc_id) ORDER BY r.row")
    return n_new


def _pairs(con: duckdb.DuckDBPyConnection, first_new: int, n_rows: int, cap: int):
    """Distinct candidate pairs (a, b) of row numbers, CHUNK_DOCS new rows at a time."""
    for lo in range(first_new, n_rows, CHUNK_DOCS):
        got = con.execute(
            "SELECT m.row AS a, c.row AS b FROM nd_cand m JOIN nd_cand c "
            "ON c.band = m.band AND c.key = m.key AND c.pos < least(m.pos, ?) "
            "WHERE m.row >= ? AND m.row < ?",
            [cap, lo, lo + CHUNK_DOCS]).fetchnumpy()
        pair = np.unique(got["a"].astype(np.int64) * n_rows + got["b"].astype(np.int64))
        yield pair // n_rows, pair % n_rows
