"""Rule `homoglyph`: fold look-alike letters of another script inside a word to its script.

Machine translation and copy-paste leave Cyrillic or Greek letters inside Latin words and
acronyms ("NАТO" with Cyrillic А and Т), and the reverse. A letter run that mixes scripts is
folded to the script it can be written in entirely; when both are possible, to the script
with more letters in the run, then to the script of its line. Words written in one script are
never touched, so real Cyrillic or Greek text is safe. Only lines holding both Latin and
Cyrillic/Greek letters are looked at.

>>> [(c.original, c.replacement) for c in fold_homoglyphs("The NАТO liaison and Київ")]
[('NАТO', 'NATO')]
>>> [c.replacement for c in fold_homoglyphs("Президент Ukrаine у Kиєві")]
['Ukraine', 'Києві']
>>> fold_homoglyphs("Москва and Athens (Αθήνα)")
[]
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from transforms.data import read_data
from transforms.textedit import Change, lines_matching

KIND = "homoglyph"
LATIN, CYRILLIC, GREEK = "latin", "cyrillic", "greek"
_HAS_LATIN = re.compile(r"[A-Za-z]")
_HAS_OTHER = re.compile(r"[\u0370-\u03ff\u0400-\u052f\u1f00-\u1fff]")
_LETTER_RUN = re.compile(r"[^\W\d_]{2,}")


def script_of(ch: str) -> str | None:
    """latin / cyrillic / greek for a letter, None for anything else."""
    o = ord(ch)
    if o < 128:
        return LATIN if ch.isalpha() else None
    if 0x400 <= o <= 0x52F:
        return CYRILLIC
    if 0x370 <= o <= 0x3FF or 0x1F00 <= o <= 0x1FFF:
        return GREEK
    if ch.isalpha() and (0xC0 <= o <= 0x24F or 0x1E00 <= o <= 0x1EFF):
        return LATIN
    return None


@dataclass(frozen=True)
class Tables:
    to_latin: dict[str, str]  # Cyrillic/Greek look-alike -> ASCII letter
    from_latin: dict[str, dict[str, str]]  # script -> ASCII letter -> look-alike


@lru_cache(maxsize=1)
def tables() -> Tables:
    """Look-alike tables built once from the confusables data and data/homoglyphs.toml."""
    import confusable_homoglyphs

    spec = tomllib.loads(
        read_data("homoglyphs.toml"))
    data = json.loads(
        resources.files(confusable_homoglyphs).joinpath("confusables.json").read_text("utf-8"))
    exclude = set(spec["exclude"])
    to_latin: dict[str, str] = {}
    for ch, glyphs in data.items():
        if len(ch) != 1 or ch in exclude or script_of(ch) not in (CYRILLIC, GREEK):
            continue
        ascii_glyphs = sorted(g["c"] for g in glyphs if len(g["c"]) == 1
                              and g["c"].isascii() and g["c"].isalpha())
        if ascii_glyphs:
            to_latin[ch] = ascii_glyphs[0]
    to_latin.update(spec["to_latin"])
    from_latin: dict[str, dict[str, str]] = {CYRILLIC: {}, GREEK: {}}
    for script, preferred in spec["from_latin_prefer"].items():
        for ch in preferred:
            if ch in to_latin:
                from_latin[script].setdefault(to_latin[ch], ch)
    return Tables(to_latin, from_latin)


def _fold(run: str, target: str, t: Tables) -> str | None:
    """``run`` written entirely in ``target`` script, or None when a letter has no look-alike."""
    out = []
    for ch in run:
        s = script_of(ch)
        if s == target or s is None:
            out.append(ch)
        elif target == LATIN:
            if ch not in t.to_latin:
                return None
            out.append(t.to_latin[ch])
        else:
            if s != LATIN or ch not in t.from_latin[target]:
                return None
            out.append(t.from_latin[target][ch])
    return "".join(out)


_NON_ASCII_LETTER = re.compile(r"[^\x00-\x7f\W\d_]")


def _non_ascii_runs(line: str):
    """The ``_LETTER_RUN`` matches of ``line`` that hold a non-ASCII letter, in order (a run of
    ASCII letters is written in one script). A mostly-ASCII line is searched from its few
    non-ASCII letters rather than run by run."""
    if len(line.encode("utf-8")) - len(line) > len(line) // 8:  # many non-ASCII characters
        for m in _LETTER_RUN.finditer(line):
            if not m.group().isascii():
                yield m
        return
    end = 0
    for hit in _NON_ASCII_LETTER.finditer(line):
        start = hit.start()
        if start < end:
            continue  # inside the run just yielded
        while start > 0 and line[start - 1].isalnum() and not line[start - 1].isdecimal():
            start -= 1  # back to the start of the run ([^\W\d_]: alphanumeric, not a digit)
        m = _LETTER_RUN.match(line, start)
        if m is None:  # a lone letter
            end = hit.end()
            continue
        end = m.end()
        yield m


@lru_cache(maxsize=1)
def _script_sets() -> tuple[frozenset[str], ...]:
    """The letters :func:`script_of` calls latin, cyrillic, greek (it names no others)."""
    chars = [chr(o) for r in ((0, 0x250), (0x370, 0x530), (0x1E00, 0x2000)) for o in range(*r)]
    return tuple(frozenset(ch for ch in chars if script_of(ch) == s)
                 for s in (LATIN, CYRILLIC, GREEK))


def _single_script(run: str) -> bool:
    """True when the letters of ``run`` belong to at most one of the three scripts."""
    chars = set(run)
    return sum(not chars.isdisjoint(s) for s in _script_sets()) < 2


def _line_script(line: str) -> str:
    counts = {LATIN: 0, CYRILLIC: 0, GREEK: 0}
    for ch in line:
        s = script_of(ch)
        if s:
            counts[s] += 1
    return max(counts, key=lambda k: counts[k])


def fold_homoglyphs(text: str) -> list[Change]:
    """Propose folding mixed-script letter runs to one script (kind ``homoglyph``)."""
    if text.isascii() or not _HAS_OTHER.search(text):
        return []
    t = tables()
    changes: list[Change] = []
    for pos, line in _lines_with_other(text):
        if _HAS_LATIN.search(line):
            line_script: str | None = None
            for m in _non_ascii_runs(line):
                run = m.group()
                if _single_script(run):
                    continue
                counts: dict[str, int] = {}
                for ch in run:
                    s = script_of(ch)
                    if s:
                        counts[s] = counts.get(s, 0) + 1
                if len(counts) < 2:
                    continue
                options = {s: f for s in counts if (f := _fold(run, s, t)) is not None}
                if not options:
                    continue
                if len(options) > 1:
                    best = max(options, key=lambda s: counts[s])
                    tied = [s for s in options if counts[s] == counts[best]]
                    if len(tied) > 1:
                        line_script = line_script or _line_script(line)
                        best = line_script if line_script in tied else sorted(tied)[0]
                    folded = options[best]
                else:
                    folded = next(iter(options.values()))
                changes.append(Change(KIND, pos + m.start(), pos + m.end(), run, folded))
    return changes


def _lines_with_other(text: str):
    """(offset, line) of the lines of ``text`` holding a Cyrillic or Greek letter."""
    return lines_matching(text, _HAS_OTHER)
