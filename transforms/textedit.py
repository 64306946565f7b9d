"""Edit bookkeeping shared by every cleaning rule.

A rule looks at a text and returns :class:`Change` objects (offsets into *its* input).
:class:`EditLog` applies them, keeps a piecewise map from the current text back to the raw
text, and records one artefact row per change, so the ``artefacts`` table is a by-product of
cleaning rather than a second pass.

Each row carries two kinds of offsets:

* ``start_offset``/``end_offset`` — the span of ``raw_text`` the change came from (for audit);
* ``edit_offset`` — where the change applies in the text as it stood just before it, so that
  :func:`replay` rebuilds ``clean_text`` from ``raw_text`` exactly.

>>> log = EditLog("a  b ,c")
>>> log.apply([Change("spacing", 1, 3, "  ", " "), Change("spacing", 4, 5, " ", "")])
>>> log.text
'a b,c'
>>> [(r.kind, r.start_offset, r.end_offset) for r in log.rows]
[('spacing', 1, 3), ('spacing', 4, 5)]
>>> replay("a  b ,c", log.rows)
'a b,c'
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from itertools import accumulate
from operator import attrgetter
from typing import NamedTuple

from transforms.seqdiff import char_opcodes, token_opcodes


class Change(NamedTuple):  # a tuple: rules propose many, and a tuple is quick to make
    """One edit proposed by a rule: replace ``text[start:end]`` (== original) by replacement."""

    kind: str
    start: int
    end: int
    original: str
    replacement: str


class ArtefactRow(NamedTuple):
    """One applied edit, as stored in the ``artefacts`` table."""

    position: int
    kind: str
    original: str
    replacement: str
    start_offset: int
    end_offset: int
    edit_offset: int


# A piece of the current text and where it came from: (cur_start, cur_end, raw_start, raw_end,
# copied). copied: a verbatim slice of raw (raw_end - raw_start == cur_end - cur_start);
# otherwise text an edit produced from raw[raw_start:raw_end]. The pieces tile the text.
_Segment = tuple[int, int, int, int, bool]


class EditLog:
    """The text being cleaned, its map back to raw offsets and the rows of applied edits."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.text = raw
        self.rows: list[ArtefactRow] = []
        self._segments: list[_Segment] = [(0, len(raw), 0, len(raw), True)]
        self._starts: list[int] | None = None  # segment starts, for raw_span (made on demand)

    # -- offset mapping ------------------------------------------------------------------
    def _seg_at(self, pos: int, *, right: bool) -> _Segment:
        """Segment containing ``pos`` (left-closed), or ending at ``pos`` when ``right``."""
        if self._starts is None:
            self._starts = [s[0] for s in self._segments]
        i = bisect.bisect_right(self._starts, pos) - 1
        if right and i > 0 and self._segments[i][0] == pos:
            i -= 1
        i = max(i, 0)
        return self._segments[i]

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the current text to the raw span it came from."""
        s_start, _, s_raw, _, s_copied = self._seg_at(start, right=False)
        raw_s = s_raw + (start - s_start) if s_copied else s_raw
        e_start, _, e_raw, e_raw_end, e_copied = self._seg_at(end, right=True)
        raw_e = e_raw + (end - e_start) if e_copied else e_raw_end
        raw_s = min(max(raw_s, 0), len(self.raw))
        raw_e = min(max(raw_e, raw_s), len(self.raw))
        return raw_s, raw_e

    # -- applying ------------------------------------------------------------------------
    def apply(self, changes: Iterable[Change]) -> None:
        """Apply non-overlapping changes (offsets into the current text) and log them.

        One walk over the changes (by start) and the segments together: the segments before a
        change are copied (moved by the length change so far), the change's raw span is read
        from the segments holding its two ends — what :meth:`raw_span` gives.
        """
        ordered = sorted((c for c in changes if c.original != c.replacement), key=_change_key)
        if not ordered:
            return
        text, rows, old = self.text, self.rows, self._segments
        n_old, n_raw = len(old), len(self.raw)
        pieces: list[str] = []
        segments: list[_Segment] = []
        add = segments.append
        pos = shift = k = 0  # k: the first segment not wholly before pos
        for c in ordered:
            start, end, replacement = c.start, c.end, c.replacement
            if start < pos:  # overlapping proposals: keep the first, drop the rest
                continue
            if text[start:end] != c.original:
                raise ValueError(f"stale change {c!r}: text holds {text[start:end]!r}")
            pieces.append(text[pos:start])
            # copy text[pos:start]; k ends on the segment holding start (the last one when
            # start is the end of the text)
            while k < n_old:
                s, e, rs, re_, copied = seg = old[k]
                if s >= start:
                    break
                lo = s if s > pos else pos
                hi = e if e < start else start
                if lo < hi:
                    add(_clip(seg, lo, hi, shift))
                if e > start:
                    break
                k += 1
            s, _, rs, _, copied = old[k] if k < n_old else old[-1]
            raw_s = rs + (start - s) if copied else rs
            # the segment holding end: starts before it and ends at or after it (the first
            # segment for end == 0)
            j = k if k < n_old else n_old - 1
            while old[j][1] < end:
                j += 1
            if j and old[j][0] >= end:
                j -= 1
            s, _, rs, re_, copied = old[j]
            raw_e = rs + (end - s) if copied else re_
            raw_s = min(max(raw_s, 0), n_raw)
            raw_e = min(max(raw_e, raw_s), n_raw)
            new_start = start + shift
            if replacement:
                add((new_start, new_start + len(replacement), raw_s, raw_e, False))
            pieces.append(replacement)
            rows.append(ArtefactRow(len(rows), c.kind, c.original, replacement, raw_s, raw_e,
                                    new_start))
            shift += len(replacement) - (end - start)
            pos = end
        pieces.append(text[pos:])
        while k < n_old:  # copy text[pos:]
            s, e, _, _, _ = seg = old[k]
            k += 1
            lo = s if s > pos else pos
            if lo < e:
                add(_clip(seg, lo, e, shift))
        self.text = "".join(pieces)
        self._segments = segments or [(0, 0, n_raw, n_raw, False)]
        self._starts = None


def _clip(seg: tuple, lo: int, hi: int, shift: int) -> tuple:
    """The part [lo, hi) of segment ``seg`` of the old text, moved by ``shift``: a copied
    segment keeps its character-for-character raw span, a replaced one its whole raw span."""
    s, e, rs, re_, copied = seg
    if lo == s and hi == e:
        return (s + shift, e + shift, rs, re_, copied) if shift else seg
    if copied:
        r = rs + (lo - s)
        return (lo + shift, hi + shift, r, r + (hi - lo), True)
    return (lo + shift, hi + shift, rs, re_, False)


_change_key = attrgetter("start", "end")


def replay(raw: str, rows: Sequence[ArtefactRow] | Iterable[dict]) -> str:
    """Rebuild clean text from raw text and artefact rows (in ``position`` order).

    >>> replay("abc", [{"position": 0, "original": "b", "replacement": "XY", "edit_offset": 1}])
    'aXYc'
    """
    text = raw
    items = [r if isinstance(r, dict) else _asdict(r) for r in rows]
    for r in sorted(items, key=lambda r: r["position"]):
        off = r["edit_offset"]
        original = r["original"]
        if text[off : off + len(original)] != original:
            raise ValueError(f"artefact {r['position']} does not match the text at {off}")
        text = text[:off] + r["replacement"] + text[off + len(original) :]
    return text


def _asdict(row: ArtefactRow) -> dict:
    return row._asdict()


def diff_changes(kind: str, before: str, after: str, *, base: int = 0) -> list[Change]:
    """Minimal changes turning ``before`` into ``after`` (for whole-string fixers like ftfy).

    Offsets are shifted by ``base`` so a fixer can run on one line of a larger text.

    >>> diff_changes("mojibake", "itâ€™s", "it’s")
    [Change(kind='mojibake', start=2, end=5, original='â€™', replacement='’')]
    """
    if before == after:
        return []
    local = _local_changes(kind, before, after, base)
    if local is not None:
        return local
    # Align words first (few elements), then characters inside the words that differ: the
    # same minimal changes as a character diff of the line, without its quadratic cost.
    # (The opcodes are difflib's, autojunk off; transforms.seqdiff computes them faster.)
    a_tok, b_tok = _TOKENS.findall(before), _TOKENS.findall(after)
    a_pos, b_pos = _offsets(a_tok), _offsets(b_tok)
    changes: list[Change] = []
    for tag, i1, i2, j1, j2 in token_opcodes(a_tok, b_tok):
        if tag == "equal":
            continue
        a0, a1 = a_pos[i1], a_pos[i2]
        b0, b1 = b_pos[j1], b_pos[j2]
        for ctag, k1, k2, m1, m2 in char_opcodes(before[a0:a1], after[b0:b1]):
            if ctag != "equal":
                changes.append(Change(kind, base + a0 + k1, base + a0 + k2,
                                      before[a0 + k1 : a0 + k2], after[b0 + m1 : b0 + m2]))
    return _merge_adjacent(changes, before, base)


_TOKENS = re.compile(r"\s+|[^\s]+")


def _common_prefix(a: str, b: str) -> int:
    """Length of the common prefix of ``a`` and ``b`` (slices compared, halving the step)."""
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:  # a[:lo] == b[:lo]; the prefix is shorter than hi + 1
        mid = (lo + hi + 1) // 2
        if a[lo:mid] == b[lo:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _local_changes(kind: str, before: str, after: str, base: int) -> list[Change] | None:
    """diff_changes's answer from the words around the changed stretch only, when the word
    alignment is the positional one; None when that is not proven (then the full diff runs).

    Words before the word holding the first differing character, and after the word holding
    the last, are the same on both sides (a word's extent depends only on the characters it
    spans and the ones next to it). In between, the same number of words on both sides, and no
    differing word found among the other side's words (looked for only when the other
    *string* holds it) is the condition under which the full diff aligns words in place
    (seqdiff._positional_opcodes); its changes are then the character diffs of each run of
    differing words, as here.
    """
    p = _common_prefix(before, after)
    s = _common_prefix(before[p:][::-1], after[p:][::-1])
    # back to the start of the word holding before[p - 1], on to the end of the word holding
    # the first character of the common suffix
    q = p
    if q:
        space = before[q - 1].isspace()
        while q > 0 and before[q - 1].isspace() == space:
            q -= 1
    ra, rb = len(before) - s, len(after) - s
    if s:
        space = before[ra].isspace()
        while ra < len(before) and before[ra].isspace() == space:
            ra += 1
        rb = len(after) - (len(before) - ra)
    a_tok, b_tok = _TOKENS.findall(before, q, ra), _TOKENS.findall(after, q, rb)
    if len(a_tok) != len(b_tok):
        return None
    a_pos, b_pos = _offsets(a_tok), _offsets(b_tok)
    runs: list[tuple[int, int]] = []
    words: tuple[set[str], set[str]] | None = None  # each side's words, when a word is in doubt
    for i, (x, y) in enumerate(zip(a_tok, b_tok)):
        if x == y:
            continue
        if x in after or y in before:  # found maybe among the other side's words: look
            if words is None:
                words = set(_TOKENS.findall(before)), set(_TOKENS.findall(after))
            if x in words[1] or y in words[0]:
                return None
        if runs and runs[-1][1] == i:
            runs[-1] = (runs[-1][0], i + 1)
        else:
            runs.append((i, i + 1))
    changes: list[Change] = []
    for i1, i2 in runs:
        a0, a1 = q + a_pos[i1], q + a_pos[i2]
        b0, b1 = q + b_pos[i1], q + b_pos[i2]
        for ctag, k1, k2, m1, m2 in char_opcodes(before[a0:a1], after[b0:b1]):
            if ctag != "equal":
                changes.append(Change(kind, base + a0 + k1, base + a0 + k2,
                                      before[a0 + k1 : a0 + k2], after[b0 + m1 : b0 + m2]))
    return _merge_adjacent(changes, before, base)


def _offsets(tokens: list[str]) -> list[int]:
    return list(accumulate(map(len, tokens), initial=0))


def _merge_adjacent(changes: list[Change], before: str, base: int) -> list[Change]:
    """Join changes separated by nothing, so one damaged sequence gives one row."""
    merged: list[Change] = []
    for c in changes:
        if merged and merged[-1].end == c.start:
            p = merged[-1]
            merged[-1] = Change(
                p.kind, p.start, c.end, before[p.start - base : c.end - base],
                p.replacement + c.replacement,
            )
        else:
            merged.append(c)
    return merged


def lines_matching(text: str, pattern: re.Pattern):
    r"""(offset, line) of each line of ``text`` holding a match of ``pattern`` — so a rule
    reads only the lines that can concern it.

    >>> list(lines_matching("plain\nN\u0410\u0422O here\nmore", re.compile("[\u0400-\u04ff]")))
    [(6, 'NАТO here')]
    """
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.start())
        end = len(text) if end == -1 else end
        yield start, text[start:end]
        pos = end + 1
