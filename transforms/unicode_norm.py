"""Rule `unicode`: line endings, NFC, invisible and control characters, odd spaces.

Safe on any text: it only touches characters that carry no meaning in news prose.

>>> from transforms.textedit import EditLog
>>> log = EditLog("a\\u200bb\\u00a0c\\r\\nd")
>>> log.apply(normalize_unicode(log.text)); log.text
'ab c\\nd'
"""

from __future__ import annotations

import re
import unicodedata

from transforms.textedit import Change, diff_changes

KIND = "unicode"
# CRLF/CR line endings, zero-width and BOM characters, soft hyphens, C0/C1 controls (not \t \n).
_LINE_ENDINGS = re.compile(r"\r\n?|\u2028|\u2029|\x85")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e]+")
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x84\x86-\x9f]+")
_ODD_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")


def normalize_unicode(text: str) -> list[Change]:
    """Propose changes that normalise line endings, invisibles, controls, spaces and NFC."""
    changes: list[Change] = []
    for pattern, repl in (
        (_LINE_ENDINGS, "\n"),
        (_INVISIBLE, ""),
        (_CONTROLS, ""),
        (_ODD_SPACES, " "),
    ):
        for m in pattern.finditer(text):
            changes.append(Change(KIND, m.start(), m.end(), m.group(), repl))
    if changes:
        return _non_overlapping(changes)
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return []
    out: list[Change] = []
    pos = 0
    for line in text.split("\n"):
        if not unicodedata.is_normalized("NFC", line):
            out += diff_changes(KIND, line, unicodedata.normalize("NFC", line), base=pos)
        pos += len(line) + 1
    return out


def _non_overlapping(changes: list[Change]) -> list[Change]:
    changes.sort(key=lambda c: (c.start, c.end))
    kept: list[Change] = []
    for c in changes:
        if not kept or c.start >= kept[-1].end:
            kept.append(c)
    return kept
