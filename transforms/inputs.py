"""Finding and reading input files: the one module of transforms/ that touches the disk.

Discovery is cheap (stat only), so an incremental run can skip unchanged files without
reading them. Every discovered path becomes exactly one :class:`Entry`: a file to read, a
file that will be rejected without reading (``reject``: a link out of the input folders, a
broken or looping link, a file that vanished or cannot be opened), or something that is not
a file at all (``skip``: a directory named ``x.txt``, a FIFO, a directory symlink loop).
Reading returns bytes (gunzipped for .txt.gz) with the fingerprint of what was read, or a
reject reason.
"""

from __future__ import annotations

import errno
import gzip
import hashlib
import io
import os
import stat
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

SUFFIXES = (".txt", ".txt.gz")
DEFAULT_MAX_BYTES = 50 * 1024 * 1024  # larger files are rejected with reason 'too_large'
READ_ATTEMPTS = 3  # a file that changes while it is read is read again, then rejected
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Entry:
    """A discovered path: a file to read, a file to reject unread, or a skipped non-file."""

    path: str
    size_bytes: int | None = None
    mtime_ns: int | None = None
    skip: str | None = None  # not a file: counted as skipped, never read
    reject: str | None = None  # a file that is not read: becomes a rejects row
    detail: str | None = None


def _is_input(name: str) -> bool:
    return name.lower().endswith(SUFFIXES)


def discover(paths: Iterable[str | os.PathLike], *, follow_outside: bool = False) -> list[Entry]:
    """Every input under ``paths`` (recursive), sorted by path.

    Symlinks are followed inside the input folders; links pointing outside them are
    rejected (files) or skipped (folders) unless ``follow_outside``.
    """
    entries: dict[str, Entry] = {}
    for root in paths:
        root = os.path.abspath(os.fspath(root))
        if not os.path.lexists(root):
            entries[root] = Entry(root, skip="missing_input")
        elif os.path.isdir(root):
            _walk(entries, root, follow_outside)
        else:
            _add_file(entries, root, os.path.dirname(root), follow_outside=True)
    return [entries[k] for k in sorted(entries)]


def _walk(entries: dict[str, Entry], root: str, follow_outside: bool) -> None:
    real_root = os.path.realpath(root)
    seen_dirs: set[str] = set()

    def unreadable(exc: OSError) -> None:
        p = exc.filename or root
        entries[p] = Entry(p, skip="unreadable_dir", detail=exc.strerror)

    for dirpath, dirnames, filenames in os.walk(root, onerror=unreadable, followlinks=True):
        real = os.path.realpath(dirpath)
        if real in seen_dirs:
            dirnames[:] = []
            parent = os.path.realpath(os.path.dirname(dirpath))
            loop = _inside(parent, real)
            entries[dirpath] = Entry(dirpath, skip="symlink_loop" if loop else "duplicate_dir")
            continue
        seen_dirs.add(real)
        if not follow_outside and not _inside(real, real_root):
            dirnames[:] = []
            entries[dirpath] = Entry(dirpath, skip="outside_input", detail=f"links to {real}")
            continue
        dirnames.sort()
        for d in dirnames:
            if _is_input(d):
                p = os.path.join(dirpath, d)
                entries[p] = Entry(p, skip="not_a_file", detail="a directory")
        for name in sorted(filenames):
            if _is_input(name):
                _add_file(entries, os.path.join(dirpath, name), real_root, follow_outside)


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def _add_file(entries: dict[str, Entry], path: str, root_dir: str, follow_outside: bool) -> None:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):
            entries[path] = Entry(path, reject="broken_link",
                                  detail=f"symlink to missing {os.readlink(path)}")
        else:
            entries[path] = Entry(path, reject="vanished", detail="deleted during discovery")
        return
    except OSError as exc:
        reason = "symlink_loop" if exc.errno == errno.ELOOP else "unreadable"
        entries[path] = Entry(path, reject=reason, detail=exc.strerror)
        return
    if os.path.islink(path) and not follow_outside:
        target = os.path.realpath(path)
        if not _inside(target, os.path.realpath(root_dir)):
            entries[path] = Entry(path, reject="outside_input",
                                  detail=f"symlink to {display_path(target)} (not followed)")
            return
    if not stat.S_ISREG(st.st_mode):
        entries[path] = Entry(path, skip="not_a_file", detail=_file_kind(st.st_mode))
        return
    entries[path] = Entry(path, st.st_size, st.st_mtime_ns)


