"""Split clean text into paragraphs (blank-line separated) with their offsets.

>>> split_paragraphs("One.\\n\\nTwo\\nlines.\\n\\n\\nThree.")
[(0, 'One.'), (6, 'Two\\nlines.'), (19, 'Three.')]
"""

from __future__ import annotations

import re

_PARA = re.compile(r"\S(?:.*\S)?(?:\n(?!\s*\n)[^\n]*\S)*")


def split_paragraphs(text: str) -> list[tuple[int, str]]:
    """(offset, paragraph) pairs; paragraphs never include their surrounding whitespace."""
    return [(m.start(), m.group()) for m in _PARA.finditer(text)]
