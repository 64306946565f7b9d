"""Batch steps the flow maps over: read+decode a batch of files, then clean+detect a batch.

Both are plain functions over lists/polars frames so they run the same in a thread, in a
worker process or on a Dask worker. Outputs are frames shaped by schemas/.
"""

from __future__ import annotations

from collections.abc import Sequence

import polars as pl

from schemas import tables as T
from transforms.boilerplate import document_line_hashes
from transforms.clean import clean_document
from transforms.decode import decode_bytes
from transforms.entities import find_mentions
from transforms.inputs import Entry, display_path, read_entry
from transforms.language import detect_document_languages
from transforms.lines import METADATA_KINDS, LineContext
from transforms.metadata import extract_metadata
from transforms.near_duplicates import SCHEME as SIGNATURE_SCHEME
from transforms.near_duplicates import minhash_signature
from transforms.paragraphs import split_paragraphs
from transforms.quotations import find_quotes
from transforms.search_terms import SEARCH_TABLES, index_frames
from transforms.translation import translation_signals, verdict

DECODED_SCHEMA = {
    "source_path": pl.String,
    "size_bytes": pl.Int64,
    "mtime_ns": pl.Int64,
    "content_sha256": pl.String,
    "doc_id": pl.String,
    "raw_text": pl.String,
    "encoding": pl.String,
    "decode_warnings": pl.String,
    "line_hashes": pl.List(pl.String),
}


def doc_id_for(sha256: str) -> str:
    """Stable document id: the first 16 hex digits of the content hash."""
    return sha256[:16]


def read_batch(entries: Sequence[Entry], run_id: int, max_bytes: int) -> dict[str, pl.DataFrame]:
    """Read and decode files: {'decoded': one row per text, 'rejects': one row per failure}."""
    decoded: list[dict] = []
    rejects: list[dict] = []
    for e in entries:
        path = display_path(e.path)
        got = read_entry(e, max_bytes=max_bytes)  # fingerprint of the bytes actually read
        if got.data is None:
            rejects.append(dict(run_id=run_id, source_path=path, reason=got.reject_reason,
                                detail=got.reject_detail, content_sha256=got.sha256,
                                size_bytes=got.size_bytes, mtime_ns=got.mtime_ns))
            continue
        dec = decode_bytes(got.data)
        if not dec.ok:
            rejects.append(dict(run_id=run_id, source_path=path, reason=dec.reject_reason,
                                detail=dec.reject_detail, content_sha256=got.sha256,
                                size_bytes=got.size_bytes, mtime_ns=got.mtime_ns))
            continue
        decoded.append(dict(
            source_path=path, size_bytes=got.size_bytes, mtime_ns=got.mtime_ns,
            content_sha256=got.sha256, doc_id=doc_id_for(got.sha256), raw_text=dec.text,
            encoding=dec.encoding, decode_warnings="; ".join(dec.warnings) or None,
            line_hashes=document_line_hashes(dec.text),
        ))
    return {
        "decoded": pl.DataFrame(decoded, schema=DECODED_SCHEMA),
        "rejects": T.REJECTS.conform(pl.DataFrame(rejects, infer_schema_length=None))
        if rejects else T.REJECTS.empty_frame(),
    }


TRANSFORM_TABLES = ("documents", "paragraphs", "artefacts", "mentions", "entities", "quotes",
                    "translation_signals", "minhash_signatures", *SEARCH_TABLES)


def transform_batch(
    decoded: pl.DataFrame, learned: frozenset[str], run_id: int
) -> dict[str, pl.DataFrame]:
    """Clean and detect every decoded document: one frame per warehouse table."""
    ctx = LineContext(learned_boilerplate=learned)
    out: dict[str, list[dict]] = {k: [] for k in TRANSFORM_TABLES}
    for row in decoded.iter_rows(named=True):
        staged = {k: [] for k in TRANSFORM_TABLES}
        try:
            _transform_document(row, ctx, run_id, staged)
        except Exception as exc:  # one bad document must not fail the run, nor be lost
            staged = {k: [] for k in TRANSFORM_TABLES}
            staged["documents"].append(_untransformed_document(row, run_id, exc))
        for k, rows in staged.items():
            out[k] += rows
    frames = {}
    for name, rows in out.items():
        table = T.BY_NAME[name]
        frames[name] = (pl.DataFrame(rows, schema=table.polars_schema(), orient="row")
                        if rows else table.empty_frame())
    frames["entities"] = frames["entities"].unique("entity_id", keep="first", maintain_order=True)
    frames.update(index_frames(frames["documents"]))  # title + clean_text, once per batch
    return frames


