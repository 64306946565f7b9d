"""Language identification: Unicode script first, a word-frequency check next, langdetect last.

Each stage decides only when its evidence is enough, otherwise it hands on (cheapest first):

1. **script** — Greek, Hebrew, Hangul, Thai … name one language; kana → ja, Han only → zh;
   Cyrillic and Arabic letters narrow the candidates (є ї → uk, ў → be, ы э ё → ru/be,
   ѓ ќ ѕ → mk, پ گ → fa …);
2. **words** — a naive-Bayes check over wordfreq's most frequent words of the candidates;
3. **langdetect** — seeded (deterministic), on a bounded sample, its prior restricted to the
   candidates, only when the word check is ambiguous; a short text needs both to agree.

Thin or conflicting evidence gives ``'und'``, never a guess. Thresholds, candidates and
distinctive letters are data (``data/language.toml``).

For a document and its paragraphs (:func:`detect_document_languages`) the order is:

1. every paragraph is *read* once: its scanned opening, its letters per script (all the
   paragraphs' scripts are counted in one numpy pass) and its dominant script;
2. the document's reading is assembled from its paragraphs' where they line up in its
   opening with whitespace between them (script counts add up, words never span
   whitespace: the same counts and words as reading the opening itself);
3. the word scores of the document and of its paragraphs in the document's script are
   computed together, in one pass;
4. the document is identified by the three stages above;
5. a paragraph in the document's script whose word check agrees with the document's
   language (margin ``inherit_margin``) takes it (method ``'document'``) — no langdetect;
6. any other paragraph — another script, another language, too short — is identified on its
   own by the three stages (its word scores are reused, not recomputed);
7. when most of the letters are in paragraphs of another language, the document takes it.

Every step reads the text through cheap shortcuts that give exactly what the plain rule gives
(``tests/transforms/test_language_fast.py`` compares them): URLs, mails and hashtags are
removed only when ``@ # :// www.`` occur; an ASCII text counts letters and splits words with
``str`` methods; other texts count scripts through a table of every code point (built from
the ``regex`` module's properties) and find words with a letter class compiled for ``re`` —
one ``findall`` when all the text's letters are of the script, otherwise a filter, or the
``regex`` rule itself when a character outside the BMP or a script sign that is no letter
(Ⅳ, ҂) could make them differ. Word scores are a sparse table of (language, log frequency)
entries per word; each language's entries are summed by ``bincount`` in token order, the
very floats of the token-by-token loop. The rounded posterior of a language far ahead of
the others is 1.0 without summing over every language.

>>> identify_language("The talks in Geneva were described as constructive by both delegations.")
LanguageGuess(language='en', confidence=..., method='words', script='Latin')
>>> [identify_language(t).language for t in ("Ціни зростають четвертий місяць", "交渉再開へ")]
['uk', 'ja']
>>> detect_language("ok")
('und', 0.0)
"""

from __future__ import annotations

import math
import re
import tomllib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import repeat
from typing import TYPE_CHECKING

import regex

from transforms.data import read_data

if TYPE_CHECKING:
    import numpy as np

UNDETERMINED = "und"
SAMPLE_CHARS = 600  # kept for callers of detect_language(sample_chars=...)
_SCAN_CHARS = 3000  # scripts and words are read from at most this much of a text

_SCRIPTS = (
    "Latin", "Cyrillic", "Greek", "Arabic", "Hebrew", "Han", "Hiragana", "Katakana", "Hangul",
    "Thai", "Georgian", "Armenian", "Devanagari", "Bengali", "Tamil", "Telugu", "Kannada",
    "Malayalam", "Gujarati", "Gurmukhi", "Sinhala", "Khmer", "Lao", "Myanmar", "Ethiopic",
    "Tibetan",
)
_SCRIPT_RUNS = regex.compile("|".join(f"(?P<{s}>\\p{{Script={s}}}+)" for s in _SCRIPTS))
_CJK = ("Han", "Hiragana", "Katakana", "Hangul")
_NOISE = regex.compile(r"https?://\S+|www\.\S+|\S+@\S+|[#@]\w+")
_ASCII_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_ASCII_WORDS = str.maketrans({chr(i): " " for i in range(128) if not chr(i).isalpha()})


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    """A language (ISO 639-1 or 'und'), its confidence (0-1), the stage that decided it and
    the dominant script of the text."""

    language: str
    confidence: float
    method: str  # script | letters | words | langdetect | document | too_short | unsure
    script: str | None = None


