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

>>> identify_language("The talks in Geneva were described as constructive by both delegations.")
LanguageGuess(language='en', confidence=..., method='words', script='Latin')
>>> [identify_language(t).language for t in ("Ціни зростають четвертий місяць", "交渉再開へ")]
['uk', 'ja']
>>> detect_language("ok")
('und', 0.0)
"""

from __future__ import annotations

import math
import tomllib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from transforms.data import read_data

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
# words written wholly in one script (a token mixing scripts is a homoglyph, not a word)
_SCRIPT_WORD = {s: regex.compile(f"(?<!\\p{{L}})\\p{{Script={s}}}+(?!\\p{{L}})") for s in _SCRIPTS}


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


# -- stage 1: scripts ------------------------------------------------------------------------
def script_profile(text: str) -> Counter:
    """Letters per Unicode script (Latin, Cyrillic, Han …) in ``text``.

    >>> dict(script_profile("NАТO talks"))
    {'Latin': 7, 'Cyrillic': 2}
    """
    counts: Counter = Counter()
    for m in _SCRIPT_RUNS.finditer(text):
        counts[m.lastgroup] += m.end() - m.start()
    return counts


def _dominant(profile: Counter) -> str | None:
    """Dominant script; Han, kana and Hangul count together as 'CJK'."""
    if not profile:
        return None
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
    letters = Counter(ch for ch in text.lower() if "\u0400" <= ch <= "\u04ff")
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
    if any(ch in spec["ur"] for ch in text):
        return "ur"
    if any(ch in spec["fa"] for ch in text):
        return "fa"
    return "ar"


# -- stage 2: words --------------------------------------------------------------------------
@dataclass(frozen=True)
class _Lexicon:
    languages: tuple[str, ...]  # ISO codes, index = position
    index: dict[str, tuple[tuple[int, float], ...]]  # word -> ((language index, log10 f), ...)


@cache
def _lexicon(script: str) -> _Lexicon:
    """Top words of each lexicon language of ``script`` (wordfreq 'small' lists, read once)."""
    import wordfreq

    paths = wordfreq.available_languages("small")
    codes = _config()["script_candidates"][script]["lexicon"]
    rename = _config()["lexicon_code"]
    limit = int(_t("words_per_language"))
    index: dict[str, list[tuple[int, float]]] = {}
    languages = []
    for li, code in enumerate(codes):
        languages.append(rename.get(code, code))
        taken = 0
        for bucket, words in enumerate(wordfreq.read_cBpack(paths[code])):
            for w in words:
                if w.isalpha():
                    index.setdefault(w, []).append((li, -bucket / 100))
                    taken += 1
            if taken >= limit:
                break
    return _Lexicon(tuple(languages), {w: tuple(v) for w, v in index.items()})


@dataclass(frozen=True, slots=True)
class _WordScore:
    ranking: tuple[tuple[str, float], ...]  # (language, log10 likelihood gain), best first
    coverage: dict[str, float]
    known: int

    @property
    def best(self) -> str | None:
        return self.ranking[0][0] if self.ranking and self.known else None

    @property
    def margin(self) -> float:
        if len(self.ranking) < 2:
            return math.inf if self.known else 0.0
        return self.ranking[0][1] - self.ranking[1][1]

    def posterior(self, language: str) -> float:
        """Softened posterior of ``language`` (temperature 0.5 keeps it from saturating)."""
        scores = dict(self.ranking)
        if language not in scores:
            return 0.0
        top = self.ranking[0][1]
        z = sum(10 ** (0.5 * (s - top)) for s in scores.values())
        return 10 ** (0.5 * (scores[language] - top)) / z


@lru_cache(maxsize=256)
def _lexicon_candidates(script: str, candidates: tuple[str, ...]) -> tuple[str, ...]:
    languages = _lexicon(script).languages
    return tuple(c for c in candidates if c in languages)


def _word_score(tokens: list[str], script: str, allowed: Sequence[str]) -> _WordScore:
    lex = _lexicon(script)
    floor = _t("word_floor")
    n = len(lex.languages)
    gain = [0.0] * n
    hits = [0] * n
    known = 0
    for tok in tokens:
        entry = lex.index.get(tok)
        if entry is None:
            continue
        known += 1
        for li, logf in entry:
            gain[li] += logf - floor
            hits[li] += 1
    keep = [i for i, lang in enumerate(lex.languages) if lang in allowed]
    ranking = tuple(sorted(((lex.languages[i], gain[i]) for i in keep),
                           key=lambda x: (-x[1], x[0])))
    coverage = {lex.languages[i]: hits[i] / max(1, len(tokens)) for i in keep}
    return _WordScore(ranking, coverage, known)


def _tokens(text: str, script: str) -> list[str]:
    limit = int(_t("word_sample_tokens"))
    return _SCRIPT_WORD[script].findall(text.lower())[:limit]


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
def _decide_multi(text: str, script: str, letters: int, candidates: tuple[str, ...]
                  ) -> LanguageGuess:
    """Words, then langdetect, among several candidate languages of one script."""
    lex_langs = set(_lexicon(script).languages) if _config()["script_candidates"][script][
        "lexicon"] else set()
    allowed = _lexicon_candidates(script, candidates) if lex_langs else ()
    short = letters < _t("short_letters")
    words = _word_score(_tokens(text, script), script, allowed) if allowed else None
    if words and words.best:
        margin_needed = _t("short_word_margin") if short else _t("word_margin")
        if (words.known >= _t("word_min_known") and words.margin >= margin_needed
                and words.coverage[words.best] >= _t("word_min_coverage")):
            return LanguageGuess(words.best, round(words.posterior(words.best), 4), "words",
                                 script)
    sample = text[: int(_t("sample_chars"))]
    ld, prob = _langdetect(sample, candidates)
    if ld is None:
        return LanguageGuess(UNDETERMINED, 0.0, "unsure", script)
    agree = words is not None and words.best == ld
    if agree:
        conf = max(prob, words.posterior(ld))
        return LanguageGuess(ld, round(conf, 4), "langdetect", script)
    if short:
        # short and disputed: langdetect alone is often sure and wrong on a few words
        only_ld = words is None or words.known == 0
        if only_ld and prob >= _t("short_langdetect_prob") and ld not in lex_langs:
            return LanguageGuess(ld, round(prob, 4), "langdetect", script)
        return LanguageGuess(UNDETERMINED, round(prob, 4), "unsure", script)
    if prob >= _t("langdetect_min_prob"):
        return LanguageGuess(ld, round(prob, 4), "langdetect", script)
    return LanguageGuess(UNDETERMINED, round(prob, 4), "unsure", script)


def _prepare(text: str) -> tuple[str, Counter, str | None]:
    scan = _NOISE.sub(" ", text[: _SCAN_CHARS + 200])[:_SCAN_CHARS]
    profile = script_profile(scan)
    return scan, profile, _dominant(profile)


def _identify(scan: str, profile: Counter, script: str | None) -> LanguageGuess:
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
        return LanguageGuess(_arabic_language(scan), 0.95, "letters", script)
    spec = _config()["script_candidates"].get(script)
    if spec is None:  # a script we hold no rule for: langdetect over all its languages
        ld, prob = _langdetect(scan[: int(_t("sample_chars"))], _factory().langlist)
        if ld and prob >= _t("langdetect_min_prob"):
            return LanguageGuess(ld, round(prob, 4), "langdetect", script)
        return LanguageGuess(UNDETERMINED, round(prob, 4), "unsure", script)
    candidates = tuple(spec["languages"])
    if script == "Cyrillic":
        candidates = _cyrillic_candidates(scan, candidates)
        if len(candidates) == 1:
            conf = 0.99 if letters >= 40 else 0.95
            return LanguageGuess(candidates[0], conf, "letters", script)
    return _decide_multi(scan, script, letters, candidates)


def identify_language(text: str) -> LanguageGuess:
    """Language of ``text`` (reads at most a few thousand characters); never raises."""
    return _identify(*_prepare(text))


def detect_language(text: str, sample_chars: int = SAMPLE_CHARS) -> tuple[str, float]:
    """(ISO 639-1 code or 'und', confidence) for ``text``; deterministic.

    >>> detect_language("Le gouvernement a présenté mardi un nouveau plan pour les hôpitaux.")
    ('fr', ...)
    """
    guess = identify_language(text)
    return guess.language, guess.confidence


def _paragraph_language(text: str, document: LanguageGuess) -> LanguageGuess:
    scan, profile, script = _prepare(text)
    lang = document.language
    if (script is not None and script == document.script and lang != UNDETERMINED
            and script in _config()["script_candidates"] and script != "Arabic"
            and profile[script] >= _t("min_letters")):
        spec = _config()["script_candidates"][script]
        candidates = tuple(spec["languages"])
        if script == "Cyrillic":
            candidates = _cyrillic_candidates(scan, candidates)
        if lang in candidates and spec["lexicon"]:
            allowed = _lexicon_candidates(script, candidates)
            words = _word_score(_tokens(scan, script), script, allowed)
            if words.best == lang and words.margin >= _t("inherit_margin"):
                conf = round(max(words.posterior(lang), min(document.confidence, 0.99)), 4)
                return LanguageGuess(lang, conf, "document", script)
    return _identify(scan, profile, script)


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
    document = identify_language(text)
    guesses = tuple(_paragraph_language(p, document) for p in paragraphs)
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
