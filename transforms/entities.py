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
"""

from __future__ import annotations

import csv
import hashlib
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


def entity_id(entity_type: str, canonical_name: str) -> str:
    """Stable id from type and canonical name.

    >>> entity_id("place", "Kyiv")
    'place:kyiv'
    """
    slug = regex.sub(r"[^\p{L}\p{N}]+", "-", canonical_name.casefold()).strip("-")
    if len(slug) > 60:
        slug = slug[:40] + hashlib.blake2b(slug.encode(), digest_size=4).hexdigest()
    return f"{entity_type}:{slug}"


# -- data ------------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _gazetteer() -> tuple[regex.Pattern, dict[str, tuple[str, str]]]:
    text = read_data("gazetteer.csv")
    variants: dict[str, tuple[str, str]] = {}
    for row in csv.DictReader(text.splitlines()):
        for v in [row["canonical_name"], *row["variants"].split("|")]:
            if v:
                variants[v] = (row["canonical_name"], row["entity_type"])
    alternation = "|".join(regex.escape(v) for v in sorted(variants, key=len, reverse=True))
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{alternation})(?![\p{{L}}\p{{N}}])"), variants


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


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    raw = read_data("entity_cues.toml")
    c = tomllib.loads(raw)

    def alt(words):
        return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))

    speech = alt(c["speech_verbs"])
    return _Cues(
        titles=frozenset(t for t in c["titles"] if not t.endswith(".")),
        title_heads=frozenset(c["title_heads"]),
        speech_after=regex.compile(rf"^(?:\s*,[^,.;:\"“”«»]{{1,80}},)?\s*,?\s*(?:{speech})\b"),
        speech_words=frozenset([*c["speech_verbs"], "according to"]),
        blockers=frozenset(c["blockers"]),
        vessels=regex.compile(rf"(?i:\b(?:{alt(c['vessel_nouns'])}))\s+$"),
        not_name=frozenset(c["not_name_words"]),
        given=frozenset(c["given_names"].split()),
        chinese=frozenset(c["chinese_surnames"].split()),
        function=frozenset(c["function_words"]),
        role_words=frozenset(w.casefold() for w in c["role_nouns"]),
        speech=speech,
    )


def speech_verbs() -> str:
    """The speech verbs ("said", "told" …) as a regex alternation (shared with quotations)."""
    return _cues().speech


def lookup(name: str) -> tuple[str, str] | None:
    """(canonical name, entity type) of a gazetteer name or variant, else None.

    >>> lookup("Zelenskiy"), lookup("Nobody Special")
    (('Volodymyr Zelensky', 'person'), None)
    """
    return _gazetteer()[1].get(name)


# -- candidates ------------------------------------------------------------------------------
@dataclass
class _Candidate:
    start: int
    end: int
    entity_type: str
    canonical: str
    origin: str
    strong: bool = True  # False: a lone surname that stays only if it links to a full name


def _tokens(span: str) -> list[tuple[int, int]]:
    return [m.span() for m in regex.finditer(r"\S+", span)]


def _strip_title(text: str, start: int, toks: list[tuple[int, int]]) -> tuple[int, bool]:
    """Index of the first name token after the last title word, and whether one was seen
    (a capitalised role noun opening the run counts as a title: "Commentator Ivan Petrov")."""
    cues = _cues()
    words = [text[start + a:start + b] for a, b in toks]
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


def _common_words(words: list[str]) -> bool:
    """True when every word is a frequent English word ("Water Resources"), not a name."""
    from transforms.lexicon import zipf_frequency

    return all(zipf_frequency(w.casefold(), "en") >= 4.0 for w in words)


_TAIL = regex.compile(r"(?:(\p{L}[\p{L}'’-]*)\s+)?(\p{L}[\p{L}'’-]*)\s*,?\s*$")


def _ends_with(before: str, words: frozenset[str], plural: bool = False) -> bool:
    """Whether ``before`` ends with one of ``words`` (one or two words, case-folded)."""
    m = _TAIL.search(before[-40:])
    if m is None:
        return False
    last = m.group(2).casefold()
    cands = [last, f"{m.group(1).casefold()} {last}" if m.group(1) else ""]
    if plural and last.endswith("s"):
        cands.append(last[:-1])
    return any(c in words for c in cands if c)


def _person_cues(text: str, s: int, e: int, words: list[str]) -> tuple[bool, bool]:
    """(is a person, strong) from the words of the name and around text[s:e]."""
    cues = _cues()
    ntok = len(words)
    if ntok > 1 and (words[0] in cues.given or (ntok == 2 and words[0] in cues.chinese)):
        return True, True
    before, after = text[max(0, s - 60):s], text[e:e + 120]
    if _ends_with(before, cues.role_words, plural=True):
        return True, ntok > 1
    if _OF_BEFORE.search(before):  # "the mayor of Bila Tserkva, …": a place, not a person
        return False, False
    if _APPOSITION.match(after) or cues.speech_after.match(after) or \
            _ends_with(before, cues.speech_words):
        if _common_words(words) or words[0].endswith(("ian", "ish", "ese", "ean")):
            return False, False
        return True, ntok > 1
    return False, False


_OF_HEAD = regex.compile(r"(?<![\p{L}])(\p{Lu}\p{Ll}+)\s+of\s+(?:the\s+)?$")


def _span_candidates(text: str) -> list[_Candidate]:
    cues = _cues()
    out: list[_Candidate] = []
    pending: list[tuple[int, int, str]] = []  # name-like runs without a cue of their own
    for m in _SPAN.finditer(text):
        toks = _tokens(m.group())
        words = [m.group()[a:b] for a, b in toks]
        head = words[-1]
        # "Ministry of Water Resources", "University of Tartu": the run belongs to its head
        of = _OF_HEAD.search(text, max(0, m.start() - 40), m.start())
        if of and (of.group(1) in _ORG_HEADS or of.group(1) in _PLACE_HEADS):
            etype = "place" if of.group(1) in _PLACE_HEADS else "organisation"
            first, titled = _strip_title(text, m.start(), toks)
            # "the Office of the President Oleksiy Arestovich": the institution ends at the title
            end = m.start() + toks[first - 1][1] if titled and first < len(words) else m.end()
            out.append(_Candidate(of.start(1), end, etype, text[of.start(1):end], "detected"))
            if end == m.end():
                continue
        if head in _PLACE_HEADS or head in _ORG_HEADS:
            lead = next((i for i, w in enumerate(words) if w not in cues.function), len(words))
            if len(words) - lead >= 2:
                etype = "place" if head in _PLACE_HEADS else "organisation"
                s = m.start() + toks[lead][0]
                out.append(_Candidate(s, m.end(), etype, text[s:m.end()], "detected"))
            continue
        if any(w in cues.blockers or w in _ORG_HEADS for w in words):
            continue
        first, titled = _strip_title(text, m.start(), toks)
        while first < len(words) and (words[first] in cues.not_name
                                      or regex.fullmatch(_PARTICLE, words[first])):
            first += 1
        if first >= len(words) or len(words) - first > 4:
            continue
        s, e = m.start() + toks[first][0], m.end()
        before = text[max(0, s - 40):s]
        if _SAINT_BEFORE.search(before) or cues.vessels.search(text[max(0, m.start() - 30):
                                                                       m.start()]):
            continue
        titled = titled or bool(_DOTTED_TITLE.search(before))
        name = text[s:e]
        ntok = len(words) - first
        if titled:
            out.append(_Candidate(s, e, "person", name, "detected", strong=True))
            continue
        is_person, strong = _person_cues(text, s, e, words[first:])
        if is_person:
            out.append(_Candidate(s, e, "person", name, "detected", strong=strong))
        elif ntok > 1 and not _common_words(words[first:]):
            pending.append((s, e, name))
    # "by Brendan Bellomo and Slava Leontyev": a name joined to a person is a person
    people = [c for c in out if c.entity_type == "person" and c.strong]
    for s, e, name in pending:
        if any(_AND.match(text[min(e, p.end):max(s, p.start)]) for p in people
               if p.end <= s or e <= p.start):
            out.append(_Candidate(s, e, "person", name, "detected"))
    return out


def _gazetteer_candidates(text: str) -> list[_Candidate]:
    pattern, variants = _gazetteer()
    return [_Candidate(m.start(), m.end(), variants[m.group()][1], variants[m.group()][0],
                       "gazetteer") for m in pattern.finditer(text)]


def _resolve(cands: list[_Candidate]) -> list[_Candidate]:
    """Non-overlapping candidates: longer spans first, the gazetteer wins ties."""
    ranked = sorted(cands, key=lambda c: (-(c.end - c.start), c.origin != "gazetteer", c.start))
    kept: list[_Candidate] = []
    for c in ranked:
        if all(c.end <= k.start or k.end <= c.start for k in kept):
            kept.append(c)
    return sorted(kept, key=lambda c: c.start)


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


def _surname_keys(full: str) -> list[str]:
    words = full.split()
    keys = [_key(words[-1])]
    if len(words) == 2 and words[0] in _cues().chinese:
        keys.append(_key(words[0]))
    if len(words) >= 3 and regex.fullmatch(_PARTICLE, words[-2], regex.I):
        keys.append(_key(" ".join(words[-2:])))
    return keys


def _link(text: str, kept: list[_Candidate]) -> list[_Candidate]:
    variants = _gazetteer()[1]
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
    for m in _CAPITALISED.finditer(text):
        for s, e in ((m.start(), m.end()), (m.start(), m.start() + len(m.group().split()[0]))):
            target = resolved.get(_key(text[s:e]))
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
