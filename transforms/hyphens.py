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


@dataclass(frozen=True)
class _Evidence:
    """Thresholds of the closed-word evidence and of the modifier position (data: [closed],
    [modifier])."""

    inflections: tuple[tuple[str, str], ...]
    min_base: float
    common_base: float
    uninflected_endings: tuple[str, ...]
    family_gap: float
    family_min: float
    foreign_margin: float
    max_joined: float
    min_gap: float
    participle_min_gap: float
    prefix_context_free_max: float
    prefix_min_rest: float
    prefix_min_gap: float
    prefix_bonus: float
    modifier_first: frozenset[str]
    link_words: frozenset[str]
    not_nouns: frozenset[str]
    not_noun_endings: tuple[str, ...]


@lru_cache(maxsize=1)
def _evidence() -> _Evidence:
    d = tomllib.loads(read_data("hyphens.toml"))
    c, m = d["closed"], d["modifier"]
    return _Evidence(
        tuple((e, r) for e, r in c["inflections"]), c["min_base_zipf"], c["common_base_zipf"],
        tuple(c["uninflected_endings"]), c["family_gap"], c["family_min_zipf"],
        d["foreign_margin"], m["max_joined_zipf"], m["min_gap"], m["participle_min_gap"],
        m["prefix_context_free_max_zipf"], m["prefix_min_rest_zipf"], m["prefix_min_gap"],
        m["prefix_bonus"], frozenset(m["first"]),
        frozenset(m["link_words"]), frozenset(m["not_nouns"]),
        tuple(m["not_noun_endings"]),
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
    >>> productive_split("kindled"), productive_split("browned")  # "kindle" + "d"; "br"
    (None, None)
    """
    s = _spec()
    if english_zipf(word) >= s.productive_max or word in s.keep:
        return None
    for i in range(2, len(word) - 1):
        a, b = word[:i], word[i:]
        if a in s.number_first and b in s.unit_second:
            return a, b
        if b in s.productive_second and len(a) >= s.min_chars \
                and english_zipf(a) >= s.min_part \
                and a not in s.prefix_first and a not in s.function_halves:
            return None if closed_word(word, i) else (a, b)
    return None


@lru_cache(maxsize=65536)
def prefix_split(word: str, modifier: bool = False) -> tuple[str, str] | None:
    """A prefix of the closed class in data (anti, pro, non, pre, post, ex, mid, …) before
    a common word, joined into a rare form ("anticorruption" -> ("anti", "corruption")).
    A join the lexicon knows as a word of its own ("midbrain"), or whose plural it knows
    ("antiheroes"), is split only before a noun (``modifier``), where the thresholds are
    those of data [modifier].

    >>> prefix_split("nonbinding"), prefix_split("antibody"), prefix_split("remeasure")
    (('non', 'binding'), None, None)
    >>> prefix_split("antihero"), prefix_split("midbrain"), prefix_split("midbrain", True)
    (None, None, ('mid', 'brain'))
    """
    s, e = _spec(), _evidence()
    joined = english_zipf(word)
    if not modifier and (joined >= e.prefix_context_free_max or inflected_family(word)):
        return None
    min_rest = e.prefix_min_rest if modifier else s.prefix_min_rest
    min_gap = e.prefix_min_gap if modifier else s.prefix_min_gap
    bonus = e.prefix_bonus if modifier else 0.0
    for i in range(2, min(len(word) - s.prefix_min_rest_chars, max(map(len, s.prefixes))) + 1):
        a, b = word[:i], word[i:]
        if a not in s.prefixes:
            continue
        if joined >= s.prefixes[a] + bonus or b in s.suffix_second:
            return None
        zb = english_zipf(b)
        if zb >= min_rest and zb - joined >= min_gap \
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


def closed_word(word: str, cut: int) -> bool:
    """Lexical evidence that ``word`` is one closed word, not two joined at ``cut``: an
    inflected form of a closed word (inflected_form) or a word with its own inflected forms
    (inflected_family).

    >>> closed_word("kindled", 4), closed_word("armhole", 3), closed_word("longrange", 4)
    (True, True, False)
    """
    return inflected_form(word, cut) or inflected_family(word)


@lru_cache(maxsize=65536)
def inflected_form(word: str, cut: int) -> bool:
    """``word`` is an inflected form of a base word more common than itself, and the base
    is a common word, the cut falls inside its stem ("kindled" <- "kindle", not "kind" +
    "led"; "warred" <- "war") or the base is a word this rule leaves alone ("seepages" <-
    "seepage"). A base the rule splits ("yearolds" <- "yearold") is no evidence.

    >>> inflected_form("kindled", 4), inflected_form("warred", 3)
    (True, True)
    >>> inflected_form("seepages", 4), inflected_form("lowlying", 3)  # "lowly": no -ing
    (True, False)
    """
    e = _evidence()
    joined = english_zipf(word)
    for ending, repl in e.inflections:
        stem = word[: len(word) - len(ending)]
        if not word.endswith(ending) or len(stem) < 3:
            continue
        bases = [stem + repl]
        if ending in ("ed", "ing") and not repl and stem[-1] == stem[-2]:
            bases.append(stem[:-1])  # "warred", "cutting"
        for base in bases:
            z = english_zipf(base)
            if z < e.min_base or z <= joined:
                continue
            if ending[0] in "ei" and base.endswith(e.uninflected_endings):
                continue
            if z >= e.common_base or len(base) <= cut \
                    or english_zipf(base[cut:]) < _spec().min_part or _word_fix(base) is None:
                return True  # the base is a closed word ("seepage" + "s")
    return False


@lru_cache(maxsize=65536)
def inflected_family(word: str) -> bool:
    """``word``'s own plural is attested nearly as often as itself, as a closed noun's is
    ("armhole"/"armholes", "antihero"/"antiheroes"); a modifier that lost its hyphen
    ("longrange", "anticorruption") is never inflected.

    >>> inflected_family("handhold"), inflected_family("longrange")
    (True, False)
    """
    e = _evidence()
    family = max(english_zipf(word + "s"), english_zipf(word + "es"),
                 english_zipf(word[:-1] + "ies") if word.endswith("y") else 0.0)
    return family >= e.family_min and family >= english_zipf(word) - e.family_gap


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


def _participle_compound(a: str, b: str, modifier: bool = False) -> bool:
    """A degree word ("wide" + "ranging") or a very common word ("time" + "consuming")
    before a participle, whose joined stem is no word of its own ("short" + "listing":
    "shortlist" is one, so "shortlisting" stays). Before a noun (``modifier``) the join of
    a very common word and a participle may be known better ("rainfed": max_joined_zipf)."""
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
        and english_zipf(a + b) < (s.max_joined if modifier else s.noun_participle_max_joined) \
        and all(english_zipf(a + v) == 0 for v in stems) \
        and (not stems or any(english_zipf(v) >= s.noun_participle_min_verb for v in stems))


@lru_cache(maxsize=65536)
def best_split(word: str, modifier: bool = False) -> tuple[str, str] | None:
    """The split of a lower-case word into two common words, or None (see module doc).
    Before a noun (``modifier``) a join the lexicon knows better, with a smaller gap, is
    split too (data [modifier]: "leftwing", "crosscountry", "farfetched").

    >>> best_split("longrange"), best_split("ceasefire"), best_split("powerbroker")
    (('long', 'range'), None, None)
    >>> best_split("remeasure"), best_split("windless"), best_split("howson")
    (None, None, None)
    >>> best_split("wideranging"), best_split("shortlisting"), best_split("halfhearted")
    (('wide', 'ranging'), None, None)
    >>> best_split("crosscountry"), best_split("crosscountry", modifier=True)
    (None, ('cross', 'country'))
    """
    s, e = _spec(), _evidence()
    joined = english_zipf(word)
    if joined >= (e.max_joined if modifier else s.max_joined) or word in s.keep:
        return None
    min_gap, participle_gap = (e.min_gap, e.participle_min_gap) if modifier \
        else (s.min_gap, s.participle_min_gap)
    best: tuple[float, str, str] | None = None
    for i in range(2, len(word) - s.min_chars + 1):
        a, b = word[:i], word[i:]
        if (len(a) < s.min_chars and a not in s.short_first) or b in s.suffix_second \
                or a in s.prefix_first or a in s.function_halves or b in s.function_halves \
                or (modifier and a not in e.modifier_first and a not in s.degree_first
                    and english_zipf(a) < s.noun_participle_min_first):
            continue
        za = english_zipf(a)
        if za < s.min_part:
            continue
        zb = english_zipf(b)
        low = min(za, zb)
        if zb < s.min_part:
            continue
        if (low - joined < min_gap or (modifier and a not in e.modifier_first)) and not (
                low - joined >= participle_gap and _participle_compound(a, b, modifier)):
            continue
        if (best is None or low > best[0]) and not closed_word(word, i) \
                and not _closed_verb(a, b):
            best = (low, a, b)
    if best is None or _foreign(word, modifier):
        return None
    return best[1], best[2]


def _closed_verb(a: str, b: str) -> bool:
    """``b`` is a participle and ``a`` + its verb a closed verb ("shortlist" -> "short" +
    "listed" is "shortlisted"; "shortchange" -> "shortchanged")."""
    stems = participle_stems(b)
    return bool(stems) and any(english_zipf(a + v) >= _spec().max_joined for v in stems)


@lru_cache(maxsize=65536)
def linked_split(word: str) -> tuple[str, ...] | None:
    """Words joined through one or two link words, the join unknown to the lexicon
    ("roundtheclock" -> ("round", "the", "clock")); split before a noun only.

    >>> linked_split("roundtheclock"), linked_split("stateoftheart"), linked_split("nothing")
    (('round', 'the', 'clock'), ('state', 'of', 'the', 'art'), None)
    """
    s, e = _spec(), _evidence()
    if english_zipf(word) > 0:
        return None
    for i in range(s.min_chars, len(word) - s.min_chars - 1):
        a = word[:i]
        if english_zipf(a) < s.min_part or a in s.function_halves or a in s.prefix_first:
            continue
        for j in range(i + 1, min(i + 4, len(word) - s.min_chars) + 1):
            link = word[i:j]
            if link not in e.link_words:
                continue
            rest = word[j:]
            if english_zipf(rest) >= s.min_part and rest not in s.function_halves \
                    and rest not in s.suffix_second:
                return a, link, rest
            for k in range(j + 1, min(j + 4, len(word) - s.min_chars) + 1):
                if word[j:k] in e.link_words and english_zipf(word[k:]) >= s.min_part \
                        and word[k:] not in s.function_halves:
                    return a, link, word[j:k], word[k:]
    return None


@lru_cache(maxsize=4096)
def _foreign(word: str, modifier: bool = False) -> bool:
    """A common word of another language ("exploitants"); before a noun only one clearly
    more common there than in English (a loan written closed, "lowcost", is English).
    Checked last: it loads more word lists."""
    s = _spec()  # tables cut at foreign_max: exact for this test, a third of the memory
    least = max(s.foreign_max, english_zipf(word) + _evidence().foreign_margin) \
        if modifier else s.foreign_max
    return any(lexicon.zipf_frequency(word, lang, floor=s.foreign_max) >= least
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


_NEXT_WORD = re.compile(r"[ \t]+([a-z]{3,})\b(?!['’])")


def _before_noun(text: str, end: int) -> bool:
    """The token ending at ``end`` stands before a word that may be the noun it modifies: a
    lower-case word that is no function word, listed verb, adverb or past form."""
    m = _NEXT_WORD.match(text, end)
    if not m:
        return False
    e, nxt = _evidence(), m.group(1)
    return nxt not in e.not_nouns and not nxt.endswith(e.not_noun_endings) \
        and nxt not in _spec().function_halves


def _lower_fix(token: str, text: str, start: int) -> str | None:
    word = token.lower()
    capital = token[0].isupper()
    if capital and token[1:] != word[1:]:
        return None
    fix = _word_fix(word)
    if fix is None:
        return None
    new, at_sentence_start, modifier = fix
    if at_sentence_start and capital \
            and not _SENTENCE_START.search(text, max(0, start - 4), start):
        return None
    if modifier and (capital or not _before_noun(text, start + len(token))):
        return None  # a capitalised one may be a name ("Longfellow wrote")
    if capital:
        new = new[0].upper() + new[1:]
    return new


@lru_cache(maxsize=65536)
def _word_fix(word: str) -> tuple[str, bool, bool] | None:
    """The repaired form of a lower-case word, whether it only applies at the start of a
    sentence when the word is capitalised (a split into two common words), and whether it
    only applies before a noun; None: no repair anywhere."""
    s = _spec()
    if word in s.preferred:
        return s.preferred[word], False, False
    if word in s.keep:
        return None
    if split := productive_split(word):
        return split[0] + "-" + split[1], False, False
    if split := best_split(word):
        a, b = split
        return a + _separator(a, b, camel=False) + b, True, False
    if split := prefix_split(word):  # an English word after the prefix: no foreign test
        return split[0] + "-" + split[1], True, False
    if split := best_split(word, modifier=True):  # a compound modifier: a hyphen
        return split[0] + "-" + split[1], True, True
    if (split := prefix_split(word, modifier=True)) or (split := linked_split(word)):
        return "-".join(split), True, True
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
