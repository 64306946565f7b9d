"""The batch step: frames shaped by schemas/, and one failing document never fails a batch."""

from __future__ import annotations

import polars as pl

from schemas.tables import BY_NAME
from transforms import batch
from transforms.batch import DECODED_SCHEMA, TRANSFORM_TABLES, transform_batch


def _decoded(*texts: str) -> pl.DataFrame:
    rows = [dict(source_path=f"/in/{i}.txt", size_bytes=len(t), mtime_ns=1,
                 content_sha256=f"{i:064x}", doc_id=f"{i:016x}", raw_text=t, encoding="utf-8",
                 decode_warnings=None, line_hashes=[]) for i, t in enumerate(texts)]
    return pl.DataFrame(rows, schema=DECODED_SCHEMA)


GOOD = ("Envoys Meet in Geneva\n\nBy Ann Lee\n\nThe talks , said Ann Lee, would continue "
        "next week in Geneva according to the UN.\n")


def test_frames_match_the_declared_schemas():
    frames = transform_batch(_decoded(GOOD), frozenset(), run_id=7)
    assert set(frames) == set(TRANSFORM_TABLES)
    for name, df in frames.items():
        assert df.schema == BY_NAME[name].polars_schema(), name
    doc = frames["documents"].row(0, named=True)
    assert doc["title"] == "Envoys Meet in Geneva"
    assert doc["author"] == "Ann Lee"
    assert doc["language"] == "en" and doc["run_id"] == 7
    assert "talks, said" in doc["clean_text"]


def test_a_document_that_breaks_a_step_is_kept_verbatim(monkeypatch):
    real = batch.clean_document

    def flaky(raw, ctx):
        if "BOOM" in raw:
            raise RuntimeError("rule exploded")
        return real(raw, ctx)

    monkeypatch.setattr(batch, "clean_document", flaky)
    frames = transform_batch(_decoded(GOOD, "BOOM goes this text"), frozenset(), run_id=1)
    docs = {r["raw_text"]: r for r in frames["documents"].iter_rows(named=True)}
    assert len(docs) == 2
    broken = docs["BOOM goes this text"]
    assert broken["clean_text"] == broken["raw_text"]
    assert broken["language"] == "und"
    assert "rule exploded" in broken["decode_warnings"]
    # the failing document contributes no partial rows to other tables
    assert set(frames["paragraphs"]["doc_id"]) == {docs[GOOD]["doc_id"]}
