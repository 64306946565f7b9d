"""The warehouse tables: the single source of truth for names, types, keys and descriptions.

Everything else (DDL, COMMENT ON, polars schemas, the data dictionary, data tests) is
generated from :data:`TABLES`.
"""

from __future__ import annotations

from schemas.model import Column, ForeignKey, Table

ARTEFACT_KINDS = (
    "mojibake",
    "unicode",
    "homoglyph",
    "quote",
    "spacing",
    "glued_token",
    "dropped_hyphen",
    "duplicate_line",
    "boilerplate",
    "caption",
    "title",
    "subtitle",
    "dateline",
    "byline",
    "source_line",
    "markup",
)
ENTITY_TYPES = ("person", "place", "organisation")
QUOTE_ATTRIBUTIONS = ("after", "before", "according_to", "by_as", "colon", "sentence",
                      "pronoun", "continued")
RUN_STATUSES = ("running", "completed", "failed")
SOURCE_STATUSES = ("current", "superseded", "removed")

_DOC = ForeignKey(("doc_id",), "documents", ("doc_id",))
_RUN = ForeignKey(("run_id",), "runs", ("run_id",))


def _c(name: str, type_: str, description: str, **kw) -> Column:
    return Column(name, type_, description, **kw)


DOCUMENTS = Table(
    "documents",
    "One row per distinct article content (a changed file is a new document; history is in "
    "document_sources).",
    (
        _c("doc_id", "VARCHAR", "Stable id: first 16 hex digits of content_sha256.",
           nullable=False),
        _c("source_path", "VARCHAR", "Path of the file this content was first loaded from."),
        _c("content_sha256", "VARCHAR", "SHA-256 of the raw file bytes (after gunzip).",
           nullable=False),
        _c("title", "VARCHAR", "Headline (first headline line, de-duplicated); NULL if none."),
        _c("subtitle", "VARCHAR", "Standfirst / sub-headline under the title; NULL if none."),
        _c("author", "VARCHAR", "Author from the byline; NULL if none."),
        _c("published_at", "TIMESTAMP", "Publication time from the dateline; NULL if none."),
        _c("updated_at", "TIMESTAMP", "Update time from an 'Updated' line; NULL if none."),
        _c("source_url", "VARCHAR", "URL of the original from an 'Original:'/'Source:' line."),
        _c("source_domain", "VARCHAR", "Host of source_url without 'www.'."),
        _c("language", "VARCHAR", "ISO 639-1 language of clean_text; 'und' when unsure."),
        _c("language_confidence", "DOUBLE", "Detector probability of language (0-1)."),
        _c("is_translated", "BOOLEAN", "True when translation_signals point to a translation."),
        _c("source_language", "VARCHAR", "Likely language translated from; NULL if unknown."),
        _c("translation_score", "DOUBLE", "Sum of translation signal weights."),
        _c("encoding", "VARCHAR", "Encoding the raw bytes were decoded from."),
        _c("decode_warnings", "VARCHAR", "Warnings raised while decoding (e.g. replaced bytes)."),
        _c("raw_text", "VARCHAR", "Verbatim decoded input text.", nullable=False),
        _c("clean_text", "VARCHAR", "Cleaned body: metadata lines, boilerplate and captions "
           "removed; replay of artefacts over raw_text.", nullable=False),
        _c("word_count", "INTEGER", "Number of words in clean_text."),
        _c("char_count", "INTEGER", "Number of characters in clean_text."),
        _c("cluster_id", "VARCHAR", "Near-duplicate cluster (doc_id of the earliest member)."),
        _c("duplicate_of", "VARCHAR", "doc_id of an earlier near-duplicate; NULL if none."),
        _c("run_id", "BIGINT", "Run that loaded this document."),
        _c("duplicate_similarity", "DOUBLE", "Estimated Jaccard similarity (word bigrams) to "
           "duplicate_of; NULL if none."),
        _c("date_order", "VARCHAR", "How an ambiguous numeric dateline (04.11.23) was read: DMY "
           "or MDY, decided from other dates in the file or the source's country; NULL if no "
           "ambiguous date was read.", accepted_values=("DMY", "MDY")),
    ),
    primary_key=("doc_id",),
    foreign_keys=(_RUN,),
    # Not a DuckDB PRIMARY KEY (migration 13): checkpointing its ART index after a load
    # cost ~4 s of CPU and ~900 MB at 100,000 documents, growing with the table; the key is
    # checked over the whole table after every load (warehouse/checks.py).
)

