"""Boilerplate learned from the corpus: a line that recurs across many documents is not news.

Each document contributes the hashes of its distinct candidate lines (short, not
sentence-shaped, and in the document's head or tail: before its first or after its last prose
line, so a subheading such as "What happens next" inside an article is never learned; see
:func:`transforms.lines.line_hash`), and for each candidate a context
entry ``ctx:<line hash>:<context hash>`` naming the nearest non-candidate lines around it.
:func:`learned_boilerplate` keeps the lines seen in at least ``max(min_docs, min_share * N)``
documents whose most common context covers at most ``max_context_share`` of them: a site's
footer recurs next to different articles, while a syndicated story's headline and subheads
always sit between the same paragraphs, so syndicated text is never learned. Thresholds live
in data/boilerplate_learning.toml. Context entries are ordinary rows of ``line_stats``.

>>> import polars as pl
>>> stats = pl.DataFrame({"line_hash": ["a", "b", "c", "ctx:c:1"], "example": [None] * 4,
...                       "doc_count": [9, 1, 9, 9]})
>>> sorted(learned_boilerplate(stats, total_docs=20))  # "c" always has the same neighbours
['a']
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from functools import lru_cache

import polars as pl

from transforms.data import read_data
from transforms.lines import line_hash, line_key

CONTEXT_PREFIX = "ctx:"
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")


@lru_cache(maxsize=1)
def settings() -> dict:
    raw = read_data("boilerplate_learning.toml")
    return tomllib.loads(raw)


def is_candidate(line: str) -> bool:
    """A stripped line that may be learned as boilerplate (short and not a sentence).

    >>> is_candidate("Follow us on Telegram"), is_candidate("He declined to comment.")
    (True, False)
    """
    s = settings()
    if not s["min_chars"] <= len(line) <= s["max_chars"] or not line_key(line):
        return False
    return not (len(line.split()) >= s["sentence_min_words"] and _SENTENCE_END.search(line))


def _context_hash(before: str, after: str) -> str:
    data = (line_key(before) + "\x00" + line_key(after)).encode("utf-8")
    return hashlib.blake2b(data, digest_size=6).hexdigest()


def document_line_hashes(text: str) -> list[str]:
    """Distinct hashes of one document's candidate lines, plus one context entry for each."""
    lines = [ln.strip() for ln in text.splitlines()]
    lines = [ln for ln in lines if ln]
    cand = [is_candidate(ln) for ln in lines]
    prose = [i for i, c in enumerate(cand) if not c]
    if prose:  # only the head and the tail of the document
        first, last_prose = prose[0], prose[-1]
        cand = [c and (i < first or i > last_prose) for i, c in enumerate(cand)]
    prose_before: list[str] = []
    last = ""
    for ln, c in zip(lines, cand):
        prose_before.append(last)
        if not c:
            last = ln
    out: set[str] = set()
    nxt = ""
    for i in range(len(lines) - 1, -1, -1):
        if cand[i]:
            h = line_hash(lines[i])
            out.add(h)
            out.add(f"{CONTEXT_PREFIX}{h}:{_context_hash(prose_before[i], nxt)}")
        else:
            nxt = lines[i]
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
    """Hashes of lines frequent enough, in varied enough contexts, to be boilerplate."""
    s = settings()
    floor = max(s["min_docs"], int(s["min_share"] * total_docs))
    is_ctx = pl.col("line_hash").str.starts_with(CONTEXT_PREFIX)
    frequent = stats.filter(~is_ctx & (pl.col("doc_count") >= floor)).select(
        "line_hash", "doc_count")
    if frequent.is_empty():
        return frozenset()
    top = (
        stats.filter(is_ctx)
        .select(pl.col("line_hash").str.split(":").list.get(1).alias("line_hash"),
                pl.col("doc_count").alias("top_context"))
        .group_by("line_hash")
        .agg(pl.col("top_context").max())
    )
    kept = frequent.join(top, on="line_hash", how="left").filter(
        pl.col("top_context").is_null()
        | (pl.col("top_context") <= s["max_context_share"] * pl.col("doc_count"))
    )
    return frozenset(kept["line_hash"].to_list())