@dataclass(frozen=True, slots=True)
class DocumentLanguages:
    """Languages of one document and of each of its paragraphs (same order as given)."""

    document: LanguageGuess
    paragraphs: tuple[LanguageGuess, ...]


@lru_cache(maxsize=1)
def _config() -> dict:
    raw = read_data("language.toml")
    return tomllib.loads(raw)


def _t(name: str) -> float:
    return _config()["thresholds"][name]


# -- Unicode tables (built once from the `regex` module's own properties) ---------------------
def _code_points() -> tuple[str, np.ndarray]:
    """Every code point but the surrogates, as one string, and the code point of each
    position of that string (used once, to build the table: ~13 MB not kept)."""
    import numpy as np

    points = np.concatenate([np.arange(0xD800), np.arange(0xE000, 0x110000)])
    return points.astype("<u4").tobytes().decode("utf-32-le"), points


# Character classes: 1..N a letter of script i of _SCRIPTS (N = 26), N+1..2N another character
# of that script (a Roman numeral, Cyrillic ҂ …), 2N+1 a letter of no listed script, 0 any
# other character; plus _ASTRAL outside the Basic Multilingual Plane.
_N = len(_SCRIPTS)
_OTHER_LETTER = 2 * _N + 1
_ASTRAL = 64


@cache
def _char_classes() -> np.ndarray:
    """The class of every code point (uint8), from the ``regex`` module's own properties."""
    import numpy as np

    text, points = _code_points()
    script = np.zeros(0x110000, np.uint8)
    index = {s: i + 1 for i, s in enumerate(_SCRIPTS)}
    for m in _SCRIPT_RUNS.finditer(text):
        script[points[m.start():m.end()]] = index[m.lastgroup]
    letter = np.zeros(0x110000, bool)
    for m in regex.finditer(r"\p{L}+", text):
        letter[points[m.start():m.end()]] = True
    classes = np.where(script == 0, np.where(letter, _OTHER_LETTER, 0),
                       np.where(letter, script, script + _N)).astype(np.uint8)
    classes[0x10000:] += _ASTRAL
    return classes


def _ranges(points: np.ndarray) -> str:
    """A character class body (``a-z…``) for the sorted code points ``points``."""
    import numpy as np

    if not len(points):
        return ""
    breaks = np.flatnonzero(np.diff(points) != 1)
    starts = np.concatenate([points[:1], points[breaks + 1]])
    ends = np.concatenate([points[breaks], points[-1:]])
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
                   for a, b in zip(starts.tolist(), ends.tolist(), strict=True))


@dataclass(frozen=True)
class _WordFinder:
    """Words of one script with ``re`` instead of ``regex`` (see :func:`_tokens`)."""

    letter_runs: re.Pattern  # runs of letters (\\p{L}) of the Basic Multilingual Plane
    members: frozenset[str]  # the letters of the script
    unsafe: re.Pattern  # a character for which the shortcut could differ from the rule


@cache
def _word_finder(script: str) -> _WordFinder:
    import numpy as np

    classes = _char_classes()
    bmp = classes[:0x10000]
    i = _SCRIPTS.index(script) + 1
    letters = np.flatnonzero(((bmp >= 1) & (bmp <= _N)) | (bmp == _OTHER_LETTER))
    members = frozenset(map(chr, np.flatnonzero(bmp == i).tolist()))
    signs = np.flatnonzero(bmp == i + _N)  # e.g. Roman numerals, Cyrillic ҂
    return _WordFinder(re.compile(f"[{_ranges(letters)}]+"), members,
                       re.compile(f"[{_ranges(signs)}\U00010000-\U0010ffff]"))


@cache
def _script_word(script: str) -> regex.Pattern:
    # words written wholly in one script (a token mixing scripts is a homoglyph, not a word)
    return regex.compile(f"(?<!\\p{{L}})\\p{{Script={script}}}+(?!\\p{{L}})")