DOCUMENT_SOURCES = Table(
    "document_sources",
    "Every file path a document was seen at, with validity (incremental history and "
    "fingerprints: path, size, mtime -> content hash).",
    (
        _c("source_path", "VARCHAR", "Input file path.", nullable=False),
        _c("doc_id", "VARCHAR", "Document the file held.", nullable=False),
        _c("content_sha256", "VARCHAR", "SHA-256 of the file content.", nullable=False),
        _c("size_bytes", "BIGINT", "File size at read time."),
        _c("mtime_ns", "BIGINT", "File modification time (ns) at read time."),
        _c("status", "VARCHAR", "current | superseded (file changed) | removed (file deleted).",
           accepted_values=SOURCE_STATUSES),
        _c("valid_from_run", "BIGINT", "Run that first saw this content at this path.",
           nullable=False),
        _c("valid_to_run", "BIGINT", "Run that saw it change or disappear; NULL while current."),
    ),
    primary_key=("source_path", "doc_id", "valid_from_run"),
    foreign_keys=(_DOC,),
)

PARAGRAPHS = Table(
    "paragraphs",
    "Paragraphs of clean_text (split on blank lines), with their own language.",
    (
        _c("doc_id", "VARCHAR", "Document.", nullable=False),
        _c("position", "INTEGER", "0-based paragraph number.", nullable=False),
        _c("text", "VARCHAR", "Paragraph text."),
        _c("start_offset", "INTEGER", "Offset of the paragraph in clean_text."),
        _c("language", "VARCHAR", "ISO 639-1 language; 'und' when unsure."),
        _c("language_confidence", "DOUBLE", "Detector probability (0-1)."),
    ),
    primary_key=("doc_id", "position"),
    foreign_keys=(_DOC,),
)

ARTEFACTS = Table(
    "artefacts",
    "Every change cleaning made, in order; replaying them over raw_text gives clean_text.",
    (
        _c("doc_id", "VARCHAR", "Document.", nullable=False),
        _c("position", "INTEGER", "Order in which the change was applied.", nullable=False),
        _c("kind", "VARCHAR", "Artefact kind.", accepted_values=ARTEFACT_KINDS),
        _c("original", "VARCHAR", "Text before the change."),
        _c("replacement", "VARCHAR", "Text after the change ('' for a removal)."),
        _c("start_offset", "INTEGER", "Start of the raw_text span the change came from."),
        _c("end_offset", "INTEGER", "End (exclusive) of that raw_text span."),
        _c("edit_offset", "INTEGER", "Offset in the text as it stood just before this change "
           "(for exact replay)."),
    ),
    primary_key=("doc_id", "position"),
    foreign_keys=(_DOC,),
)

ENTITIES = Table(
    "entities",
    "People, places and organisations, with spelling/transliteration variants merged.",
    (
        _c("entity_id", "VARCHAR", "Stable id derived from type and canonical name.",
           nullable=False),
        _c("canonical_name", "VARCHAR", "Canonical spelling (e.g. Kyiv for Kiev)."),
        _c("entity_type", "VARCHAR", "person | place | organisation.",
           accepted_values=ENTITY_TYPES),
        _c("origin", "VARCHAR", "gazetteer (listed) or detected (pattern-based)."),
    ),
    primary_key=("entity_id",),
    enforce_primary_key=True,
)

MENTIONS = Table(
    "mentions",
    "Each occurrence of an entity in a document's clean_text.",
    (
        _c("doc_id", "VARCHAR", "Document.", nullable=False),
        _c("entity_id", "VARCHAR", "Entity.", nullable=False),
        _c("surface", "VARCHAR", "Text as written (e.g. Kiev)."),
        _c("start_offset", "INTEGER", "Offset in clean_text."),
        _c("end_offset", "INTEGER", "End offset (exclusive) in clean_text."),
    ),
    foreign_keys=(_DOC, ForeignKey(("entity_id",), "entities", ("entity_id",))),
)

