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
import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate, compress
from operator import ne


@dataclass(frozen=True, slots=True)
class Change:
    """One edit proposed by a rule: replace ``text[start:end]`` (== original) by replacement."""

    kind: str
    start: int
    end: int
    original: str
    replacement: str


@dataclass(frozen=True, slots=True)
class ArtefactRow:
    """One applied edit, as stored in the ``artefacts`` table."""

    position: int
    kind: str
    original: str
    replacement: str
    start_offset: int
    end_offset: int
    edit_offset: int


@dataclass(slots=True)
class _Segment:
    cur_start: int
    cur_end: int
    raw_start: int
    raw_end: int
    copied: bool  # True: a verbatim slice of raw; False: text produced by an edit


class EditLog:
    """The text being cleaned, its map back to raw offsets and the rows of applied edits."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.text = raw
        self.rows: list[ArtefactRow] = []
        self._segments = [_Segment(0, len(raw), 0, len(raw), True)]
        self._starts = [0]

    # -- offset mapping ------------------------------------------------------------------
    def _seg_at(self, pos: int, *, right: bool) -> _Segment:
        """Segment containing ``pos`` (left-closed), or ending at ``pos`` when ``right``."""
        i = bisect.bisect_right(self._starts, pos) - 1
        if right and i > 0 and self._segments[i].cur_start == pos:
            i -= 1
        i = max(i, 0)
        return self._segments[i]

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the current text to the raw span it came from."""
        s = self._seg_at(start, right=False)
        raw_s = s.raw_start + (start - s.cur_start) if s.copied else s.raw_start
        e = self._seg_at(end, right=True)
        raw_e = e.raw_start + (end - e.cur_start) if e.copied else e.raw_end
        raw_s = min(max(raw_s, 0), len(self.raw))
        raw_e = min(max(raw_e, raw_s), len(self.raw))
        return raw_s, raw_e

    def _slice_segments(self, a: int, b: int, shift: int) -> list[_Segment]:
        out: list[_Segment] = []
        if a >= b:
            return out
        i = max(bisect.bisect_right(self._starts, a) - 1, 0)
        while i < len(self._segments):
            seg = self._segments[i]
            if seg.cur_start >= b:
                break
            lo, hi = max(seg.cur_start, a), min(seg.cur_end, b)
            if lo < hi:
                if seg.copied:
                    rs = seg.raw_start + (lo - seg.cur_start)
                    out.append(_Segment(lo + shift, hi + shift, rs, rs + (hi - lo), True))
                else:
                    out.append(_Segment(lo + shift, hi + shift, seg.raw_start, seg.raw_end, False))
            i += 1
        return out

    # -- applying ------------------------------------------------------------------------
    def apply(self, changes: Iterable[Change]) -> None:
        """Apply non-overlapping changes (offsets into the current text) and log them."""
        ordered = sorted((c for c in changes if c.original != c.replacement), key=_change_key)
        if not ordered:
            return
        pieces: list[str] = []
        segments: list[_Segment] = []
        pos = 0
        shift = 0
        for c in ordered:
            if c.start < pos:  # overlapping proposals: keep the first, drop the rest
                continue
            if self.text[c.start : c.end] != c.original:
                raise ValueError(f"stale change {c!r}: text holds {self.text[c.start:c.end]!r}")
            pieces.append(self.text[pos : c.start])
            segments.extend(self._slice_segments(pos, c.start, shift))
            raw_s, raw_e = self.raw_span(c.start, c.end)
            new_start = c.start + shift
            if c.replacement:
                segments.append(
                    _Segment(new_start, new_start + len(c.replacement), raw_s, raw_e, False)
                )
            pieces.append(c.replacement)
            self.rows.append(
                ArtefactRow(
                    position=len(self.rows),
                    kind=c.kind,
                    original=c.original,
                    replacement=c.replacement,
                    start_offset=raw_s,
                    end_offset=raw_e,
                    edit_offset=new_start,
                )
            )
            shift += len(c.replacement) - (c.end - c.start)
            pos = c.end
        pieces.append(self.text[pos:])
        segments.extend(self._slice_segments(pos, len(self.text), shift))
        self.text = "".join(pieces)
        self._segments = segments or [_Segment(0, 0, len(self.raw), len(self.raw), False)]
        self._starts = [s.cur_start for s in self._segments]


def _change_key(c: Change) -> tuple[int, int]:
    return (c.start, c.end)


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
    return {f: getattr(row, f) for f in ArtefactRow.__slots__}


def diff_changes(kind: str, before: str, after: str, *, base: int = 0) -> list[Change]:
    """Minimal changes turning ``before`` into ``after`` (for whole-string fixers like ftfy).

    Offsets are shifted by ``base`` so a fixer can run on one line of a larger text.

    >>> diff_changes("mojibake", "itâ€™s", "it’s")
    [Change(kind='mojibake', start=2, end=5, original='â€™', replacement='’')]
    """
    if before == after:
        return []
    # Align words first (few elements), then characters inside the words that differ: the
    # same minimal changes as a character diff of the line, without its quadratic cost.
    a_tok, b_tok = _TOKENS.findall(before), _TOKENS.findall(after)
    a_pos, b_pos = _offsets(a_tok), _offsets(b_tok)
    changes: list[Change] = []
    for tag, i1, i2, j1, j2 in token_opcodes(a_tok, b_tok):
        if tag == "equal":
            continue
        a0, a1 = a_pos[i1], a_pos[i2]
        b0, b1 = b_pos[j1], b_pos[j2]
        chars = difflib.SequenceMatcher(None, before[a0:a1], after[b0:b1], autojunk=False)
        for ctag, k1, k2, m1, m2 in chars.get_opcodes():
            if ctag != "equal":
                changes.append(Change(kind, base + a0 + k1, base + a0 + k2,
                                      before[a0 + k1 : a0 + k2], after[b0 + m1 : b0 + m2]))
    return _merge_adjacent(changes, before, base)


