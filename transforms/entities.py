"""People, places and organisations: a gazetteer of known names plus a cue-based detector.

The gazetteer (``data/gazetteer.csv``) maps spelling and transliteration variants to one
canonical name (Kiev → Kyiv, Zelenskiy → Volodymyr Zelensky). The detector
(``data/entity_cues.toml``) finds people nobody listed: a capitalised name counts as a person
when a cue supports it — a title ("President Ana Costa"), a role noun ("blogger Pavel
Sorokin"), a speech verb ("said Liu Jianguo"), an apposition ("Daniel Osei, 31,") or a common
given name. Within a document a bare surname ("Sorokin said") links to the full name.
Capitalised names ending in an institution or place word become organisations or places.

>>> [(m.canonical_name, m.surface) for m in find_mentions(
...     "Analysts in Kiev said NATO and President Ana Costa met. Costa said little.")]
[('Kyiv', 'Kiev'), ('NATO', 'NATO'), ('Ana Costa', 'Ana Costa'), ('Ana Costa', 'Costa')]

Cheap by construction: each cue is a regex over the text around a name, and it runs only when
a ``str`` test that any match implies passes (the word just before the name is a role noun,
the text after it opens with a comma or a speech verb …); what depends only on a name's words
(titles, blockers, frequent words) is worked out once per distinct run of words; gazetteer
names are looked up in a dict at word starts instead of by one alternation of every variant.
"""

from __future__ import annotations

import bisect
import csv
import hashlib
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import regex

from transforms.data import read_data

_TOK = (r"(?:Ma?c\p{Lu}\p{Ll}+|\p{Lu}['’]\p{Lu}\p{Ll}+"
        r"|\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*|(?:al|el|ad|as|ash|abu)-\p{Lu}\p{Ll}+"
        r"|\p{Lu}{2,}(?=\s+\p{Lu}\p{Ll}))")
_PARTICLE = r"(?:van|von|der|den|de|da|di|del|della|du|la|le|bin|ibn|al|el|ten|ter|dos|das|zu)"
# a run of capitalised words (particles and middle initials allowed): the raw material of names
_SPAN = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’-]){_TOK}(?:\s+(?:{_PARTICLE}\s+){{0,2}}(?:\p{{Lu}}\.\s+)?{_TOK})*"
    r"(?![\p{L}\p{N}])")
_DOTTED_TITLE = regex.compile(r"\b(?:Dr|Mr|Mrs|Ms|Prof|Gen|Col|Lt|Capt|Adm|Sgt|Fr|Maj)\.\s+$")
_SAINT_BEFORE = regex.compile(r"\bSt\.\s+$")
_OF_BEFORE = regex.compile(r"\bof\s+(?:the\s+)?$")
_AND = regex.compile(r"^\s+(?:and|&)\s+$")
_APPOSITION = regex.compile(
    r"^\s*,\s*(?:\d{1,3}\s*,|(?:a|an|the|who|whose|aged|himself|herself|one of)\b)")
