"""Bytes to text: detect the encoding, refuse what is not text, and say why.

The order of questions: empty? a byte order mark? a known binary format? UTF-16/32 without a
BOM (NUL bytes in every other position)? too many NUL bytes? valid UTF-8 (possibly with a few
damaged sequences)? Otherwise a legacy code page is chosen by decoding a bounded sample with
each candidate of ``data/encodings.toml`` and keeping the decoding whose non-ASCII
characters best look like the letters of one of its languages. Every step is linear in the
input or bounded by the sample size, so time per MB is bounded.

>>> decode_bytes("Grüße".encode("utf-8")).text
'Grüße'
>>> decode_bytes(b"").reject_reason
'empty'
>>> decode_bytes(b"\\x89PNG\\r\\n\\x1a\\n" + bytes(range(256))).reject_reason
'binary'
>>> decode_bytes("Привет, мир! Как дела?".encode("cp1251")).encoding
'cp1251'
>>> decode_bytes("Été précoce à Paris".encode("latin-1")).text
'Été précoce à Paris'
>>> decode_bytes("The talks resumed.".encode("utf-16-le")).encoding
'utf-16-le'
"""

from __future__ import annotations

import codecs
import tomllib
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from transforms.data import read_data

# Leading bytes of binary formats that are sometimes saved with a .txt name. The short,
# letter-like ones ("MZ", "BZh", "ID3") only count when a NUL byte follows soon after.
BINARY_SIGNATURES: dict[bytes, str] = {
    b"\x89PNG\r\n\x1a\n": "PNG image",
    b"PK\x03\x04": "ZIP archive",
    b"PK\x05\x06": "ZIP archive",
    b"\x7fELF": "ELF executable",
    b"%PDF-": "PDF document",
    b"GIF87a": "GIF image",
    b"GIF89a": "GIF image",
    b"\xff\xd8\xff": "JPEG image",
    b"\x1f\x8b": "gzip data",
    b"7z\xbc\xaf\x27\x1c": "7z archive",
    b"\xfd7zXZ\x00": "xz data",
    b"\x28\xb5\x2f\xfd": "zstd data",
    b"Rar!\x1a\x07": "RAR archive",
    b"\x00\x00\x01\x00": "icon",
    b"SQLite format 3\x00": "SQLite database",
    b"\xca\xfe\xba\xbe": "Java class or Mach-O binary",
    b"\xcf\xfa\xed\xfe": "Mach-O binary",
    b"\x00asm": "WebAssembly module",
    b"OggS\x00": "Ogg media",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1": "MS Office (OLE) document",
}
WEAK_SIGNATURES: dict[bytes, str] = {
    b"MZ": "Windows executable",
    b"BZh": "bzip2 data",
    b"ID3": "MP3 audio",
    b"RIFF": "RIFF (WAV/AVI/WebP) media",
}
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
MAX_CONTROL_RATIO = 0.05  # share of control characters above which text is called binary
MAX_REPLACED_RATIO = 0.01  # invalid sequences tolerated in a text of known encoding
MIN_VALID_PER_INVALID = 2  # UTF-8 with damage: valid multi-byte characters per invalid one
SAMPLE_BYTES = 48 * 1024  # encoding guesses look at most at this many bytes
MIN_PLAUSIBILITY = 0.5  # below this no legacy decoding looks like text ('undecodable') ...
MAX_ACCENTED_SHARE = 0.4  # accented share of letters beyond which Latin text is implausible
MIN_FOREIGN_SHARE = 0.02  # ... unless non-ASCII bytes are this rare (then any reading will do)

_CONTROLS = regex.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufffd]")
_VISIBLE = regex.compile(r"[^\s\p{Cc}\p{Cf}\p{Z}\ufffd]")
_NON_ASCII = regex.compile(r"[^\x00-\x7f]")
_ASCII_LETTERS = regex.compile(r"[A-Za-z]")
_CASE_BREAK = regex.compile(r"\p{Ll}\p{Lu}")  # "сИНОПТИКИ": a wrong Cyrillic code page
_SCRIPTS = ("Latin", "Greek", "Cyrillic", "Hebrew", "Arabic")
_SCRIPT_MIX = regex.compile("|".join(  # "ιtι": a word in two alphabets is a wrong reading
    r"\p{%s}(?=[%s])" % (a, "".join(r"\p{%s}" % b for b in _SCRIPTS if b != a))  # noqa: UP031
    for a in _SCRIPTS))
