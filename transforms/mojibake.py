"""Rule `mojibake`: undo text decoded with the wrong codec (UTF-8 read as cp1252/latin-1 …).

ftfy does the repair, with every option set explicitly; it undoes several layers of
cp1252/latin-1 damage at once. ftfy leaves some words alone — UTF-8 read as cp1251 that looks
like plain Cyrillic ("РџСЂРёРІС–С‚"), single damaged letters such as "PoznaÅ„" — so
:func:`repair_single_byte` re-decodes such words when the result is clearly better (see
data/mojibake.toml). Both run per line and only on lines with
non-ASCII characters, so plain ASCII costs nothing. This rule runs first: C1 control
characters are evidence of damage that the unicode rule would otherwise delete.

>>> from transforms.textedit import EditLog
>>> log = EditLog("It\\u00e2\\u20ac\\u2122s fine\\nok")
>>> log.apply(fix_mojibake(log.text)); log.text
'It’s fine\\nok'
>>> repair_single_byte("Р’С–РґРїРѕРІС–РґСЊ: РџСЂРёРІС–С‚, СЃРІС–С‚! ГУР» Ті, PoznaÅ„, DГјsseldorf")
'Відповідь: Привіт, світ! ГУР» Ті, Poznań, Düsseldorf'
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache

from transforms.data import read_data
from transforms.textedit import Change, diff_changes, lines_matching
from transforms.unicode_norm import normalized_line

KIND = "mojibake"
_CODECS = ("sloppy-windows-1251", "sloppy-windows-1252")


def _hint_pattern() -> re.Pattern:
    """A UTF-8 lead byte (C2-DF, or E2) followed by a continuation byte (80-BF), as they look
    when read as cp1251 or cp1252: the footprint this repair looks for."""
    leads, conts = _footprint_chars()
    return re.compile("[" + re.escape("".join(sorted(leads))) + "]["
                      + re.escape("".join(sorted(conts))) + "]")


def _footprint_chars() -> tuple[set[str], set[str]]:
    """(lead characters, continuation characters) of the cp1251/cp1252 footprint."""
    import ftfy.bad_codecs  # noqa: F401  (registers the sloppy codecs)

    leads, conts = set(), set()
    for codec in _CODECS:
        leads.update((bytes(range(0xC2, 0xE0)) + b"\xe2").decode(codec))
        conts.update(bytes(range(0x80, 0xC0)).decode(codec))
    return leads, conts


# a word: non-space characters, plus a no-break space right after a lead ("Р\xa0" is how "Р"
# looks, "Å\xa0" how "Š" looks)
# non-letters a repaired word may hold: typographic punctuation and common symbols
_PUNCT_OK = frozenset("’‘“”„‚—–…«»‹›€£¥©®™°№§¶•·\u00a0")
_WORD_LEADS = bytes(range(0xC2, 0xE0)).decode("cp1251") + bytes(range(0xC2, 0xE0)).decode("cp1252")
_WORD = re.compile(r"(?:[^\s]|(?<=[" + _WORD_LEADS + r"])\xa0)+")
_EDGE_PUNCT = re.compile(r"^([!-/:-@\[-`{-~]*)(.*?)([!-/:-@\[-`{-~]*)$", re.S)


@lru_cache(maxsize=1)
def _settings() -> dict:
    raw = read_data("mojibake.toml")
    return tomllib.loads(raw)


def _scripts(text: str) -> set[str]:
    out = set()
    for ch in text:
        if ch.isalpha():
            o = ord(ch)
            if 0x7F < o < 0xC0:  # ª º µ: letters no word is written with
                out.add("other")
            elif o < 0x250 or 0x1E00 <= o <= 0x1EFF:
                out.add("latin" if o < 0x180 or 0x218 <= o <= 0x21B or o >= 0x1E00 else "other")
            elif 0x400 <= o <= 0x4FF:
                out.add("cyrillic")
            elif 0x370 <= o <= 0x3FF:
                out.add("greek")
            else:
                out.add("other")
    return out


def _redecode(core: str, codec: str) -> str | None:
    """``core`` re-decoded as UTF-8 from its ``codec`` bytes, when that is clearly better."""
    try:
        raw = core.encode(codec)
        fixed = raw.decode("utf-8")
    except UnicodeError:
        return None
    if fixed == core or len(fixed) >= len(core):
        return None
    scripts = _scripts(fixed)
    if len(scripts) > 1 or "other" in scripts:
        return None
    if any(ord(ch) > 0x7F and not ch.isalpha() and ch not in _PUNCT_OK for ch in fixed):
        return None  # a combining mark or a rare symbol: not what the writer typed
    if scripts == {"latin"} and not any("a" <= ch.lower() <= "z" for ch in core):
        return None  # accented Latin damaged this way sits inside an ASCII word ("cafГ©")
    if any(ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0 or ch == "\ufffd" for ch in fixed):
        return None
    multi = [ch.encode("utf-8") for ch in fixed if ord(ch) > 0x7F]
    strong = (
        len(multi) >= _settings()["min_sequences"]
        or any(len(b) > 2 for b in multi)
        or any(0x80 <= b[1] <= 0x9F for b in multi)  # a C1-range continuation byte
        or any(not bytes([b[1]]).decode(codec).isalpha() for b in multi)  # a symbol
        or len(_scripts(core)) > 1  # "DГјsseldorf": a word mixing scripts comes out whole
    )
    return fixed if strong else None


def _words_at(line: str, hits: list[int]):
    """The ``_WORD.finditer(line)`` matches that hold one of the positions ``hits`` (ascending),
    in order: the words a per-word repair has to look at, found without visiting the others."""
    end = -1
    for p in hits:
        if p < end or not _in_word(line, p):
            continue
        start = p
        while start > 0 and _in_word(line, start - 1):
            start -= 1
        m = _WORD.match(line, start)
        end = m.end()
        yield m


def _in_word(line: str, i: int) -> bool:
    """Whether ``_WORD`` takes line[i]: not a space, or a no-break space after a lead."""
    ch = line[i]
    return not ch.isspace() or (ch == "\xa0" and i > 0 and line[i - 1] in _WORD_LEADS)


def repair_single_byte(line: str) -> str:
    """``line`` with words that are UTF-8 read as cp1251/cp1252 re-decoded (see module doc)."""
    hint = _hint()
    if not hint.search(line):
        return line
    out: list[str] = []
    pos = 0
    for m in _words_at(line, [h.start() for h in hint.finditer(line)]):
        word = m.group()
        if not hint.search(word):
            continue
        lead, core, trail = _EDGE_PUNCT.match(word).groups()
        fixed = None
        for codec in _CODECS:
            fixed = _redecode(core, codec) if core else None
            if fixed is not None:
                break
        if fixed is not None:
            out.append(line[pos : m.start()] + lead + fixed + trail)
            pos = m.end()
    if not out:
        return line
    out.append(line[pos:])
    return "".join(out)


@lru_cache(maxsize=1)
def _hint() -> re.Pattern:
    return _hint_pattern()


# ftfy's badness test (``is_bad``: BADNESS_RE.search) tries its forty-odd alternatives at every
# character of a line. Each alternative needs at least one character of these ftfy categories
# or listed characters within its seven characters, so searching a few characters around each
# of them finds exactly the matches a whole-line search finds. Where an alternative offers a
# choice, the class chosen is the one rare in clean text: quote marks (start/end punctuation)
# only count next to an accented letter, a currency or numeric sign, a box character or
# "ВГРС"/"ΒΓΞΟ", so they are not here; nor are Cyrillic and Greek letters, the no-break space,
# dashes and ’. Checked against ftfy's pattern: another ftfy version falls back to its is_bad.
_BAD_CATEGORIES = ("c1", "bad", "upper_accented", "lower_accented", "box", "currency", "numeric",
                   "law")
_BAD_EXTRA = "ŒœÂÃÎÐ×ØÙ°µ√≈‚Ђ€ВГРСΒΓΞΟ"
_BAD_PATTERN_DIGEST = "1185522573f768d522a50cb949c1a546"  # blake2b-128 of ftfy 6.3.1's BADNESS_RE
_BAD_MARGIN = 8  # longer than any alternative of BADNESS_RE
_BAD_WINDOW = 64  # search a window once it is this long (damaged text returns early)


@lru_cache(maxsize=1)
def _bad_anchor() -> re.Pattern | None:
    import hashlib

    from ftfy.badness import BADNESS_RE, MOJIBAKE_CATEGORIES

    digest = hashlib.blake2b(BADNESS_RE.pattern.encode("utf-8"), digest_size=16).hexdigest()
    if digest != _BAD_PATTERN_DIGEST:
        return None
    chars = "".join(MOJIBAKE_CATEGORIES[c] for c in _BAD_CATEGORIES) + _BAD_EXTRA
    # the categories hold ranges ("\x80-\x9f", "Ò-Ö"): keep "-" as a range, escape the rest
    return re.compile("[" + chars.replace("\\", "\\\\").replace("]", "\\]").replace("^", "\\^")
                      + "]")


# And every alternative holds two non-ASCII characters side by side, or one of _BAD_ALONE
# (a C1 control; Œ œ before any character; Ã Â before a space): a line of accented words or
# quotes with no such spot needs no window searched (test_mojibake checks the claim on the
# pattern's parse tree).
_BAD_ALONE = "\x80-\x9fŒœÃÂ"


@lru_cache(maxsize=1)
def _bad_spot() -> re.Pattern | None:
    """A non-ASCII character followed by another, or one of _BAD_ALONE (None: see
    _bad_anchor)."""
    if _bad_anchor() is None:
        return None
    return re.compile(f"[^\x00-\x7f](?:(?<=[{_BAD_ALONE}])|(?=[^\x00-\x7f]))")


def _lend_is_bad_to_ftfy() -> None:
    """ftfy runs its badness test on the whole line at each step of a repair (about a third of
    the time it spends on a damaged line): let it use :func:`is_bad`, which gives the same
    answer for every text, so ftfy's results do not change. Only with the pattern it was
    checked against (see _bad_anchor)."""
    import ftfy
    import ftfy.fixes

    if _bad_anchor() is not None:
        ftfy.is_bad = ftfy.fixes.is_bad = is_bad


@lru_cache(maxsize=256)  # a repair asks about the same line several times
def is_bad(text: str) -> bool:
    """Same answer as ftfy's ``is_bad`` (text shows a mojibake pattern), several times faster:
    ftfy's pattern is only tried around the characters every one of its alternatives needs,
    and not at all in a line without a spot (two non-ASCII characters together, _BAD_ALONE).

    >>> is_bad("It\u00e2\u20ac\u2122s"), is_bad("Привіт, “світ” — café")
    (True, False)
    """
    from ftfy.badness import BADNESS_RE

    spot = _bad_spot()
    if spot is None:
        return BADNESS_RE.search(text) is not None
    if not spot.search(text):
        return False
    search = BADNESS_RE.search
    lo = hi = -1
    for m in _bad_anchor().finditer(text):
        p = m.start()
        if p - _BAD_MARGIN <= hi and hi - lo < _BAD_WINDOW:  # near the window: widen it
            hi = p + _BAD_MARGIN + 1
            continue
        if hi > 0 and search(text, lo, hi):
            return True
        lo, hi = max(p - _BAD_MARGIN, 0), p + _BAD_MARGIN + 1
    return hi > 0 and search(text, lo, hi) is not None


# ftfy.fix_encoding (default config), step by step as ftfy 6.3.1 takes them, with its three
# slow regex passes replaced by searches that only try the places a match can start: each
# pattern below is an alternation tried at every character of a line, and each of its
# matches starts at (or, for LOSSY_UTF8_RE, holds within its first 6 bytes) a character that
# a one-class scan finds fast. Same answers for every text; checked against these sources.
_STEPS_DIGEST = "4b2e1ef0c8c03630425d248f1e04a57d"  # blake2b-128, see _steps_digest()


def _steps_digest() -> str:
    """blake2b-128 of the ftfy code and patterns :func:`fix_encoding` reproduces."""
    import hashlib
    import inspect

    import ftfy
    from ftfy import chardata, fixes

    h = hashlib.blake2b(digest_size=16)
    for fn in (ftfy.fix_encoding, ftfy.fix_encoding_and_explain,
               ftfy._fix_encoding_one_step_and_explain, fixes.decode_inconsistent_utf8,
               fixes.replace_lossy_sequences, fixes.restore_byte_a0, chardata.possible_encoding):
        h.update(inspect.getsource(fn).encode("utf-8"))
    for pattern in (chardata.ALTERED_UTF8_RE, chardata.LOSSY_UTF8_RE, chardata.UTF8_DETECTOR_RE,
                    chardata.C1_CONTROL_RE, chardata.ENCODING_REGEXES["ascii"]):
        p = pattern.pattern
        h.update(p if isinstance(p, bytes) else p.encode("utf-8", "surrogatepass"))
    h.update(repr(chardata.CHARMAP_ENCODINGS).encode("utf-8"))
    return h.hexdigest()


@dataclass(frozen=True)
class _Steps:
    """What :func:`fix_encoding` needs from ftfy, and the candidate scans."""

    encodings: tuple[tuple[str, frozenset[str]], ...]  # charmap encoding, its characters
    ascii_runs: re.Pattern  # what possible_encoding's regexes take in any charmap encoding
    altered_lead: re.Pattern  # first byte of an ALTERED_UTF8_RE match
    altered: re.Pattern
    lossy_mark: re.Pattern  # the 0x1A or "?" every LOSSY_UTF8_RE match holds
    lossy: re.Pattern
    detector_first: re.Pattern  # first character of a UTF8_DETECTOR_RE match
    detector: re.Pattern
    c1: re.Pattern


@lru_cache(maxsize=1)
def _steps() -> _Steps | None:
    """None when the installed ftfy is not the one fix_encoding was written against."""
    from ftfy import chardata

    if _steps_digest() != _STEPS_DIGEST:
        return None
    clues = chardata.UTF8_CLUES
    firsts = clues["utf8_first_of_2"] + clues["utf8_first_of_3"] + clues["utf8_first_of_4"]
    return _Steps(
        encodings=tuple((enc, frozenset(bytes([*range(0x80, 0x100), 0x1A]).decode(enc)))
                        for enc in chardata.CHARMAP_ENCODINGS),
        ascii_runs=re.compile("[\x00-\x19\x1b-\x7f]+"),
        # (a lead byte with a space at most three bytes on: what every alternative holds)
        altered_lead=re.compile(b"[\xc2\xc3\xc5\xce\xd0\xd9\xe0-\xe3\xf0](?=[^ ]{0,2} )"),
        altered=chardata.ALTERED_UTF8_RE,
        lossy_mark=re.compile(b"[\x1a?]"),
        lossy=chardata.LOSSY_UTF8_RE,
        # (a first byte's character, then a continuation's: what every alternative starts with;
        # the classes are ftfy's own, "\x80-¿" is a range)
        detector_first=re.compile(f"[{firsts}](?=[{clues['utf8_continuation']}])"),
        detector=chardata.UTF8_DETECTOR_RE,
        c1=chardata.C1_CONTROL_RE,
    )


def fix_encoding(text: str) -> str:
    """Same as ``ftfy.fix_encoding(text)`` (default config), several times faster on a long
    line with a little damage.

    >>> fix_encoding("It\u00e2\u20ac\u2122s \u00e2\u20ac\u0153fine"
    ...              "\u00e2\u20ac\ufffd, caf\u00c3\u00a9")
    'It’s “fine�, café'
    """
    steps = _steps()
    if steps is None:
        import ftfy

        return ftfy.fix_encoding(text)
    while True:
        fixed = _fix_encoding_step(text, steps)
        if fixed == text:
            return fixed
        text = fixed


def _fix_encoding_step(text: str, st: _Steps) -> str:
    """ftfy's _fix_encoding_one_step_and_explain (default config), without the explanation."""
    if not text or text.isascii() or not is_bad(text):
        return text
    chars = set(st.ascii_runs.sub("", text))  # possible_encoding: these all in the charmap
    possible = []
    for encoding, charmap in st.encodings:
        if chars <= charmap:
            possible.append(encoding)
            data = text.encode(encoding)
            try:
                if encoding != "macroman" and _first_match(st.altered, data, st.altered_lead):
                    from ftfy import fixes

                    data = fixes.restore_byte_a0(data)
                if encoding.startswith("sloppy"):
                    data = _replace_lossy(data, st)
                return data.decode("utf-8-variants" if 0xED in data or 0xC0 in data
                                   else "utf-8")
            except UnicodeDecodeError:
                pass
    if _first_match(st.detector, text, st.detector_first):
        fixed = _decode_inconsistent_utf8(text, st)
        if fixed != text:
            return fixed
    if "latin-1" in possible:  # (ftfy then checks for "windows-1252", never in the list)
        try:
            fixed = text.encode("latin-1").decode("windows-1252")
            if fixed != text:
                return fixed
        except UnicodeDecodeError:
            pass
    if st.c1.search(text):
        from ftfy import fixes

        return fixes.fix_c1_controls(text)
    return text


