"""transforms/inputs.py: discovery classifies every path once; reading returns the bytes with
the fingerprint of what was read, or a reason."""

from __future__ import annotations

import gzip
import hashlib
import os
from types import SimpleNamespace

import pytest

from transforms import inputs
from transforms.inputs import Entry, discover, display_path, read_entry, read_input


def _by_path(entries):
    return {e.path: e for e in entries}


@pytest.fixture
def tree(tmp_path):
    root, outside = tmp_path / "in", tmp_path / "outside"
    (root / "sub").mkdir(parents=True)
    outside.mkdir()
    (root / "a.txt").write_text("A\n")
    (root / "sub" / "b.TXT").write_text("B\n")
    (root / "c.txt.gz").write_bytes(gzip.compress(b"C\n"))
    (root / "ignored.md").write_text("not an input\n")
    (root / "dir.txt").mkdir()
    os.mkfifo(root / "fifo.txt")
    os.symlink(".", root / "sub" / "up")  # a directory loop
    os.symlink("a.txt", root / "link_in.txt")
    os.symlink("nowhere.txt", root / "broken.txt")
    os.symlink("loop.txt", root / "loop.txt")
    (outside / "o.txt").write_text("O\n")
    os.symlink(outside / "o.txt", root / "link_out.txt")
    os.symlink(outside, root / "dir_out")
    return root, outside


def test_discovery_classifies_every_path_once(tree):
    root, _ = tree
    got = _by_path(discover([root]))
    r = str(root)
    assert {p: e.skip for p, e in got.items() if e.skip} == {
        f"{r}/dir.txt": "not_a_file", f"{r}/fifo.txt": "not_a_file",
        f"{r}/sub/up": "symlink_loop", f"{r}/dir_out": "outside_input"}
    assert {p: e.reject for p, e in got.items() if e.reject} == {
        f"{r}/broken.txt": "broken_link", f"{r}/loop.txt": "symlink_loop",
        f"{r}/link_out.txt": "outside_input"}
    readable = sorted(p for p, e in got.items() if not e.skip and not e.reject)
    assert readable == [f"{r}/a.txt", f"{r}/c.txt.gz", f"{r}/link_in.txt", f"{r}/sub/b.TXT"]
    assert all(got[p].size_bytes is not None and got[p].mtime_ns for p in readable)
    assert f"{r}/fifo.txt" in got and got[f"{r}/fifo.txt"].detail == "a FIFO"


def test_follow_outside_follows_links_out_of_the_input(tree):
    root, _ = tree
    got = _by_path(discover([root], follow_outside=True))
    assert got[f"{root}/link_out.txt"].reject is None
    assert f"{root}/dir_out/o.txt" in got


def test_a_file_given_by_name_and_a_missing_path(tree, tmp_path):
    root, _ = tree
    got = _by_path(discover([root / "a.txt", tmp_path / "missing"]))
    assert got[str(root / "a.txt")].size_bytes == 2
    assert got[str(tmp_path / "missing")].skip == "missing_input"


def test_non_utf8_file_names_are_found_and_displayed_escaped(tmp_path):
    name = os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt")
    with open(name, "wb") as fh:
        fh.write(b"text\n")
    (entry,) = discover([tmp_path])
    assert display_path(entry.path) == f"{tmp_path}/caf\\xe9.txt"
    assert read_entry(entry).data == b"text\n"


def test_read_returns_bytes_and_the_fingerprint_of_what_was_read(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(b"first")
    (entry,) = discover([tmp_path])
    p.write_bytes(b"first, then more")  # grew after discovery
    got = read_entry(entry)
    assert got.data == b"first, then more"
    assert (got.size_bytes, got.mtime_ns) == (p.stat().st_size, p.stat().st_mtime_ns)
    assert got.sha256 == hashlib.sha256(got.data).hexdigest()


def test_a_file_that_keeps_changing_while_read_is_rejected_unstable(tmp_path, monkeypatch):
    p = tmp_path / "a.txt"
    p.write_bytes(b"content")
    real_fstat, calls = os.fstat, [0]

    def drifting_fstat(fd):  # a writer touches the file between every two looks
        st = real_fstat(fd)
        calls[0] += 1
        return SimpleNamespace(st_mode=st.st_mode, st_size=st.st_size,
                               st_mtime_ns=st.st_mtime_ns + calls[0])

    monkeypatch.setattr(os, "fstat", drifting_fstat)
    got = read_input(str(p))
    assert got.reject_reason == "unstable" and got.data is None


def test_vanished_unreadable_and_replaced_by_a_fifo(tmp_path, monkeypatch):
    assert read_input(str(tmp_path / "gone.txt")).reject_reason == "vanished"
    os.mkfifo(tmp_path / "pipe.txt")  # must not block
    assert read_input(str(tmp_path / "pipe.txt")).reject_reason == "not_a_file"
    assert read_input(str(tmp_path)).reject_reason == "not_a_file"
    p = tmp_path / "secret.txt"
    p.write_text("x")
    real_open = os.open

    def denied(path, *args, **kw):  # tests run as root: chmod 000 would not stop a read
        if os.fspath(path) == str(p):
            raise PermissionError(13, "Permission denied", str(p))
        return real_open(path, *args, **kw)

    monkeypatch.setattr(os, "open", denied)
    got = read_input(str(p))
    assert (got.reject_reason, got.reject_detail) == ("unreadable",
                                                       "permission denied: Permission denied")


def test_too_large_is_rejected_with_the_hash_of_the_whole_file(tmp_path):
    p = tmp_path / "big.txt"
    p.write_bytes(b"x" * 5000)
    got = read_input(str(p), max_bytes=1000)
    assert got.reject_reason == "too_large" and got.data is None
    assert got.sha256 == hashlib.sha256(b"x" * 5000).hexdigest()
    assert got.size_bytes == 5000


def test_gzip_inputs(tmp_path):
    body = b"Gzipped article text.\n" * 100
    gz = gzip.compress(body)
    cases = {"ok.txt.gz": gz, "truncated.txt.gz": gz[:40], "plain.txt.gz": body,
             "bomb.txt.gz": gzip.compress(b"\0" * 100_000)}
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
    assert read_input(str(tmp_path / "ok.txt.gz")).data == body
    truncated = read_input(str(tmp_path / "truncated.txt.gz"))
    assert truncated.reject_reason == "bad_gzip"
    assert truncated.sha256 == hashlib.sha256(gz[:40]).hexdigest()
    assert read_input(str(tmp_path / "plain.txt.gz")).reject_reason == "bad_gzip"
    bomb = read_input(str(tmp_path / "bomb.txt.gz"), max_bytes=10_000)
    assert bomb.reject_reason == "too_large"


def test_entries_rejected_at_discovery_are_not_opened(monkeypatch):
    monkeypatch.setattr(inputs, "read_input", lambda *a, **k: pytest.fail("opened"))
    got = read_entry(Entry("/in/link.txt", reject="outside_input", detail="symlink to /etc"))
    assert (got.data, got.sha256, got.reject_reason) == (None, None, "outside_input")
