"""Rule `unicode`: line endings, NFC, invisible and control characters, odd spaces.

Safe on any text: it only touches characters that carry no meaning in news prose. It runs
after the mojibake rule (C1 controls may be damaged punctuation that ftfy can still read) and
normalises each changed line in one go, so a line with both a no-break space and a decomposed
accent comes out fully normalised in a single pass.

>>> from transforms.textedit import EditLog
>>> log = EditLog("a\\u200bb\\u00a0c\\r\\nd")
>>> log.apply(normalize_unicode(log.text)); log.text
'ab c\\nd'
>>> log = EditLog("cafe\\u0301\\u00a0au lait")
>>> log.apply(normalize_unicode(log.text)); log.text
'café au lait'
"""

from __future__ import annotations

import re
import unicodedata

from transforms.textedit import Change, diff_changes

KIND = "unicode"
# CRLF/CR line endings and Unicode line/paragraph separators become "\n".
_LINE_BREAK = re.compile(r"(\r\n?|\u2028|\u2029|\x85)")
# Zero-width and BOM characters, soft hyphens, C0/C1 controls (not \t \n).
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\x00-\x08\x0b\x0c\x0e-\x1f"
                        r"\x7f\x80-\x84\x86-\x9f]+")
_ODD_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_ASCII_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# Any character this rule acts on besides NFC: a document without one, already in NFC, has
# nothing to change (NFC never combines across "\n", so a text in NFC has its lines in NFC).
_ANY = re.compile(r"[\r\u2028\u2029\x85\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\x00-\x08"
                  r"\x0b-\x1f\x7f-\x9f\u00a0\u2000-\u200a\u202f\u205f\u3000]")


def normalized_line(line: str) -> str:
    """One line as this rule leaves it (invisibles and controls gone, odd spaces, NFC).

    >>> normalized_line("a\u200bb\x9d\u00a0c")
    'ab c'
    """
    return _fixed(line)


def _fixed(line: str) -> str:
    line = _INVISIBLE.sub("", line)
    line = _ODD_SPACES.sub(" ", line)
    return unicodedata.normalize("NFC", line)


def normalize_unicode(text: str) -> list[Change]:
    """Propose changes that normalise line endings, invisibles, controls, spaces and NFC."""
    if text.isascii() and not _ASCII_CONTROLS.search(text):
        return []
    nfc = unicodedata.is_normalized("NFC", text)
    if nfc and not _ANY.search(text):
        return []
    if "\r" in text or "\u2028" in text or "\u2029" in text or "\x85" in text:
        pieces = _LINE_BREAK.split(text)
    else:
        pieces = [text]
    changes: list[Change] = []
    pos = 0
    for piece in pieces:
        if _LINE_BREAK.fullmatch(piece):
            changes.append(Change(KIND, pos, pos + len(piece), piece, "\n"))
        elif piece and nfc:  # only the lines holding such a character have work
            line_end = -1
            for m in _ANY.finditer(piece):
                if m.start() < line_end:
                    continue
                a = piece.rfind("\n", 0, m.start()) + 1
                line_end = piece.find("\n", m.start())
                line_end = len(piece) if line_end == -1 else line_end
                changes += _line_changes(piece[a:line_end], pos + a)
        elif piece:
            for line_start, line in _lines(piece, pos):
                # nothing to do on a line without such a character, in NFC
                if not _ANY.search(line) and unicodedata.is_normalized("NFC", line):
                    continue
                changes += _line_changes(line, line_start)
        pos += len(piece)
    return changes


def _line_changes(line: str, base: int) -> list[Change]:
    """Direct changes for invisibles and odd spaces; a diff only when NFC has work to do."""
    if not unicodedata.is_normalized("NFC", _ODD_SPACES.sub(" ", _INVISIBLE.sub("", line))):
        fixed = _fixed(line)
        return diff_changes(KIND, line, fixed, base=base) if fixed != line else []
    out = [Change(KIND, base + m.start(), base + m.end(), m.group(), "")
           for m in _INVISIBLE.finditer(line)]
    out += [Change(KIND, base + m.start(), base + m.end(), m.group(), " ")
            for m in _ODD_SPACES.finditer(line)]
    return sorted(out, key=lambda c: c.start)


def _lines(piece: str, base: int):
    pos = base
    for line in piece.split("\n"):
        yield pos, line
        pos += len(line) + 1