_ORG_HEADS = frozenset("""Ministry Council Committee Court Agency Bank University Institute
Academy Commission Party Union Service Bureau Authority Inspectorate Federation Association
Foundation Fund Trust Company Group Corporation Airlines Airways Railways Department Office
Police Army Navy Guard Command Staff Parliament Assembly Senate Congress Government
Administration Club Team League Society Movement Front Agency School College Hospital
Clinic Library Museum Theatre Theater Holdings Motors Energy Power News Times Post Herald
Gazette Journal Radio Television Media Press""".split())
# what `regex` calls \s (Unicode White_Space); str.isspace() would also take \x1c-\x1f
_WS = ("\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
       "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
_WS_SET = frozenset(_WS)
_WORD_CHAR = regex.compile(r"[\p{L}\p{N}]")
_LETTERS = regex.compile(r"\p{L}+")
_PARTICLES = frozenset(_PARTICLE[3:-1].split("|"))
_PLACE_HEADS = frozenset("""Street Square Avenue Boulevard Prospekt Lane Road Embankment Bridge
Station Airport Port Harbour Park Garden Gardens Island Islands River Lake Sea Mountain
Mountains Valley Region Oblast District County Province Peninsula Gulf Bay Cathedral Church
Monastery Stadium Arena Palace Castle Tower Plaza Market Gate""".split())


@dataclass(frozen=True)
class Mention:
    entity_id: str
    canonical_name: str
    entity_type: str
    origin: str
    surface: str
    start: int
    end: int


@lru_cache(maxsize=65536)
def entity_id(entity_type: str, canonical_name: str) -> str:
    """Stable id from type and canonical name.

    >>> entity_id("place", "Kyiv")
    'place:kyiv'
    """
    slug = regex.sub(r"[^\p{L}\p{N}]+", "-", canonical_name.casefold()).strip("-")
    if len(slug) > 60:
        slug = slug[:40] + hashlib.blake2b(slug.encode(), digest_size=4).hexdigest()
    return f"{entity_type}:{slug}"


@lru_cache(maxsize=4096)
def _is_letter(ch: str) -> bool:
    return _LETTERS.match(ch) is not None


@lru_cache(maxsize=4096)
def _is_word_char(ch: str) -> bool:
    """``ch`` is a letter or a digit as `regex` sees them (\\p{L}, \\p{N})."""
    return _WORD_CHAR.match(ch) is not None


@lru_cache(maxsize=65536)
def _all_letters(word: str) -> bool:
    return _LETTERS.fullmatch(word) is not None


# -- data ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Gazetteer:
    variants: dict[str, tuple[str, str]]  # name or variant -> (canonical name, type)
    lengths: dict[str, tuple[int, ...]]  # first three characters -> lengths, longest first
    pairs: dict[str, tuple[int, ...]]  # two-character variants ("UN") -> (2,)
    upper_starts: re.Pattern  # where a variant with an upper-case first letter may start
    others: tuple[str, ...]  # variants with any other first character (found by str.find)


@lru_cache(maxsize=1)
def _gazetteer() -> _Gazetteer:
    text = read_data("gazetteer.csv")
    variants: dict[str, tuple[str, str]] = {}
    for row in csv.DictReader(text.splitlines()):
        for v in [row["canonical_name"], *row["variants"].split("|")]:
            if v:
                variants[v] = (row["canonical_name"], row["entity_type"])
    if any(len(v) < 2 for v in variants):
        raise ValueError("gazetteer.csv: every name needs two characters at least")
    pairs = {v: (2,) for v in variants if len(v) == 2}
    lengths: dict[str, set[int]] = {}
    for v in variants:
        if len(v) > 2:
            lengths.setdefault(v[:3], set()).add(len(v))
    for k, sizes in lengths.items():
        sizes.update(pairs.get(k[:2], ()))  # "UNESCO" and "UN" both start "UN…"
    upper = sorted({v[0] for v in variants if v[0].isupper()})
    return _Gazetteer(
        variants, {k: tuple(sorted(n, reverse=True)) for k, n in lengths.items()}, pairs,
        re.compile("[" + "".join(re.escape(c) for c in upper) + "]"),
        tuple(sorted(v for v in variants if not v[0].isupper())))


@dataclass(frozen=True)
class _Cues:
    titles: frozenset[str]
    title_heads: frozenset[str]
    speech_after: regex.Pattern
    speech_words: frozenset[str]
    blockers: frozenset[str]
    vessels: regex.Pattern
    not_name: frozenset[str]
    given: frozenset[str]
    chinese: frozenset[str]
    function: frozenset[str]
    role_words: frozenset[str]
    speech: str  # regex alternation of the speech verbs
    speech_starts: frozenset[str]  # first two characters of each speech verb
    vessel_words: tuple[str, ...]  # the vessel nouns, lower case
    vessel_chars: int  # length of the longest


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    raw = read_data("entity_cues.toml")
    c = tomllib.loads(raw)

    def alt(words):
        return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))

    speech = alt(c["speech_verbs"])
    role_words = frozenset(w.casefold() for w in c["role_nouns"])
    speech_words = frozenset([*c["speech_verbs"], "according to"])
    return _Cues(
        titles=frozenset(t for t in c["titles"] if not t.endswith(".")),
        title_heads=frozenset(c["title_heads"]),
        speech_after=regex.compile(rf"^(?:\s*,[^,.;:\"“”«»]{{1,80}},)?\s*,?\s*(?:{speech})\b"),
        speech_words=speech_words,
        blockers=frozenset(c["blockers"]),
        vessels=regex.compile(rf"(?i:\b(?:{alt(c['vessel_nouns'])}))\s+$"),
        not_name=frozenset(c["not_name_words"]),
        given=frozenset(c["given_names"].split()),
        chinese=frozenset(c["chinese_surnames"].split()),
        function=frozenset(c["function_words"]),
        role_words=role_words,
        speech=speech,
        speech_starts=frozenset(v[:2] for v in c["speech_verbs"]),
        vessel_words=tuple(w.lower() for w in c["vessel_nouns"]),
        vessel_chars=max(len(w) for w in c["vessel_nouns"]),
    )


