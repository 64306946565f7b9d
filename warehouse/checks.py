"""Data tests run after every load, before the snapshot is published.

Generated from the declarations in schemas/ (keys, not-null, accepted values, references)
plus a few domain checks (offsets inside raw_text, language codes). A failure raises
:class:`DataTestFailed`, so the run fails visibly and the last good snapshot stays published.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import duckdb

from schemas.tables import BY_NAME, TABLES


class DataTestFailed(RuntimeError):
    """One or more data tests found bad rows."""


# Tables whose rows arrive only with their document and never change afterwards: after a
# load their tests need to read only the rows of the documents that run added.
APPEND_ONLY = ("documents", "paragraphs", "artefacts", "mentions", "quotes",
               "translation_signals", "minhash_signatures", "minhash_bands", "search_terms",
               "search_documents")


@dataclass(frozen=True)
class DataTest:
    name: str
    # returns the number of offending rows; "{t}" stands for ``table``, "{documents}" for
    # the documents the tested rows can belong to
    sql: str
    table: str | None = None

    def query(self, run_id: int | None = None,
              appended_from: Mapping[str, int] | None = None) -> str:
        """The test over the whole table, or over the rows an append-only table gained.

        ``appended_from`` (after a load): table -> its row count before the load. The rows
        a load appends get row ids from there on, so ``rowid >= n`` reads just them (DuckDB
        skips the older row groups by their row ids; a table with deleted rows would make
        it read a few old rows too, never fewer new ones). A row the load appended belongs
        to a document that was not loaded before (the loader inserts only rows of new
        doc_ids), so the offset tests join it to the appended documents only.

        ``run_id`` without ``appended_from``: the rows not belonging to documents of earlier
        runs — the run's new documents' rows, and rows of no document at all (the filter
        scans the table; the grouping and joins read only those rows).
        """
        if self.table is None:
            return self.sql
        src, docs = self.table, "documents"
        if appended_from is not None and self.table in APPEND_ONLY:
            src = _appended(self.table, appended_from)
            docs = _appended("documents", appended_from)
        elif run_id is not None and self.table in APPEND_ONLY:
            src = (f"(SELECT * FROM {self.table} WHERE doc_id NOT IN "
                   f"(SELECT doc_id FROM documents WHERE run_id < {int(run_id)}))")
        return self.sql.replace("{t}", src).replace("{documents}", docs)


def _appended(table: str, appended_from: Mapping[str, int]) -> str:
    """``table``'s rows from row id ``appended_from[table]`` on (all of it if not listed)."""
    if table not in appended_from:
        return table
    return f"(SELECT * FROM {table} WHERE rowid >= {int(appended_from[table])})"


# Keys checked over the whole table even after a load: a new document must not reuse the
# doc_id of one loaded before (its key is not a DuckDB PRIMARY KEY), and one column of one
# row per document is cheap to group.
WHOLE_KEY_TABLES = ("documents",)


def _declared_tests() -> list[DataTest]:
    tests: list[DataTest] = []
    for t in TABLES:
        if t.primary_key:
            key = ", ".join(t.primary_key)
            whole = t.name in WHOLE_KEY_TABLES
            tests.append(DataTest(
                f"{t.name}: unique ({key})",
                f"SELECT count(*) FROM (SELECT {key} FROM {t.name if whole else '{t}'} "
                f"GROUP BY {key} HAVING count(*) > 1)", None if whole else t.name))
        for c in t.columns:
            if not c.nullable:
                tests.append(DataTest(f"{t.name}.{c.name}: not null",
                                      f"SELECT count(*) FROM {{t}} WHERE {c.name} IS NULL",
                                      t.name))
            if c.accepted_values:
                values = ", ".join("'" + v + "'" for v in c.accepted_values)
                tests.append(DataTest(
                    f"{t.name}.{c.name}: accepted values",
                    f"SELECT count(*) FROM {{t}} WHERE {c.name} NOT IN ({values})", t.name))
        for fk in t.foreign_keys:
            cols = " AND ".join(f"r.{rc} = c.{cc}" for cc, rc in zip(fk.columns, fk.ref_columns))
            tests.append(DataTest(
                f"{t.name}({', '.join(fk.columns)}) -> {fk.table}",
                f"SELECT count(*) FROM {{t}} c WHERE NOT EXISTS "
                f"(SELECT 1 FROM {fk.table} r WHERE {cols})", t.name))
    return tests


@lru_cache(maxsize=1)
def language_codes() -> frozenset[str]:
    """ISO 639-1 codes (warehouse/data/iso639_1.csv) plus 'und' (undetermined)."""
    text = resources.files("warehouse.data").joinpath("iso639_1.csv").read_text("utf-8")
    rows = csv.DictReader(io.StringIO(text))
    return frozenset({r["code"] for r in rows} | {"und"})