# -- stage 1: scripts ------------------------------------------------------------------------
def script_profile(text: str) -> Counter:
    """Letters per Unicode script (Latin, Cyrillic, Han …) in ``text``.

    >>> dict(script_profile("NАТO talks"))
    {'Latin': 7, 'Cyrillic': 2}
    """
    return _profiles([text])[0][0]


def _profiles(texts: Sequence[str]) -> list[tuple[Counter, bool]]:
    """For each text: characters per script (letters and other signs of the script, as the
    ``regex`` runs of ``\\p{Script=…}`` count them) and whether it is *plain* — letters of one
    script at most, no sign of a script, nothing outside the BMP (see :func:`_tokens`).
    Every text that is not ASCII is counted in one numpy pass."""
    out: list[tuple[Counter, bool] | None] = []
    rest = []
    for text in texts:
        if text.isascii():
            data = text.encode("ascii")
            n = len(data) - len(data.translate(None, _ASCII_LETTERS))
            profile = Counter()
            if n:
                profile["Latin"] = n
            out.append((profile, True))
        else:
            out.append(None)
            rest.append(text)
    if not rest:
        return out
    import numpy as np

    m = len(rest)
    points = np.frombuffer("".join(rest).encode("utf-32-le", "surrogatepass"), "<u4")
    classes = _char_classes()[points].astype(np.intp)
    classes += np.repeat(np.arange(0, 128 * m, 128), [len(t) for t in rest])
    counts = np.bincount(classes, None, 128 * m).reshape(m, 128)
    astral = counts[:, _ASTRAL:].sum(axis=1)
    counts = counts[:, :_ASTRAL] + counts[:, _ASTRAL:]
    letters, signs = counts[:, 1:_N + 1], counts[:, _N + 1:2 * _N + 1]
    per_script = (letters + signs).tolist()
    plain = ((astral == 0) & (signs.sum(axis=1) == 0)
             & ((letters > 0).sum(axis=1) + (counts[:, _OTHER_LETTER] > 0) <= 1)).tolist()
    k = 0
    for i, got in enumerate(out):
        if got is None:
            profile = Counter()
            for j, n in enumerate(per_script[k]):
                if n:
                    profile[_SCRIPTS[j]] = n
            out[i] = (profile, plain[k])
            k += 1
    return out


def _dominant(profile: Counter) -> str | None:
    """Dominant script; Han, kana and Hangul count together as 'CJK'."""
    if not profile:
        return None
    if len(profile) == 1:
        (script,) = profile
        return "CJK" if script in _CJK else script
    grouped = Counter({k: v for k, v in profile.items() if k not in _CJK})
    cjk = sum(profile[k] for k in _CJK)
    if cjk:
        grouped["CJK"] = cjk * 2  # one CJK character carries about two letters of text
    return max(sorted(grouped), key=grouped.__getitem__)


def _cjk_language(profile: Counter) -> tuple[str, float]:
    hangul, han = profile["Hangul"], profile["Han"]
    kana = profile["Hiragana"] + profile["Katakana"]
    total = hangul + han + kana
    if total < _t("min_cjk_chars"):
        return UNDETERMINED, 0.0
    if hangul >= 0.3 * total:
        return "ko", round(min(0.999, 0.9 + hangul / total / 10), 4)
    if kana >= max(1, 0.05 * (han + kana)):
        return "ja", round(min(0.999, 0.9 + kana / (han + kana) / 5), 4)
    return "zh", 0.99 if han >= 10 else 0.95


def _cyrillic_candidates(text: str, candidates: tuple[str, ...]) -> tuple[str, ...]:
    """Cyrillic candidates left after removing languages that lack a letter seen in text."""
    spec = _config()["cyrillic_letters"]
    letters = {ch: n for ch, n in Counter(text.lower()).items() if "\u0400" <= ch <= "\u04ff"}
    total = sum(letters.values())
    allowed = set(candidates)
    for letter, n in letters.items():
        langs = spec.get(letter)
        if langs and n >= spec["min_share"] * total:
            allowed &= set(langs)
    if not allowed:  # contradictory letters (mixed text): let the later stages decide
        return candidates
    return tuple(c for c in candidates if c in allowed)


