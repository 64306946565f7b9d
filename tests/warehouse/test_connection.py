"""Build-then-publish: one writer at a time; readers see the old or the new file, whole."""

from __future__ import annotations

import hashlib

import duckdb
import pytest

from warehouse.connection import (
    WarehouseBusy,
    WarehouseMissing,
    building,
    connect_read,
    writer_lock,
)


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "w.duckdb"
    with writer_lock(path), building(path) as con:
        con.execute("CREATE TABLE t (x INTEGER)")
        con.execute("INSERT INTO t VALUES (1)")
    return path


def test_building_publishes_a_complete_file(db):
    assert not db.with_name(db.name + ".building").exists()
    con = connect_read(db)
    try:
        assert con.execute("SELECT x FROM t").fetchall() == [(1,)]
    finally:
        con.close()


def test_a_failed_build_leaves_the_published_file_unchanged(db):
    before = _sha(db)
    with pytest.raises(RuntimeError, match="data test"), writer_lock(db), building(db) as con:
        con.execute("INSERT INTO t VALUES (2)")
        con.execute("CHECKPOINT")
        raise RuntimeError("data test failed")
    assert _sha(db) == before
    assert not db.with_name(db.name + ".building").exists()
    assert not db.with_name(db.name + ".building.wal").exists()


def test_readers_open_at_once_while_a_build_is_in_progress(db):
    with writer_lock(db), building(db) as con:
        con.execute("INSERT INTO t VALUES (2)")
        reader = duckdb.connect(str(db), read_only=True)  # no retry, no wait
        try:
            assert reader.execute("SELECT count(*) FROM t").fetchone()[0] == 1
        finally:
            reader.close()
    reader = connect_read(db)
    try:
        assert reader.execute("SELECT count(*) FROM t").fetchone()[0] == 2
    finally:
        reader.close()


def test_an_open_reader_keeps_its_snapshot_across_a_publish(db):
    reader = connect_read(db)
    try:
        with writer_lock(db), building(db) as con:
            con.execute("INSERT INTO t VALUES (2)")
        assert reader.execute("SELECT count(*) FROM t").fetchone()[0] == 1
    finally:
        reader.close()


def test_a_second_writer_is_turned_away(db):
    with writer_lock(db):
        with pytest.raises(WarehouseBusy, match="another newsetl run"):
            with writer_lock(db, wait_seconds=0.3):
                pass


def test_a_stale_build_copy_is_replaced(db):
    stale = db.with_name(db.name + ".building")
    stale.write_bytes(b"half a file from a killed run")
    with writer_lock(db), building(db) as con:
        assert con.execute("SELECT count(*) FROM t").fetchone()[0] == 1
    assert not stale.exists()


def test_reading_a_missing_warehouse_says_what_to_do(tmp_path):
    with pytest.raises(WarehouseMissing, match="newsetl run"):
        connect_read(tmp_path / "none.duckdb")