QUOTES = Table(
    "quotes",
    "Quoted statements and who said them.",
    (
        _c("doc_id", "VARCHAR", "Document.", nullable=False),
        _c("position", "INTEGER", "0-based quote number in the document."),
        _c("text", "VARCHAR", "Quoted text without the quote marks."),
        _c("speaker_entity_id", "VARCHAR", "Entity of the speaker; NULL if not attributed."),
        _c("speaker", "VARCHAR", "Speaker as written; NULL if not attributed."),
        _c("start_offset", "INTEGER", "Offset of the quote in clean_text."),
        _c("end_offset", "INTEGER", "End (exclusive) of the quote: clean_text[start_offset:"
           "end_offset] is text."),
        _c("attribution", "VARCHAR", "How the speaker was found: after/before the quote, "
           "according_to, by_as, colon, sentence (subject of a speech verb), pronoun (he/she "
           "resolved to the last person named), continued (same speaker as the quote before); "
           "NULL if not attributed.", accepted_values=QUOTE_ATTRIBUTIONS),
    ),
    foreign_keys=(_DOC,),
)

MINHASH_SIGNATURES = Table(
    "minhash_signatures",
    "MinHash signature of each document's clean_text, kept so later runs can find "
    "near-duplicates among documents loaded earlier.",
    (
        _c("doc_id", "VARCHAR", "Document.", nullable=False),
        _c("scheme", "VARCHAR", "Signature scheme (shingle size, permutations, seed); "
           "signatures of another scheme are not comparable.", nullable=False),
        _c("signature", "BIGINT[]", "MinHash values (each below 2^32).", nullable=False),
    ),
    primary_key=("doc_id",),
    foreign_keys=(_DOC,),
)

MINHASH_BANDS = Table(
    "minhash_bands",
    "LSH index of the MinHash signatures: each document's band keys, so a run looks up only "
    "the candidates of its own documents (two documents are candidates when they share a "
    "key in the same band; transforms/near_duplicates.py).",
    (
        _c("doc_id", "VARCHAR", "Document.", nullable=False),
        _c("band", "INTEGER", "Band number (0-31): which slice of the signature.",
           nullable=False),
        _c("key", "BIGINT", "64-bit hash of the band's signature values (and its number).",
           nullable=False),
    ),
    primary_key=("doc_id", "band"),
    foreign_keys=(_DOC,),
)

TRANSLATION_SIGNALS = Table(
    "translation_signals",
    "Evidence that a document was translated, and from which language.",
    (
        _c("doc_id", "VARCHAR", "Document.", nullable=False),
        _c("signal", "VARCHAR", "Signal name (e.g. source_tld, guillemets, transliteration)."),
        _c("value", "VARCHAR", "What was seen (e.g. '.ua', 'Kiev')."),
        _c("weight", "DOUBLE", "Contribution to translation_score."),
        _c("language_hint", "VARCHAR", "Source language this signal points to, if any."),
    ),
    foreign_keys=(_DOC,),
)

SEARCH_TERMS = Table(
    "search_terms",
    "Full-text index: how often each search term occurs in each document's title + "
    "clean_text (BM25's term frequencies; warehouse/search.py).",
    (
        _c("doc_id", "VARCHAR", "Document.", nullable=False),
        _c("term", "VARCHAR", "A word lower-cased, unaccented and Porter-stemmed (talks -> "
           "talk); English stop words are not indexed (transforms/search_terms.py).",
           nullable=False),
        _c("tf", "INTEGER", "Occurrences of the term in title + clean_text.", nullable=False),
    ),
    primary_key=("doc_id", "term"),
    foreign_keys=(_DOC,),
)

SEARCH_DOCUMENTS = Table(
    "search_documents",
    "Full-text index: the length of every document (BM25 normalises by it and by the "
    "average over all documents).",
    (
        _c("doc_id", "VARCHAR", "Document.", nullable=False),
        _c("length", "INTEGER", "Words indexed in title + clean_text (stop words excluded): "
           "the sum of the document's search_terms.tf.", nullable=False),
    ),
    primary_key=("doc_id",),
    foreign_keys=(_DOC,),
)

