"""Recording a run that failed, in the published warehouse, without touching its data."""

from __future__ import annotations

import os
from datetime import UTC, datetime

from warehouse.connection import building
from warehouse.migrations import migrate
from warehouse.views import create_views


def record_failed_run(db: str | os.PathLike, *, run_id: int, started_at: datetime, error: str,
                      flow_run_id: str | None = None, inputs: str | None = None,
                      version: str | None = None) -> bool:
    """Publish the last good snapshot plus one ``runs`` row with status 'failed'.

    Call it while holding the writer lock, after the failed load's build copy was
    discarded. The row keeps the reason (``error``) and ``documents_total`` of the
    unchanged warehouse. Returns False if ``run_id`` is already recorded (the load had
    published before something later failed).
    """
    finished_at = datetime.now(UTC).replace(tzinfo=None)
    with building(db) as con:
        migrate(con)
        if con.execute("SELECT count(*) FROM runs WHERE run_id = ?", [run_id]).fetchone()[0]:
            return False
        con.execute("BEGIN TRANSACTION")
        con.execute(
            "INSERT INTO runs (run_id, flow_run_id, started_at, finished_at, status, inputs, "
            "newsetl_version, documents_total, error) "
            "VALUES (?, ?, ?, ?, 'failed', ?, ?, (SELECT count(*) FROM documents), ?)",
            [run_id, flow_run_id, started_at, finished_at, inputs, version, error[:2000]])
        create_views(con)  # a first run that failed still leaves a queryable warehouse
        con.execute("COMMIT")
    return True
