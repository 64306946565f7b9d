"""Rule `quote`: make mismatched quote marks consistent within the document.

Machine translation mixes quotation conventions: “decisive round », «technical group”, a lone
» after an English quote. Marks are paired per paragraph (innermost first). The document's
family is the one with most proper pairs (curly “ ”, guillemets « », German/Polish „ “,
straight "); French-spaced « … » pairs quote another language and do not vote. A pair whose
marks come from different families is rewritten to whichever of its two families has proper
pairs in the document (the one with more), else to the document's family, else to curly
quotes in an English paragraph (to its opener's family elsewhere). A stray guillemet is
rewritten to the document's family unless that is guillemets or „ “ (to curly quotes in an
English paragraph of a document with no proper pair). Proper pairs of any family, apostrophes
and single quotes are never touched, so French « … », German „…“ and correct “…” stay as
written. Spaces inside a rewritten guillemet go with it.

>>> from transforms.textedit import EditLog
>>> log = EditLog('a “decisive round » and the “technical group” met')
>>> log.apply(normalize_quote_marks(log.text)); log.text
'a “decisive round” and the “technical group” met'
>>> normalize_quote_marks("« Nous ne céderons pas ! », dit-il, et „so“ auch.")
[]
"""

from __future__ import annotations

import bisect
import re
import tomllib
from functools import lru_cache
from typing import NamedTuple

from transforms.data import read_data
from transforms.prose import EnglishMap
from transforms.textedit import Change

KIND = "quote"
_MARK_CHARS = '“”«»„"'  # the quote marks this rule pairs
_PARA_BREAK = re.compile(r"\n[ \t]*\n")
CURLY, GUILLEMET, LOW9, STRAIGHT = "curly", "guillemet", "low9", "straight"


class Mark(NamedTuple):  # a tuple: documents hold many marks, and a tuple is quick to make
    pos: int
    char: str
    family: str
    opening: bool


@lru_cache(maxsize=1)
def _spec() -> dict:
    raw = read_data("quote_marks.toml")
    return tomllib.loads(raw)


def _is_proper(open_mark: Mark, close_mark: Mark) -> bool:
    if open_mark.family == close_mark.family:
        return True
    # Polish „…” pairs a low-9 opener with a curly closer.
    return open_mark.family == LOW9 and close_mark.char == "”"


def _mark_positions(text: str) -> list[int]:
    """Sorted offsets of the quote marks of ``text`` (found with str.find:
    a few marks in a long text)."""
    out: list[int] = []
    for ch in _MARK_CHARS:
        at = text.find(ch)
        while at != -1:
            out.append(at)
            at = text.find(ch, at + 1)
    out.sort()
    return out


def _scan(text: str, start: int, end: int,
          positions: list[int]) -> tuple[list[tuple[Mark, Mark]], list[Mark]]:
    """(pairs, strays) of the quote marks of text[start:end] (at ``positions``, sorted),
    innermost pairs first.

    Each mark is classed as opening or closing by the open marks before it: “ closes an open
    „ (German), and a straight quote closes an open straight quote; otherwise “ opens, and a
    straight quote opens after a space or bracket when a non-space follows.
    """
    pairs: list[tuple[Mark, Mark]] = []
    strays: list[Mark] = []
    stack: list[Mark] = []
    for p in positions[bisect.bisect_left(positions, start) : bisect.bisect_left(positions, end)]:
        ch = text[p]
        top = stack[-1] if stack else None
        if ch == "«":
            mk = Mark(p, ch, GUILLEMET, True)
        elif ch == "»":
            mk = Mark(p, ch, GUILLEMET, False)
        elif ch == "„":
            mk = Mark(p, ch, LOW9, True)
        elif ch == "“":
            mk = Mark(p, ch, LOW9, False) if top and top.family == LOW9 else \
                Mark(p, ch, CURLY, True)
        elif ch == "”":
            mk = Mark(p, ch, CURLY, False)
        elif top and top.family == STRAIGHT:
            mk = Mark(p, ch, STRAIGHT, False)
        else:
            before = text[p - 1] if p > start else " "
            after = text[p + 1] if p + 1 < end else " "
            opening = (before.isspace() or before in "([{—–-/") and not after.isspace()
            mk = Mark(p, ch, STRAIGHT, opening)
        if mk.opening:
            stack.append(mk)
        elif stack:
            pairs.append((stack.pop(), mk))
        else:
            strays.append(mk)
    strays.extend(stack)
    return pairs, strays