SEARCH_VOCABULARY = Table(
    "search_vocabulary",
    "Full-text index: how a query's words become search terms without a stemmer. Lists "
    "every word seen in a document whose term differs from it, and every English stop "
    "word; a word not listed is its own term.",
    (
        _c("word", "VARCHAR", "A word as queries are split: lower-cased, accents stripped.",
           nullable=False),
        _c("term", "VARCHAR", "Its search term (the stemmed word).", nullable=False),
        _c("stop_word", "BOOLEAN", "An English stop word: not indexed itself (its term only "
           "matches other words with the same stem), and not required when every word must "
           "occur.", nullable=False),
    ),
    primary_key=("word",),
)

RUNS = Table(
    "runs",
    "One row per pipeline run, with its file accounting.",
    (
        _c("run_id", "BIGINT", "Sequential run number.", nullable=False),
        _c("flow_run_id", "VARCHAR", "Prefect flow run id."),
        _c("started_at", "TIMESTAMP", "UTC start."),
        _c("finished_at", "TIMESTAMP", "UTC end."),
        _c("status", "VARCHAR", "running | completed | failed.", accepted_values=RUN_STATUSES),
        _c("files_seen", "BIGINT", "Files discovered."),
        _c("files_loaded", "BIGINT", "Files loaded as documents (new or changed)."),
        _c("files_unchanged", "BIGINT", "Files skipped because their fingerprint was unchanged."),
        _c("files_rejected", "BIGINT", "Files written to rejects."),
        _c("files_skipped", "BIGINT", "Non-files skipped (directories named .txt, loops...)."),
        _c("files_removed", "BIGINT", "Previously seen files now missing (marked removed)."),
        _c("inputs", "VARCHAR", "Input paths of the run."),
        _c("newsetl_version", "VARCHAR", "newsetl version that ran."),
        _c("documents_total", "BIGINT", "Documents in the warehouse when the run finished "
           "(a reader's count(*) of documents equals this for the latest run)."),
        _c("error", "VARCHAR", "Why the run failed; NULL unless status = 'failed'."),
    ),
    primary_key=("run_id",),
    enforce_primary_key=True,
)

REJECTS = Table(
    "rejects",
    "Files that could not become documents, with a reason code.",
    (
        _c("run_id", "BIGINT", "Run.", nullable=False),
        _c("source_path", "VARCHAR", "Input path."),
        _c("reason", "VARCHAR", "Short reason code (see README 'What happens to bad files')."),
        _c("detail", "VARCHAR", "Human-readable detail."),
        _c("content_sha256", "VARCHAR", "SHA-256 of the bytes read, if any were read."),
        _c("size_bytes", "BIGINT", "Size of the file."),
        _c("mtime_ns", "BIGINT", "Modification time of the file (ns since the epoch) when "
           "rejected: a file rejected for its content is not read again until its size or "
           "modification time changes."),
    ),
    foreign_keys=(_RUN,),
)

LINE_STATS = Table(
    "line_stats",
    "How many documents each normalised line occurs in (learns boilerplate from the corpus).",
    (
        _c("line_hash", "VARCHAR", "Hash of the normalised line.", nullable=False),
        _c("example", "VARCHAR", "One occurrence of the line."),
        _c("doc_count", "BIGINT", "Number of documents containing the line."),
    ),
    primary_key=("line_hash",),
)

TABLES: tuple[Table, ...] = (
    RUNS,
    DOCUMENTS,
    DOCUMENT_SOURCES,
    PARAGRAPHS,
    ARTEFACTS,
    ENTITIES,
    MENTIONS,
    QUOTES,
    TRANSLATION_SIGNALS,
    MINHASH_SIGNATURES,
    MINHASH_BANDS,
    REJECTS,
    LINE_STATS,
    SEARCH_TERMS,
    SEARCH_DOCUMENTS,
    SEARCH_VOCABULARY,
)
BY_NAME = {t.name: t for t in TABLES}
