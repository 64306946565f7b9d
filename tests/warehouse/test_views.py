"""Analyst views: documented, dbt-shaped, and their figures agree with the base tables."""

from __future__ import annotations

import re

import duckdb
import pytest

from warehouse.migrations import migrate
from warehouse.views import create_views, in_dependency_order, parse_view, views

EXPECTED = {"v_articles", "v_articles_by_month", "v_mentions_by_month", "v_cooccurrence",
            "v_artefacts_by_source", "v_translation_report", "v_language_mix"}


@pytest.fixture(scope="module")
def wh(sample_warehouse):
    con = duckdb.connect(str(sample_warehouse), read_only=True)
    yield con
    con.close()


def test_the_views_exist_one_file_each():
    assert {v.name for v in views()} == EXPECTED


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_view_reads_like_a_dbt_model_and_documents_every_column(con, name):
    migrate(con)
    create_views(con)
    view = next(v for v in views() if v.name == name)
    sql = view.sql
    assert f"CREATE OR REPLACE VIEW {name} AS\nWITH " in sql
    assert re.search(r"\bfinal AS \(", sql) and re.search(r"SELECT \* FROM final\b", sql)
    assert view.description.endswith((".", "?")) and "?" in view.description or \
        name == "v_articles"
    live = [r[0] for r in con.execute(f"SELECT column_name FROM (DESCRIBE {name})").fetchall()]
    assert [c for c, _ in view.columns] == live
    assert all(d.strip() for _, d in view.columns)


def test_views_are_created_after_the_views_they_use():
    order = [v.name for v in in_dependency_order(views())]
    assert order[0] == "v_articles"
    a = parse_view("v_a", "CREATE OR REPLACE VIEW v_a AS SELECT * FROM v_b")
    b = parse_view("v_b", "CREATE OR REPLACE VIEW v_b AS SELECT 1 AS x")
    assert [v.name for v in in_dependency_order([a, b])] == ["v_b", "v_a"]


def test_views_can_be_created_inside_a_transaction(con):
    migrate(con)
    con.execute("BEGIN TRANSACTION")
    create_views(con)
    con.execute("COMMIT")


def test_v_articles_has_one_row_per_current_document(wh):
    n, distinct = wh.execute("SELECT count(*), count(DISTINCT doc_id) FROM v_articles").fetchone()
    current = wh.execute("SELECT count(DISTINCT doc_id) FROM document_sources "
                         "WHERE status = 'current'").fetchone()[0]
    assert n == distinct == current > 30
    assert wh.execute("SELECT count(*) FROM v_articles WHERE source IS NULL").fetchone()[0] == 0


def test_articles_by_month_adds_up(wh):
    assert wh.execute("SELECT sum(articles) FROM v_articles_by_month").fetchone()[0] == \
        wh.execute("SELECT count(*) FROM v_articles").fetchone()[0]


def test_mentions_by_month_adds_up(wh):
    total = wh.execute("SELECT count(*) FROM mentions m JOIN v_articles USING (doc_id)"
                       ).fetchone()[0]
    assert wh.execute("SELECT sum(mentions) FROM v_mentions_by_month").fetchone()[0] == total > 0


def test_cooccurrence_counts_articles_naming_both(wh):
    rows = wh.execute("SELECT entity_a_id, entity_b_id, articles FROM v_cooccurrence").fetchall()
    assert rows and all(a < b for a, b, _ in rows)
    ents: dict[str, set[str]] = {}
    for doc, ent in wh.execute("SELECT DISTINCT doc_id, entity_id FROM mentions "
                               "JOIN v_articles USING (doc_id)").fetchall():
        ents.setdefault(ent, set()).add(doc)
    for a, b, n in rows:
        assert n == len(ents[a] & ents[b])


def test_artefacts_by_source_adds_up(wh):
    assert wh.execute("SELECT sum(artefacts) FROM v_artefacts_by_source").fetchone()[0] == \
        wh.execute("SELECT count(*) FROM artefacts JOIN v_articles USING (doc_id)").fetchone()[0]
    assert wh.execute("SELECT max(share_of_articles) <= 1 FROM v_artefacts_by_source"
                      ).fetchone()[0]


def test_translation_report_shows_the_evidence(wh):
    rows = wh.execute("SELECT is_translated, signals, evidence FROM v_translation_report "
                      "WHERE is_translated").fetchall()
    assert rows and all(s > 0 and e for _, s, e in rows)


def test_language_mix_shares_sum_to_one_per_source(wh):
    sums = wh.execute("SELECT source, sum(share_of_source) FROM v_language_mix GROUP BY 1"
                      ).fetchall()
    assert sums and all(abs(s - 1) < 0.01 for _, s in sums)