def _file_kind(mode: int) -> str:
    for test, name in ((stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a FIFO"),
                       (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device")):
        if test(mode):
            return name
    return "not a regular file"


@dataclass(frozen=True)
class ReadResult:
    """The bytes read (None when rejected) and the fingerprint of the file as read."""

    data: bytes | None
    sha256: str | None
    reject_reason: str | None = None
    reject_detail: str | None = None
    size_bytes: int | None = None
    mtime_ns: int | None = None


def read_entry(entry: Entry, *, max_bytes: int = DEFAULT_MAX_BYTES) -> ReadResult:
    """Read a discovered entry; entries rejected at discovery stay rejected, unread."""
    if entry.reject:
        return ReadResult(None, None, entry.reject, entry.detail, entry.size_bytes,
                          entry.mtime_ns)
    got = read_input(entry.path, max_bytes=max_bytes)
    if got.size_bytes is None:
        return ReadResult(got.data, got.sha256, got.reject_reason, got.reject_detail,
                          entry.size_bytes, entry.mtime_ns)
    return got


def read_input(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> ReadResult:
    """Bytes of one input (gunzipped when it ends in .gz), or a reject reason.

    The size and mtime returned are those of the bytes actually read: a file that grew or
    was replaced since discovery is read as it is now; one that changes *while* it is read
    is read again, and rejected as ``unstable`` if it keeps changing.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        if os.path.islink(path):
            return ReadResult(None, None, "broken_link", "symlink target disappeared")
        return ReadResult(None, None, "vanished", "file disappeared before it could be read")
    except PermissionError as exc:
        return ReadResult(None, None, "unreadable", f"permission denied: {exc.strerror}")
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return ReadResult(None, None, "symlink_loop", exc.strerror)
        return ReadResult(None, None, "unreadable", f"{exc.strerror or exc}")
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            return ReadResult(None, None, "not_a_file", f"path is now {_file_kind(st.st_mode)}")
        with open(fd, "rb", buffering=0, closefd=False) as fh:
            return _read_open(fh, st, path, max_bytes)
    except OSError as exc:
        return ReadResult(None, None, "unreadable", f"read failed: {exc.strerror or exc}")
    finally:
        os.close(fd)


def _read_open(fh: io.RawIOBase, st: os.stat_result, path: str, max_bytes: int) -> ReadResult:
    for _ in range(READ_ATTEMPTS):
        if st.st_size > max_bytes:
            return ReadResult(None, _sha_stream(fh), "too_large",
                              f"{st.st_size} bytes > limit {max_bytes}", st.st_size,
                              st.st_mtime_ns)
        fh.seek(0)
        data = _read_upto(fh, max_bytes + 1)
        after = os.fstat(fh.fileno())
        unchanged = (after.st_size, after.st_mtime_ns) == (st.st_size, st.st_mtime_ns)
        if unchanged and len(data) == st.st_size:
            break
        st = after
    else:
        return ReadResult(None, None, "unstable",
                          f"file kept changing while it was read ({READ_ATTEMPTS} attempts)")
    size, mtime = st.st_size, st.st_mtime_ns
    if path.lower().endswith(".gz"):
        try:
            data = _gunzip(data, max_bytes)
        except (OSError, EOFError, zlib.error) as exc:
            return ReadResult(None, _sha(data), "bad_gzip", f"cannot gunzip: {exc}", size, mtime)
        except ValueError as exc:
            return ReadResult(None, _sha(data), "too_large", str(exc), size, mtime)
    return ReadResult(data, _sha(data), size_bytes=size, mtime_ns=mtime)


def _read_upto(fh: io.RawIOBase, limit: int) -> bytes:
    parts, got = [], 0
    while got < limit:
        block = fh.read(min(_CHUNK * 8, limit - got))
        if not block:
            break
        parts.append(block)
        got += len(block)
    return b"".join(parts)


def _sha_stream(fh: io.RawIOBase) -> str:
    """SHA-256 of a whole (large) file without holding it in memory."""
    h = hashlib.sha256()
    fh.seek(0)
    while block := fh.read(_CHUNK):
        h.update(block)
    return h.hexdigest()


def _gunzip(data: bytes, max_bytes: int) -> bytes:
    with gzip.GzipFile(fileobj=io.BytesIO(data)) as gz:
        out = gz.read(max_bytes + 1)
    if len(out) > max_bytes:
        raise ValueError(f"decompressed size exceeds limit {max_bytes}")
    return out


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def display_path(path: str) -> str:
    """The path as a str that is always valid UTF-8 (undecodable bytes escaped).

    >>> display_path("a\\udcffb.txt")
    'a\\\\xffb.txt'
    """
    return os.fsencode(path).decode("utf-8", errors="backslashreplace")


def relative_to_any(path: str, roots: Iterable[str]) -> str:
    for r in roots:
        try:
            return str(Path(path).relative_to(r))
        except ValueError:
            continue
    return path