def _arabic_language(text: str) -> str:
    spec = _config()["arabic_letters"]
    if not set(spec["ur"]).isdisjoint(text):
        return "ur"
    if not set(spec["fa"]).isdisjoint(text):
        return "fa"
    return "ar"


# -- stage 2: words --------------------------------------------------------------------------
@dataclass(frozen=True)
class _Lexicon:
    """Top words of each language of a script as a sparse table: word ``rows[word]`` (row 0:
    a word in no list) has the entries ``start[row]:start[row + 1]``, each a language
    (``column``) and the word's log10 frequency in it minus ``word_floor`` (``gain``)."""

    languages: tuple[str, ...]  # ISO codes, index = column
    rows: dict[str, int]
    start: np.ndarray  # intp [words + 2]
    column: np.ndarray  # intp [entries]
    gain: np.ndarray  # float64 [entries]


@cache
def _lexicon(script: str) -> _Lexicon:
    """Top words of each lexicon language of ``script`` (wordfreq 'small' lists, read once)."""
    import numpy as np
    import wordfreq

    paths = wordfreq.available_languages("small")
    codes = _config()["script_candidates"][script]["lexicon"]
    rename = _config()["lexicon_code"]
    limit = int(_t("words_per_language"))
    floor = _t("word_floor")
    rows: dict[str, int] = {}
    cells: list[tuple[int, int, int]] = []  # (row, language, bucket)
    for li, code in enumerate(codes):
        taken = 0
        for bucket, words in enumerate(wordfreq.read_cBpack(paths[code])):
            for w in words:
                if w.isalpha():
                    cells.append((rows.setdefault(w, len(rows) + 1), li, bucket))
                    taken += 1
            if taken >= limit:
                break
    cells.sort()
    row, column, bucket = (np.array(x, np.intp) for x in zip(*cells, strict=True))
    start = np.concatenate([[0], np.cumsum(np.bincount(row, minlength=len(rows) + 2))])
    # the very float the per-token sum adds: log10 f (= -bucket / 100) minus the floor
    gains = np.array([-b / 100 - floor for b in range(int(bucket.max()) + 1)])
    return _Lexicon(tuple(rename.get(c, c) for c in codes), rows, start[:-1], column,
                    gains[bucket])


class _RawScore:
    """Per lexicon language (column order): the summed gain over the tokens and (counted on
    first use) how many of the tokens it knows."""

    __slots__ = ("gain", "order", "known", "tokens", "_rows", "_script", "_hits")

    def __init__(self, gain: list[float], order: list[int], known: int, rows: np.ndarray,
                 script: str, hits: list[int] | None = None) -> None:
        self.gain = gain
        self.order = order  # every column by gain, best first (ties by language code)
        self.known = known  # tokens known in at least one language
        self.tokens = len(rows)
        self._rows, self._script, self._hits = rows, script, hits

    def hits(self) -> list[int]:
        if self._hits is None:
            import numpy as np

            lex = _lexicon(self._script)
            rows = self._rows[self._rows != 0]
            entry = _entries(lex, rows)[0]
            self._hits = np.bincount(lex.column[entry], None, len(lex.languages)).tolist()
        return self._hits


@cache
def _code_order(script: str) -> np.ndarray:
    """Rank of each lexicon language's code in alphabetical order (ties of gain go by it)."""
    import numpy as np

    languages = _lexicon(script).languages
    return np.array([sorted(languages).index(lang) for lang in languages])