_SPACED_HAN = regex.compile(r"\p{Han} (?=\p{Han})")
_HIGH_BYTES = bytes(range(0x80, 0x100))
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
_COMMON_PUNCT = frozenset("«»„“”‘’‚‹›–—…€£°§·•¡¿©®™№½¼¾×±µ\u00a0")


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


def decode_bytes(data: bytes) -> Decoded:
    """Decode raw file bytes, or explain (reason code + detail) why they are not text."""
    try:
        return _decode(data)
    except Exception as exc:  # a decoder bug must cost one file (a reject), not the run
        return _reject("decode_error", f"{type(exc).__name__}: {exc}"[:500])


def _decode(data: bytes) -> Decoded:
    if not data:
        return _reject("empty", "file has no bytes")
    for bom, enc in BOMS:
        if data.startswith(bom):
            return _decode_as(data[len(bom):], enc, [f"{enc} byte order mark removed"])
    kind = _signature(data)
    if kind:
        return _reject("binary", f"content starts like a {kind}")
    wide = _wide_encoding(data)
    if wide:
        return _decode_as(data, wide, [f"decoded as {wide} (no byte order mark)"])
    nul = data.count(b"\x00")
    if nul > MAX_CONTROL_RATIO * len(data):
        return _reject("binary", f"{nul} NUL bytes in {len(data)}")
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if controls > MAX_CONTROL_RATIO * len(data):
        return _reject("binary", f"{controls / len(data):.0%} control bytes")
    warnings = [f"{nul} NUL bytes (removed by cleaning)"] if nul else []
    try:
        return _finish(data.decode("utf-8"), "utf-8", warnings)
    except UnicodeDecodeError:
        pass
    replaced = data.decode("utf-8", errors="replace")
    fffd = replaced.count("\ufffd")
    bad = fffd - data.count("\ufffd".encode())
    valid = len(replaced) - len(replaced.encode("ascii", "ignore")) - fffd
    if valid >= MIN_VALID_PER_INVALID * bad:  # legacy text almost never forms valid UTF-8
        warnings.append(f"{bad} invalid UTF-8 sequences replaced with U+FFFD")
        return _finish(replaced, "utf-8", warnings)
    return _decode_legacy(data, warnings)


def _signature(data: bytes) -> str | None:
    for magic, name in BINARY_SIGNATURES.items():
        if data.startswith(magic):
            return name
    for magic, name in WEAK_SIGNATURES.items():
        if data.startswith(magic) and b"\x00" in data[:512]:
            return name
    return None


def _wide_encoding(data: bytes) -> str | None:
    """UTF-16/UTF-32 without a BOM, told by where the NUL bytes of ASCII-range text fall."""
    n = min(len(data), SAMPLE_BYTES) & ~3
    if n < 8:
        return None
    s = data[:n]
    zeros = [s[i::4].count(0) for i in range(4)]
    quarter = n // 4
    if zeros[2] > 0.9 * quarter and zeros[3] > 0.9 * quarter and zeros[0] < 0.1 * quarter:
        return "utf-32-le"
    if zeros[0] > 0.9 * quarter and zeros[1] > 0.9 * quarter and zeros[3] < 0.1 * quarter:
        return "utf-32-be"
    even, odd, half = zeros[0] + zeros[2], zeros[1] + zeros[3], n // 2
    if odd >= 0.1 * half and even <= 0.01 * half:
        return "utf-16-le"
    if even >= 0.1 * half and odd <= 0.01 * half:
        return "utf-16-be"
    return None


def _decode_as(data: bytes, encoding: str, warnings: list[str]) -> Decoded:
    """Decode with a known encoding; damaged sequences become U+FFFD (with a warning)."""
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        text = data.decode(encoding, errors="replace")
        bad = text.count("\ufffd")
        if bad > MAX_REPLACED_RATIO * max(len(text), 1) + 1:
            return _reject("undecodable", f"{encoding} expected but {bad} invalid sequences")
        warnings = [*warnings, f"{bad} invalid {encoding} sequences replaced with U+FFFD"]
    return _finish(text, encoding, warnings)