def _matches(pattern: re.Pattern, text, first: re.Pattern, starts=None):
    """``pattern.finditer(text)`` for a pattern whose matches are never empty and start at a
    ``first`` match (or, given ``starts``, at one of those sorted positions): only those
    places are tried, left to right. (A lookbehind sees the text before ``pos``, so a match
    found at ``pos`` is the one a search from the start finds there.)"""
    end = 0
    if starts is None:
        starts = (m.start() for m in first.finditer(text))
    for p in starts:
        if p < end:
            continue
        m = pattern.match(text, p)
        if m is not None:
            end = m.end()
            yield m


def _first_match(pattern: re.Pattern, text, first: re.Pattern):
    return next(_matches(pattern, text, first), None)


def _replace_lossy(data: bytes, st: _Steps) -> bytes:
    """``LOSSY_UTF8_RE.sub("\\ufffd".encode(), data)``: each match holds a 0x1A or "?"
    within its first six bytes, so it starts at most five bytes before one."""
    marks = [m.start() for m in st.lossy_mark.finditer(data)]
    if not marks:
        return data
    starts = sorted({p for q in marks for p in range(max(q - 5, 0), q + 1)})
    out = []
    pos = 0
    for m in _matches(st.lossy, data, st.lossy_mark, starts):
        out += (data[pos : m.start()], b"\xef\xbf\xbd")
        pos = m.end()
    if not out:
        return data
    out.append(data[pos:])
    return b"".join(out)


