"""Rule `dropped_hyphen`: put back the hyphen or space dropped between two words.

"longrange" -> "long-range", "shortterm" -> "short-term", "RussiaUkraine" -> "Russia-Ukraine",
"AngloAmerican" -> "Anglo-American", "BlackSea" -> "Black Sea". Decided with wordfreq's
English lexicon: a token is split only when the joined form is rare or unknown and both halves
are common words (thresholds and the hyphen-vs-space preferences are in data/hyphens.toml).
A degree word before a participle ("wideranging", "selfemployed") needs a smaller gap
between the halves and the join, unless the joined stem is a word ("shortlisting").
A prefix of a closed class (anti, non, pre, post, mid, multi, …: data) before a common
word is hyphenated when the join is rare ("anticorruption", "proKremlin"); a CamelCase
name whose second word is a geographic or institutional head ("Sea", "Commission", "Force")
is two words ("DanubeCommission"); a very common word before a participle needs a smaller
gap when the join is very rare ("timeconsuming").

Safe because: only English paragraphs are looked at; closed compounds listed as ``keep``
(ceasefire, peacekeeping, stalemate, breakthrough, overnight, stakeholder, …) and any joined
form that is itself a common word stay; prefixes, suffixes and function words are never
halves; a word common in French, German, Spanish … is left alone ("exploitants");
capitalised words are only split at the start of a sentence (productive compounds such as
"Kremlinbacked" excepted); CamelCase brand names listed in the data stay; URLs, domains and
handles are never touched; words already separated ("so called") are never joined or
hyphenated.

>>> from transforms.textedit import EditLog
>>> log = EditLog("The shortterm deal on BlackSea grain and AngloAmerican longrange plans "
...               "held, but the ceasefire and peacekeeping talks, the so called group, stalled.")
>>> log.apply(restore_dropped_hyphens(log.text)); log.text  # doctest: +NORMALIZE_WHITESPACE
'The short-term deal on Black Sea grain and Anglo-American long-range plans held, but the
 ceasefire and peacekeeping talks, the so called group, stalled.'
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache

from transforms import lexicon
from transforms.data import read_data
from transforms.prose import EnglishMap, english_zipf, inside, protected_spans
from transforms.textedit import Change

KIND = "dropped_hyphen"
_LOWER = re.compile(r"(?<![\w@#/.\-’'])([A-Za-z][a-z]{5,})(?![\w@\-’']|\.\w)")
_LONG_WORD = re.compile(r"[A-Za-z][a-z]{5,}")
_CAMEL = re.compile(r"(?<![\w@#/.\-])([A-Z][a-z]+)([A-Z][a-z]+)(?![\w@\-]|\.\w)")
_CAMEL_JOIN = re.compile(r"[A-Z](?<=[a-z][A-Z])")  # every _CAMEL match holds one
_PREFIXED_NAME = re.compile(r"(?<![\w@#/.\-’'])([a-z]{2,5})([A-Z][a-z]{2,})(?![\w@\-’']|\.\w)")
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|[“\"«(]\s*|\n\s*)$")


@dataclass(frozen=True)
class _Spec:
    max_joined: float
    min_part: float
    min_gap: float
    min_chars: int
    camel_max_joined: float
    camel_min_part: float
    camel_name_min_part: float
    productive_max: float
    participle_min_gap: float
    short_first: frozenset[str]
    prefix_first: frozenset[str]
    function_halves: frozenset[str]
    suffix_second: frozenset[str]
    productive_second: frozenset[str]
    number_first: frozenset[str]
    unit_second: frozenset[str]
    foreign_langs: tuple[str, ...]
    foreign_max: float
    degree_first: frozenset[str]
    irregular_participles: frozenset[str]
    keep: frozenset[str]
    preferred: dict[str, str]
    hyphen_first: frozenset[str]
    hyphen_second: frozenset[str]
    combining_forms: frozenset[str]
    proper_adjectives: frozenset[str]
    countries: frozenset[str]
    camel_keep: frozenset[str]
    name_prefixes: frozenset[str]
    prefixes: dict[str, float]
    prefix_min_rest: float
    prefix_min_gap: float
    prefix_min_rest_chars: int
    prefix_min_name: float
    heads: frozenset[str]
    head_max_joined: float
    head_min_first: float
    noun_participle_min_first: float
    noun_participle_max_joined: float
    noun_participle_min_verb: float
    endings: tuple[tuple[str, str], ...]
    family_min: float


@lru_cache(maxsize=1)
def _spec() -> _Spec:
    d = tomllib.loads(
        read_data("hyphens.toml"))
    sep = d["separator"]
    return _Spec(
        d["max_joined_zipf"], d["min_part_zipf"], d["min_gap"], d["min_part_chars"],
        d["camel_max_joined_zipf"], d["camel_min_part_zipf"], d["camel_name_min_part_zipf"],
        d["productive_max_joined_zipf"],
        d["participle_min_gap"],
        frozenset(d["short_first"]), frozenset(d["prefix_first"]),
        frozenset(d["function_halves"]), frozenset(d["suffix_second"]),
        frozenset(d["productive_second"]), frozenset(d["number_first"]),
        frozenset(d["unit_second"]), tuple(d["foreign_langs"]), d["foreign_max_zipf"],
        frozenset(d["degree_first"]), frozenset(d["irregular_participles"]),
        frozenset(d["keep"]), dict(d["preferred"]), frozenset(sep["hyphen_first"]),
        frozenset(sep["hyphen_second"]), frozenset(sep["combining_forms"]),
        frozenset(sep["proper_adjectives"]), frozenset(sep["countries"]),
        frozenset(d["camel"]["keep"]), frozenset(d["camel"]["name_prefixes"]),
        dict(d["prefix"]["max_joined_zipf"]),
        d["prefix"]["min_rest_zipf"], d["prefix"]["min_gap"], d["prefix"]["min_rest_chars"],
        d["prefix"]["min_name_zipf"],
        frozenset(d["camel"]["heads"]), d["camel"]["head_max_joined_zipf"],
        d["camel"]["head_min_first_zipf"], d["noun_participle_min_first_zipf"],
        d["noun_participle_max_joined_zipf"], d["noun_participle_min_verb_zipf"],
        tuple((e, r) for e, r in d["prefix"]["endings"]), d["prefix"]["family_min_zipf"],
    )


@lru_cache(maxsize=1)
def _common_frequency() -> float:
    """Frequency above which a joined form is never split (zipf productive_max_joined_zipf)."""
    return 10 ** (_spec().productive_max - 9)


@lru_cache(maxsize=1)
def _common_long_words() -> frozenset[str]:
    """The tokens ``_LONG_WORD`` can find ("ranges", "Ranges": six letters or more, only the
    first may be a capital) whose lower-case form is as common as _common_frequency and not
    in ``preferred``: the ones restore_dropped_hyphens never has to look at."""
    common = _common_frequency()
    preferred = _spec().preferred
    words = [w for w, _ in lexicon.listed("en", common)
             if len(w) >= 6 and w.isascii() and w.isalpha() and w.islower()
             and w not in preferred]
    return frozenset(words + [w[0].upper() + w[1:] for w in words])


@lru_cache(maxsize=65536)  # names and rare words recur across documents
def productive_split(word: str) -> tuple[str, str] | None:
    """A known word + participle ("kremlinbacked") or number + unit ("threeday") join.

    >>> productive_split("kremlinbacked"), productive_split("fiveyear"), productive_split("newborn")
    (('kremlin', 'backed'), ('five', 'year'), None)
    """
    s = _spec()
    if english_zipf(word) >= s.productive_max or word in s.keep:
        return None
    for i in range(2, len(word) - 1):
        a, b = word[:i], word[i:]
        if b in s.productive_second and english_zipf(a) >= s.min_part \
                and a not in s.prefix_first and a not in s.function_halves:
            return a, b
        if a in s.number_first and b in s.unit_second:
            return a, b
    return None


@lru_cache(maxsize=65536)
def prefix_split(word: str) -> tuple[str, str] | None:
    """A prefix of the closed class in data (anti, pro, non, pre, post, ex, mid, …) before
    a common word, joined into a rare form ("anticorruption" -> ("anti", "corruption")).

    >>> prefix_split("nonbinding"), prefix_split("antibody"), prefix_split("remeasure")
    (('non', 'binding'), None, None)
    """
    s = _spec()
    for i in range(2, min(len(word) - s.prefix_min_rest_chars, 5) + 1):
        a, b = word[:i], word[i:]
        if a not in s.prefixes:
            continue
        joined = english_zipf(word)
        if joined >= s.prefixes[a] or b in s.suffix_second:
            return None
        zb = english_zipf(b)
        if zb >= s.prefix_min_rest and zb - joined >= s.prefix_min_gap \
                and not _closed_family(word, joined):
            return a, b
    return None


def _closed_family(word: str, joined: float) -> bool:
    """``word`` is an inflected or derived form of a closed word more common than itself
    ("pretexts" <- "pretext", "exportable" <- "export", "preserver" <- "preserve")."""
    s = _spec()
    for ending, repl in s.endings:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            base = word[: len(word) - len(ending)] + repl
            z = english_zipf(base)
            if z >= s.family_min and z > joined:
                return True
    return False


@lru_cache(maxsize=16384)
def participle_stems(word: str) -> tuple[str, ...] | None:
    """The verbs a participle comes from ("cutting" -> ("cut",)); () for a listed
    irregular participle ("torn"); None when ``word`` is no participle.

    >>> participle_stems("cutting"), participle_stems("employed"), participle_stems("torn")
    (('cut',), ('employ',), ())
    >>> participle_stems("king"), participle_stems("speed")
    (None, None)
    """
    s = _spec()
    if word in s.irregular_participles:
        return ()
    for ending in ("ing", "ed"):
        stem = word[: -len(ending)]
        if not word.endswith(ending) or len(stem) < 3:
            continue
        forms = [stem, stem + "e"]  # "armed", "lived"
        if stem[-1] == stem[-2]:
            forms.append(stem[:-1])  # "cutting", "planned"
        if ending == "ed" and stem[-1] == "i":
            forms.append(stem[:-1] + "y")  # "supplied"
        verbs = tuple(v for v in forms if english_zipf(v) >= s.min_part)
        if verbs:
            return verbs
    return None


def _participle_compound(a: str, b: str) -> bool:
    """A degree word ("wide" + "ranging") or a very common word ("time" + "consuming")
    before a participle, whose joined stem is no word of its own ("short" + "listing":
    "shortlist" is one, so "shortlisting" stays)."""
    s = _spec()
    stems = participle_stems(b)
    if stems is None:
        return False
    if a in s.degree_first:
        return all(english_zipf(a + v) < s.max_joined for v in stems)
    # any other word: very common, the join very rare, the verb common and the joined stem
    # unknown ("bartended" <- "bartend", "heartstring" <- "str" stay)
    return a not in s.prefixes and a not in s.short_first \
        and english_zipf(a) >= s.noun_participle_min_first \
        and english_zipf(a + b) < s.noun_participle_max_joined \
        and all(english_zipf(v) >= s.noun_participle_min_verb and english_zipf(a + v) == 0
                for v in stems)


@lru_cache(maxsize=65536)
def best_split(word: str) -> tuple[str, str] | None:
    """The split of a lower-case word into two common words, or None (see module doc).

    >>> best_split("longrange"), best_split("ceasefire"), best_split("powerbroker")
    (('long', 'range'), None, None)
    >>> best_split("remeasure"), best_split("windless"), best_split("howson")
    (None, None, None)
    >>> best_split("wideranging"), best_split("shortlisting"), best_split("halfhearted")
    (('wide', 'ranging'), None, None)
    """
    s = _spec()
    joined = english_zipf(word)
    if joined >= s.max_joined or word in s.keep:
        return None
    best: tuple[float, str, str] | None = None
    for i in range(2, len(word) - s.min_chars + 1):
        a, b = word[:i], word[i:]
        if (len(a) < s.min_chars and a not in s.short_first) or b in s.suffix_second \
                or a in s.prefix_first or a in s.function_halves or b in s.function_halves:
            continue
        za = english_zipf(a)
        if za < s.min_part:
            continue
        zb = english_zipf(b)
        low = min(za, zb)
        if zb < s.min_part:
            continue
        if low - joined < s.min_gap and not (
                low - joined >= s.participle_min_gap and _participle_compound(a, b)):
            continue
        if best is None or low > best[0]:
            best = (low, a, b)
    if best is None or _foreign(word):
        return None
    return best[1], best[2]


@lru_cache(maxsize=4096)
def _foreign(word: str) -> bool:
    """A common word of another language (checked last: it loads more word lists)."""
    s = _spec()  # tables cut at foreign_max: exact for this test, a third of the memory
    return any(lexicon.zipf_frequency(word, lang, floor=s.foreign_max) >= s.foreign_max
               for lang in s.foreign_langs)


def _separator(a: str, b: str, camel: bool) -> str:
    s = _spec()
    if camel:
        if a in s.combining_forms or b in s.combining_forms:
            return "-"
        proper = s.countries | s.proper_adjectives
        if a in proper and b in proper:
            return "-"
        # a listed name beside a name that is no common word: a pair ("HungarySlovakia")
        if (a in proper and english_zipf(b.lower()) < s.camel_min_part) or (
                b in proper and english_zipf(a.lower()) < s.camel_min_part):
            return "-"
        return " "
    if a in s.hyphen_first or b in s.hyphen_second or participle_stems(b) is not None:
        return "-"
    return " "


def _lower_fix(token: str, text: str, start: int) -> str | None:
    word = token.lower()
    capital = token[0].isupper()
    if capital and token[1:] != word[1:]:
        return None
    fix = _word_fix(word)
    if fix is None:
        return None
    new, at_sentence_start = fix
    if at_sentence_start and capital \
            and not _SENTENCE_START.search(text, max(0, start - 4), start):
        return None
    if capital:
        new = new[0].upper() + new[1:]
    return new


@lru_cache(maxsize=65536)
def _word_fix(word: str) -> tuple[str, bool] | None:
    """The repaired form of a lower-case word, and whether it only applies at the start of a
    sentence when the word is capitalised (a split into two common words); None: no repair."""
    s = _spec()
    if word in s.preferred:
        return s.preferred[word], False
    if word in s.keep:
        return None
    if split := productive_split(word):
        return split[0] + "-" + split[1], False
    if split := best_split(word):
        a, b = split
        return a + _separator(a, b, camel=False) + b, True
    if split := prefix_split(word):  # an English word after the prefix: no foreign test
        return split[0] + "-" + split[1], True
    return None


def _camel_fix(a: str, b: str) -> str | None:
    s = _spec()
    joined = (a + b).lower()
    if a + b in s.camel_keep or a in s.name_prefixes:
        return None
    if joined in s.preferred:
        return s.preferred[joined]
    first = a.lower()
    if b in s.heads and len(a) >= 3 and english_zipf(joined) < s.head_max_joined \
            and first not in s.function_halves and first not in s.prefix_first \
            and first not in s.prefixes and english_zipf(first) >= s.head_min_first:
        return a + " " + b  # a name of a body or a sea: "DanubeCommission", "AirForce"
    if english_zipf(joined) >= s.camel_max_joined:
        return None
    listed = s.combining_forms | s.proper_adjectives | s.countries
    # two names the lexicon knows less well pass when the join is unknown ("EthiopiaEritrea")
    least = s.camel_name_min_part if english_zipf(joined) == 0 else s.camel_min_part
    if (a not in listed and english_zipf(a.lower()) < least) or (
            b not in listed and english_zipf(b.lower()) < least):
        return None
    if _foreign(joined):
        return None
    return a + _separator(a, b, camel=True) + b


def _junction_words(text: str):
    """``_CAMEL.finditer(text)`` and ``_PREFIXED_NAME.finditer(text)`` in one scan, as
    (match, camel): a match joins its two words where a lower-case letter meets a capital
    (_CAMEL_JOIN), so only the word before each such junction is tried."""
    for j in _CAMEL_JOIN.finditer(text):
        start = j.start() - 1
        while start > 0 and "a" <= text[start - 1] <= "z":
            start -= 1
        if start > 0 and "A" <= text[start - 1] <= "Z":
            m = _CAMEL.match(text, start - 1)
            if m:
                yield m, True
        else:
            m = _PREFIXED_NAME.match(text, start)
            if m:
                yield m, False


def _camel_words(text: str):
    """``_CAMEL.finditer(text)`` (see _junction_words)."""
    return (m for m, camel in _junction_words(text) if camel)


def _prefixed_name_fix(prefix: str, name: str) -> str | None:
    """A prefix of the closed class before a capitalised word ("proKremlin", "panEuropean")."""
    s = _spec()
    if prefix in s.prefixes and english_zipf(name.lower()) >= s.prefix_min_name:
        return prefix + "-" + name
    return None


def restore_dropped_hyphens(text: str) -> list[Change]:
    """Propose hyphen/space restorations, one change per token (kind ``dropped_hyphen``)."""
    english: EnglishMap | None = None
    spans: list[tuple[int, int]] | None = None
    changes: list[Change] = []
    candidates: list[tuple[int, int, str | None]] = []
    # distinct long words first (cheap): most are common words with nothing dropped
    rare = set(_LONG_WORD.findall(text))
    rare -= _common_long_words()
    for word in rare:  # where the rare words stand as whole tokens (as _LOWER finds them)
        if _word_fix(word.lower()) is None:
            continue  # nothing to repair in this word, wherever it stands
        at = text.find(word)
        while at != -1:
            m = _LOWER.match(text, at)
            if m and m.end() == at + len(word):
                candidates.append((at, m.end(), None))
            at = text.find(word, at + 1)
    for m, camel in _junction_words(text):
        candidates.append((m.start(), m.end(), m.group(2) if camel else "-" + m.group(2)))
    if not candidates:
        return []
    candidates.sort()
    for start, end, second in candidates:
        token = text[start:end]
        # the token's own verdict first (lexicon look-ups, cached); the paragraph's
        # language and protected spans only for the few tokens that would change
        if second is None:
            new = _lower_fix(token, text, start)
        elif second[0] == "-":
            new = _prefixed_name_fix(token[: len(token) + 1 - len(second)], second[1:])
        else:
            new = _camel_fix(token[: len(token) - len(second)], second)
        if not new or new == token:
            continue
        english = english or EnglishMap(text)
        if not english.at(start):
            continue
        if spans is None:
            spans = protected_spans(text)
        if inside(start, spans):
            continue
        if not changes or start >= changes[-1].end:
            changes.append(Change(KIND, start, end, token, new))
    return changes