def _foreign(text: str, o: Mark, c: Mark) -> bool:
    """A French-spaced guillemet pair (« … »): typography of a quoted language, not the
    document's own quoting style, so it does not vote."""
    return o.family == GUILLEMET and text[o.pos + 1 : o.pos + 2] == " " and text[c.pos - 1] == " "


def _dominant(proper: dict[str, int], seen: dict[str, int]) -> str | None:
    """The family of most proper pairs (then most marks; then curly, straight, low-9)."""
    order = (CURLY, STRAIGHT, LOW9, GUILLEMET)
    best = max(order, key=lambda f: (proper[f], seen[f], -order.index(f)))
    return best if proper[best] >= _spec()["min_pairs"] else None


def _rewrite(text: str, mk: Mark, family: str) -> Change:
    fam = _spec()["families"][family]
    new = fam["open"] if mk.opening else fam["close"]
    start, end = mk.pos, mk.pos + 1
    if mk.family == GUILLEMET and family != GUILLEMET:
        # « x » -> “x”: the space inside the guillemet goes with it
        if mk.opening and end < len(text) and text[end] == " ":
            end += 1
        elif not mk.opening and start > 0 and text[start - 1] == " ":
            start -= 1
    return Change(KIND, start, end, text[start:end], new)


def normalize_quote_marks(text: str) -> list[Change]:
    """Propose rewrites of mismatched pairs and stray guillemets (kind ``quote``)."""
    if text.isascii():
        return []
    if "«" not in text and "»" not in text and "„" not in text and (
            '"' not in text or ("“" not in text and "”" not in text)):
        return []  # only curly or only straight marks: every pair is proper, no guillemet
    paragraphs = []
    pos = 0
    for m in _PARA_BREAK.finditer(text):
        paragraphs.append((pos, m.start()))
        pos = m.end()
    paragraphs.append((pos, len(text)))
    # only the paragraphs that hold a mark have pairs or strays
    marks = _mark_positions(text)
    paragraphs = [(a, b) for a, b in paragraphs
                  if (i := bisect.bisect_left(marks, a)) < len(marks) and marks[i] < b]
    proper = {CURLY: 0, GUILLEMET: 0, LOW9: 0, STRAIGHT: 0}
    seen = dict(proper)
    mismatched: list[tuple[Mark, Mark]] = []
    strays: list[Mark] = []
    for a, b in paragraphs:
        pairs, lone = _scan(text, a, b, marks)
        strays += lone
        for o, c in pairs:
            if not _is_proper(o, c):
                mismatched.append((o, c))
            elif not _foreign(text, o, c):
                proper[o.family] += 1
                seen[o.family] += 2
        for mk in lone:
            seen[mk.family] += 1
    if not mismatched and not any(s.family == GUILLEMET for s in strays):
        return []
    dominant = _dominant(proper, seen)
    english = EnglishMap(text)
    changes: list[Change] = []
    targets = []
    for o, c in mismatched:
        own = max((o.family, c.family), key=lambda f: (proper[f], seen[f]))
        fallback = CURLY if english.at(o.pos) else o.family
        targets.append(own if proper[own] else dominant or fallback)
    for (o, c), target in zip(mismatched, targets):
        for mk in (o, c):
            if mk.family != target:
                changes.append(_rewrite(text, mk, target))
    # once rewritten, those pairs are proper: count them, as the next pass would
    for target in targets:
        proper[target] += 1
        seen[target] += 2
    dominant = _dominant(proper, seen)
    if dominant not in (GUILLEMET, LOW9):  # a lone „-family closer “ would read as an opener
        for s in strays:
            if s.family == GUILLEMET and (dominant or english.at(s.pos)):
                changes.append(_rewrite(text, s, dominant or CURLY))
    changes.sort(key=lambda ch: ch.start)
    kept: list[Change] = []
    for ch in changes:
        if not kept or ch.start >= kept[-1].end:
            kept.append(ch)
    return kept