@lru_cache(maxsize=4096)  # the same few damaged sequences ("â€œ", "Ã©") recur everywhere
def _fix_sequence(sub: str) -> str:
    """:func:`fix_encoding` of one UTF8_DETECTOR_RE match (a pure function of the text)."""
    return fix_encoding(sub)


def _decode_inconsistent_utf8(text: str, st: _Steps) -> str:
    """ftfy's decode_inconsistent_utf8: each UTF8_DETECTOR_RE match that is bad and shorter
    than the text, fixed on its own."""
    out = []
    pos = 0
    for m in _matches(st.detector, text, st.detector_first):
        sub = m.group()
        if len(sub) < len(text) and is_bad(sub):
            out += (text[pos : m.start()], _fix_sequence(sub))
            pos = m.end()
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


@lru_cache(maxsize=1)
def _config():
    import ftfy

    _lend_is_bad_to_ftfy()
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


# what ftfy may still act on in a line its badness test passes: C1 and other controls,
# surrogates, terminal escapes, a no-break space after Ã/Â, U+FFFD (one character class first,
# so the search skips to the next candidate character)
_ODD = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffdÃÂ](?:(?<![ÃÂ])|(?<=[ÃÂ])\xa0)")


def _repair(line: str, ftfy, config) -> str:
    fixed = _fix_text(line, ftfy, config)
    repaired = repair_single_byte(fixed)
    if repaired != fixed:  # a cp1251 layer may hide another layer ftfy can now see
        fixed = _fix_text(repaired, ftfy, config)
    return _repair_words(fixed, ftfy, config)