def speech_verbs() -> str:
    """The speech verbs ("said", "told" …) as a regex alternation (shared with quotations)."""
    return _cues().speech


def speech_words() -> frozenset[str]:
    """The speech verbs as words ("said", "a déclaré" …; shared with quotations)."""
    return _cues().speech_words - {"according to"}


def lookup(name: str) -> tuple[str, str] | None:
    """(canonical name, entity type) of a gazetteer name or variant, else None.

    >>> lookup("Zelenskiy"), lookup("Nobody Special")
    (('Volodymyr Zelensky', 'person'), None)
    """
    return _gazetteer().variants.get(name)


# -- candidates ------------------------------------------------------------------------------
@dataclass
class _Candidate:
    start: int
    end: int
    entity_type: str
    canonical: str
    origin: str
    strong: bool = True  # False: a lone surname that stays only if it links to a full name


@lru_cache(maxsize=16384)
def _tokens(span: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """The words of a run of capitalised words and where each starts (a run holds letters,
    dots, apostrophes and hyphens between `regex` whitespace, so str.split() cuts it alike)."""
    words = tuple(span.split())
    starts, pos = [], 0
    for w in words:
        pos = span.index(w, pos)
        starts.append(pos)
        pos += len(w)
    return words, tuple(starts)


@lru_cache(maxsize=16384)
def _strip_title(words: tuple[str, ...]) -> tuple[int, bool]:
    """Index of the first name token after the last title word, and whether one was seen
    (a capitalised role noun opening the run counts as a title: "Commentator Ivan Petrov")."""
    cues = _cues()
    first, titled = 0, False
    if len(words) > 1 and words[0].casefold() in cues.role_words:
        first, titled = 1, True
    for i in range(first, len(words)):
        for n in (3, 2, 1):
            phrase = " ".join(words[i:i + n])
            if i + n <= len(words) and (phrase in cues.titles or phrase in cues.title_heads):
                first, titled = i + n, True
                break
    return first, titled


@lru_cache(maxsize=16384)
def _common_words(words: tuple[str, ...]) -> bool:
    """True when every word is a frequent English word ("Water Resources"), not a name."""
    from transforms.lexicon import zipf_frequency

    return all(zipf_frequency(w.casefold(), "en") >= 4.0 for w in words)


_TAIL = regex.compile(r"(?:(\p{L}[\p{L}'’-]*)\s+)?(\p{L}[\p{L}'’-]*)\s*,?\s*$")


def _word_end(chunk: str) -> tuple[str, bool]:
    """The end of ``chunk`` (no spaces in it) that _TAIL can take as a word: its last run of
    letters, apostrophes and hyphens from the run's first letter ("" if there is none), and
    whether that is all of ``chunk``."""
    if _all_letters(chunk):
        return chunk, True
    r = len(chunk)
    while r and (chunk[r - 1] in "'’-" or _is_letter(chunk[r - 1])):
        r -= 1
    for q in range(r, len(chunk)):
        if _is_letter(chunk[q]):
            return chunk[q:], q == 0
    return "", False


def _tail_words(w: str) -> tuple[str | None, str] | None:
    """``_TAIL.search(w).groups()`` — the last word of ``w`` and the one before it when only
    white space separates them — from str operations (None when _TAIL finds nothing).

    >>> _tail_words("said the blogger, "), _tail_words("aged 31 ("), _tail_words("of 8-year-old ")
    (('the', 'blogger'), None, (None, 'year-old'))
    """
    tail = w.rstrip(_WS)
    if tail.endswith(","):
        tail = tail[:-1].rstrip(_WS)
    if not tail or tail[-1].isspace():
        return None
    chunk = tail.rsplit(None, 1)[-1]
    last, whole = _word_end(chunk)
    if not last:
        return None
    first = None
    head = tail[:-len(chunk)]
    if whole and head[-1:] in _WS_SET:  # the word before, if only `regex` spaces come between
        head = head.rstrip(_WS)
        if head and not head[-1].isspace():
            first = _word_end(head.rsplit(None, 1)[-1])[0] or None
    return first, last


def _is_one_of(found: tuple[str | None, str] | None, words: frozenset[str],
               plural: bool = False) -> bool:
    """Whether the text before a name ends with one of ``words`` (one or two words,
    case-folded; with ``plural`` also without a final s), given its last words from
    _tail_words (the last 40 characters are read).

    >>> role = _cues().role_words
    >>> [_is_one_of(_tail_words(b), role, plural=True) for b in (
    ...     "said the blogger ", "the bloggers, ", "the coach’s wife ", "Bloggers say ")]
    [True, True, True, False]
    """
    if found is None:
        return False
    first, last = found[0], found[1].casefold()
    cands = [last, f"{first.casefold()} {last}" if first else ""]
    if plural and last.endswith("s"):
        cands.append(last[:-1])
    return any(c in words for c in cands if c)


@lru_cache(maxsize=16384)
def _cue_words(found: tuple[str | None, str]) -> tuple[bool, bool]:
    """Whether _TAIL's words are a role noun (or its plural) and whether a speech word."""
    cues = _cues()
    return _is_one_of(found, cues.role_words, plural=True), _is_one_of(found, cues.speech_words)


def _space_start(text: str, lo: int, hi: int) -> int:
    """Where the `regex` white space that ends text[lo:hi] starts (``hi``: there is none).
    Every `…\\s+$` cue needs some, and what comes before it says whether its regex can match."""
    while hi > lo and text[hi - 1] in _WS_SET:
        hi -= 1
    return hi


def _after_vessel_noun(text: str, start: int) -> bool:
    """ "the ferry Princess Sophia": a vessel noun (any case) right before text[start:]."""
    cues = _cues()
    lo = max(0, start - 30)
    j = _space_start(text, lo, start)
    if j == start:
        return False
    tail = text[max(lo, j - cues.vessel_chars):j]
    if tail.isascii() and not tail.lower().endswith(cues.vessel_words):
        return False  # (only non-ASCII letters could fold to a vessel noun otherwise)
    return cues.vessels.search(text[lo:start]) is not None


def _person_cues(text: str, s: int, e: int, words: tuple[str, ...]) -> tuple[bool, bool]:
    """(is a person, strong) from the words of the name and around text[s:e]."""
    cues = _cues()
    ntok = len(words)
    if ntok > 1 and (words[0] in cues.given or (ntok == 2 and words[0] in cues.chinese)):
        return True, True
    found = _tail_words(text[max(0, s - 40):s])
    role, speech = _cue_words(found) if found else (False, False)
    if role:
        return True, ntok > 1
    # "the mayor of Bila Tserkva, …": a place, not a person
    lo = max(0, s - 60)
    j = _space_start(text, lo, s)
    if j < s and text.endswith(("of", "the"), lo, j) and _OF_BEFORE.search(text[lo:s]):
        return False, False
    end = min(len(text), e + 120)  # `after` is text[e:end]
    j = e
    while j < end and text[j] in _WS_SET:
        j += 1
    opening = text[j:min(j + 2, end)]
    if (opening[:1] == "," and _APPOSITION.match(text[e:end])) or (
            (opening[:1] == "," or opening in cues.speech_starts)
            and cues.speech_after.match(text[e:end])) or speech:
        if _common_words(words) or words[0].endswith(("ian", "ish", "ese", "ean")):
            return False, False
        return True, ntok > 1
    return False, False


_OF_HEAD = regex.compile(r"(?<![\p{L}])(\p{Lu}\p{Ll}+)\s+of\s+(?:the\s+)?$")


@dataclass(frozen=True)
class _Plan:
    """What the words of a run of capitalised words say on their own (cached per run)."""

    head_type: str | None  # "place"/"organisation": the run ends in a head word ("… Airport")
    lead: int  # first word that is not a function word ("The Ministry …")
    titled: bool  # a title (or a capitalised role noun) opens the run
    after_title: int  # first word after the titles
    first: int  # first name word, also past not-name words and particles; -1: not a name


@lru_cache(maxsize=16384)
def _plan(words: tuple[str, ...]) -> _Plan:
    cues = _cues()
    head = words[-1]
    head_type = ("place" if head in _PLACE_HEADS else
                 "organisation" if head in _ORG_HEADS else None)
    lead = next((i for i, w in enumerate(words) if w not in cues.function), len(words))
    after_title, titled = _strip_title(words)
    first = after_title
    if any(w in cues.blockers or w in _ORG_HEADS for w in words):
        first = -1
    else:
        while first < len(words) and (words[first] in cues.not_name or words[first] in _PARTICLES):
            first += 1
        if first >= len(words) or len(words) - first > 4:
            first = -1
    return _Plan(head_type, lead, titled, after_title, first)


def _joined_by_and(text: str, s: int, e: int, people: list[_Candidate]) -> bool:
    """Whether a person sits right before or after text[s:e] with "and"/"&" between
    (text[p.end:s] or text[e:p.start] matches _AND), found from the two neighbours alone."""
    j = s
    while j and text[j - 1] in _WS_SET:
        j -= 1
    k = j - 3 if text[max(0, j - 3):j] == "and" else j - 1 if text[max(0, j - 1):j] == "&" else -1
    if j < s and k >= 0:
        i = k
        while i and text[i - 1] in _WS_SET:
            i -= 1
        if any(i <= p.end < k for p in people):  # text[p.end:k] is white space, one or more
            return True
    j = e
    while j < len(text) and text[j] in _WS_SET:
        j += 1
    k = j + 3 if text[j:j + 3] == "and" else j + 1 if text[j:j + 1] == "&" else -1
    if j > e and k >= 0:
        i = k
        while i < len(text) and text[i] in _WS_SET:
            i += 1
        if any(k < p.start <= i for p in people):
            return True
    return False


def _span_candidates(text: str) -> list[_Candidate]:
    out: list[_Candidate] = []
    pending: list[tuple[int, int, str]] = []  # name-like runs without a cue of their own
    for m in _SPAN.finditer(text):
        ms, me = m.span()
        words, starts = _tokens(m.group())
        plan = _plan(words)
        # "Ministry of Water Resources", "University of Tartu": the run belongs to its head
        lo = max(0, ms - 40)
        j = _space_start(text, lo, ms)
        of = (_OF_HEAD.search(text, lo, ms)
              if j < ms and text.endswith(("of", "the"), lo, j) else None)
        if of and (of.group(1) in _ORG_HEADS or of.group(1) in _PLACE_HEADS):
            etype = "place" if of.group(1) in _PLACE_HEADS else "organisation"
            first = plan.after_title
            # "the Office of the President Oleksiy Arestovich": the institution ends at the title
            end = (ms + starts[first - 1] + len(words[first - 1])
                   if plan.titled and first < len(words) else me)
            out.append(_Candidate(of.start(1), end, etype, text[of.start(1):end], "detected"))
            if end == me:
                continue
        if plan.head_type:
            if len(words) - plan.lead >= 2:
                s = ms + starts[plan.lead]
                out.append(_Candidate(s, me, plan.head_type, text[s:me], "detected"))
            continue
        first = plan.first
        if first < 0:
            continue
        s, e = ms + starts[first], me
        lo = max(0, s - 40)  # `before` is text[lo:s]
        j = _space_start(text, lo, s)
        dot = lo < j < s and text[j - 1] == "."  # "St. " or "Dr. " needs one
        titled = plan.titled or (dot and _DOTTED_TITLE.search(text[lo:s]) is not None)
        is_person, strong = (True, True) if titled else _person_cues(text, s, e, words[first:])
        if not is_person and (len(words) - first < 2 or _common_words(words[first:])):
            continue  # no person, and not a name to pair with one
        # "St. Sophia" is a saint's church, "the ferry Princess Sophia" a vessel (these two are
        # asked last, only of what would be kept)
        if (dot and text.endswith("St.", lo, j) and _SAINT_BEFORE.search(text[lo:s])) or \
                _after_vessel_noun(text, ms):
            continue
        if is_person:
            out.append(_Candidate(s, e, "person", text[s:e], "detected", strong=strong))
        else:
            pending.append((s, e, text[s:e]))
    # "by Brendan Bellomo and Slava Leontyev": a name joined to a person is a person
    if pending:
        people = [c for c in out if c.entity_type == "person" and c.strong]
        for s, e, name in pending:
            if _joined_by_and(text, s, e, people):
                out.append(_Candidate(s, e, "person", name, "detected"))
    return out


def _gazetteer_candidates(text: str) -> list[_Candidate]:
    """Gazetteer names as one alternation of every variant, longest first, between
    non-letters would find them — looked up in a dict at each possible start instead."""
    g = _gazetteer()
    variants, lengths, pairs = g.variants, g.lengths, g.pairs
    starts = [m.start() for m in g.upper_starts.finditer(text)]
    more = False
    for v in g.others:
        i = text.find(v)
        while i >= 0:
            starts.append(i)
            more = True
            i = text.find(v, i + 1)
    if more:
        starts = sorted(set(starts))
    out: list[_Candidate] = []
    n, done = len(text), 0
    for p in starts:
        if p < done:
            continue  # inside the previous name
        lens = lengths.get(text[p:p + 3]) or pairs.get(text[p:p + 2])
        if lens is None or (p and _is_word_char(text[p - 1])):
            continue
        for size in lens:
            end = p + size
            hit = variants.get(text[p:end]) if end <= n else None
            if hit is not None and (end == n or not _is_word_char(text[end])):
                out.append(_Candidate(p, end, hit[1], hit[0], "gazetteer"))
                done = end
                break
    return out


def _resolve(cands: list[_Candidate]) -> list[_Candidate]:
    """Non-overlapping candidates: longer spans first, the gazetteer wins ties."""
    ranked = sorted(cands, key=lambda c: (-(c.end - c.start), c.origin != "gazetteer", c.start))
    kept: list[_Candidate] = []  # by start; none overlap, so their ends are in order too
    starts: list[int] = []
    for c in ranked:
        i = bisect.bisect_left(starts, c.end)  # kept[:i] start before c ends
        if i and kept[i - 1].end > c.start:
            continue
        kept.insert(i, c)
        starts.insert(i, c.start)
    return kept


# -- linking surnames to full names ----------------------------------------------------------
_ARTICLE_PREFIX = regex.compile(r"^(?:al|el|ad|as|ash|abu)-")
_POSSESSIVE = regex.compile(r"['’]s$")
_CAPITALISED = regex.compile(r"(?<![\p{L}\p{N}-])\p{Lu}[\p{L}'’-]*\p{L}(?:\s+\p{Lu}\p{Ll}+)?")


@lru_cache(maxsize=65536)
def _key(word: str) -> str:
    word = _ARTICLE_PREFIX.sub("", word.casefold())
    word = _POSSESSIVE.sub("", word)
    return "".join(ch for ch in unicodedata.normalize("NFKD", word)
                   if not unicodedata.combining(ch))


@lru_cache(maxsize=16384)
def _surname_keys(full: str) -> tuple[str, ...]:
    words = full.split()
    keys = [_key(words[-1])]
    if len(words) == 2 and words[0] in _cues().chinese:
        keys.append(_key(words[0]))
    if len(words) >= 3 and regex.fullmatch(_PARTICLE, words[-2], regex.I):
        keys.append(_key(" ".join(words[-2:])))
    return tuple(keys)


@lru_cache(maxsize=65536)
def _run_keys(run: str) -> tuple[tuple[int, str], tuple[int, str]]:
    """(length, surname key) of a _CAPITALISED run and of its first word."""
    size = len(run.split()[0])
    return (len(run), _key(run)), (size, _key(run[:size]))


def _link(text: str, kept: list[_Candidate]) -> list[_Candidate]:
    variants = _gazetteer().variants
    for c in kept:
        words = c.canonical.split()
        hit = variants.get(words[-1]) if c.origin == "detected" and len(words) > 1 else None
        if c.entity_type == "person" and hit and hit[1] == "person":
            c.canonical, c.origin = hit[0], "gazetteer"  # "Aleksei Arestovich" -> listed
    full: dict[str, set[str]] = {}
    for c in kept:
        if c.entity_type == "person" and len(c.canonical.split()) > 1:
            for k in _surname_keys(c.canonical):
                full.setdefault(k, set()).add(c.canonical)
    resolved = {k: next(iter(v)) for k, v in full.items() if len(v) == 1}
    out: list[_Candidate] = []
    for c in kept:
        if c.entity_type == "person" and len(c.canonical.split()) == 1:
            target = resolved.get(_key(c.canonical))
            if target:
                c.canonical, c.strong = target, True
        if c.strong:
            out.append(c)
    # bare surnames anywhere in the text ("Sorokin's lawyer", "Perić has denied")
    taken = [(c.start, c.end) for c in out]
    for m in _CAPITALISED.finditer(text) if resolved else ():
        s = m.start()
        for size, key in _run_keys(m.group()):  # the run, then its first word
            target, e = resolved.get(key), s + size
            if target and all(e <= a or b <= s for a, b in taken):
                e -= 2 if text[s:e].endswith(("'s", "’s")) else 0
                out.append(_Candidate(s, e, "person", target, "detected"))
                taken.append((s, e))
                break
    return sorted(out, key=lambda c: c.start)


def find_mentions(text: str) -> list[Mention]:
    """Every entity mention in ``text``, in order, with canonical names and stable ids."""
    kept = _link(text, _resolve(_gazetteer_candidates(text) + _span_candidates(text)))
    return [Mention(entity_id(c.entity_type, c.canonical), c.canonical, c.entity_type,
                    c.origin, text[c.start:c.end], c.start, c.end) for c in kept]