# -- legacy code pages -----------------------------------------------------------------------


@dataclass(frozen=True)
class _Language:
    letters: frozenset[str]
    frequent: frozenset[str]
    ranges: tuple[tuple[int, int], ...]


@lru_cache(maxsize=1)
def _spec() -> tuple[list[tuple[str, tuple[str, ...]]], dict[str, _Language]]:
    raw = read_data("encodings.toml")
    spec = tomllib.loads(raw)
    candidates = [(c["encoding"], tuple(c["languages"])) for c in spec["candidates"]]
    languages = {}
    for name, lang in spec["languages"].items():
        ranges = tuple(tuple(int(x, 16) for x in r.split("-")) for r in lang.get("ranges", ()))
        languages[name] = _Language(frozenset(lang.get("letters", "")),
                                    frozenset(lang.get("frequent", "")), ranges)
    return candidates, languages


def _decode_legacy(data: bytes, warnings: list[str]) -> Decoded:
    chunks = _sample_chunks(data)
    best: tuple[float, str] | None = None
    for enc, langs in [("utf-8", ()), *_spec()[0]]:
        try:
            sample = "".join(c.decode(enc, errors="replace" if enc == "utf-8" else "strict")
                             for c in chunks)
        except UnicodeDecodeError:
            continue
        score = _plausibility(sample, langs)
        if best is None or score > best[0] + 1e-9:
            best = (score, enc)
    sampled = sum(len(c) for c in chunks)
    foreign = sampled - sum(len(c.translate(None, _HIGH_BYTES)) for c in chunks)
    if best is None or (best[0] < MIN_PLAUSIBILITY and foreign > MIN_FOREIGN_SHARE * sampled):
        got = f"best was {best[1]} at {best[0]:.2f}" if best else "none decodes"
        return _reject("undecodable", f"no text encoding gives plausible text ({got})")
    enc = best[1]
    if enc == "utf-8":
        return _decode_as(data, "utf-8", [*warnings, "invalid UTF-8 replaced with U+FFFD"])
    if enc == "cp1252" and not data.translate(None, bytes(range(0x80)) + bytes(range(0xA0, 0x100))):
        enc = "latin-1"  # no byte in 0x80-0x9F: latin-1 and cp1252 read these bytes alike
    return _decode_as(data, enc, [*warnings, f"decoded as {enc} (not UTF-8)"])