# what ftfy's fixers other than fix_encoding act on with this config: terminal escapes,
# C1 controls, surrogates (fix_encoding only acts on what its badness test finds)
_FTFY_ACTS = re.compile("[\x1b\x80-\x9f\ud800-\udfff]")


def _fix_text(line: str, ftfy, config) -> str:
    """``ftfy.fix_text(line, config=config)`` for one line, with less of ftfy's machinery.

    With this config, fix_text repeats {fix_encoding, the fixers of _FTFY_ACTS} until nothing
    changes, and fix_encoding only acts on what its badness test finds. So a line without
    either is returned as it is, and a line whose only damage is encoding damage is
    fix_encoding's result (fix_text would confirm it in a second round).
    """
    if _FTFY_ACTS.search(line) or len(line) > config.max_decode_length:
        return ftfy.fix_text(line, config=config)
    if not is_bad(line):
        return line
    fixed = fix_encoding(line)
    return fixed if not _FTFY_ACTS.search(fixed) else ftfy.fix_text(line, config=config)


def _repair_words(line: str, ftfy, config) -> str:
    """Words ftfy still calls bad, fixed one by one (its verdict on a line depends on the
    rest of the line, e.g. on a stray Cyrillic letter elsewhere)."""
    if not is_bad(line):
        return line
    out: list[str] = []
    pos = 0
    anchor = _bad_anchor()  # a word is_bad calls bad holds one of its anchors
    words = _WORD.finditer(line) if anchor is None else \
        _words_at(line, [a.start() for a in anchor.finditer(line)])
    for m in words:
        word = m.group()
        if not word.isascii() and is_bad(word):
            fixed = _fix_text(word, ftfy, config)
            if fixed != word:
                out.append(line[pos : m.start()] + fixed)
                pos = m.end()
    out.append(line[pos:])
    return "".join(out)


