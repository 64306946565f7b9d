"""Language identification: seeded langdetect, with 'und' when the evidence is thin.

>>> detect_language("The talks in Geneva were described as constructive by both delegations.")
('en', ...)
>>> detect_language("ok")
('und', 0.0)
"""

from __future__ import annotations

import re
from functools import lru_cache

UNDETERMINED = "und"
MIN_LETTERS = 12  # fewer letters than this: too little evidence to name a language
MIN_CONFIDENCE = 0.80  # below this probability the answer is 'und'
SAMPLE_CHARS = 600  # langdetect needs a few hundred characters, not the whole article
_LETTER = re.compile(r"[^\W\d_]")
_URL = re.compile(r"https?://\S+|www\.\S+|\S+@\S+")


@lru_cache(maxsize=1)
def _factory():
    from langdetect.detector_factory import DetectorFactory, init_factory
    import langdetect.detector_factory as dfm

    init_factory()
    DetectorFactory.seed = 0
    return dfm._factory


def _normalise_code(code: str) -> str:
    return {"zh-cn": "zh", "zh-tw": "zh"}.get(code, code)


def detect_language(text: str, sample_chars: int = SAMPLE_CHARS) -> tuple[str, float]:
    """(ISO 639-1 code or 'und', probability) for ``text``; never raises, deterministic."""
    sample = _URL.sub(" ", text[: sample_chars * 2])[:sample_chars]
    if len(_LETTER.findall(sample)) < MIN_LETTERS:
        return UNDETERMINED, 0.0
    factory = _factory()
    try:
        detector = factory.create()
        detector.append(sample)
        probs = detector.get_probabilities()
    except Exception:  # langdetect raises on featureless text
        return UNDETERMINED, 0.0
    if not probs:
        return UNDETERMINED, 0.0
    best = probs[0]
    if best.prob < MIN_CONFIDENCE:
        return UNDETERMINED, round(best.prob, 4)
    return _normalise_code(best.lang), round(best.prob, 4)
