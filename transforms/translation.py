"""Translation provenance: signals that an English text was translated, and from what.

Signals are data (data/translation_signals.toml); each becomes a row of
``translation_signals`` so the verdict can be audited.

>>> sigs = translation_signals(source_domain="example-news.com.ua", text="Analysts in Kiev said.",
...                            artefact_kinds=["homoglyph"], paragraph_languages=["en"])
>>> [(s.signal, s.value) for s in sigs]
[('source_tld', '.ua'), ('transliteration', 'Kiev'), ('homoglyph', '1')]
>>> verdict(sigs, "en")
(True, 'uk', 2.2)
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Signal:
    signal: str
    value: str
    weight: float
    language_hint: str | None


@lru_cache(maxsize=1)
def _spec() -> dict:
    raw = resources.files("transforms.data").joinpath("translation_signals.toml").read_text()
    return tomllib.loads(raw)


_GUILLEMETS = re.compile(r"[«»]")
_NUMERIC_DATE = re.compile(r"\b\d{1,2}\.\d{1,2}\.\d{2,4}\b")


def translation_signals(
    *,
    source_domain: str | None,
    text: str,
    artefact_kinds: Iterable[str],
    paragraph_languages: Iterable[str],
    raw_text: str = "",
) -> list[Signal]:
    """All signals found for one document."""
    spec = _spec()
    out: list[Signal] = []
    if source_domain:
        hosts = spec["hosts"]
        host_hit = next((h for h in hosts if h != "weight" and
                         (source_domain == h or source_domain.endswith("." + h))), None)
        if host_hit:
            out.append(Signal("source_host", host_hit, hosts["weight"], hosts[host_hit]))
        else:
            tld = source_domain.rsplit(".", 1)[-1]
            if tld in spec["tld"] and tld != "weight":
                out.append(Signal("source_tld", "." + tld, spec["tld"]["weight"],
                                  spec["tld"][tld]))
    translit = spec["transliteration"]
    for word, lang in translit.items():
        if word != "weight" and re.search(rf"\b{re.escape(word)}\b", text):
            out.append(Signal("transliteration", word, translit["weight"], lang))
    typo = spec["typography"]
    kinds = Counter(artefact_kinds)
    body = raw_text or text
    if _GUILLEMETS.search(body):
        out.append(Signal("guillemets", "«»", typo["guillemets_weight"], None))
    if kinds["homoglyph"]:
        out.append(Signal("homoglyph", str(kinds["homoglyph"]), typo["homoglyph_weight"], None))
    if kinds["spacing"] >= 2 and re.search(r"\w [,;:!?]", body):
        out.append(Signal("spaced_punctuation", str(kinds["spacing"]),
                          typo["spaced_punctuation_weight"], None))
    if _NUMERIC_DATE.search(raw_text):
        out.append(Signal("numeric_date", _NUMERIC_DATE.search(raw_text).group(),
                          typo["numeric_date_weight"], None))
    others = Counter(lang for lang in paragraph_languages if lang not in ("en", "und"))
    for lang, n in others.items():
        out.append(Signal("untranslated_fragment", lang, typo["untranslated_weight"], lang))
    return out


def verdict(signals: list[Signal], language: str) -> tuple[bool, str | None, float]:
    """(is_translated, source_language, score) for a document in ``language``."""
    score = round(sum(s.weight for s in signals), 4)
    if language != "en":
        return False, None, score
    hints = Counter()
    for s in signals:
        if s.language_hint:
            hints[s.language_hint] += s.weight
    source = max(sorted(hints), key=lambda k: hints[k]) if hints else None
    return score >= _spec()["threshold"], source, score
