"""Rule `mojibake`: undo text decoded with the wrong codec (UTF-8 read as cp1252/latin-1 …).

ftfy does the repair, with every option set explicitly. It runs per line and only on lines
with non-ASCII characters, so plain ASCII costs nothing.

>>> from transforms.textedit import EditLog
>>> log = EditLog("It\\u00e2\\u20ac\\u2122s fine\\nok")
>>> log.apply(fix_mojibake(log.text)); log.text
'It’s fine\\nok'
"""

from __future__ import annotations

from functools import lru_cache

from transforms.textedit import Change, diff_changes

KIND = "mojibake"


@lru_cache(maxsize=1)
def _config():
    import ftfy

    return ftfy.TextFixerConfig(
        unescape_html=False,  # "&amp;" in news text is rare and may be literal; not our call
        remove_terminal_escapes=True,  # ANSI escapes never belong in prose
        fix_encoding=True,  # the point of this rule: undo mis-decoded UTF-8, layers deep
        restore_byte_a0=True,  # "Ã " with a lost NBSP is mojibake too
        replace_lossy_sequences=True,  # sequences that lost a byte become U+FFFD, not garbage
        decode_inconsistent_utf8=True,  # fix mojibake even when mixed with correct text
        fix_c1_controls=True,  # C1 controls are cp1252 characters read as latin-1
        fix_latin_ligatures=False,  # ligatures are typography, not damage
        fix_character_width=False,  # full-width CJK punctuation is correct in CJK text
        uncurl_quotes=False,  # keep curly quotes as they are (the quote rule decides)
        fix_line_breaks=False,  # the unicode rule owns line endings
        fix_surrogates=True,  # lone surrogates cannot be stored
        remove_control_chars=False,  # the unicode rule owns control characters
        normalization=None,  # the unicode rule owns NFC
        explain=False,
    )


def fix_mojibake(text: str) -> list[Change]:
    """Propose per-line repairs of encoding damage (no-op on ASCII lines)."""
    if text.isascii():
        return []
    import ftfy

    config = _config()
    changes: list[Change] = []
    pos = 0
    for line in text.split("\n"):
        if not line.isascii():
            fixed = ftfy.fix_text(line, config=config)
            if fixed != line:
                changes += diff_changes(KIND, line, fixed, base=pos)
        pos += len(line) + 1
    return changes
