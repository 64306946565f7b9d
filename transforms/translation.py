"""Translation provenance: signals that an English text was translated, and from what.

Signals are data (``data/translation_signals.toml``); each becomes a row of
``translation_signals`` so the verdict can be audited: the source's country, a "Translated
from" line, Russian-era transliterations (Kiev, Kharkov), typography of other languages left in
the text (« », „ “, "word :"), Cyrillic letters inside Latin words, cp1251 mojibake, dd.mm.yyyy
dates and untranslated paragraphs or fragments.

>>> sigs = translation_signals(source_domain="example-news.com.ua", text="Analysts in Kiev said.",
...                            artefact_kinds=["homoglyph"], paragraph_languages=["en"])
>>> [(s.signal, s.value) for s in sigs]
[('source_tld', '.ua'), ('transliteration', 'Kiev'), ('homoglyph', '1')]
>>> verdict(sigs, "en")
(True, 'uk', 2.0)
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import regex

from transforms.data import read_data


@dataclass(frozen=True)
class Signal:
    signal: str
    value: str
    weight: float
    language_hint: str | None


@lru_cache(maxsize=1)
def _spec() -> dict:
    raw = read_data("translation_signals.toml")
    return tomllib.loads(raw)


@lru_cache(maxsize=1)
def _transliterations() -> tuple[regex.Pattern, dict[str, str], re.Pattern]:
    """(the words as whole words, word -> language, any of the words anywhere: a plain
    alternation the standard library scans for several times faster)."""
    table = {k: v for k, v in _spec()["transliteration"].items() if k != "weight"}
    words = sorted(table, key=len, reverse=True)
    alt = "|".join(regex.escape(k) for k in words)
    anywhere = re.compile("|".join(re.escape(k) for k in words))
    return (regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{alt})(?![\p{{L}}\p{{N}}])"), table,
            anywhere)


@lru_cache(maxsize=1)
def _cues() -> dict[str, regex.Pattern]:
    """Each line pattern's cue (data): a literal every match holds, sought with the pattern's
    own case-insensitive matching, so the pattern only runs on a text that holds it."""
    spec = _spec()
    return {k: regex.compile("(?i)" + regex.escape(spec[k]["cue"]))
            for k in ("translated_from", "original_link")}


_GUILLEMETS = regex.compile(r"«[^«»\n]{1,300}»")
_SPACED_GUILLEMETS = regex.compile(r"«[ \u00a0\u202f][^«»\n]{1,300}[ \u00a0\u202f]»")
_LOW_QUOTES = regex.compile(r"„[^„“”\n]{1,300}(?P<close>[“”])")
_CJK_QUOTES = regex.compile(r"「[^」\n]{1,300}」")
_SPACED_PUNCT = regex.compile(r"\p{L}[ \u00a0\u202f][;:!?](?=\s|$)")
_SPACE_COMMA = regex.compile(r"\p{L} [,.](?=\s)")
_MIXED_TOKEN = regex.compile(r"\b(?=\w*\p{Latin})(?=\w*\p{Cyrillic})\w+\b")
# UTF-8 Cyrillic read as cp1251: "Р"/"С" then a character cp1251 puts in 0x80-0xBF
_CP1251 = regex.compile(
    r"(?:[РС][\u0400-\u040f\u0450-\u045f\u0490\u0491\u00a0-\u00bf‚„…†‡€‰‹›‘’“”•–—™№]){3,}")
_DOTTED_DATE = regex.compile(r"(?<![\d.])\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})(?![\d.])")
_FOREIGN_SCRIPTS = (r"[\p{Cyrillic}\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Greek}"
                    r"\p{Arabic}\p{Hebrew}]")
_FOREIGN_RUN = regex.compile(rf"(?:{_FOREIGN_SCRIPTS}+[\s,.-]*){{2,}}")
_FOREIGN_LETTER = regex.compile(_FOREIGN_SCRIPTS)
_CYRILLIC = regex.compile(r"\p{Cyrillic}")
# what the typography patterns start with: a space (any of three) before ; : ! ? or , .
_SPACED_MARKS = tuple(sp + p for sp in " \u00a0\u202f" for p in ";:!?")
_SPACE_COMMA_MARKS = (" ,", " .")


def _source(out: list[Signal], domain: str | None) -> None:
    if not domain:
        return
    spec = _spec()
    domain = domain.lower()
    hosts = spec["hosts"]
    hit = next((h for h in hosts if h != "weight" and (domain == h or domain.endswith("." + h))),
               None)
    if hit:
        out.append(Signal("source_host", hit, hosts["weight"], hosts[hit]))
        return
    tld = domain.rsplit(".", 1)[-1]
    if tld in spec["tld"] and tld != "weight":
        out.append(Signal("source_tld", "." + tld, spec["tld"]["weight"], spec["tld"][tld]))


def _translated_from(out: list[Signal], body: str) -> None:
    spec = _spec()["translated_from"]
    if not _cues()["translated_from"].search(body):
        return
    m = regex.search(spec["pattern"], body)
    if not m:
        return
    rest = m.group("rest").strip()
    word = regex.match(r"\p{L}+", rest)
    hint = spec["languages"].get(word.group().casefold()) if word else None
    out.append(Signal("translated_from", rest[:80] or "yes", spec["weight"], hint))


def _original_link(out: list[Signal], body: str, domain: str | None) -> None:
    spec = _spec()["original_link"]
    tld = domain.rsplit(".", 1)[-1].lower() if domain else None
    if (tld and tld not in spec["english_tlds"] and _cues()["original_link"].search(body)
            and regex.search(spec["pattern"], body)):
        out.append(Signal("original_link", domain, spec["weight"], None))


def _typography(out: list[Signal], body: str) -> None:
    t = _spec()["typography"]
    if _GUILLEMETS.search(body):
        out.append(Signal("guillemets", "«»", t["guillemets_weight"], None))
        if _SPACED_GUILLEMETS.search(body):
            out.append(Signal("spaced_guillemets", "« »", t["spaced_guillemets_weight"], "fr"))
    m = _LOW_QUOTES.search(body)
    if m:
        out.append(Signal("low_quotes", "„" + m.group("close"), t["low_quotes_weight"],
                          "de" if m.group("close") == "“" else "pl"))
    if _CJK_QUOTES.search(body):
        out.append(Signal("cjk_quotes", "「」", t["cjk_quotes_weight"], None))
    least = t["min_spaced_punctuation"]
    # each match holds one of the marks: fewer marks than needed, no signal (and no scan)
    spaced = (_count_at_marks(_SPACED_PUNCT, body, _SPACED_MARKS)
              if sum(body.count(m) for m in _SPACED_MARKS) >= least else 0)
    if spaced >= least:
        out.append(Signal("spaced_punctuation", str(spaced),
                          t["spaced_punctuation_weight"], "fr"))
    commas = (_count_at_marks(_SPACE_COMMA, body, _SPACE_COMMA_MARKS)
              if sum(body.count(m) for m in _SPACE_COMMA_MARKS) >= least else 0)
    if commas >= least:
        out.append(Signal("space_before_comma", str(commas),
                          t["space_before_comma_weight"], None))


def _count_at_marks(pattern: regex.Pattern, body: str, marks: tuple[str, ...]) -> int:
    """``len(pattern.findall(body))`` for a pattern whose matches are a letter then one of
    the two-character ``marks``: tried only one character before each mark (matches cannot
    overlap: the mark holds no letter)."""
    count = 0
    for mark in marks:
        i = body.find(mark, 1)
        while i > 0:
            count += pattern.match(body, i - 1) is not None
            i = body.find(mark, i + 1)
    return count


def _fragments(out: list[Signal], text: str, paragraph_languages: Iterable[str]) -> None:
    """Paragraphs in another language, and runs of another script inside English ones."""
    t = _spec()["typography"]
    others = Counter(lang for lang in paragraph_languages if lang not in ("en", "und"))
    for lang in sorted(others):
        out.append(Signal("untranslated_fragment", lang, t["untranslated_weight"], lang))
    if others:
        return  # the paragraph already counts; its words would count twice
    first = _FOREIGN_LETTER.search(text)  # a run starts with such a letter
    m = _FOREIGN_RUN.search(text, first.start()) if first else None
    if m:
        lang = _fragment_language(m.group())
        out.append(Signal("foreign_fragment", m.group().strip()[:60], t["fragment_weight"],
                          None if lang == "und" else lang))


@lru_cache(maxsize=1024)  # the same quotation recurs across articles
def _fragment_language(fragment: str) -> str:
    from transforms.language import identify_language

    return identify_language(fragment).language


def _mixed_tokens(raw_text: str) -> int:
    """Words with both Latin and Cyrillic letters. A word never spans a line, so only the
    lines with a Cyrillic letter are read (the same count as reading the whole text)."""
    count = 0
    m = _CYRILLIC.search(raw_text)
    while m:
        start = raw_text.rfind("\n", 0, m.start()) + 1
        end = raw_text.find("\n", m.end())
        end = len(raw_text) if end < 0 else end
        count += len(_MIXED_TOKEN.findall(raw_text[start:end]))
        m = _CYRILLIC.search(raw_text, end)
    return count


def translation_signals(
    *,
    source_domain: str | None,
    text: str,
    artefact_kinds: Iterable[str],
    paragraph_languages: Iterable[str],
    raw_text: str = "",
    language: str = "en",
) -> list[Signal]:
    """All signals found for one document (``text`` = clean text; ``raw_text`` keeps the
    typography and dates that cleaning normalised or removed). Only English documents are
    judged (``language`` is the document's): a native article yields no signals."""
    if language != "en":
        return []
    spec = _spec()
    t = spec["typography"]
    body = raw_text or text
    kinds = Counter(artefact_kinds)
    out: list[Signal] = []
    _source(out, source_domain)
    _translated_from(out, body)
    _original_link(out, body, source_domain)
    pattern, table, anywhere = _transliterations()
    first = anywhere.search(text)  # no match starts before the first of the words
    found = pattern.finditer(text, first.start()) if first else ()
    for word in dict.fromkeys(m.group() for m in found):
        out.append(Signal("transliteration", word, spec["transliteration"]["weight"],
                          table[word]))
    _typography(out, body)
    mixed = _mixed_tokens(body) if raw_text else 0
    homoglyphs = max(kinds["homoglyph"], mixed)
    if homoglyphs:
        out.append(Signal("homoglyph", str(homoglyphs), t["homoglyph_weight"], None))
    m = _CP1251.search(raw_text) if "Р" in raw_text or "С" in raw_text else None
    if m:
        out.append(Signal("cp1251_mojibake", m.group()[:30], t["cp1251_mojibake_weight"],
                          None))
    m = _DOTTED_DATE.search(raw_text)
    if m:
        out.append(Signal("numeric_date", m.group(), t["numeric_date_weight"], None))
    _fragments(out, text, paragraph_languages)
    return out


def verdict(signals: list[Signal], language: str) -> tuple[bool, str | None, float]:
    """(is_translated, source_language, score) for a document in ``language``.

    Only English documents are judged: a native article is not a translation.

    >>> verdict([Signal("source_tld", ".it", 0.8, "it")], "en")
    (False, None, 0.8)
    """
    score = round(sum(s.weight for s in signals), 4)
    if language != "en":
        return False, None, score
    hints: Counter = Counter()
    for s in signals:
        if s.language_hint and s.language_hint != "en":
            hints[s.language_hint] += s.weight
    translated = score >= _spec()["threshold"]
    source = max(sorted(hints), key=lambda k: hints[k]) if hints and translated else None
    return translated, source, score