def _damaged(line: str, hint: re.Pattern) -> bool:
    """A sign of damage in the line; without one, :func:`_repair` returns it unchanged: with
    this config ftfy only acts on what its badness test, C1 controls, surrogates or terminal
    escapes (_FTFY_ACTS) show, on a line up to max_decode_length; the single-byte repair only
    on the footprint ``hint``. (A longer line is damaged when it holds an _ODD character.)"""
    if line.isascii():
        return False
    if len(line) > _config().max_decode_length:
        return bool(hint.search(line) or _ODD.search(line) or is_bad(line))
    suspect = _suspect()
    if suspect is not None and not suspect.search(line):
        return False
    return bool(hint.search(line) or _FTFY_ACTS.search(line) or is_bad(line))


@lru_cache(maxsize=1)
def _suspect() -> re.Pattern | None:
    """A character that each of the three tests of :func:`_damaged` needs (a footprint lead,
    an _FTFY_ACTS character, a badness anchor): one scan clears a clean line."""
    anchor = _bad_anchor()
    if anchor is None:
        return None
    chars = "".join(sorted(_footprint_chars()[0]))
    return re.compile("[" + re.escape(chars) + "\x1b\x80-\x9f\ud800-\udfff"
                      + anchor.pattern[1:-1] + "]")


