"""Data tests run after every load, before the snapshot is published.

Generated from the declarations in schemas/ (keys, not-null, accepted values, references)
plus a few domain checks (offsets inside raw_text, language codes). A failure raises
:class:`DataTestFailed`, so the run fails visibly and the last good snapshot stays published.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from schemas.tables import TABLES


class DataTestFailed(RuntimeError):
    """One or more data tests found bad rows."""


@dataclass(frozen=True)
class DataTest:
    name: str
    sql: str  # returns the number of offending rows


def _declared_tests() -> list[DataTest]:
    tests: list[DataTest] = []
    for t in TABLES:
        if t.primary_key:
            key = ", ".join(t.primary_key)
            tests.append(DataTest(
                f"{t.name}: unique ({key})",
                f"SELECT count(*) FROM (SELECT {key} FROM {t.name} GROUP BY {key} "
                f"HAVING count(*) > 1)"))
        for c in t.columns:
            if not c.nullable:
                tests.append(DataTest(f"{t.name}.{c.name}: not null",
                                      f"SELECT count(*) FROM {t.name} WHERE {c.name} IS NULL"))
            if c.accepted_values:
                values = ", ".join("'" + v + "'" for v in c.accepted_values)
                tests.append(DataTest(
                    f"{t.name}.{c.name}: accepted values",
                    f"SELECT count(*) FROM {t.name} WHERE {c.name} NOT IN ({values})"))
        for fk in t.foreign_keys:
            cols = " AND ".join(f"r.{rc} = c.{cc}" for cc, rc in zip(fk.columns, fk.ref_columns))
            tests.append(DataTest(
                f"{t.name}({', '.join(fk.columns)}) -> {fk.table}",
                f"SELECT count(*) FROM {t.name} c WHERE NOT EXISTS "
                f"(SELECT 1 FROM {fk.table} r WHERE {cols})"))
    return tests


DOMAIN_TESTS = (
    DataTest("artefacts: offsets inside raw_text",
             "SELECT count(*) FROM artefacts a JOIN documents d USING (doc_id) "
             "WHERE a.start_offset < 0 OR a.end_offset < a.start_offset "
             "OR a.end_offset > length(d.raw_text)"),
    DataTest("mentions: offsets inside clean_text",
             "SELECT count(*) FROM mentions m JOIN documents d USING (doc_id) "
             "WHERE m.start_offset < 0 OR m.end_offset > length(d.clean_text) "
             "OR substring(d.clean_text, m.start_offset + 1, m.end_offset - m.start_offset) "
             "<> m.surface"),
    DataTest("documents.language: ISO 639-1 or und",
             "SELECT count(*) FROM documents WHERE NOT regexp_full_match(language, "
             "'[a-z]{2}|und')"),
    DataTest("paragraphs.language: ISO 639-1 or und",
             "SELECT count(*) FROM paragraphs WHERE NOT regexp_full_match(language, "
             "'[a-z]{2}|und')"),
    DataTest("document_sources: one current version per path",
             "SELECT count(*) FROM (SELECT source_path FROM document_sources "
             "WHERE status = 'current' GROUP BY 1 HAVING count(*) > 1)"),
)


def all_tests() -> list[DataTest]:
    return [*_declared_tests(), *DOMAIN_TESTS]


def run_data_tests(con: duckdb.DuckDBPyConnection) -> list[tuple[str, int]]:
    """(test name, offending rows) for every test; raises DataTestFailed if any fails."""
    results = [(t.name, con.execute(t.sql).fetchone()[0]) for t in all_tests()]
    failed = [(n, k) for n, k in results if k]
    if failed:
        detail = "; ".join(f"{n}: {k} bad rows" for n, k in failed)
        raise DataTestFailed(f"{len(failed)} data test(s) failed: {detail}")
    return results
