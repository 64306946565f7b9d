"""Finding and reading input files: the one module of transforms/ that touches the disk.

Discovery is cheap (stat only), so an incremental run can skip unchanged files without
reading them; reading returns bytes (gunzipped for .txt.gz) or a reject reason.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import stat
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

SUFFIXES = (".txt", ".txt.gz")
DEFAULT_MAX_BYTES = 50 * 1024 * 1024  # larger files are rejected with reason 'too_large'


@dataclass(frozen=True)
class Entry:
    """A discovered path: a candidate file (skip is None) or something skipped and why."""

    path: str
    size_bytes: int | None = None
    mtime_ns: int | None = None
    skip: str | None = None


def _is_input(name: str) -> bool:
    return name.lower().endswith(SUFFIXES)


def discover(paths: Iterable[str | os.PathLike], *, follow_outside: bool = False) -> list[Entry]:
    """Every input under ``paths`` (recursive), sorted; directories named *.txt, symlink loops
    and links pointing outside the input folders are returned as skipped entries."""
    entries: dict[str, Entry] = {}
    for root in paths:
        root = os.path.abspath(os.fspath(root))
        if not os.path.exists(root):
            entries[root] = Entry(root, skip="missing_input")
            continue
        if os.path.isfile(root):
            _add_file(entries, root, root_dir=os.path.dirname(root), follow_outside=True)
            continue
        real_root = os.path.realpath(root)
        seen_dirs: set[str] = set()
        for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
            real = os.path.realpath(dirpath)
            if real in seen_dirs:
                dirnames[:] = []
                entries[dirpath] = Entry(dirpath, skip="symlink_loop")
                continue
            seen_dirs.add(real)
            if not follow_outside and not _inside(real, real_root):
                dirnames[:] = []
                entries[dirpath] = Entry(dirpath, skip="outside_input")
                continue
            dirnames.sort()
            for d in dirnames:
                if _is_input(d):
                    p = os.path.join(dirpath, d)
                    entries[p] = Entry(p, skip="not_a_file")
            for name in sorted(filenames):
                if _is_input(name):
                    _add_file(entries, os.path.join(dirpath, name), real_root, follow_outside)
    return [entries[k] for k in sorted(entries)]


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def _add_file(entries: dict[str, Entry], path: str, root_dir: str, follow_outside: bool) -> None:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        # dangling link or file deleted during discovery
        entries[path] = Entry(path, skip="vanished" if not os.path.islink(path) else "broken_link")
        return
    except OSError as exc:
        entries[path] = Entry(path, skip=f"unreadable:{exc.strerror}")
        return
    if os.path.islink(path) and not follow_outside:
        if not _inside(os.path.realpath(path), os.path.realpath(root_dir)):
            entries[path] = Entry(path, skip="outside_input")
            return
    if not stat.S_ISREG(st.st_mode):
        entries[path] = Entry(path, skip="not_a_file")
        return
    entries[path] = Entry(path, st.st_size, st.st_mtime_ns)


@dataclass(frozen=True)
class ReadResult:
    data: bytes | None
    sha256: str | None
    reject_reason: str | None = None
    reject_detail: str | None = None


def read_input(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> ReadResult:
    """Bytes of one input (gunzipped when it ends in .gz), or a reject reason."""
    try:
        size = os.path.getsize(path)
        if size > max_bytes:
            return ReadResult(None, None, "too_large", f"{size} bytes > limit {max_bytes}")
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except FileNotFoundError:
        return ReadResult(None, None, "vanished", "file disappeared before it could be read")
    except PermissionError as exc:
        return ReadResult(None, None, "unreadable", f"permission denied: {exc.strerror}")
    except IsADirectoryError:
        return ReadResult(None, None, "not_a_file", "path is a directory")
    except OSError as exc:
        return ReadResult(None, None, "unreadable", str(exc))
    if len(data) > max_bytes:
        return ReadResult(None, _sha(data), "too_large", f"grew beyond the limit {max_bytes}")
    if path.lower().endswith(".gz"):
        try:
            data = _gunzip(data, max_bytes)
        except (OSError, EOFError, zlib.error) as exc:
            return ReadResult(None, _sha(data), "bad_gzip", f"cannot gunzip: {exc}")
        except ValueError as exc:
            return ReadResult(None, _sha(data), "too_large", str(exc))
    return ReadResult(data, _sha(data))


def _gunzip(data: bytes, max_bytes: int) -> bytes:
    with gzip.GzipFile(fileobj=__import__("io").BytesIO(data)) as gz:
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
