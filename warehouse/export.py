"""Export the published warehouse to Parquet: documents partitioned by publication month.

Layout under the target folder::

    documents/year_month=2024-06/data_0.parquet   (hive partitions; 'undated' for NULL)
    paragraphs.parquet, artefacts.parquet, ...    (every other table, one file each)
    _manifest.json                                (latest run, row counts)

It reads a read-only snapshot, writes into ``<DIR>.partial`` and renames it into place at
the end, so a half-written export never looks like a finished one.
"""

from __future__ import annotations

import json
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

from schemas.tables import TABLES
from warehouse.connection import connect_read

PARTITION_COLUMN = "year_month"


class ExportError(RuntimeError):
    """The export target is not usable."""


def export_parquet(db: str | os.PathLike, out_dir: str | os.PathLike, *,
                   overwrite: bool = False) -> dict[str, int]:
    """Write every table to Parquet under ``out_dir``; returns rows written per table."""
    out = Path(out_dir).absolute()
    if out.exists() and (not out.is_dir() or any(out.iterdir())) and not overwrite:
        raise ExportError(f"{out} exists and is not empty (pass --overwrite to replace it)")
    partial = out.with_name(out.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    con = connect_read(db)
    try:
        counts: dict[str, int] = {}
        for t in TABLES:
            counts[t.name] = con.execute(f"SELECT count(*) FROM {t.name}").fetchone()[0]
            if t.name == "documents":
                con.execute(
                    f"COPY (SELECT *, coalesce(strftime(published_at, '%Y-%m'), 'undated') "
                    f"AS {PARTITION_COLUMN} FROM documents) TO '{_q(partial / 'documents')}' "
                    f"(FORMAT parquet, COMPRESSION zstd, PARTITION_BY ({PARTITION_COLUMN}))")
            else:
                con.execute(f"COPY {t.name} TO '{_q(partial / (t.name + '.parquet'))}' "
                            "(FORMAT parquet, COMPRESSION zstd)")
        run = con.execute("SELECT max(run_id) FROM runs WHERE status = 'completed'").fetchone()[0]
    finally:
        con.close()
    manifest = {"exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
                "warehouse": str(Path(db).absolute()), "latest_completed_run": run,
                "partitioned": {"documents": PARTITION_COLUMN}, "rows": counts}
    (partial / "_manifest.json").write_text(json.dumps(manifest, indent=1) + "\n", "utf-8")
    if out.exists():
        shutil.rmtree(out) if out.is_dir() else out.unlink()
    os.replace(partial, out)
    return counts


def _q(path: Path) -> str:
    return str(path).replace("'", "''")