_TOKENS = re.compile(r"\s+|[^\s]+")


def token_opcodes(a: list[str], b: list[str]) -> list[tuple[str, int, int, int, int]]:
    """``difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()``, faster, for token
    lists that alternate whitespace and non-whitespace tokens (as ``_TOKENS`` splits them).

    difflib's longest-match search visits every pair of equal tokens, and a line holds
    hundreds of equal spaces. Here the search starts only from equal *word* pairs (any match
    of two or more tokens holds a word) and takes the same block difflib would: the longest,
    then the first in ``a``, then the first in ``b``.

    >>> token_opcodes(["a", " ", "b"], ["a", " ", "c"])
    [('equal', 0, 2, 0, 2), ('replace', 2, 3, 2, 3)]
    """
    if len(a) == len(b):
        positional = _positional_opcodes(a, b)
        if positional is not None:
            return positional
    b2j: dict[str, list[int]] = {}
    for j, t in enumerate(b):
        b2j.setdefault(t, []).append(j)
    blocks = []
    queue = [(0, len(a), 0, len(b))]
    while queue:
        alo, ahi, blo, bhi = queue.pop()
        if alo >= ahi or blo >= bhi:
            continue
        i, j, k = _longest_match(a, b, b2j, alo, ahi, blo, bhi)
        if k:
            blocks.append((i, j, k))
            if alo < i and blo < j:
                queue.append((alo, i, blo, j))
            if i + k < ahi and j + k < bhi:
                queue.append((i + k, ahi, j + k, bhi))
    blocks.sort()
    # from here on, difflib's own get_matching_blocks (merge) and get_opcodes
    merged = []
    i1 = j1 = k1 = 0
    for i2, j2, k2 in blocks:
        if i1 + k1 == i2 and j1 + k1 == j2:
            k1 += k2
        else:
            if k1:
                merged.append((i1, j1, k1))
            i1, j1, k1 = i2, j2, k2
    if k1:
        merged.append((i1, j1, k1))
    merged.append((len(a), len(b), 0))
    ops = []
    i = j = 0
    for ai, bj, size in merged:
        tag = ""
        if i < ai and j < bj:
            tag = "replace"
        elif i < ai:
            tag = "delete"
        elif j < bj:
            tag = "insert"
        if tag:
            ops.append((tag, i, ai, j, bj))
        i, j = ai + size, bj + size
        if size:
            ops.append(("equal", ai, i, bj, j))
    return ops


def _positional_opcodes(a: list[str], b: list[str]) -> list[tuple[str, int, int, int, int]] | None:
    """Opcodes pairing token i with token i, when that is what difflib finds: lists of one
    length where no token that differs occurs on the other side (a fixer rewrote some words
    in place). Then every matching block difflib could pick is equalled or beaten, in its
    own tie-break order, by a block of aligned equal tokens; None when that does not hold."""
    n = len(a)
    diff = list(compress(range(n), map(ne, a, b)))
    if diff:
        in_a, in_b = set(a), set(b)
        for i in diff:
            if a[i] in in_b or b[i] in in_a:
                return None
    ops = []
    prev = 0
    k = 0
    while k < len(diff):
        start = end = diff[k]
        while k < len(diff) and diff[k] == end:
            end += 1
            k += 1
        if start > prev:
            ops.append(("equal", prev, start, prev, start))
        ops.append(("replace", start, end, start, end))
        prev = end
    if prev < n:
        ops.append(("equal", prev, n, prev, n))
    return ops


def _longest_match(a, b, b2j, alo, ahi, blo, bhi) -> tuple[int, int, int]:
    """difflib's find_longest_match(alo, ahi, blo, bhi) for alternating token lists."""
    best_k, best_i, best_j = 0, alo, blo
    start = alo if not a[alo].isspace() else alo + 1  # words sit at every other index
    for i in range(start, ahi, 2):
        js = b2j.get(a[i])
        if js is None:
            continue
        for x in range(bisect.bisect_left(js, blo), len(js)):
            j = js[x]
            if j >= bhi:
                break
            if i > alo and j > blo and a[i - 1] == b[j - 1]:
                if i - 1 > alo and j - 1 > blo and a[i - 2] == b[j - 2]:
                    continue  # not the first word of its run: that word's visit covers it
                s, sj = i - 1, j - 1
            else:
                s, sj = i, j
            e, f = i + 1, j + 1
            while e < ahi and f < bhi and a[e] == b[f]:
                e += 1
                f += 1
            k = e - s
            if k > best_k or (k == best_k and (s < best_i or (s == best_i and sj < best_j))):
                best_k, best_i, best_j = k, s, sj
    if best_k > 1:
        return best_i, best_j, best_k
    # no run of two tokens: the first equal pair, whitespace included
    for i in range(alo, ahi):
        js = b2j.get(a[i])
        if js is not None:
            x = bisect.bisect_left(js, blo)
            if x < len(js) and js[x] < bhi:
                return i, js[x], 1
    return alo, blo, 0


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
