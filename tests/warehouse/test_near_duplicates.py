"""Near-duplicate linking across runs, inside the load transaction."""

from __future__ import annotations

from schemas.tables import TABLES
from transforms.near_duplicates import SCHEME, minhash_signature
from warehouse.near_duplicates import link_near_duplicates

STORY = ("The delegations met in Vienna on Monday to discuss a new exchange of prisoners, "
         "and both sides described the talks as difficult but useful for the months ahead.")


def _add(con, doc_id, run_id, text):
    con.execute("INSERT INTO documents (doc_id, content_sha256, raw_text, clean_text, run_id) "
                "VALUES (?, ?, ?, ?, ?)", [doc_id, doc_id, text, text, run_id])
    con.execute("INSERT INTO minhash_signatures VALUES (?, ?, ?)",
                [doc_id, SCHEME, minhash_signature(text)])


def test_a_later_run_links_to_the_earlier_story(con):
    for t in TABLES:
        con.execute(t.create_sql())
    _add(con, "a", 1, STORY)
    assert link_near_duplicates(con, 1) == 0
    _add(con, "b", 2, STORY.replace("Monday", "Tuesday"))
    _add(con, "c", 2, "A completely different report about olive harvests in the south.")
    assert link_near_duplicates(con, 2) == 1
    rows = dict((r[0], r[1:]) for r in con.execute(
        "SELECT doc_id, cluster_id, duplicate_of FROM documents").fetchall())
    assert rows["a"] == ("a", None)
    assert rows["b"] == ("a", "a")
    assert rows["c"] == ("c", None)