def fix_mojibake(text: str) -> list[Change]:
    """Propose per-line repairs of encoding damage (no-op on ASCII lines and on lines that
    show no sign of damage: ftfy's badness test, the cp1251/cp1252 footprint, controls)."""
    if text.isascii():
        return []
    import ftfy

    config = _config()
    hint = _hint()
    changes: list[Change] = []
    for pos, line in _suspect_lines(text):
        if _damaged(line, hint):
            fixed = _repair(line, ftfy, config)
            core = fixed.strip(" \t")
            bare = normalized_line(core).strip()
            # a control or odd space may hide damage ftfy sees once it is gone (a line that
            # shows no sign of damage is one _repair leaves as it is: not worth a second pass)
            if bare != core and _damaged(bare, hint):
                again = _repair(bare, ftfy, config)
                if again != bare:
                    start = len(fixed) - len(fixed.lstrip(" \t"))
                    fixed = fixed[:start] + again + fixed[start + len(core):]
            if fixed != line:
                changes += diff_changes(KIND, line, fixed, base=pos)
    return changes


def _suspect_lines(text: str):
    """(offset, line) of the lines of ``text`` that hold a character :func:`_suspect` looks
    for (the others show no sign of damage); every line when there is no such pattern or
    when a line may be longer than ftfy's max_decode_length."""
    suspect = _suspect()
    if suspect is None or len(text) > _config().max_decode_length:
        pos = 0
        for line in text.split("\n"):
            yield pos, line
            pos += len(line) + 1
        return
    yield from lines_matching(text, suspect)