# (table, column) holding a language code; NULL is allowed where the column is nullable.
LANGUAGE_COLUMNS = (
    ("documents", "language"),
    ("documents", "source_language"),
    ("paragraphs", "language"),
    ("translation_signals", "language_hint"),
)


def _language_tests() -> list[DataTest]:
    codes = ", ".join(f"'{c}'" for c in sorted(language_codes()))
    return [DataTest(f"{t}.{c}: ISO 639-1 code or und",
                     f"SELECT count(*) FROM {{t}} WHERE {c} NOT IN ({codes})", t)
            for t, c in LANGUAGE_COLUMNS if c in BY_NAME[t].column_names]


DOMAIN_TESTS = (
    DataTest("documents: doc_id is the start of content_sha256",
             "SELECT count(*) FROM {t} WHERE NOT starts_with(content_sha256, doc_id)",
             "documents"),
    DataTest("artefacts: offsets inside raw_text",
             "SELECT count(*) FROM {t} a JOIN {documents} d USING (doc_id) "
             "WHERE a.start_offset < 0 OR a.end_offset < a.start_offset "
             "OR a.end_offset > length(d.raw_text) OR a.edit_offset < 0", "artefacts"),
    DataTest("paragraphs: text is clean_text at start_offset",
             "SELECT count(*) FROM {t} p JOIN {documents} d USING (doc_id) "
             "WHERE p.start_offset < 0 OR p.start_offset + length(p.text) > length(d.clean_text) "
             "OR substring(d.clean_text, p.start_offset + 1, length(p.text)) <> p.text",
             "paragraphs"),
    DataTest("mentions: offsets inside clean_text",
             "SELECT count(*) FROM {t} m JOIN {documents} d USING (doc_id) "
             "WHERE m.start_offset < 0 OR m.end_offset > length(d.clean_text) "
             "OR substring(d.clean_text, m.start_offset + 1, m.end_offset - m.start_offset) "
             "<> m.surface", "mentions"),
    DataTest("quotes: offsets inside clean_text",
             "SELECT count(*) FROM {t} q JOIN {documents} d USING (doc_id) "
             "WHERE q.start_offset < 0 OR q.start_offset > length(d.clean_text)", "quotes"),
    DataTest("document_sources: one current version per path",
             "SELECT count(*) FROM (SELECT source_path FROM document_sources "
             "WHERE status = 'current' GROUP BY 1 HAVING count(*) > 1)"),
    DataTest("document_sources: valid_to_run set exactly when no longer current",
             "SELECT count(*) FROM document_sources WHERE (status = 'current') <> "
             "(valid_to_run IS NULL) OR valid_to_run < valid_from_run"),
    DataTest("runs: the latest run's documents_total is the number of documents",
             "SELECT count(*) FROM runs WHERE run_id = (SELECT max(run_id) FROM runs) "
             "AND documents_total IS DISTINCT FROM (SELECT count(*) FROM documents)"),
    DataTest("runs: error set exactly when failed",
             "SELECT count(*) FROM runs WHERE (status = 'failed') <> (error IS NOT NULL)"),
)


def _quote_span_tests() -> list[DataTest]:
    if "end_offset" not in BY_NAME["quotes"].column_names:
        return []
    return [DataTest("quotes: text is clean_text[start_offset:end_offset]",
                     "SELECT count(*) FROM {t} q JOIN {documents} d USING (doc_id) "
                     "WHERE q.end_offset IS NOT NULL AND (q.end_offset > length(d.clean_text) "
                     "OR substring(d.clean_text, q.start_offset + 1, "
                     "q.end_offset - q.start_offset) <> q.text)", "quotes")]


def all_tests() -> list[DataTest]:
    return [*_declared_tests(), *_language_tests(), *DOMAIN_TESTS, *_quote_span_tests()]


def run_data_tests(con: duckdb.DuckDBPyConnection, run_id: int | None = None,
                   appended_from: Mapping[str, int] | None = None) -> list[tuple[str, int]]:
    """(test name, offending rows) for every test; raises DataTestFailed if any fails.

    After a load the append-only tables are checked only for the rows that load appended
    (``appended_from``: each table's row count before it, see :meth:`DataTest.query`) or,
    given only ``run_id``, for the rows of the documents that run added — earlier rows
    passed when they were loaded and no run changes them — so a run costs what it adds,
    not what the warehouse holds. Everything else (sources, runs, entities, vocabulary) is
    checked whole; `newsetl migrate` runs every test over everything."""
    results = [(t.name, con.execute(t.query(run_id, appended_from)).fetchone()[0])
               for t in all_tests()]
    failed = [(n, k) for n, k in results if k]
    if failed:
        detail = "; ".join(f"{n}: {k} bad rows" for n, k in failed)
        raise DataTestFailed(f"{len(failed)} data test(s) failed: {detail}")
    return results
