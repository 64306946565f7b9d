"""Boilerplate learned from the corpus: a line that recurs across many documents is not news.

Each document contributes the hashes of its distinct short lines (see
:func:`transforms.lines.line_hash`); lines seen in at least ``min_docs`` documents become
boilerplate for every document. Thresholds live in data/boilerplate_learning.toml.

>>> import polars as pl
>>> stats = pl.DataFrame({"line_hash": ["a", "b"], "example": ["Follow us", "Body"],
...                       "doc_count": [9, 1]})
>>> sorted(learned_boilerplate(stats, total_docs=20))
['a']
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources

import polars as pl

from transforms.lines import line_hash, line_key


@lru_cache(maxsize=1)
def settings() -> dict:
    raw = resources.files("transforms.data").joinpath("boilerplate_learning.toml").read_text()
    return tomllib.loads(raw)


def document_line_hashes(text: str) -> list[str]:
    """Distinct hashes of the lines of one document that could be boilerplate."""
    s = settings()
    out: set[str] = set()
    for line in text.splitlines():
        stripped = line.strip()
        if s["min_chars"] <= len(stripped) <= s["max_chars"] and line_key(stripped):
            out.add(line_hash(stripped))
    return sorted(out)


def count_lines(docs: pl.DataFrame) -> pl.DataFrame:
    """line_stats rows (line_hash, example, doc_count) for a frame with raw_text/line_hashes."""
    if docs.is_empty():
        return pl.DataFrame(schema={"line_hash": pl.String, "example": pl.String,
                                    "doc_count": pl.Int64})
    return (
        docs.select(pl.col("line_hashes").alias("line_hash"))
        .explode("line_hash", empty_as_null=True)
        .drop_nulls()
        .group_by("line_hash")
        .agg(pl.len().cast(pl.Int64).alias("doc_count"))
        .with_columns(pl.lit(None, dtype=pl.String).alias("example"))
        .select("line_hash", "example", "doc_count")
        .sort("line_hash")
    )


def learned_boilerplate(stats: pl.DataFrame, total_docs: int) -> frozenset[str]:
    """Hashes of lines frequent enough to be boilerplate."""
    s = settings()
    floor = max(s["min_docs"], int(s["min_share"] * total_docs))
    return frozenset(stats.filter(pl.col("doc_count") >= floor)["line_hash"].to_list())
