"""Helpers shared by the fault and hostile-input tests (and bench/kill_loop.py).

* :func:`warehouse_checksums` — one checksum per table, ignoring what is specific to a run,
  so a warehouse rebuilt after crashes can be compared with one built without.
* :func:`check_warehouse_consistent` — the invariants a published snapshot always holds:
  no half-loaded run, no half-written document.
* :func:`build_hostile_corpus` — a folder of hostile inputs and what must become of each.
"""

from __future__ import annotations

import codecs
import gzip
import hashlib
import io
import os
import random
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path

import duckdb

from schemas.tables import TABLES
from transforms.textedit import replay

# Columns whose values depend on which run did the work (or when), not on the data.
RUN_SPECIFIC = {
    "documents": {"run_id"},
    "document_sources": {"valid_from_run", "valid_to_run"},
    "rejects": {"run_id"},
}
# The run log itself is compared through check_warehouse_consistent, not by checksum: a run
# that was killed after publishing and then re-run adds a row (with files_unchanged).
LOG_TABLES = {"runs"}
# One row per file *per run*: compared as a set (a re-run rejects the same file again).
PER_RUN_TABLES = {"rejects"}


def warehouse_checksums(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """{table: sha256 of its rows sorted}, without run-specific columns and the run log."""
    live = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    out: dict[str, str] = {}
    for table in TABLES:
        if table.name in LOG_TABLES or table.name not in live:
            continue
        cols = [c for c in table.column_names if c not in RUN_SPECIFIC.get(table.name, ())]
        distinct = "DISTINCT " if table.name in PER_RUN_TABLES else ""
        rows = con.execute(
            f"SELECT {distinct}{', '.join(cols)} FROM {table.name} ORDER BY ALL").fetchall()
        out[table.name] = hashlib.sha256(repr(rows).encode("utf-8")).hexdigest()
    return out


def check_warehouse_consistent(con: duckdb.DuckDBPyConnection) -> None:
    """Assert a published snapshot holds only whole runs and whole documents."""
    from warehouse.checks import run_data_tests

    run_data_tests(con)  # keys, references, accepted values, offsets (raises on failure)
    runs = con.execute(
        "SELECT run_id, status, files_seen, files_loaded, files_unchanged, files_rejected, "
        "files_skipped FROM runs ORDER BY run_id").fetchall()
    for run_id, status, seen, loaded, unchanged, rejected, skipped in runs:
        assert status == "completed", (run_id, status)
        assert seen == loaded + unchanged + rejected + skipped, run_id
        n_rejects = con.execute("SELECT count(*) FROM rejects WHERE run_id = ?",
                                [run_id]).fetchone()[0]
        assert n_rejects == rejected, (run_id, n_rejects, rejected)
        new_sources = con.execute("SELECT count(*) FROM document_sources WHERE "
                                  "valid_from_run = ?", [run_id]).fetchone()[0]
        assert new_sources <= loaded, (run_id, new_sources, loaded)
    orphans = con.execute(
        "SELECT (SELECT count(*) FROM documents WHERE run_id NOT IN (SELECT run_id FROM runs))"
        " + (SELECT count(*) FROM rejects WHERE run_id NOT IN (SELECT run_id FROM runs))"
        " + (SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM "
        "document_sources s WHERE s.doc_id = d.doc_id))"
        " + (SELECT count(*) FROM documents WHERE length(trim(clean_text)) > 0 AND doc_id NOT"
        " IN (SELECT doc_id FROM paragraphs))").fetchone()[0]
    assert orphans == 0, "rows of a half-loaded run or document"
    docs = con.execute("SELECT doc_id, raw_text, clean_text FROM documents").fetchall()
    arts = con.execute("SELECT doc_id, position, original, replacement, edit_offset "
                       "FROM artefacts").fetchall()
    by_doc: dict[str, list[dict]] = {}
    for doc_id, position, original, replacement, edit_offset in arts:
        by_doc.setdefault(doc_id, []).append(dict(position=position, original=original,
                                                  replacement=replacement,
                                                  edit_offset=edit_offset))
    for doc_id, raw, clean in docs:
        assert replay(raw, by_doc.get(doc_id, [])) == clean, f"artefacts of {doc_id} incomplete"


# -- the hostile corpus ------------------------------------------------------------------------

ENGLISH = ("Harbour Council Approves Flood Barrier\n\nBy Ann Lee\n\n"
           "The harbour council approved a new flood barrier on Tuesday after a long debate "
           "about costs.\n\nWork is due to start in the spring, officials said.\n")
RUSSIAN = ("Синоптики предупредили о сильных морозах\n\n"
           "В ближайшие дни температура в центральных районах опустится до минус тридцати "
           "градусов, сообщили в гидрометцентре. Жителей просят не выходить из дома без "
           "необходимости.\n")
CHINESE = ("统计局公布前三季度经济数据\n\n"
           "国家统计局周二公布的数据显示，今年前三季度国内生产总值同比增长百分之五。"
           "分析人士认为，消费和出口的恢复推动了经济增长。\n")
FRENCH = ("Les vendanges commencent tôt en Bourgogne\n\n"
          "Après un été très chaud, les vignerons de la Côte-d'Or ont commencé la récolte dès "
          "la fin du mois d'août. « C'est du jamais vu », a déclaré un viticulteur de Beaune.\n")
HTML_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Ferry Service Resumes</title>
<style>body { font-family: serif; }</style>
<script>var tracker = "<p>not article text</p>";</script></head>
<body>
<h1>Ferry Service Resumes After Storm</h1>
<p>The island ferry resumed its timetable on Monday,
   three days after the storm damaged the pier &amp; the ticket office.</p>
<p>Passengers were told to expect delays of up to&nbsp;an hour.</p>
<!-- advert -->
</body></html>
"""
SQL_TEXT = ("Robert'); DROP TABLE documents; --\n\nThe school's database was not harmed, "
            "the head teacher said on Friday; the prank was reported to police.\n")


@dataclass(frozen=True)
class Expect:
    """What must become of one path: a document, a reject or a skipped non-file."""

    outcome: str  # "document" | "reject" | "skip"
    reason: str | None = None  # reject/skip reason; for a document, its encoding
    contains: str | None = None  # a document's clean_text must contain this


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))
    ihdr = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    raw = zlib.compress(b"\x00" + b"\xff\x00\x00" * 2 + b"\x00" + b"\x00\xff\x00" * 2)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", raw)
            + chunk(b"IEND", b""))


def _zip() -> bytes:
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("article.txt", ENGLISH * 20)
    return buf.getvalue()


def _elf() -> bytes:
    return (b"\x7fELF\x02\x01\x01\x00" + bytes(8) + struct.pack("<HHI", 2, 62, 1)
            + bytes(range(256)) * 4)


def build_hostile_corpus(root: Path, outside: Path, *, big_line_bytes: int = 10_000_000,
                         too_large_bytes: int = 0) -> dict[str, Expect]:
    """Write the hostile inputs under ``root`` (and a target under ``outside``).

    Returns {path as stored in the warehouse (display_path): expectation}. Files for the
    race cases (vanished, growing) and the unreadable file are created here too; the test
    that makes them vanish, grow or fail to open says so.
    """
    from transforms.inputs import display_path

    root.mkdir(parents=True, exist_ok=True)
    outside.mkdir(parents=True, exist_ok=True)
    exp: dict[str, Expect] = {}

    def put(name: str | bytes, data: bytes, expect: Expect) -> None:
        path = os.path.join(os.fsencode(root), os.fsencode(name))
        with open(path, "wb") as fh:
            fh.write(data)
        exp[display_path(os.fsdecode(path))] = expect

    doc, rej = (lambda enc, text=None: Expect("document", enc, text),
                lambda reason: Expect("reject", reason))
    put("empty.txt", b"", rej("empty"))
    put("whitespace_only.txt", b"  \n\t\n   \r\n", rej("blank"))
    put("nul_sparse.txt", ENGLISH.encode().replace(b"flood", b"fl\x00ood", 1),
        doc("utf-8", "flood barrier"))
    put("nul_heavy.txt", b"\x00".join(w.encode() for w in ENGLISH.split()), rej("binary"))
    put("image.png.txt", _png(), rej("binary"))
    put("archive.zip.txt", _zip(), rej("binary"))
    put("program.elf.txt", _elf(), rej("binary"))
    put("random_bytes.txt", random.Random(6).randbytes(20_000), rej("binary"))
    good = FRENCH.encode("utf-8")
    put("invalid_utf8_middle.txt", good[:120] + b"\xff\xfe\xc3" + good[120:],
        doc("utf-8", "récolte dès la fin"))
    put("utf8_bom.txt", codecs.BOM_UTF8 + ENGLISH.encode(), doc("utf-8", "flood barrier"))
    put("utf16le_bom.txt", codecs.BOM_UTF16_LE + ENGLISH.encode("utf-16-le"),
        doc("utf-16-le", "flood barrier"))
    put("utf16be_bom.txt", codecs.BOM_UTF16_BE + ENGLISH.encode("utf-16-be"),
        doc("utf-16-be", "flood barrier"))
    put("utf16le_no_bom.txt", ENGLISH.encode("utf-16-le"), doc("utf-16-le", "flood barrier"))
    put("russian_cp1251.txt", RUSSIAN.encode("cp1251"), doc("cp1251", "температура"))
    put("chinese_gb18030.txt", CHINESE.encode("gb18030"), doc("gb18030", "国内生产总值"))
    put("french_latin1.txt", FRENCH.encode("latin-1"), doc("latin-1", "été très chaud"))
    mojibake = FRENCH.encode("utf-8").decode("cp1252", errors="replace").encode("utf-8")
    put("double_encoded_mojibake.txt", mojibake, doc("utf-8", "été très chaud"))
    put("crlf.txt", ENGLISH.replace("\n", "\r\n").encode(), doc("utf-8", "flood barrier"))
    put("cr_only.txt", ENGLISH.replace("\n", "\r").encode(), doc("utf-8", "flood barrier"))
    sentence = b"The harbour council met again on Tuesday to discuss the flood barrier. "
    put("one_line_10mb.txt", (sentence * (big_line_bytes // len(sentence) + 1))[:big_line_bytes],
        doc("utf-8", "flood barrier"))
    if too_large_bytes:
        put("too_large.txt", (sentence * (too_large_bytes // len(sentence) + 1))[
            :too_large_bytes], rej("too_large"))
    gz = gzip.compress(ENGLISH.encode() * 50)
    put("truncated.txt.gz", gz[: len(gz) // 2], rej("bad_gzip"))
    put("not_gzip.txt.gz", ENGLISH.encode(), rej("bad_gzip"))
    put("good.txt.gz", gzip.compress(RUSSIAN.encode()), doc("utf-8", "температура"))
    put("web_page.txt", HTML_PAGE.encode(), doc("utf-8", "ferry resumed its timetable"))
    put("name with spaces.txt", b"Spaces in the name.\n\n" + ENGLISH.encode(),
        doc("utf-8", "flood barrier"))
    put("quote's \"double\".txt", b"Quotes in the name.\n\n" + ENGLISH.encode(),
        doc("utf-8", "flood barrier"))
    put("semi;colon;.txt", b"Semicolons.\n\n" + ENGLISH.encode(), doc("utf-8", "flood barrier"))
    put(b"caf\xe9 latin1 name.txt", b"Non-UTF-8 name.\n\n" + ENGLISH.encode(),
        doc("utf-8", "flood barrier"))
    put("x'; DROP TABLE documents; --.txt", SQL_TEXT.encode(), doc("utf-8", "DROP TABLE"))
    put("unreadable.txt", ENGLISH.encode() + b"unreadable\n", rej("unreadable"))
    put("vanishes.txt", ENGLISH.encode() + b"vanishes\n", rej("vanished"))
    put("grows.txt", b"First version.\n\n" + ENGLISH.encode(), doc("utf-8", "Appended later"))

    (root / "folder.txt").mkdir()
    (root / "folder.txt" / "inside.txt").write_text("Inside a folder named .txt.\n\n" + ENGLISH)
    exp[str(root / "folder.txt")] = Expect("skip", "not_a_file")
    exp[str(root / "folder.txt" / "inside.txt")] = doc("utf-8", "flood barrier")
    os.symlink(".", root / "loop")
    exp[str(root / "loop")] = Expect("skip", "symlink_loop")
    os.symlink("self_loop.txt", root / "self_loop.txt")
    exp[str(root / "self_loop.txt")] = rej("symlink_loop")
    os.symlink("missing_target", root / "dangling.txt")
    exp[str(root / "dangling.txt")] = rej("broken_link")
    (outside / "secret.txt").write_text("Outside the input folder.\n")
    os.symlink(outside / "secret.txt", root / "outside_link.txt")
    exp[str(root / "outside_link.txt")] = rej("outside_input")
    os.symlink(outside, root / "outside_dir")
    exp[str(root / "outside_dir")] = Expect("skip", "outside_input")
    os.symlink("crlf.txt", root / "inside_link.txt")
    exp[str(root / "inside_link.txt")] = doc("utf-8", "flood barrier")
    os.mkfifo(root / "pipe.txt")
    exp[str(root / "pipe.txt")] = Expect("skip", "not_a_file")
    return exp