def _entries(lex: _Lexicon, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The lexicon entries of the words ``rows`` (none 0), word after word, and how many
    each word has."""
    import numpy as np

    first = lex.start[rows]
    count = lex.start[rows + 1] - first
    # entries of word i are first[i] .. first[i] + count[i] - 1
    return np.arange(int(count.sum())) - np.repeat(np.cumsum(count) - count - first, count), count


def _score(readings: Sequence[_Reading]) -> None:
    """Word scores of readings in one script, all in one pass: each reading's ``raw``.

    Each language's gain is summed over the reading's tokens in text order: ``bincount``
    adds its weights one by one in index order, so every total is the very float that a
    loop over the tokens gives (``tests/transforms/test_language_fast.py`` checks it)."""
    import numpy as np

    script = readings[0].script
    lex = _lexicon(script)
    n, m = len(lex.languages), len(readings)
    parts = [r.rows() for r in readings]
    rows = np.concatenate(parts)
    seg = np.repeat(np.arange(m), [len(x) for x in parts])
    known = rows != 0
    rows, seg = rows[known], seg[known]
    entry, count = _entries(lex, rows)
    bins = np.repeat(seg, count) * n + lex.column[entry]
    gain = np.bincount(bins, lex.gain[entry], m * n).reshape(m, n)
    order = np.lexsort((np.broadcast_to(_code_order(script), (m, n)), -gain)).tolist()
    gain = gain.tolist()
    known_n = np.bincount(seg, None, m).tolist()
    # the first reading (the document, when there is one) always asks how many tokens are known
    first = entry[: int(count[: known_n[0]].sum())]
    hits = np.bincount(lex.column[first], None, n).tolist()
    for i, r in enumerate(readings):
        r._raw = _RawScore(gain[i], order[i], known_n[i], parts[i], script,
                           hits if i == 0 else None)


class _WordScore:
    """The word check among the allowed languages: their gains, best first."""

    __slots__ = ("order", "raw", "languages", "columns")

    def __init__(self, order: list[int], raw: _RawScore, languages: tuple[str, ...],
                 columns: dict[str, int]) -> None:
        self.order = order  # columns of the allowed languages, best first (ties by code)
        self.raw = raw
        self.languages = languages  # of the lexicon, by column
        self.columns = columns  # allowed language -> column

    @property
    def known(self) -> int:
        return self.raw.known

    @property
    def ranking(self) -> tuple[tuple[str, float], ...]:
        """(language, log10 likelihood gain), best first."""
        gain, languages = self.raw.gain, self.languages
        return tuple((languages[i], gain[i]) for i in self.order)

    @property
    def best(self) -> str | None:
        return self.languages[self.order[0]] if self.order and self.raw.known else None

    @property
    def margin(self) -> float:
        if len(self.order) < 2:
            return math.inf if self.raw.known else 0.0
        return self.raw.gain[self.order[0]] - self.raw.gain[self.order[1]]

    def coverage(self, language: str) -> float:
        """Share of the tokens found in the word list of ``language``."""
        return self.raw.hits()[self.columns[language]] / max(1, self.raw.tokens)

    def posterior(self, language: str) -> float:
        """Softened posterior of ``language`` (temperature 0.5 keeps it from saturating)."""
        if language not in self.columns:
            return 0.0
        ranking = self.ranking
        top = ranking[0][1]
        z = sum(10 ** (0.5 * (s - top)) for _, s in ranking)
        return 10 ** (0.5 * (self.raw.gain[self.columns[language]] - top)) / z

    def posterior4(self, language: str) -> float:
        """``round(posterior(language), 4)``. For the best language far ahead of all others
        that is 1.0 and needs no sum: with k runners-up each at most t = 10 ** (0.5 * (second
        - best)) behind, posterior = 1 / (1 + at most k * t) >= 0.99999 when k * t < 1e-5."""
        if language == self.best and len(self.order) > 1:
            t = 10 ** (-0.5 * self.margin)
            if (len(self.order) - 1) * t < 1e-5:
                return 1.0
        return round(self.posterior(language), 4)


@lru_cache(maxsize=256)
def _lexicon_candidates(script: str, candidates: tuple[str, ...]) -> tuple[str, ...]:
    languages = _lexicon(script).languages
    return tuple(c for c in candidates if c in languages)


@lru_cache(maxsize=256)
def _columns(script: str, allowed: tuple[str, ...]) -> tuple[dict[str, int], frozenset[int]]:
    """Column of each allowed language in the lexicon of ``script``, and the set of them."""
    columns = {lang: i for i, lang in enumerate(_lexicon(script).languages) if lang in allowed}
    return columns, frozenset(columns.values())


def _rank(raw: _RawScore, script: str, allowed: tuple[str, ...]) -> _WordScore:
    """The allowed languages by gain (best first; ties by code)."""
    languages = _lexicon(script).languages
    columns, kept = _columns(script, allowed)
    order = raw.order if len(kept) == len(languages) else [i for i in raw.order if i in kept]
    return _WordScore(order, raw, languages, columns)


def _tokens(text: str, script: str, plain: bool = False) -> list[str]:
    """Lower-cased words of ``text`` written wholly in ``script`` (at most
    ``word_sample_tokens``): maximal runs of the script's characters with no letter on either
    side — the ``_script_word`` rule. When every character of the script in the text is a
    letter of the BMP, those are exactly the maximal letter runs made only of the script's
    letters, which ``str`` methods (ASCII) or one ``re`` pattern find faster; in a *plain*
    text (:func:`_profiles`: its letters are all of ``script``) every letter run is one."""
    limit = int(_t("word_sample_tokens"))
    low = text.lower()
    if low.isascii():
        return low.translate(_ASCII_WORDS).split()[:limit] if script == "Latin" else []
    finder = _word_finder(script)
    if plain:
        return finder.letter_runs.findall(low)[:limit]
    if finder.unsafe.search(low):
        return _script_word(script).findall(low)[:limit]
    members = finder.members
    return [w for w in finder.letter_runs.findall(low) if members.issuperset(w)][:limit]


# -- stage 3: langdetect ---------------------------------------------------------------------
@lru_cache(maxsize=1)
def _factory():
    import langdetect.detector_factory as dfm
    from langdetect.detector_factory import DetectorFactory, init_factory

    init_factory()
    DetectorFactory.seed = 0  # langdetect is random without a seed; 0 makes it reproducible
    return dfm._factory


def _langdetect(sample: str, candidates: Sequence[str]) -> tuple[str | None, float]:
    """Best langdetect language among ``candidates`` and its probability."""
    factory = _factory()
    known = {"zh": ("zh-cn", "zh-tw")}
    prior = {code: 1.0 for c in candidates for code in known.get(c, (c,))
             if code in factory.langlist}
    if not prior:
        return None, 0.0
    try:
        detector = factory.create()
        detector.set_prior_map(prior)
        detector.append(sample)
        probs = detector.get_probabilities()
    except Exception:  # langdetect raises on featureless text
        return None, 0.0
    if not probs:
        return None, 0.0
    best = probs[0]
    return {"zh-cn": "zh", "zh-tw": "zh"}.get(best.lang, best.lang), best.prob


# -- decisions -------------------------------------------------------------------------------
class _Reading:
    """A text as the stages read it: its scanned opening, letters per script and dominant
    script; its words in that script (as rows of the lexicon) and their scores are read on
    first use, once."""

    __slots__ = ("scan", "profile", "script", "plain", "_parts", "_rows", "_raw")

    def __init__(self, scan: str, profile: Counter, script: str | None, plain: bool = False,
                 parts: tuple[list[_Reading], str] | None = None) -> None:
        self.scan, self.profile, self.script, self.plain = scan, profile, script, plain
        self._parts = parts  # (readings, tail) that ``scan`` is made of, whitespace between
        self._rows: np.ndarray | None = None
        self._raw: _RawScore | None = None

    def rows(self) -> np.ndarray:
        """Lexicon rows of ``_tokens(scan, script)``; for a document made of parts, the rows
        of their words, joined."""
        if self._rows is None:
            import numpy as np

            if self._parts is None:
                words = _tokens(self.scan, self.script, self.plain)
                self._rows = _lexicon_rows(words, self.script)
            else:
                limit = int(_t("word_sample_tokens"))
                parts, tail = self._parts
                rows, n = [], 0
                for part in parts:
                    rows.append(part.rows() if part.script == self.script else _lexicon_rows(
                        _tokens(part.scan, self.script), self.script))
                    n += len(rows[-1])
                    if n >= limit:
                        break
                else:
                    rows.append(_lexicon_rows(_tokens(tail, self.script), self.script))
                self._rows = np.concatenate(rows)[:limit] if rows else _lexicon_rows(
                    [], self.script)
        return self._rows

    def raw(self) -> _RawScore:
        if self._raw is None:
            _score([self])
        return self._raw


def _lexicon_rows(words: list[str], script: str) -> np.ndarray:
    import numpy as np

    get = _lexicon(script).rows.get
    return np.fromiter(map(get, words, repeat(0)), np.intp, len(words))


def _noisy(head: str) -> bool:
    """Whether ``_NOISE`` can match: not without one of ``@ # :// www.``."""
    return "@" in head or "#" in head or "://" in head or "www." in head


def _scan(text: str) -> str:
    """The part of ``text`` the stages read: its opening, without URLs, mails and tags."""
    head = text[: _SCAN_CHARS + 200]
    if _noisy(head):
        return _NOISE.sub(" ", head)[:_SCAN_CHARS]
    return head[:_SCAN_CHARS]


def _read_all(texts: Sequence[str]) -> list[_Reading]:
    scans = [_scan(t) for t in texts]
    return [_Reading(scan, profile, _dominant(profile), plain)
            for scan, (profile, plain) in zip(scans, _profiles(scans), strict=True)]


def _read(text: str) -> _Reading:
    return _read_all([text])[0]


def _read_document(text: str, paragraphs: Sequence[str], readings: list[_Reading]
                   ) -> _Reading:
    """The reading ``_read(text)`` gives, assembled from the readings of the paragraphs that
    make up the scanned opening. Script counts add up and words never span whitespace, so
    this is exact where the paragraphs lie in the opening with only whitespace around them;
    the rest of the opening (the tail) is read on its own."""
    head = text[: _SCAN_CHARS + 200]
    if _noisy(head):
        return _read(text)
    scan = head[:_SCAN_CHARS]
    parts: list[_Reading] = []
    pos = 0
    for p, reading in zip(paragraphs, readings, strict=True):
        start = scan.find(p, pos) if p else -1
        end = start + len(p)
        if (start < 0 or (start > pos and not scan[pos:start].isspace())
                or (start and not scan[start - 1].isspace())
                or (end < len(scan) and not scan[end].isspace())):
            break
        parts.append(reading)
        pos = end
    tail = scan[pos:]
    profile = script_profile(tail)
    for part in parts:
        for script, n in part.profile.items():
            profile[script] += n
    return _Reading(scan, profile, _dominant(profile), parts=(parts, tail))


def _decide_multi(r: _Reading, letters: int, candidates: tuple[str, ...]) -> LanguageGuess:
    """Words, then langdetect, among several candidate languages of one script."""
    script = r.script
    lex_langs = set(_lexicon(script).languages) if _config()["script_candidates"][script][
        "lexicon"] else set()
    allowed = _lexicon_candidates(script, candidates) if lex_langs else ()
    short = letters < _t("short_letters")
    words = _rank(r.raw(), script, allowed) if allowed else None
    if words and words.best:
        margin_needed = _t("short_word_margin") if short else _t("word_margin")
        if (words.known >= _t("word_min_known") and words.margin >= margin_needed
                and words.coverage(words.best) >= _t("word_min_coverage")):
            return LanguageGuess(words.best, words.posterior4(words.best), "words",
                                 script)
    sample = r.scan[: int(_t("sample_chars"))]
    ld, prob = _langdetect(sample, candidates)
    if ld is None:
        return LanguageGuess(UNDETERMINED, 0.0, "unsure", script)
    agree = words is not None and words.best == ld
    if agree:
        # round() keeps order, so round(max(a, b), 4) == max(round(a, 4), round(b, 4))
        conf = max(round(prob, 4), words.posterior4(ld))
        return LanguageGuess(ld, conf, "langdetect", script)
    if short:
        # short and disputed: langdetect alone is often sure and wrong on a few words
        only_ld = words is None or words.known == 0
        if only_ld and prob >= _t("short_langdetect_prob") and ld not in lex_langs:
            return LanguageGuess(ld, round(prob, 4), "langdetect", script)
        return LanguageGuess(UNDETERMINED, round(prob, 4), "unsure", script)
    if prob >= _t("langdetect_min_prob"):
        return LanguageGuess(ld, round(prob, 4), "langdetect", script)
    return LanguageGuess(UNDETERMINED, round(prob, 4), "unsure", script)


def _identify(r: _Reading) -> LanguageGuess:
    script, profile = r.script, r.profile
    if script is None:
        return LanguageGuess(UNDETERMINED, 0.0, "too_short", None)
    if script == "CJK":
        lang, conf = _cjk_language(profile)
        method = "script" if lang != UNDETERMINED else "too_short"
        return LanguageGuess(lang, conf, method, script)
    letters = profile[script]
    if letters < _t("min_letters"):
        return LanguageGuess(UNDETERMINED, 0.0, "too_short", script)
    single = _config()["script_language"].get(script)
    if single:
        return LanguageGuess(single, 0.99, "script", script)
    if script == "Arabic":
        return LanguageGuess(_arabic_language(r.scan), 0.95, "letters", script)
    spec = _config()["script_candidates"].get(script)
    if spec is None:  # a script we hold no rule for: langdetect over all its languages
        ld, prob = _langdetect(r.scan[: int(_t("sample_chars"))], _factory().langlist)
        if ld and prob >= _t("langdetect_min_prob"):
            return LanguageGuess(ld, round(prob, 4), "langdetect", script)
        return LanguageGuess(UNDETERMINED, round(prob, 4), "unsure", script)
    candidates = tuple(spec["languages"])
    if script == "Cyrillic":
        candidates = _cyrillic_candidates(r.scan, candidates)
        if len(candidates) == 1:
            conf = 0.99 if letters >= 40 else 0.95
            return LanguageGuess(candidates[0], conf, "letters", script)
    return _decide_multi(r, letters, candidates)


def identify_language(text: str) -> LanguageGuess:
    """Language of ``text`` (reads at most a few thousand characters); never raises."""
    return _identify(_read(text))


def detect_language(text: str, sample_chars: int = SAMPLE_CHARS) -> tuple[str, float]:
    """(ISO 639-1 code or 'und', confidence) for ``text``; deterministic.

    >>> detect_language("Le gouvernement a présenté mardi un nouveau plan pour les hôpitaux.")
    ('fr', ...)
    """
    guess = identify_language(text)
    return guess.language, guess.confidence


def _paragraph_language(r: _Reading, document: LanguageGuess) -> LanguageGuess:
    script, lang = r.script, document.language
    if (script is not None and script == document.script and lang != UNDETERMINED
            and script in _config()["script_candidates"] and script != "Arabic"
            and r.profile[script] >= _t("min_letters")):
        spec = _config()["script_candidates"][script]
        candidates = tuple(spec["languages"])
        if script == "Cyrillic":
            candidates = _cyrillic_candidates(r.scan, candidates)
        if lang in candidates and spec["lexicon"]:
            words = _rank(r.raw(), script, _lexicon_candidates(script, candidates))
            if words.best == lang and words.margin >= _t("inherit_margin"):
                conf = max(words.posterior4(lang), round(min(document.confidence, 0.99), 4))
                return LanguageGuess(lang, conf, "document", script)
    return _identify(r)


def detect_document_languages(text: str, paragraphs: Sequence[str]) -> DocumentLanguages:
    """Languages of a document and its paragraphs in one call.

    Paragraphs in the document's script whose word check agrees with the document language
    take it without calling langdetect; the others are identified on their own. When most of
    the letters are in paragraphs of another language than the opening sample suggested, the
    document takes that language.

    >>> res = detect_document_languages("x", ["The minister said the talks would continue "
    ...     "next week in Geneva.", "Переговоры продолжатся на следующей неделе в Женеве."])
    >>> [p.language for p in res.paragraphs]
    ['en', 'ru']
    """
    readings = _read_all(paragraphs)
    doc = _read_document(text, paragraphs, readings)
    script = doc.script
    if script in _config()["script_candidates"] and _config()["script_candidates"][script][
            "lexicon"]:  # the word scores of the document and its paragraphs in one pass
        least = _t("min_letters")
        batch = [r for r in readings if r.script == script and r.profile[script] >= least]
        _score([doc, *batch])
    document = _identify(doc)
    guesses = tuple(_paragraph_language(r, document) for r in readings)
    weight: Counter = Counter()
    for p, g in zip(paragraphs, guesses, strict=True):
        if g.language != UNDETERMINED:
            weight[g.language] += len(p)
    total = sum(weight.values())
    if total:
        top = max(sorted(weight), key=weight.__getitem__)
        if top != document.language and weight[top] >= 0.6 * total:
            confs = [g.confidence for g in guesses if g.language == top]
            document = LanguageGuess(top, round(sum(confs) / len(confs), 4), "document",
                                     next(g.script for g in guesses if g.language == top))
    return DocumentLanguages(document, guesses)
