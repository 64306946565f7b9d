"""difflib's opcodes, computed faster, for :func:`transforms.textedit.diff_changes`.

``diff_changes`` aligns the words of a line before and after a whole-line fixer, then the
characters of the words that differ. Both alignments must be exactly what
``difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()`` gives (the artefact rows
depend on them); difflib's longest-match search visits every pair of equal elements, and a
line holds hundreds of equal spaces. Three ways to the same opcodes:

* :func:`_positional_opcodes`: a fixer that rewrote some words in place (lists of one length,
  the differing tokens found nowhere on the other side) gets the aligned opcodes directly,
  and :func:`_affix_opcodes` the same for a word whose damaged middle shares no character
  with the other word;
* :func:`_longest_word_match`: for token lists that alternate whitespace and non-whitespace,
  the search starts only from equal non-whitespace pairs;
* :func:`_longest_match`: difflib's own search, without its class machinery (short strings).

Each search returns difflib's block: the longest, then the first in ``a``, then the first in
``b``; with no junk, difflib's extension steps never extend it.

>>> token_opcodes(["a", " ", "b"], ["a", " ", "c"])
[('equal', 0, 2, 0, 2), ('replace', 2, 3, 2, 3)]
>>> char_opcodes("itâ€™s", "it’s")
[('equal', 0, 2, 0, 2), ('replace', 2, 5, 2, 3), ('equal', 5, 6, 3, 4)]
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from itertools import compress
from operator import ne

Opcode = tuple[str, int, int, int, int]
_Longest = Callable[[Sequence, Sequence, dict, int, int, int, int], tuple[int, int, int]]


def token_opcodes(a: list[str], b: list[str]) -> list[Opcode]:
    """difflib's opcodes for token lists that alternate whitespace and non-whitespace tokens
    (as ``re.findall(r"\\s+|[^\\s]+", line)`` splits a line)."""
    if len(a) == len(b):
        positional = _positional_opcodes(a, b)
        if positional is not None:
            return positional
    return _opcodes(a, b, _longest_word_match)


def char_opcodes(a: str, b: str) -> list[Opcode]:
    """difflib's opcodes for two (short) strings."""
    return _affix_opcodes(a, b) or _opcodes(a, b, _longest_match)


def _affix_opcodes(a: str, b: str) -> list[Opcode] | None:
    """Opcodes "equal prefix, replace middle, equal suffix" when that is what difflib finds:
    both middles non-empty, and no character of either middle occurs in the other string
    ("â€œdecisive" -> "“decisive"). Any common substring then lies inside the prefix or the
    suffix on both sides, so the prefix or the suffix is the longest block, with difflib's
    ties going to the prefix; None otherwise."""
    n = min(len(a), len(b))
    p = 0
    while p < n and a[p] == b[p]:
        p += 1
    n -= p
    s = 0
    while s < n and a[-1 - s] == b[-1 - s]:
        s += 1
    a_mid, b_mid = a[p : len(a) - s], b[p : len(b) - s]
    if not a_mid or not b_mid or not set(a_mid).isdisjoint(b) or not set(b_mid).isdisjoint(a):
        return None
    ops: list[Opcode] = [("equal", 0, p, 0, p)] if p else []
    ops.append(("replace", p, len(a) - s, p, len(b) - s))
    if s:
        ops.append(("equal", len(a) - s, len(a), len(b) - s, len(b)))
    return ops


def _opcodes(a: Sequence, b: Sequence, longest: _Longest) -> list[Opcode]:
    """difflib's get_matching_blocks and get_opcodes, with ``longest`` as find_longest_match."""
    b2j: dict = {}
    for j, t in enumerate(b):
        b2j.setdefault(t, []).append(j)
    blocks = []
    queue = [(0, len(a), 0, len(b))]
    while queue:
        alo, ahi, blo, bhi = queue.pop()
        if alo >= ahi or blo >= bhi:
            continue
        i, j, k = longest(a, b, b2j, alo, ahi, blo, bhi)
        if k:
            blocks.append((i, j, k))
            if alo < i and blo < j:
                queue.append((alo, i, blo, j))
            if i + k < ahi and j + k < bhi:
                queue.append((i + k, ahi, j + k, bhi))
    blocks.sort()
    merged = []
    i1 = j1 = k1 = 0
    for i2, j2, k2 in blocks:  # adjacent blocks become one
        if i1 + k1 == i2 and j1 + k1 == j2:
            k1 += k2
        else:
            if k1:
                merged.append((i1, j1, k1))
            i1, j1, k1 = i2, j2, k2
    if k1:
        merged.append((i1, j1, k1))
    merged.append((len(a), len(b), 0))
    ops: list[Opcode] = []
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


def _positional_opcodes(a: list[str], b: list[str]) -> list[Opcode] | None:
    """Opcodes pairing element i with element i, for lists of one length where no element
    that differs occurs on the other side; None otherwise.

    Then any block difflib could pick, ``a[i:i+k] == b[j:j+k]`` with ``i != j``, holds only
    elements found on both sides, so positions ``i..i+k`` and ``j..j+k`` are equal in place:
    the aligned block at ``i`` (``j > i``) or at ``j`` (``j < i``) is as long and comes first
    in difflib's order. Every block is aligned, and the blocks are the runs of equal elements.
    """
    n = len(a)
    diff = list(compress(range(n), map(ne, a, b)))
    if diff:
        in_a, in_b = set(a), set(b)
        for i in diff:
            if a[i] in in_b or b[i] in in_a:
                return None
    ops: list[Opcode] = []
    prev = k = 0
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


def _longest_word_match(a, b, b2j, alo, ahi, blo, bhi) -> tuple[int, int, int]:
    """difflib's find_longest_match for alternating token lists.

    A match of two or more tokens holds a non-whitespace token, so runs are grown only from
    equal non-whitespace pairs (each run once, from its first such pair); when no run reaches
    two tokens, the first equal pair (whitespace included) is difflib's answer.
    """
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
    for i in range(alo, ahi):
        js = b2j.get(a[i])
        if js is not None:
            x = bisect.bisect_left(js, blo)
            if x < len(js) and js[x] < bhi:
                return i, js[x], 1
    return alo, blo, 0


def _longest_match(a, b, b2j, alo, ahi, blo, bhi) -> tuple[int, int, int]:
    """difflib's find_longest_match with no junk (its loop, without the class around it)."""
    best_i, best_j, best_k = alo, blo, 0
    j2len: dict[int, int] = {}
    for i in range(alo, ahi):
        new: dict[int, int] = {}
        for j in b2j.get(a[i], ()):
            if j < blo:
                continue
            if j >= bhi:
                break
            k = new[j] = j2len.get(j - 1, 0) + 1
            if k > best_k:
                best_i, best_j, best_k = i - k + 1, j - k + 1, k
        j2len = new
    return best_i, best_j, best_k
