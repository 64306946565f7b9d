"""MinHash signatures and LSH band keys, computed with numpy arithmetic only.

A document's shingles are the word bigrams of its case-folded clean text (a word is a run
of letters and digits; a Han, Hiragana or Katakana character that starts a word is a word
by itself — exactly ``regex.findall(r"[\\p{Han}\\p{Hiragana}\\p{Katakana}]|[\\p{L}\\p{N}]+")``).
Words are found and hashed over the text's code points at once (a lookup table of character
classes, a polynomial hash over 64-bit wrapping arithmetic with prefix sums); a bigram's
hash mixes its two word hashes (splitmix64's finaliser). The signature is one-permutation
MinHash (Li, Owen & Zhang 2012): the hash's top 7 bits pick one of 128 bins, the next 32
bits are the value, each bin keeps its minimum, and an empty bin takes the value of the
bin its fixed probe sequence reaches first (Shrivastava's optimal densification). That is
one hash per shingle instead of 128 (``datasketch`` hashes each shingle with SHA-1 and
permutes it 128 times), and the fraction of equal positions still estimates Jaccard.

Everything is fixed by constants below: the same text gives the same signature in every
process, platform and version (no Python ``hash``, no library hash whose output may change).

>>> sig = minhash_signature("Grain exports rose for a third month")
>>> len(sig), sig == minhash_signature("grain EXPORTS rose, for a third month!")
(128, True)
>>> len(band_keys([sig])[0])
32
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import numpy as np

NUM_PERM = 128  # bins (signature length)
SHINGLE = 2  # words per shingle
VERSION = 2  # 1 was datasketch's MinHash (SHA-1 per shingle, 128 permutations)
SCHEME = f"minhash-oph-w{SHINGLE}-b{NUM_PERM}-v{VERSION}"  # stored with each signature
LSH_BANDS = (32, 4)  # (bands, rows per band): datasketch's MinHashLSH choice at 0.35
MAX_HASH = (1 << 32) - 1  # every value of an empty document's signature

_U64 = np.uint64
_P = _U64(0x100000001B3)  # FNV-1's 64-bit prime (odd, so invertible modulo 2**64)
_P_INV = _U64(pow(0x100000001B3, -1, 1 << 64))
_PAIR = _U64(0x9E3779B97F4A7C15)
_BAND = _U64(0xD6E8FEB86659FD93)
_PROBES = 256  # densification probes per empty bin before falling back to the next bin
_CJK = r"[\p{Han}\p{Hiragana}\p{Katakana}]"
_WORD_CHAR = r"[\p{L}\p{N}]"


def mix64(z: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser: every input bit affects every output bit (wrapping uint64).

    >>> int(mix64(np.array([1], dtype=np.uint64))[0])
    6238072747940578789
    """
    z = z ^ (z >> _U64(30))
    z = z * _U64(0xBF58476D1CE4E5B9)
    z = z ^ (z >> _U64(27))
    z = z * _U64(0x94D049BB133111EB)
    return z ^ (z >> _U64(31))


@cache
def _char_classes() -> np.ndarray:
    """Class of every code point: 0 not a word character, 1 letter/digit, 2 Han/kana
    (decided by the ``regex`` module's Unicode tables, once per process)."""
    import regex

    cls = np.zeros(0x110000, dtype=np.uint8)
    chars = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x110000)))
    offset = np.array([0, 0xE000 - 0xD800], dtype=np.int64)

    def codes(pattern: str) -> np.ndarray:
        pos = np.fromiter((m.start() for m in regex.finditer(pattern, chars)), dtype=np.int64)
        return pos + offset[(pos >= 0xD800).astype(np.int64)]

    cls[codes(_WORD_CHAR)] = 1
    cls[codes(_CJK)] = 2
    return cls


_powers = {"up": np.ones(1, dtype=np.uint64), "down": np.ones(1, dtype=np.uint64)}


def _power_tables(n: int) -> tuple[np.ndarray, np.ndarray]:
    """P**k and P**-k modulo 2**64 for k < n (grown by doubling, kept per process)."""
    if _powers["up"].size < n:
        size = max(n, 2 * _powers["up"].size)
        for name, base in (("up", _P), ("down", _P_INV)):
            steps = np.full(size, base, dtype=np.uint64)
            steps[0] = 1
            _powers[name] = np.cumprod(steps, dtype=np.uint64)
    return _powers["up"][:n], _powers["down"][:n]


def word_spans(text: str) -> tuple[np.ndarray, np.ndarray]:
    """(starts, ends) of the words of ``text`` (already case-folded) in code points.

    >>> starts, ends = word_spans("talks: 東京 ab東 x1")
    >>> [("talks: 東京 ab東 x1")[s:e] for s, e in zip(starts.tolist(), ends.tolist())]
    ['talks', '東', '京', 'ab東', 'x1']
    """
    return _spans(np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32))


