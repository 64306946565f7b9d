"""Rule `glued_token`: put back the space machine output lost between two tokens.

* a word glued to a time, date, year or number: "Marchuk14:32" -> "Marchuk 14:32",
  "on Tuesday17 June" -> "Tuesday 17";
* a time, date or year glued to a word: "14:32Olena" -> "14:32 Olena", "2024and" -> "2024 and";
* sentences glued at a full stop: "said.The" -> "said. The", 'over.”The' -> 'over.” The';
* words glued at a comma: "talks,said" -> "talks, said".

Safe around URLs, e-mails and domains (never touched), abbreviations and initials ("U.S.",
"e.g."), decimals and versions ("2.5", "v1.2"), names with digits ("F16", "covid19", "G20")
and units ("10km", "5pm"). Each change replaces the two characters around the junction, so
the artefact row shows where the space went.

>>> from transforms.textedit import EditLog
>>> log = EditLog("By Olena Marchuk14:32. Talks ended.The U.S. team left,said one envoy.")
>>> log.apply(split_glued_tokens(log.text)); log.text
'By Olena Marchuk 14:32. Talks ended. The U.S. team left, said one envoy.'
>>> split_glued_tokens("See example.com/News.Today, version 2.5.1, F16 jets, 10km, e.g.The")
[]
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache

from transforms.data import read_data
from transforms.prose import inside, protected_spans
from transforms.textedit import Change

KIND = "glued_token"
_NUMBER = r"(?:\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d+(?:[.,]\d+)*)"
# a word (letters only, ending in lower case) immediately followed by a number: found at the
# letter/digit boundary, the word read backwards from there
_LETTER_DIGIT = re.compile(r"\d(?<=[a-z]\d)")  # the match starts at the junction
# a digit glued to a letter on either side: one scan serves _LETTER_DIGIT and _DIGIT_LETTER
_DIGIT_JUNCTION = re.compile(r"\d(?:(?<=[a-z]\d)|(?=[A-Za-z]))")
_WORD_BEFORE = re.compile(r"(?<![\w.@/#-])[A-Za-z]*[a-z]$")
_NUMBER_AFTER = re.compile(rf"{_NUMBER}(?![\w:/]|[.,]\d)")
# a time, date or 4-digit year followed by a word of 3+ letters, or any number followed by a
# lower-case word of 4+ letters ("12people"; units such as "10km", "5pm", "1990s" are shorter)
_NUMBER_WORD = re.compile(
    r"(?<![\w.:/])(\d{1,2}:\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|(?:1[89]|20)\d{2})"
    r"(?=([A-Z][a-z]{2,}|[a-z]{3,})\b)"
    r"|(?<![\w.:/])(\d+(?:[.,]\d+)*)(?=([a-z]{4,})\b)")
# sentence end glued to the next sentence: a word ending in lower case ("said", "Mr", "St")
# or a digit, then . ! ?,
# optionally a closing mark, then a capital followed by a lower-case letter
# (each pattern starts with the punctuation mark before the junction, so the scan skips from
# mark to mark; the junction is where the match ends)
_SENTENCE = re.compile(r"[.!?”\"»’](?:(?<=[A-Za-z][a-z][.!?])(?=[“\"«]?[A-Z][a-z])"
                       r"|(?<=[a-z0-9][.!?,][”\"»’])(?=[A-Z][a-z])|(?<=\d[.!?])(?=[A-Z][a-z]))")
_COMMA = re.compile(r",(?<=[a-z]{2},)(?=[a-z]{2,}\b)")
_DIGIT_LETTER = re.compile(r"\d(?=[A-Za-z])")  # every _NUMBER_WORD match ends at one
_PREV_WORD = re.compile(r"([A-Za-z]+)[.!?]$")


@lru_cache(maxsize=1)
def _spec() -> dict:
    raw = read_data("glued_tokens.toml")
    spec = tomllib.loads(raw)
    spec["keep"] = frozenset(spec["keep"])
    spec["abbreviations"] = frozenset(spec["abbreviations"])
    return spec


@lru_cache(maxsize=65536)
def _zipf(word: str) -> float:
    from transforms.lexicon import zipf_frequency

    return zipf_frequency(word, "en")


def _junction(text: str, p: int) -> Change:
    return Change(KIND, p - 1, p + 1, text[p - 1 : p + 1], text[p - 1] + " " + text[p])


def _token_at(text: str, start: int, end: int) -> str:
    """The whitespace-delimited token around text[start:end]."""
    a = start
    while a > 0 and not text[a - 1].isspace():
        a -= 1
    b = end
    while b < len(text) and not text[b].isspace():
        b += 1
    return text[a:b]


def _word_number_ok(text: str, word: str, end: int) -> bool:
    s = _spec()
    number = _NUMBER_AFTER.match(text, end)
    if number is None:
        return False
    joined = (word + number.group()).lower()
    if joined in s["keep"] or word.lower() in s["keep"]:
        return False
    is_name = word[0].isupper() and word[1:].islower() and len(word) >= s["min_name_chars"]
    if not is_name and not (word.islower() and _zipf(word) >= s["min_word_zipf"]):
        return False
    if is_name and len(number.group()) == 1:  # "Boeing7": a model name
        return False
    return _zipf(joined) < s["max_joined_zipf"]


def _number_words(text: str, junctions: list[int]):
    """``_NUMBER_WORD.finditer(text)``, without trying the pattern at every character.

    A match ends where a digit meets an ASCII letter (``junctions``: the positions of those
    letters, as _DIGIT_LETTER finds them), and starts inside the run of digits and ``. , : /``
    before that junction, so only those runs are tried, left to right.
    """
    pos = 0
    for j in junctions:
        r = j - 1
        while r > pos and (text[r - 1].isdecimal() or text[r - 1] in ".,:/"):
            r -= 1
        for start in range(max(r, pos), j):
            m = _NUMBER_WORD.match(text, start)
            if m:
                yield m
                pos = m.end()
                break


def split_glued_tokens(text: str) -> list[Change]:
    """Propose a space at each glued junction (kind ``glued_token``)."""
    spans: list[tuple[int, int]] | None = None

    def protected(p: int) -> bool:
        nonlocal spans
        if spans is None:
            spans = protected_spans(text)
        return inside(p, spans)

    s = _spec()
    points: list[int] = []
    letter_digit: list[int] = []  # _LETTER_DIGIT match starts
    digit_letter: list[int] = []  # _DIGIT_LETTER match ends
    for m in _DIGIT_JUNCTION.finditer(text):
        p = m.start()
        if p > 0 and "a" <= text[p - 1] <= "z":
            letter_digit.append(p)
        if p + 1 < len(text) and text[p + 1].isascii() and text[p + 1].isalpha():
            digit_letter.append(p + 1)
    for p in letter_digit:
        w = _WORD_BEFORE.search(text, max(0, p - 40), p)
        if w and not protected(p) and _word_number_ok(text, w.group(), p):
            points.append(p)
    for m in _number_words(text, digit_letter):
        w = m.group(2) or m.group(4)
        if protected(m.end()):
            continue
        if w[0].isupper() or _zipf(w.lower()) >= s["min_word_zipf"]:
            if _token_at(text, m.start(), m.end()).lower() not in s["keep"]:
                points.append(m.end())
    for m in _SENTENCE.finditer(text):
        p = m.end()
        if protected(p) or protected(p - 1):
            continue
        prev = _PREV_WORD.search(text, max(0, p - 30), p)
        if prev and prev.group(1).lower() in s["abbreviations"]:
            continue
        points.append(p)
    for m in _COMMA.finditer(text):
        if not protected(m.end()):
            points.append(m.end())
    points = sorted(set(points))
    changes: list[Change] = []
    for p in points:
        if changes and p - 1 < changes[-1].end:
            continue
        changes.append(_junction(text, p))
    return changes
