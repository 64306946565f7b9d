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
_AFTER_OPEN = re.compile(r"(?<=[(\[]) +(?=\w)")
_DOUBLE_SPACE = re.compile(r"(?<=\S)  +(?=\S)")
_TRAILING = re.compile(r"[ \t]+$", re.M)
_GUILLEMETS = re.compile(r"«[^«»\n]*»")


def fix_spacing(text: str) -> list[Change]:
    """Propose spacing repairs (kind ``spacing``), each one run of spaces."""
    if " " not in text and "\t" not in text:
        return []
    french = [(m.start(), m.end()) for m in _GUILLEMETS.finditer(text)] if "«" in text else []

    def in_french(pos: int) -> bool:
        return any(a < pos < b for a, b in french)

    changes: list[Change] = []
    for m in _BEFORE_STOP.finditer(text):
        if not in_french(m.start()):
            changes.append(Change(KIND, m.start(), m.end(), m.group(), ""))
    english: EnglishMap | None = None
    for m in _BEFORE_COLON.finditer(text):
        if in_french(m.start()):
            continue
        english = english or EnglishMap(text)
        if english.at(m.start()):
            changes.append(Change(KIND, m.start(), m.end(), m.group(), ""))
    changes += [Change(KIND, m.start(), m.end(), m.group(), "")
                for m in _AFTER_OPEN.finditer(text)]
    changes += [Change(KIND, m.start(), m.end(), m.group(), " ")
                for m in _DOUBLE_SPACE.finditer(text)]
    changes += [Change(KIND, m.start(), m.end(), m.group(), "") for m in _TRAILING.finditer(text)]
    changes.sort(key=lambda c: (c.start, c.end))
    kept: list[Change] = []
    for c in changes:
        if not kept or c.start >= kept[-1].end:
            kept.append(c)
    return kept
