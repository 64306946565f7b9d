"""Rule `mojibake`: undo text decoded with the wrong codec (UTF-8 read as cp1252/latin-1 …).

ftfy does the repair, with every option set explicitly; it undoes several layers of
cp1252/latin-1 damage at once. ftfy leaves UTF-8 read as cp1251 alone when the damage looks
like plain Cyrillic ("РџСЂРёРІС–С‚"), so :func:`repair_cp1251` re-decodes such words when the
result is clearly better (see data/mojibake.toml). Both run per line and only on lines with
non-ASCII characters, so plain ASCII costs nothing. This rule runs first: C1 control
characters are evidence of damage that the unicode rule would otherwise delete.

>>> from transforms.textedit import EditLog
>>> log = EditLog("It\\u00e2\\u20ac\\u2122s fine\\nok")
>>> log.apply(fix_mojibake(log.text)); log.text
'It’s fine\\nok'
>>> repair_cp1251("Р’С–РґРїРѕРІС–РґСЊ: РџСЂРёРІС–С‚, СЃРІС–С‚! ГУР» Ті")
'Відповідь: Привіт, світ! ГУР» Ті'
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources

from transforms.textedit import Change, diff_changes

KIND = "mojibake"
# a cp1251 lead character (UTF-8 lead bytes C2-DF, E2) followed by a cp1251 character whose
# byte is a UTF-8 continuation (80-BF): the footprint of UTF-8 read as cp1251
_CP1251_CONT = bytes(range(0x80, 0xC0)).decode("cp1251", errors="replace").replace("\ufffd", "")
_CP1251_HINT = re.compile("[" + bytes(range(0xC2, 0xE0)).decode("cp1251") + "в][" + "\x98"
                          + re.escape(_CP1251_CONT) + "]")
_WORD = re.compile(r"[^ \t\n]+")
_EDGE_PUNCT = re.compile(r"^([!-/:-@\[-`{-~]*)(.*?)([!-/:-@\[-`{-~]*)$", re.S)
_SYMBOL_CONT = frozenset(ch for ch in _CP1251_CONT if not ch.isalpha())


@lru_cache(maxsize=1)
def _settings() -> dict:
    raw = resources.files("transforms.data").joinpath("mojibake.toml").read_text("utf-8")
    return tomllib.loads(raw)


def _one_script(text: str) -> bool:
    scripts = set()
    for ch in text:
        if ch.isalpha():
            o = ord(ch)
            scripts.add("cyrillic" if 0x400 <= o <= 0x52F else "latin" if o < 0x250 else "other")
    return len(scripts) <= 1 and "other" not in scripts


def _redecode(core: str) -> str | None:
    import ftfy.bad_codecs  # noqa: F401  (registers sloppy-windows-1251)

    try:
        fixed = core.encode("sloppy-windows-1251").decode("utf-8")
    except UnicodeError:
        return None
    if fixed == core or len(fixed) >= len(core) or not _one_script(fixed):
        return None
    if any(ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0 or ch == "\ufffd" for ch in fixed):
        return None
    multi = [ch for ch in fixed if ord(ch) > 0x7F]
    strong = any(len(ch.encode("utf-8")) > 2 for ch in multi) or any(
        ch in _SYMBOL_CONT for ch in core)
    if len(multi) < _settings()["min_sequences"] and not strong:
        return None
    return fixed


def repair_cp1251(line: str) -> str:
    """``line`` with words that are UTF-8 read as cp1251 re-decoded (see module doc)."""
    if not _CP1251_HINT.search(line):
        return line
    out: list[str] = []
    pos = 0
    for m in _WORD.finditer(line):
        word = m.group()
        if not _CP1251_HINT.search(word):
            continue
        lead, core, trail = _EDGE_PUNCT.match(word).groups()
        fixed = _redecode(core) if core else None
        if fixed is not None:
            out.append(line[pos : m.start()] + lead + fixed + trail)
            pos = m.end()
    if not out:
        return line
    out.append(line[pos:])
    return "".join(out)


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
            repaired = repair_cp1251(fixed)
            if repaired != fixed:  # a cp1251 layer may hide another layer ftfy can now see
                fixed = ftfy.fix_text(repaired, config=config)
            if fixed != line:
                changes += diff_changes(KIND, line, fixed, base=pos)
        pos += len(line) + 1
    return changes
