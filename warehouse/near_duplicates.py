"""Linking near-duplicate documents across batches and runs, inside the load transaction.

The batch step stores a MinHash signature per new document; once per run, after all new
rows are in, this matches the run's documents against every earlier signature of the same
scheme and sets ``cluster_id``, ``duplicate_of`` and ``duplicate_similarity``. Documents of
earlier runs keep their cluster: the first one loaded wins.
"""

from __future__ import annotations

import duckdb

from transforms.near_duplicates import SCHEME, near_duplicates_frame


def link_near_duplicates(con: duckdb.DuckDBPyConnection, run_id: int) -> int:
    """Assign clusters to the documents loaded by ``run_id``; returns how many got a twin."""
    new = con.execute(
        "SELECT d.doc_id, d.published_at, s.signature FROM documents d "
        "JOIN minhash_signatures s USING (doc_id) WHERE d.run_id = ? AND s.scheme = ? "
        "ORDER BY d.doc_id", [run_id, SCHEME]).pl()
    if new.is_empty():
        return 0
    old = con.execute(
        "SELECT d.doc_id, d.published_at, s.signature, d.cluster_id FROM documents d "
        "JOIN minhash_signatures s USING (doc_id) WHERE d.run_id <> ? AND s.scheme = ? "
        "ORDER BY d.doc_id", [run_id, SCHEME]).pl()
    links = near_duplicates_frame(new, old)  # noqa: F841 - read by DuckDB below
    con.execute(
        "UPDATE documents AS d SET cluster_id = l.cluster_id, duplicate_of = l.duplicate_of, "
        "duplicate_similarity = l.similarity FROM links AS l WHERE d.doc_id = l.doc_id")
    return links.filter(links["duplicate_of"].is_not_null()).height
