"""Bytes to text: detect the encoding, refuse what is not text, and say why.

>>> decode_bytes("Grüße".encode("utf-8")).text
'Grüße'
>>> decode_bytes(b"").reject_reason
'empty'
>>> decode_bytes(b"\\x89PNG\\r\\n\\x1a\\n" + bytes(range(256))).reject_reason
'binary'
>>> decode_bytes("Привет, мир! Как дела?".encode("cp1251")).encoding
'cp1251'
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field

# Leading bytes of common binary formats that are sometimes saved with a .txt name.
BINARY_SIGNATURES: dict[bytes, str] = {
    b"\x89PNG\r\n\x1a\n": "PNG image",
    b"PK\x03\x04": "ZIP archive",
    b"\x7fELF": "ELF executable",
    b"%PDF-": "PDF document",
    b"GIF87a": "GIF image",
    b"GIF89a": "GIF image",
    b"\xff\xd8\xff": "JPEG image",
    b"\x1f\x8b": "gzip data",
    b"BZh": "bzip2 data",
    b"7z\xbc\xaf\x27\x1c": "7z archive",
    b"MZ": "Windows executable",
    b"\x00\x00\x01\x00": "icon",
    b"SQLite format 3\x00": "SQLite database",
}
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
MAX_CONTROL_RATIO = 0.05  # share of control characters above which text is called binary
MAX_REPLACED_RATIO = 0.01  # invalid UTF-8 bytes tolerated (replaced, with a warning)


@dataclass
class Decoded:
    text: str | None
    encoding: str | None = None
    warnings: list[str] = field(default_factory=list)
    reject_reason: str | None = None
    reject_detail: str | None = None

    @property
    def ok(self) -> bool:
        return self.reject_reason is None


def _reject(reason: str, detail: str) -> Decoded:
    return Decoded(text=None, reject_reason=reason, reject_detail=detail)


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    sample = text[:20000]
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\n\r\f\v") or ch == "\ufffd")
    return bad / len(sample)


def _signature(data: bytes) -> str | None:
    for magic, name in BINARY_SIGNATURES.items():
        if data.startswith(magic):
            return name
    return None


def decode_bytes(data: bytes) -> Decoded:
    """Decode raw file bytes, or explain (reason code + detail) why they are not text."""
    if not data:
        return _reject("empty", "file has no bytes")
    for bom, enc in BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError as exc:
                return _reject("undecodable", f"{enc} BOM but invalid data: {exc.reason}")
            if enc == "utf-8-sig":
                enc = "utf-8"
            return _finish(text, enc, ["byte order mark removed"])
    kind = _signature(data)
    if kind:
        return _reject("binary", f"content starts like a {kind}")
    warnings: list[str] = []
    nul = data.count(b"\x00")
    if nul:
        if nul / len(data) > MAX_CONTROL_RATIO:
            return _reject("binary", f"{nul} NUL bytes in {len(data)}")
        data = data.replace(b"\x00", b"")
        warnings.append(f"{nul} NUL bytes removed")
    try:
        return _finish(data.decode("utf-8"), "utf-8", warnings)
    except UnicodeDecodeError:
        pass
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd")
    non_ascii = sum(1 for b in data[:200000] if b >= 0x80)
    if bad and bad / max(len(replaced), 1) <= MAX_REPLACED_RATIO and non_ascii > 4 * bad:
        warnings.append(f"{bad} invalid UTF-8 sequences replaced with U+FFFD")
        return _finish(replaced, "utf-8", warnings)
    return _detect_legacy(data, warnings)


def _detect_legacy(data: bytes, warnings: list[str]) -> Decoded:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=None).best()
    if best is None:
        return _reject("undecodable", "no text encoding fits these bytes")
    enc = codecs.lookup(best.encoding).name.replace("_", "-")
    text = str(best)
    warnings.append(f"decoded as {enc} (not UTF-8)")
    return _finish(text, _canonical_encoding(enc), warnings)


def _canonical_encoding(enc: str) -> str:
    return {"windows-1251": "cp1251", "windows-1252": "cp1252", "latin-1": "latin-1",
            "iso8859-1": "latin-1"}.get(enc, enc)


def _finish(text: str, encoding: str, warnings: list[str]) -> Decoded:
    if _control_ratio(text) > MAX_CONTROL_RATIO:
        return _reject("binary", f"{_control_ratio(text):.0%} control characters after "
                       f"decoding as {encoding}")
    if not text.strip():
        return _reject("blank", "only whitespace")
    return Decoded(text=text, encoding=encoding, warnings=warnings)
