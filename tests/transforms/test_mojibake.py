"""Golden cases for transforms/mojibake.py (rule `mojibake`)."""

from __future__ import annotations

import re

import ftfy.bad_codecs  # noqa: F401  (registers the sloppy codecs used to damage text)
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.transforms._golden import apply
from transforms import mojibake
from transforms.mojibake import fix_mojibake

TEXTS = ["It’s “quoted” — fine", "Zelenskyy’s “peace formula” in Kyiv — café",
         "Привіт, світ! Київ", "Министр иностранных дел России", "Ирина Иванова сказала",
         "Poznań and Düsseldorf", "«НАТО» і ЄС", "The Greek word αλήθεια"]


def _damage(text: str, codec: str) -> str:
    b = text.encode("utf-8")
    if codec == "double":
        return b.decode("sloppy-windows-1252").encode("utf-8").decode("sloppy-windows-1252")
    return b.decode(codec)


IN_THE_WILD = [
    ("A regional court in DÃ¼sseldorf", "A regional court in Düsseldorf"),
    ("Р’РёС€РЅРµРІРµ village", "Вишневе village"),
    ("midfielder NiccolÃƒÂ² Ferri", "midfielder Niccolò Ferri"),
    ("FÃ©dÃ©ration dÃ©partementale", "Fédération départementale"),
]


@pytest.mark.parametrize("codec", ["sloppy-windows-1252", "double", "latin-1",
                                   "sloppy-windows-1251"])
@pytest.mark.parametrize("text", TEXTS)
def test_repairs_layers_of_damage(text, codec):
    bad = _damage(text, codec)
    assert apply(fix_mojibake, bad) == text


@pytest.mark.parametrize(("raw", "expected"), IN_THE_WILD)
def test_in_the_wild(raw, expected):
    assert apply(fix_mojibake, raw) == expected


@pytest.mark.parametrize("text", TEXTS + [
    "ГУР» і ФСБ", "Ті, що прийшли", "Москва — столица", "plain ascii", "naïve café",
    "ЦЕРН», «Ямал»", "Şanlıurfa, Łódź, Dvůr Králové"])
def test_leaves_correct_text_alone(text):
    assert fix_mojibake(text) == []


@pytest.mark.xfail(reason="one cp1251-damaged letter whose continuation is itself a letter "
                          "(Cyrillic 'ј') in an otherwise Cyrillic-looking word is ambiguous")
def test_known_failure_single_cyrillic_pair():
    assert apply(fix_mojibake, _damage("ҳ", "sloppy-windows-1251")) == "ҳ"


# -- the shortcuts around ftfy give ftfy's answers ------------------------------------------

# characters of ftfy's badness categories next to letters of several scripts, spaces, quotes
_BADNESS_ALPHABET = st.sampled_from(list(
    "aZ .,?!\t“”‘’«»„‚—–…€£¥©®™°№§¶•·¦¤¨¬¯¸ƒˆˇ˘˛˜†‡‰◊ª²³¹±¼½¾×µ÷√≈≠ÀÂÃÄÅÇÉÎÐÑÒÖØÙÜàâãäåçéîðñòöøùüŒœ"
    "ŁłŠšŽžĞğİҐґ│┌═╬▀▄█░▓ВГРСвЂўабвгдΒΓΞΟαβγ") + ["\xa0", "\x85", "\x9d", "\ufffd", "\uf8ff"])


@settings(max_examples=3000, deadline=None)
@given(st.lists(_BADNESS_ALPHABET, max_size=24).map("".join))
def test_is_bad_agrees_with_ftfy(text):
    from ftfy.badness import BADNESS_RE

    assert mojibake.is_bad(text) == bool(BADNESS_RE.search(text))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["café", "“Düsseldorf”", "Привіт", "straße", "x", " ", "\x9d",
                                 "\x1b[31m", "\ud800", "\xa0", "€5"]), max_size=8).map(" ".join),
       st.sampled_from(["utf-8", "sloppy-windows-1252", "latin-1", "sloppy-windows-1251"]))
def test_fix_text_shortcut_agrees_with_ftfy(text, codec):
    import ftfy

    damaged = text.encode("utf-8", "surrogatepass").decode(codec, "replace") \
        if codec != "utf-8" else text
    config = mojibake._config()
    assert mojibake._fix_text(damaged, ftfy, config) == ftfy.fix_text(damaged, config=config)


def test_the_pinned_ftfy_has_the_badness_pattern_the_anchors_were_checked_against():
    assert mojibake._bad_anchor() is not None  # else is_bad silently falls back to ftfy's


# fix_encoding: ftfy.fix_encoding step by step, its regex passes tried only where a match can
# start (a lead byte before a space, a 0x1A or "?", a UTF-8 first character)
_STEP_CASES = [
    "plain ascii, no work",  # negative: nothing to do
    "naïve café in Düsseldorf",  # negative: correct Latin-1 text
    "Привіт, “світ” — Київ",  # negative: correct Cyrillic
    "It\u00e2\u20ac\u2122s fine",  # one damaged sequence, the rest ASCII
    "A long ASCII paragraph that runs on and on " * 5 + "then caf\u00c3\u00a9",  # damage far in
    "\u00e2\u20ac\u0153quoted\u00e2\u20ac\ufffd lost a byte",  # "â€�": replace_lossy_sequences
    "Is it\u00e2\u20ac? Really?",  # "?" in place of a continuation byte
    "voil\u00c3 le travail",  # a lost no-break space: restore_byte_a0
    "Ã  la carte",  # A_GRAVE_WORD_RE
    "caf\u00c3\u00a9 next to a correct café",  # inconsistent: decode_inconsistent_utf8
    "\u0080 C1 \u0093control\u0094",  # latin-1 read for cp1252
    "Ð\u009fÑ\u0080Ð¸Ð²Ñ\u0096Ñ\u0082",  # UTF-8 Cyrillic read as latin-1
]