def _spans(cps: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    cls = _char_classes()[cps]
    word = cls > 0
    n = cps.size
    if n == 0:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    # A word starts at a word character after a non-word character, or after a Han/kana
    # character that itself started a word (all characters before it in the run are
    # Han/kana); it ends before the next start or non-word character.
    latin = (word & (cls == 1)).astype(np.int64)
    run_start = word & ~np.concatenate(([False], word[:-1]))
    run_first = np.maximum.accumulate(np.where(run_start, np.arange(n), 0))
    before = np.cumsum(latin) - latin  # letters/digits before each position
    head = (cls == 2) & (before - before[run_first] == 0)  # a one-character word
    start = run_start | (word & np.concatenate(([False], head[:-1])))
    end = word & ~np.concatenate((word[1:] & ~start[1:], [False]))
    return np.flatnonzero(start), np.flatnonzero(end) + 1


def word_hashes(text: str) -> np.ndarray:
    """64-bit hash of each word of ``text`` (case-folded here), in text order.

    >>> a, b = word_hashes("Rain, RAIN")
    >>> a == b
    np.True_
    """
    cps = np.frombuffer(text.casefold().encode("utf-32-le"), dtype=np.uint32)
    starts, ends = _spans(cps)
    if not starts.size:
        return np.empty(0, dtype=np.uint64)
    cps = cps.astype(np.uint64)
    up, down = _power_tables(cps.size + 1)
    prefix = np.zeros(cps.size + 1, dtype=np.uint64)
    np.cumsum(cps * up[:-1], dtype=np.uint64, out=prefix[1:])
    # sum over the word of c_j * P**(j - start), plus its length so no word hashes to 0
    poly = (prefix[ends] - prefix[starts]) * down[starts]
    return mix64(poly + (ends - starts).astype(np.uint64))


def shingle_hashes(text: str, size: int = SHINGLE) -> np.ndarray:
    """64-bit hash of every word n-gram (repeats included: they do not change a minimum).
    A text shorter than ``size`` words is one shingle of all its words."""
    words = word_hashes(text)
    if words.size == 0:
        return words
    if words.size < size:
        size = words.size
    acc = words[: words.size - size + 1].copy()
    for k in range(1, size):
        acc = acc * _PAIR + words[k: words.size - size + 1 + k]
    return mix64(acc)


@cache
def _probes() -> np.ndarray:
    """For each bin, the fixed sequence of bins an empty bin borrows from (densification)."""
    i = np.arange(NUM_PERM, dtype=np.uint64)[:, None]
    t = np.arange(1, _PROBES + 1, dtype=np.uint64)[None, :]
    return (mix64((i << _U64(32)) | t) >> _U64(57)).astype(np.intp)


def signature_of_hashes(hashes: np.ndarray) -> np.ndarray:
    """The one-permutation MinHash of a set of 64-bit shingle hashes (uint32, NUM_PERM)."""
    sig = np.full(NUM_PERM, MAX_HASH, dtype=np.uint32)
    if hashes.size == 0:
        return sig
    keys = np.sort(hashes >> _U64(25))  # 7 bin bits, then 32 value bits
    bins = (keys >> _U64(32)).astype(np.intp)
    first = np.flatnonzero(np.concatenate(([True], bins[1:] != bins[:-1])))
    sig[bins[first]] = (keys[first] & _U64(MAX_HASH)).astype(np.uint32)
    full = np.zeros(NUM_PERM, dtype=bool)
    full[bins[first]] = True
    empty = np.flatnonzero(~full)
    if empty.size:
        probes = _probes()[empty]
        hit = full[probes]
        found = hit.any(axis=1)
        donor = probes[np.arange(empty.size), hit.argmax(axis=1)]
        # rarely (a handful of bins filled): the next filled bin, cyclically
        filled = np.flatnonzero(full)
        nxt = filled[np.searchsorted(filled, empty) % filled.size]
        sig[empty] = sig[np.where(found, donor, nxt)]
    return sig


def minhash_signature(text: str) -> list[int]:
    """The document's MinHash signature: NUM_PERM integers below 2**32 (fit BIGINT)."""
    return signature_of_hashes(shingle_hashes(text)).tolist()


def signature_matrix(texts: Sequence[str]) -> np.ndarray:
    """Signatures of many texts as one (n, NUM_PERM) uint32 array."""
    out = np.empty((len(texts), NUM_PERM), dtype=np.uint32)
    for i, text in enumerate(texts):
        out[i] = signature_of_hashes(shingle_hashes(text))
    return out


def band_keys(signatures, bands: tuple[int, int] = LSH_BANDS) -> np.ndarray:
    """(n, bands) int64 keys: a 64-bit hash of each band's values (its position included).
    Two documents are LSH candidates when they share a key in the same band.

    >>> k = band_keys(np.zeros((2, NUM_PERM), dtype=np.uint32))
    >>> k.shape, bool((k[0] == k[1]).all()), len(set(k[0].tolist()))
    ((2, 32), True, 32)
    """
    b, r = bands
    sig = np.asarray(signatures, dtype=np.uint64).reshape(-1, NUM_PERM)[:, : b * r]
    acc = np.broadcast_to(np.arange(1, b + 1, dtype=np.uint64), (sig.shape[0], b)).copy()
    rows = sig.reshape(-1, b, r)
    for j in range(r):
        acc = mix64(acc * _BAND + rows[:, :, j])
    return acc.view(np.int64)
