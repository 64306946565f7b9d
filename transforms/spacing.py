"""Rule `spacing`: stray spaces before punctuation, inside brackets, doubled and trailing.

* a space before ``, .`` and ``)`` ``]`` goes everywhere (no typography wants it);
* a space before ``: ; ! ?`` goes only in English paragraphs (French typography keeps it)
  and never inside « … » (a quoted French sentence keeps its spacing);
* a space after ``(`` or ``[`` goes; runs of spaces between words become one space;
  trailing spaces and tabs at line ends go.

Left alone: ellipses ("wait ..."), emoticons (" :)", " ;-)"), digit groups ("1 000"), and
single spaces anywhere else.

>>> from transforms.textedit import EditLog
>>> log = EditLog("The talks , said  he : it was over . ( Reuters )")
>>> log.apply(fix_spacing(log.text)); log.text
'The talks, said he: it was over. (Reuters)'
>>> fix_spacing("Il a dit : « Nous ne céderons pas ! » Puis il est parti .")[0].original
' '
>>> fix_spacing("Wait ... really :) The figure was 1 000 euros.")
[]
"""

from __future__ import annotations

import re

from transforms.prose import EnglishMap
from transforms.textedit import Change

KIND = "spacing"
# spaces after a word or closing mark, before , . ) ] followed by a space, a closing mark or EOL
_BEFORE_STOP = re.compile(r"(?<=[\w”’»)\]\"']) +(?=[,.)\]](?:[\s”’»\"')\]]|$))", re.M)
# spaces before : ; ! ? followed by a space, a closing mark or EOL (not " :)")
_BEFORE_COLON = re.compile(r"(?<=[\w”’)\]\"']) +(?=(?:[!?]+|[:;])(?:[ \t]|[\n”’\"]|$))", re.M)
# the marks both patterns above match a run of spaces before (" ," " ." … are found with
# str.find, much faster than a regex trying every character)
_STOPS = ",.)]"
_COLONS = ":;!?"
# (these two start with their first space and look behind it from there, so the scan skips
# from space to space rather than trying every character)
_AFTER_OPEN = re.compile(r" (?<=[(\[] ) *(?=\w)")
_DOUBLE_SPACE = re.compile(r"  (?<=\S  ) *(?=\S)")
_TRAILING = re.compile(r"[ \t]+$", re.M)
_GUILLEMETS = re.compile(r"«[^«»\n]*»")


def _spaces_before(text: str, marks: str, pattern: re.Pattern):
    """``pattern.finditer(text)`` for a pattern that matches a run of spaces just before one
    of ``marks``: only the runs before a space-preceded mark are tried, left to right."""
    after_space = []
    for mark in marks:
        at = text.find(" " + mark)
        while at != -1:
            after_space.append(at)  # the last space before the mark
            at = text.find(" " + mark, at + 2)
    for start in sorted(after_space):
        while start > 0 and text[start - 1] == " ":
            start -= 1
        m = pattern.match(text, start)
        if m:
            yield m


def _trailing(text: str) -> list[tuple[int, int]]:
    """Spans of ``_TRAILING.finditer(text)``: spaces and tabs before each line end."""
    spans = []
    end = text.find("\n")
    while True:
        stop = len(text) if end == -1 else end
        start = stop
        while start > 0 and text[start - 1] in " \t":
            start -= 1
        if start < stop:
            spans.append((start, stop))
        if end == -1:
            return spans
        end = text.find("\n", end + 1)


def fix_spacing(text: str) -> list[Change]:
    """Propose spacing repairs (kind ``spacing``), each one run of spaces."""
    if " " not in text and "\t" not in text:
        return []
    french = [(m.start(), m.end()) for m in _GUILLEMETS.finditer(text)] if "«" in text else []

    def in_french(pos: int) -> bool:
        return any(a < pos < b for a, b in french)

    # each pattern runs only when the text holds what its every match holds ("a space,
    # then a stop", …): most texts have few of these repairs to make
    changes: list[Change] = []
    if " ," in text or " ." in text or " )" in text or " ]" in text:
        for m in _spaces_before(text, _STOPS, _BEFORE_STOP):
            if not in_french(m.start()):
                changes.append(Change(KIND, m.start(), m.end(), m.group(), ""))
    english: EnglishMap | None = None
    if " :" in text or " ;" in text or " !" in text or " ?" in text:
        for m in _spaces_before(text, _COLONS, _BEFORE_COLON):
            if in_french(m.start()):
                continue
            english = english or EnglishMap(text)
            if english.at(m.start()):
                changes.append(Change(KIND, m.start(), m.end(), m.group(), ""))
    if "( " in text or "[ " in text:
        changes += [Change(KIND, m.start(), m.end(), m.group(), "")
                    for m in _AFTER_OPEN.finditer(text)]
    if "  " in text:
        changes += [Change(KIND, m.start(), m.end(), m.group(), " ")
                    for m in _DOUBLE_SPACE.finditer(text)]
    if " \n" in text or "\t\n" in text or text.endswith((" ", "\t")):
        changes += [Change(KIND, a, b, text[a:b], "") for a, b in _trailing(text)]
    changes.sort(key=lambda c: (c.start, c.end))
    kept: list[Change] = []
    for c in changes:
        if not kept or c.start >= kept[-1].end:
            kept.append(c)
    return kept