@pytest.mark.parametrize("text", _STEP_CASES)
def test_fix_encoding_agrees_with_ftfy_golden(text):
    import ftfy

    assert mojibake.fix_encoding(text) == ftfy.fix_encoding(text)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(["café", "“Düsseldorf”", "Привіт", "straße", "x", " ", "?",
                                 "\x9d", "\xa0", "€5", "Łódź", "αλήθεια", "ﬁ", "😀", "\ufffd",
                                 "a long plain ascii stretch of text"]),
                max_size=10).map(" ".join),
       st.sampled_from(["utf-8", "sloppy-windows-1252", "latin-1", "sloppy-windows-1251",
                        "sloppy-windows-1250", "macroman", "cp437", "double"]),
       st.booleans())
def test_fix_encoding_agrees_with_ftfy(text, codec, lose_nbsp):
    import ftfy

    damaged = _damage(text, codec) if codec in ("double", "latin-1") else \
        text.encode("utf-8").decode(codec, "replace")
    if lose_nbsp:
        damaged = damaged.replace("\xa0", " ")
    assert mojibake.fix_encoding(damaged) == ftfy.fix_encoding(damaged)


def test_the_pinned_ftfy_has_the_steps_fix_encoding_was_checked_against():
    assert mojibake._steps() is not None  # else fix_encoding silently falls back to ftfy's


def test_every_badness_alternative_holds_a_spot_is_bad_searches_around():
    """is_bad searches only around two adjacent non-ASCII characters or a _BAD_ALONE one:
    each alternative of ftfy's pattern must hold two mandatory non-ASCII classes side by side
    or a class made of _BAD_ALONE characters only."""
    try:
        from re import _constants as c
        from re import _parser as parser
    except ImportError:  # Python < 3.11
        import sre_constants as c
        import sre_parse as parser

    from ftfy.badness import BADNESS_RE

    one_of = re.compile(f"[{mojibake._BAD_ALONE}]").fullmatch
    alone = {chr(o) for o in range(0x3000) if one_of(chr(o))}

    def chars(item) -> set[str] | None:  # the characters one mandatory element takes
        op, av = item
        if op == c.LITERAL:
            return {chr(av)}
        if op != c.IN:
            return None
        out: set[str] = set()
        for o, a in av:
            if o == c.LITERAL:
                out.add(chr(a))
            elif o == c.RANGE:
                out.update(map(chr, range(a[0], a[1] + 1)))
            else:  # \s, \w, a negated class: may be ASCII
                return None
        return out

    (branch, (_, alternatives)), = parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags).data
    assert branch == c.BRANCH and len(alternatives) > 30
    for alt in alternatives:
        sets = [chars(item) for item in alt]
        wide = [s is not None and min(map(ord, s)) > 0x7F for s in sets]
        assert any(a and b for a, b in zip(wide, wide[1:])) or any(
            s is not None and s <= alone for s in sets), alt


@pytest.mark.parametrize("text", ["Überzeugung über ältere Straße", "naïve café “quoted”",
                                  "Kyiv — «НАТО»", "œuvre", "œ.", "a Ø\xa0Ø\xa0b", "x\x9dy",
                                  "xÃ ", "xÂ ", "ÃƒÂ©"])
def test_is_bad_spots_golden(text):
    from ftfy.badness import BADNESS_RE

    assert mojibake.is_bad(text) == bool(BADNESS_RE.search(text))


# -- the damage screen: a line it clears is one the repair leaves as it is ------------------

_SCREEN_PIECES = ["café", "“Düsseldorf”", "Привіт", "x", " ", "\r", "\t", "\x00", "\x1b[31m",
                  "\x9d", "\xa0", "Ã\xa0", "Â", "\ufffd", "\ud800", "€5", "Ð", "Р’", "ß", "é"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_SCREEN_PIECES), max_size=10).map("".join),
       st.sampled_from(["utf-8", "sloppy-windows-1252", "sloppy-windows-1251"]))
def test_a_line_the_screen_clears_is_left_unchanged(text, codec):
    import ftfy

    line = text if codec == "utf-8" else \
        text.encode("utf-8", "surrogatepass").decode(codec, "replace")
    hint = mojibake._hint()
    if not line.isascii() and not mojibake._damaged(line, hint):  # (ASCII lines: never read)
        assert mojibake._repair(line, ftfy, mojibake._config()) == line
    if mojibake._damaged(line, hint):  # the line scan finds every line the screen passes
        assert [ln for _, ln in mojibake._suspect_lines(line + "\nplain")] == [line]


@pytest.mark.parametrize("line", ["Kyiv café\r", "a\ufffd b é", "naïve\x00", "café\t"])
def test_screen_clears_controls_and_replacement_characters_ftfy_leaves(line):
    # negative cases for the repair: CR, a NUL, tab, U+FFFD (ftfy acts on none of them)
    import ftfy

    assert mojibake._repair(line, ftfy, mojibake._config()) == line
    assert not mojibake._damaged(line, mojibake._hint())
