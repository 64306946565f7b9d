"""Staging folders: a run starts from an empty folder, and folders left by killed runs of
the same warehouse are removed (those of another warehouse sharing the folder are not)."""

from flows.ingest import _fresh_staging


def test_stale_folders_of_the_same_warehouse_are_removed(tmp_path):
    root, db, other = tmp_path / "staging", str(tmp_path / "w.duckdb"), str(tmp_path / "o.db")
    killed = _fresh_staging(str(root), 3, db)  # a run killed after publishing leaves this
    (tmp_path / "staging" / "run-000003" / "documents").mkdir()
    foreign = _fresh_staging(str(root), 7, other)  # another warehouse's run, in progress
    unknown = root / "notes"  # not a staging folder of ours
    unknown.mkdir()
    fresh = _fresh_staging(str(root), 4, db)
    assert sorted(p.name for p in root.iterdir()) == ["notes", "run-000004", "run-000007"]
    assert fresh.endswith("run-000004") and killed.endswith("run-000003")
    assert (root / "run-000007" / "warehouse.txt").read_text().strip() == other == \
        open(foreign + "/warehouse.txt").read().strip()
    assert sorted(p.name for p in (root / "run-000004").iterdir()) == ["warehouse.txt"]