def _sample_chunks(data: bytes) -> list[bytes]:
    """Up to SAMPLE_BYTES from the start, middle and end, cut where no multi-byte character
    of any candidate encoding can be split (at bytes below 0x30)."""
    if len(data) <= SAMPLE_BYTES:
        return [data]
    size = SAMPLE_BYTES // 3
    chunks = []
    for start in (0, (len(data) - size) // 2, len(data) - size):
        chunk = data[start : start + size]
        if start:
            cut = next((i for i, b in enumerate(chunk[:256]) if b < 0x30), None)
            chunk = chunk[cut + 1 :] if cut is not None else chunk
        cut = next((i for i in range(len(chunk) - 1, max(len(chunk) - 257, -1), -1)
                    if chunk[i] < 0x30), None)
        chunks.append(chunk[: cut + 1] if cut is not None else chunk)
    return chunks


def _plausibility(sample: str, languages: tuple[str, ...]) -> float:
    """How much the non-ASCII characters of ``sample`` look like one language's letters:
    about 1 for real text, near 0 or below for a wrong code page."""
    counts = Counter(_NON_ASCII.findall(sample))
    n = sum(counts.values())
    if not n:
        return 1.0
    spec = _spec()[1]
    base = sum(k * _char_weight(ch) for ch, k in counts.items())
    # Latin-script languages write mostly ASCII letters: a sample whose letters are mostly
    # accented (Cyrillic read as Baltic, say) is a wrong reading.
    accented = sum(k for ch, k in counts.items() if ch.isalpha())
    density = accented / max(1, accented + len(_ASCII_LETTERS.findall(sample)))
    latin_scale = min(1.0, MAX_ACCENTED_SHARE / density) if density else 1.0
    best_letters = 0.0
    for name in languages or (None,):
        lang = spec.get(name) if name else None
        got = sum(k * _letter_weight(ch, name, lang) for ch, k in counts.items()) if lang else 0
        if lang and not lang.ranges and not lang.frequent:
            got *= latin_scale
        if name in ("zh", "ja"):  # these run on without spaces; Korean misread as them does not
            got -= 3 * len(_SPACED_HAN.findall(sample))
        best_letters = max(best_letters, got)
    if not languages:  # UTF-8 with damage: valid non-ASCII letters count as letters
        best_letters = sum(k for ch, k in counts.items() if ch.isalpha())
    breaks = sum(1 for m in _CASE_BREAK.finditer(sample) if not m.group().isascii())
    breaks += len(_SCRIPT_MIX.findall(sample))
    # Real text is mostly lower case; a wrong KOI8/cp1251 reading swaps the cases.
    upper = sum(k for ch, k in counts.items() if ch.isupper())
    lower = sum(k for ch, k in counts.items() if ch.islower())
    breaks += max(0, upper - lower)
    return (base + best_letters - breaks) / n


@lru_cache(maxsize=65536)
def _char_weight(ch: str) -> float:
    """Weight of a non-ASCII character regardless of language (letters get theirs later)."""
    if ch in _COMMON_PUNCT or 0x3000 <= ord(ch) <= 0x303F or 0xFF01 <= ord(ch) <= 0xFF65:
        return 1.0
    cat = unicodedata.category(ch)
    if cat in ("Cc", "Co", "Cn", "Cs") or ch == "\ufffd" or 0x2500 <= ord(ch) <= 0x259F:
        return -2.0
    return 0.0


@lru_cache(maxsize=65536)
def _letter_weight(ch: str, name: str, lang: _Language) -> float:
    if lang.ranges:
        cp = ord(ch)
        if not any(lo <= cp <= hi for lo, hi in lang.ranges):
            return 0.0
        if lang.frequent:
            return 1.0 if ch in lang.frequent else 0.6
        return _cjk_weight(ch, name)
    low = ch.lower()
    if low in lang.frequent:
        return 1.0
    if low in lang.letters:
        return 0.6 if lang.frequent else 1.0
    return 0.0


def _cjk_weight(ch: str, name: str) -> float:
    """Common characters (first-level repertoires of GB2312, Big5, JIS X 0208, KS X 1001)
    weigh 1; rarer ones 0.4, so a wrong CJK code page scores lower than the right one."""
    cp = ord(ch)
    if name == "ja" and 0x3040 <= cp <= 0x30FF:
        return 1.0
    if name == "ko":
        return 1.0 if _lead_byte(ch, "euc-kr") else 0.3
    if name == "zh":
        gb, big5 = _lead_byte(ch, "gb2312"), _lead_byte(ch, "big5")
        return 1.0 if (0xB0 <= gb <= 0xD7 or 0xA4 <= big5 <= 0xC6) else 0.4
    if name == "ja":
        return 1.0 if 0x88 <= _lead_byte(ch, "shift_jis") <= 0x9F else 0.4
    return 1.0


def _lead_byte(ch: str, encoding: str) -> int:
    try:
        return ch.encode(encoding)[0]
    except UnicodeEncodeError:
        return 0


def _finish(text: str, encoding: str, warnings: list[str]) -> Decoded:
    bad = _CONTROLS.subn("", text)[1] if len(text) < 4_000_000 else _sampled_controls(text)
    if bad > MAX_CONTROL_RATIO * len(text):
        return _reject("binary", f"{bad / len(text):.0%} control characters after decoding as "
                       f"{encoding}")
    if not _VISIBLE.search(text):
        return _reject("blank", "only whitespace or invisible characters")
    return Decoded(text=text, encoding=encoding, warnings=warnings)


def _sampled_controls(text: str) -> int:
    """Control characters of a very long text, estimated from 1 MB at start, middle, end."""
    step = 1_000_000
    mid = len(text) // 2
    parts = (text[:step], text[mid : mid + step], text[-step:])
    return sum(_CONTROLS.subn("", p)[1] for p in parts) * len(text) // (3 * step)