def _untransformed_document(row: dict, run_id: int, exc: Exception) -> dict:
    """The document kept verbatim when a cleaning/detection step raised on it: raw text as
    clean text, language 'und', and the error in decode_warnings so it can be found."""
    raw = row["raw_text"]
    note = f"processing failed ({type(exc).__name__}: {str(exc)[:200]}); text kept uncleaned"
    warnings = "; ".join(w for w in (row["decode_warnings"], note) if w)
    return dict(doc_id=row["doc_id"], source_path=row["source_path"],
                content_sha256=row["content_sha256"], language="und", language_confidence=0.0,
                encoding=row["encoding"], decode_warnings=warnings, raw_text=raw,
                clean_text=raw, word_count=len(raw.split()), char_count=len(raw),
                run_id=run_id)


def _transform_document(row: dict, ctx: LineContext, run_id: int,
                        out: dict[str, list[dict]]) -> None:
    """clean -> language -> metadata -> translation -> entities/quotes -> signature."""
    doc_id = row["doc_id"]
    raw = row["raw_text"]
    result = clean_document(raw, ctx)
    clean = result.text
    kinds = [a.kind for a in result.rows]
    out["artefacts"] += [dict(doc_id=doc_id, position=a.position, kind=a.kind,
                              original=a.original, replacement=a.replacement,
                              start_offset=a.start_offset, end_offset=a.end_offset,
                              edit_offset=a.edit_offset) for a in result.rows]
    paras = split_paragraphs(clean)
    langs = detect_document_languages(clean, [t for _, t in paras])
    lang, conf = langs.document.language, langs.document.confidence
    for pos, ((off, text), guess) in enumerate(zip(paras, langs.paragraphs)):
        out["paragraphs"].append(dict(doc_id=doc_id, position=pos, text=text, start_offset=off,
                                      language=guess.language,
                                      language_confidence=guess.confidence))
    meta = extract_metadata(((a.kind, a.original) for a in result.rows
                             if a.kind in METADATA_KINDS), raw_text=raw, language=lang)
    signals = translation_signals(
        source_domain=meta["source_domain"], text=clean, artefact_kinds=kinds,
        paragraph_languages=[g.language for g in langs.paragraphs], raw_text=raw,
        language=lang)
    is_translated, source_language, score = verdict(signals, lang)
    out["translation_signals"] += [dict(doc_id=doc_id, signal=s.signal, value=s.value,
                                        weight=s.weight, language_hint=s.language_hint)
                                   for s in signals]
    mentions = find_mentions(clean)
    for m in mentions:
        out["mentions"].append(dict(doc_id=doc_id, entity_id=m.entity_id, surface=m.surface,
                                    start_offset=m.start, end_offset=m.end))
        out["entities"].append(dict(entity_id=m.entity_id, canonical_name=m.canonical_name,
                                    entity_type=m.entity_type, origin=m.origin))
    for q in find_quotes(clean, mentions):
        out["quotes"].append(dict(doc_id=doc_id, position=q.position, text=q.text,
                                  speaker_entity_id=q.speaker_entity_id, speaker=q.speaker,
                                  start_offset=q.start, end_offset=q.end,
                                  attribution=q.attribution))
    out["minhash_signatures"].append(dict(doc_id=doc_id, scheme=SIGNATURE_SCHEME,
                                          signature=minhash_signature(clean)))
    out["documents"].append(dict(
        doc_id=doc_id, source_path=row["source_path"], content_sha256=row["content_sha256"],
        **meta, language=lang, language_confidence=conf, is_translated=is_translated,
        source_language=source_language, translation_score=score,
        encoding=row["encoding"], decode_warnings=row["decode_warnings"], raw_text=raw,
        clean_text=clean, word_count=len(clean.split()), char_count=len(clean),
        run_id=run_id,
    ))
