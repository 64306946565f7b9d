"""Word frequencies from wordfreq's lists, held compactly.

wordfreq answers look-ups from each list turned into a Python dict (English 36 MB, German
70 MB, Polish 50 MB … per process), and the rules consult English plus seven other
languages: ~400 MB in every worker. Here a list is one bytes object — its words in UTF-8,
sorted and concatenated — and two arrays (where each word starts; its frequency bucket in
centibels): ~12 bytes a word, searched by bisection, built once per process from the same
files wordfreq reads.

:func:`zipf_frequency` answers exactly as ``wordfreq.zipf_frequency(word, lang)`` does (same
tokenising, number smashing and multi-token rule; tests compare them word for word);
:func:`frequency` is the plain look-up of one token, as ``get_frequency_dict(lang)[token]``.

>>> [zipf_frequency(w, "en") for w in ("range", "longrange", "zzqxv")]
[5.12, 1.29, 0.0]
>>> frequency("range", "en") == 10 ** (zipf_frequency("range", "en") - 9)
True
>>> frequency("zzqxv", "en")
0.0
"""

from __future__ import annotations

import contextlib
import math
import os
from array import array
from collections.abc import Iterator
from functools import cache, lru_cache
from itertools import accumulate
from pathlib import Path

FORMAT = 1  # bump when the table file layout changes



def _path(lang: str) -> str:
    """wordfreq's 'best' list for ``lang``: 'large' where it exists, else 'small'."""
    import wordfreq

    large = wordfreq.available_languages("large")
    return large[lang] if lang in large else wordfreq.available_languages("small")[lang]


def buckets(lang: str) -> list[list[str]]:
    """wordfreq's list for ``lang`` as read from its file: bucket *i* holds the words of
    frequency 10^(-i/100). Not cached: callers keep only what they need."""
    import wordfreq

    return wordfreq.read_cBpack(_path(lang))


def words_at_least(lang: str, zipf: float) -> Iterator[str]:
    """Every word of ``lang``'s list with a Zipf frequency of at least ``zipf``."""
    last = round((9 - zipf) * 100)
    for index, bucket in enumerate(buckets(lang)):
        if index > last:
            break
        yield from bucket


def _cache_dir() -> Path:
    """Where built tables are kept between runs (``NEWSETL_CACHE_DIR``, else the user's
    cache folder), one folder per wordfreq version."""
    import wordfreq

    root = os.environ.get("NEWSETL_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "newsetl")
    return Path(root) / f"lexicon-{FORMAT}-wordfreq-{getattr(wordfreq, '__version__', 'x')}"


def _build(lang: str, floor: float) -> bytes:
    """The table file of ``lang`` (words of Zipf >= ``floor``): a header line, the bucket
    of each word (uint16), where each word starts (uint32, plus the end), then the words in
    UTF-8, sorted by their bytes. A word listed twice keeps its last (rarest) bucket, as
    wordfreq's dict does."""
    latest: dict[bytes, int] = {}
    for index, bucket in enumerate(buckets(lang)):
        if index > round((9 - floor) * 100):
            break
        for word in bucket:
            latest[word.encode("utf-8", "surrogatepass")] = index
    words = sorted(latest)
    cbs = array("H", (latest[w] for w in words))
    starts = array("I", accumulate((len(w) for w in words), initial=0))
    head = f"{FORMAT} {len(words)}\n".encode()
    return head + cbs.tobytes() + starts.tobytes() + b"".join(words)


@cache
def _table(lang: str, floor: float = 0.0) -> tuple[bytes, array, array]:
    """(words blob, starts, buckets) of ``lang`` from the cache folder, built there first
    when missing (written atomically; an unwritable cache only costs the rebuild)."""
    path = _cache_dir() / f"{lang}-{floor:g}.bin"
    try:
        data = path.read_bytes()
        _split(data)
    except (OSError, ValueError):  # missing, unreadable or damaged: build it
        data = _build(lang, floor)
        with contextlib.suppress(OSError):
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_bytes(data)
            os.replace(tmp, path)
    return _split(data)


def _split(data: bytes) -> tuple[bytes, array, array]:
    """A table file's parts; ValueError when it is not a whole table of this format."""
    head, _, body = data.partition(b"\n")
    fmt, n = (int(x) for x in head.split())
    cbs, starts = array("H"), array("I")
    cbs.frombytes(body[:2 * n])
    starts.frombytes(body[2 * n:2 * n + 4 * (n + 1)])
    blob = body[2 * n + 4 * (n + 1):]
    if fmt != FORMAT or len(starts) != n + 1 or starts[-1] != len(blob):
        raise ValueError("not a lexicon table of this format")
    return blob, starts, cbs


def frequency(token: str, lang: str, floor: float = 0.0) -> float:
    """Frequency of one token exactly as listed (0.0 when not listed, or below ``floor``)."""
    import wordfreq

    blob, starts, cbs = _table(lang, floor)
    key = token.encode("utf-8", "surrogatepass")
    lo, hi = 0, len(cbs)
    while lo < hi:  # binary search over the sorted words
        mid = (lo + hi) // 2
        if blob[starts[mid]:starts[mid + 1]] < key:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(cbs) and blob[starts[lo]:starts[lo + 1]] == key:
        return wordfreq.cB_to_freq(-cbs[lo])
    return 0.0


@lru_cache(maxsize=200_000)
def zipf_frequency(word: str, lang: str, minimum: float = 0.0, floor: float = 0.0) -> float:
    """``wordfreq.zipf_frequency(word, lang, 'best', minimum)``, from the compact table.

    With ``floor`` the table holds only the words of Zipf >= floor: the answer is then exact
    whenever it is >= floor and some value below floor otherwise (a multi-token word is
    rarer than each of its tokens) — all a threshold test needs, from a third of the data."""
    import wordfreq
    from wordfreq.numbers import digit_freq, smash_numbers

    freq_min = wordfreq.zipf_to_freq(minimum)
    tokens = wordfreq.lossy_tokenize(word, lang)
    if not tokens:
        return round(wordfreq.freq_to_zipf(freq_min), 2)
    one_over = 0.0
    for token in tokens:
        smashed = smash_numbers(token)
        f = frequency(smashed, lang, floor)
        if f == 0.0:
            return round(wordfreq.freq_to_zipf(freq_min), 2)
        if smashed != token:
            f *= digit_freq(token)
        one_over += 1.0 / f
    freq = 1.0 / one_over
    if wordfreq.get_language_info(lang)["tokenizer"] == "jieba":
        freq *= wordfreq.INFERRED_SPACE_FACTOR ** -(len(tokens) - 1)
    unrounded = max(freq, freq_min)
    if unrounded == 0.0:
        freq = 0.0
    else:
        freq = round(unrounded, math.floor(-math.log(unrounded, 10)) + 3)
    return round(wordfreq.freq_to_zipf(freq), 2)


def preload(tables: tuple[tuple[str, float], ...]) -> None:
    """Load the (language, floor) tables now (a forkserver does it once for its workers)."""
    for lang, floor in tables:
        _table(lang, floor)


def listed(lang: str, min_frequency: float = 0.0) -> Iterator[tuple[str, float]]:
    """(word, frequency) of every word of ``lang``'s list as frequent as ``min_frequency``
    — the items of wordfreq's dict — in byte order."""
    import wordfreq

    blob, starts, cbs = _table(lang)
    for i, cb in enumerate(cbs):
        f = wordfreq.cB_to_freq(-cb)
        if f >= min_frequency:
            yield blob[starts[i]:starts[i + 1]].decode("utf-8", "surrogatepass"), f
