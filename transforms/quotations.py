"""Quoted statements and who made them.

A quote is text between quotation marks (“…”, "…", «…», „…“, 「…」, and mixed pairs left by
bad conversions such as “… »). Its speaker comes from the attribution next to it, in order:
after the quote (`…," said Liu Jianguo` / `…," Zhukova told reporters` / `…," he said`),
right before it (`Starmer said: "…"`), "according to X" in the same sentence, or a person
named earlier in the sentence who is the subject of a speech verb. Pronouns resolve to the
last person mentioned before the quote. Short quoted terms ("technical group") without an
attribution are scare quotes, not statements, and are skipped.

>>> text = 'The talks stalled. "We will not give up," said Ana Costa, the envoy.'
>>> [(q.text, q.speaker, q.attribution) for q in find_quotes(text)]
[('We will not give up', 'Ana Costa', 'after')]

Each attribution pattern runs only where a cheap ``str`` test that any match implies passes
(a text without quotation marks has no quotes; "Starmer said: " needs a speech verb as the
last word before the quote, "… as" a trailing "as", and so on).
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import regex

from transforms.data import read_data
from transforms.entities import Mention, find_mentions, speech_verbs, speech_words
from transforms.paragraphs import split_paragraphs

MIN_WORDS_UNATTRIBUTED = 4  # fewer words and nobody said it: a scare quote, not a statement
_QUOTE = regex.compile(
    r"“(?P<a>[^“”\"«»„\n]{2,}?)[”\"»]"
    r"|«(?P<b>[^«»\n]{2,}?)[»”\"]"
    r"|„(?P<c>[^„“”\n]{2,}?)[“”\"]"
    r"|(?<![\p{L}\p{N}])\"(?P<d>[^\"\n]{2,}?)\"(?![\p{L}\p{N}])"
    r"|「(?P<e>[^」\n]+)」|『(?P<f>[^』\n]+)』"
    r"|(?<![\p{L}\p{N}])‘(?P<g>[^‘’\n]{2,}?)’(?![\p{L}\p{N}])"
)


@dataclass(frozen=True)
class Quote:
    """One quoted statement: ``text`` is clean_text[start:end] (marks and a trailing comma
    excluded); ``attribution`` says how the speaker was found (None: not attributed)."""

    position: int
    text: str
    start: int
    end: int
    speaker: str | None
    speaker_entity_id: str | None
    attribution: str | None


_WHO = r"(?:(?:the|a|an|one|another)\s+)?(?:[\p{L}'’-]+\.?\s+){0,5}?[\p{L}'’-]+"
_DETERMINER = regex.compile(r"(?i:the|a|an|one|another|his|her|its|their|our|two|three|some|"
                            r"several|many|most|each)\s")
_APPOS = r"(?:\s*,\s*[^,.;:!?\"“”«»]{1,60},)?"  # ", the envoy," between a name and its verb
_SEP = r"^[ \t]*(?:[,;]|[–—-](?=\s))?[ \t]*"  # what may sit between a quote and its attribution
_MARKS = "“«„\"「『‘"  # every opening mark of _QUOTE
_WS = ("\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
       "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")  # what `regex` calls \s
_WORD_RUN = regex.compile(r"[\p{L}'’-]+")
_ARTICLES = ("the", "a", "an", "one", "another")  # _WHO's optional first word
_SENTENCE_END = regex.compile(r"[.!?…][\"”»’]?\s+(?=[\p{Lu}\"“«„])")
_CLAUSE_END = regex.compile(r"[.!?…](?:\s|$)")
_LETTER = regex.compile(r"\p{L}")
_PRONOUN = regex.compile(r"(?i:he|she|they)")
_OPENING_MARK = regex.compile(r"[“\"«„]")
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")


@lru_cache(maxsize=1)
def _vocabulary() -> dict:
    raw = read_data("quotations.toml")
    return tomllib.loads(raw)


def _alt(words: list[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> dict[str, regex.Pattern]:
    v, voc = speech_verbs(), _vocabulary()
    aux = rf"(?:\s+(?:{_alt(voc['between'])}))*"
    objects = rf"(?:\s+(?:{_alt(voc['objects'])}))?"
    return {
        # …," said Liu Jianguo, deputy director / …," said the agency's spokesman.
        "verb_speaker": regex.compile(
            rf"{_SEP}(?:{v})\s+(?P<who>{_WHO})(?=\s*(?:[,.;:!?]|$)|\s(?:at|in|on|to|"
            r"after|before|during|who|when|while|from|of|outside|late|earlier)\b)"),
        # …," Osei said / …," Ningchuan's European president, Wang Lei, said / …," he told
        "speaker_verb": regex.compile(rf"{_SEP}(?P<who>{_WHO}{_APPOS}){aux}\s+(?:{v})\b"),
        # Starmer said: "… / He told reporters, "… (the verb right before the quote)
        "before": regex.compile(rf"(?P<who>{_WHO}{_APPOS}){aux}\s+(?:{v}){objects}"
                                r"\s*[:,]?\s*$"),
        "according": regex.compile(r"\b[Aa]ccording to\s+(?P<who>[^,.;:!?\"“”«»()]{1,80})"),
        # described by one European diplomat as "…"
        "by_as": regex.compile(r"\bby\s+(?P<who>" + _WHO + r")\s+as\s*$"),
        # His sports director summed it up more briefly: "…"
        "colon": regex.compile(r"^(?P<who>" + _WHO + r"?)\s+\p{Ll}+ed\b[^:\"“”«»]{0,60}:\s*$"),
        "verb": regex.compile(rf"\b(?:{v}|{_alt(voc['quote_verbs'])})\b"),
        "clause": regex.compile(rf"(?i:{_alt(voc['clause_words'])})\b"),
    }


@lru_cache(maxsize=1)
def _last_words() -> frozenset[str]:
    """The last word of each speech verb and of each object ("said", "reporters", "press")."""
    return frozenset(w.rsplit(None, 1)[-1] for w in [*speech_words(), *_vocabulary()["objects"]])


def _sentence_start(text: str, pos: int, floor: int) -> int:
    ends = [m.end() for m in _SENTENCE_END.finditer(text[floor:pos])]
    return floor + ends[-1] if ends else floor


def _verb_before(text: str, near: int, end: int) -> regex.Match | None:
    """``_patterns()["before"].search(text, near, end)``: "Starmer said: " right before a quote.

    That match ends with a speech verb (or its object) and then at most a colon or comma, so
    nothing is searched unless the last word is one. It starts where a run of letters,
    apostrophes and hyphens starts, or at an article ending one ("bathe " holds "the "): any
    match starting elsewhere inside a word also matches from the word's start. So trying
    those starts in order finds the same, leftmost match.
    """
    tail = text[near:end].rstrip(_WS)
    if tail[-1:] in (":", ","):
        tail = tail[:-1].rstrip(_WS)
    if not tail.strip() or tail.rsplit(None, 1)[-1] not in _last_words():
        return None
    pattern = _patterns()["before"]
    starts = []
    for m in _WORD_RUN.finditer(text, near, end):
        starts.append(m.start())
        run = m.group()
        starts += [m.end() - len(a) for a in _ARTICLES if len(run) > len(a) and run.endswith(a)]
    for p in sorted(starts):
        found = pattern.match(text, p, end)
        if found:
            return found
    return None


def _mention_in(mentions: Sequence[Mention], start: int, end: int) -> Mention | None:
    """The person (else any entity) mentioned in text[start:end]."""
    inside = [m for m in mentions if start <= m.start and m.end <= end]
    persons = [m for m in inside if m.entity_type == "person"]
    return (persons or inside or [None])[0]


def _last_person(mentions: Sequence[Mention], before: int) -> Mention | None:
    persons = [m for m in mentions if m.entity_type == "person" and m.end <= before]
    return persons[-1] if persons else None


_Attribution = tuple[str | None, str | None, str | None]


def _speaker(text: str, mentions: Sequence[Mention], s: int, e: int, quote_start: int,
             how: str) -> _Attribution | None:
    """(speaker as written, entity id, attribution) for the attribution text[s:e], or None
    when text[s:e] is not a plausible speaker (an entity, a pronoun or "the/a … noun")."""
    who = text[s:e].strip().rstrip(",")
    hit = _mention_in(mentions, s, e)
    if hit is not None:
        return hit.surface, hit.entity_id, how
    if _PRONOUN.fullmatch(who):
        prev = _last_person(mentions, quote_start)
        if prev is not None:  # a pronoun: the person it refers to, as written there
            return prev.surface, prev.entity_id, "pronoun"
        return who, None, "pronoun"
    if _DETERMINER.match(who + " ") and not _patterns()["clause"].match(who):
        return who, None, how
    return None


def _attribute(text: str, mentions: Sequence[Mention], q_start: int, q_end: int,
               floor: int, ceiling: int) -> _Attribution:
    p = _patterns()
    after = text[q_end:min(ceiling, q_end + 160)]
    found: list[_Attribution | None] = []
    for key in ("verb_speaker", "speaker_verb"):
        m = p[key].match(after)
        if m and not p["clause"].match(m.group("who")) and len(m.group("who").split()) <= 12:
            found.append(_speaker(text, mentions, q_end + m.start("who"), q_end + m.end("who"),
                                  q_start, "after"))
    sent = _sentence_start(text, q_start, floor)
    before = text[sent:q_start]
    near = max(sent, q_start - 150)  # "… Starmer said: " sits right before the quote
    m = _verb_before(text, near, q_start)
    if m and not p["clause"].match(m.group("who")):
        found.append(_speaker(text, mentions, m.start("who"), m.end("who"), q_start, "before"))
    stripped = before.rstrip(_WS)
    for key, ending in (("by_as", "as"), ("colon", ":")):
        if not stripped.endswith(ending):
            continue  # "… by one diplomat as " / "… summed it up: "
        m = p[key].search(before, max(0, len(before) - 150) if key == "by_as" else 0)
        if m:
            found.append(_speaker(text, mentions, sent + m.start("who"), sent + m.end("who"),
                                  q_start, key))
    for base, part, clause in ((sent, before, False), (q_end, after, True)):
        if "ccording to" not in part:
            continue  # "… according to X" ("[Aa]ccording to")
        if clause:
            part = _CLAUSE_END.split(part, maxsplit=1)[0]
        m = p["according"].search(part)
        if m:
            found.append(_speaker(text, mentions, base + m.start("who"), base + m.end("who"),
                                  q_start, "according_to"))
    for hit in found:
        if hit is not None:
            return hit
    # "Arestovych … described the timetable as "…"": the subject of the verb nearest the quote
    verbs = list(p["verb"].finditer(text, sent, q_start))
    if verbs:
        verb = verbs[-1]
        subject = [mt for mt in mentions if sent <= mt.start and mt.end <= verb.start()]
        persons = [mt for mt in subject if mt.entity_type == "person"]
        orgs = [mt for mt in subject if mt.entity_type == "organisation"]
        if persons or orgs:
            who = (persons or orgs)[-1]
            return who.surface, who.entity_id, "sentence"
    return None, None, None


def find_quotes(text: str, mentions: Sequence[Mention] | None = None) -> list[Quote]:
    """Quotes in ``text`` in order; ``mentions`` (from :func:`find_mentions`) name speakers.

    >>> qs = find_quotes('Sorokin’s lawyer, Marina Zhukova, said they would appeal. “The court '
    ...                  'punished a man for asking questions,” she told reporters.')
    >>> [(q.speaker, q.attribution) for q in qs]
    [('Marina Zhukova', 'pronoun')]
    >>> find_quotes('The so-called "technical group" met behind closed doors.')
    []
    """
    if not any(mark in text for mark in _MARKS):
        return []
    if mentions is None:
        mentions = find_mentions(text)
    out: list[Quote] = []
    for offset, para in split_paragraphs(text):
        for m in _QUOTE.finditer(para):
            group = next(g for g in "abcdefg" if m.group(g) is not None)
            s, e = offset + m.start(group), offset + m.end(group)
            body = text[s:e].rstrip()
            body = body[:-1].rstrip() if body.endswith(",") else body
            lead = len(body) - len(body.lstrip())  # « guillemets with inner spaces »
            s, body = s + lead, body.lstrip()
            e = s + len(body)
            if not _LETTER.search(body):
                continue
            speaker, entity, how = _attribute(text, mentions, offset + m.start(),
                                              offset + m.end(), offset, offset + len(para))
            prev = out[-1] if out and out[-1].start >= offset else None
            if speaker is None and prev is not None and prev.speaker is not None:
                between = text[prev.end:offset + m.start()].lstrip(",.!?…”\"»’ ")
                if len(between) <= 120 and not _OPENING_MARK.search(between):
                    # '"…," said Ana Costa. "And more…"': the same speaker goes on
                    speaker, entity, how = prev.speaker, prev.speaker_entity_id, "continued"
            cjk = _CJK.search(body)
            words = len(body) // 2 if cjk else len(body.split())
            if speaker is None and words < MIN_WORDS_UNATTRIBUTED:
                continue
            if speaker is not None and words < 2:
                continue
            out.append(Quote(len(out), body, s, e, speaker, entity, how))
    return out
