"""Golden, negative and property cases for transforms/minhash.py (the signature scheme)."""

from __future__ import annotations

import os
import random
import subprocess
import sys

import numpy as np
import regex
from hypothesis import given
from hypothesis import strategies as st

from transforms.minhash import (
    LSH_BANDS,
    MAX_HASH,
    NUM_PERM,
    SCHEME,
    band_keys,
    minhash_signature,
    shingle_hashes,
    signature_matrix,
    word_spans,
)

# what the scheme tokenised before it was vectorised: the words must stay the same
_WORD = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]|[\p{L}\p{N}]+")
STORY = ("The delegations met in Vienna on Monday to discuss a new exchange of prisoners, "
         "and both sides described the talks as difficult but useful for the months ahead.")


def _words(text: str) -> list[str]:
    starts, ends = word_spans(text)
    return [text[s:e] for s, e in zip(starts.tolist(), ends.tolist(), strict=True)]


def test_words_are_the_regex_words_golden():
    cases = {
        "The talks, the TALKS!": ["The", "talks", "the", "TALKS"],
        "東京 大阪": ["東", "京", "大", "阪"],
        "ab東京 東京ab": ["ab東京", "東", "京", "ab"],  # Han continues a word, never starts one
        "カタカナひらがな漢字abc": [*"カタカナひらがな漢字", "abc"],
        "x² ½ ٣٤ १२३ snake_case e\u0301": ["x²", "½", "٣٤", "१२३", "snake", "case", "e"],
        "\U00020000\U00020001x 𝐀𝐁 \U0001F600": ["\U00020000", "\U00020001", "x", "𝐀𝐁"],
        "Ціни зростають": ["Ціни", "зростають"],
        "": [],
        " \n\t.,;": [],
    }
    for text, want in cases.items():
        assert _words(text) == want == _WORD.findall(text), text


_CHARS = st.sampled_from(list("aZ1 東ぁカ_-.\u0301ß٣\n\U00020000é")) | st.characters()


@given(st.text(alphabet=_CHARS, max_size=40))
def test_words_equal_the_regex_on_any_text(text):
    assert _words(text) == _WORD.findall(text)


def test_signature_golden_values_pin_the_scheme():
    """Changing any constant of the scheme changes these: bump VERSION (and so SCHEME) too,
    so stored signatures are recomputed instead of silently compared across schemes."""
    assert SCHEME == "minhash-oph-w2-b128-v2"
    assert minhash_signature(STORY)[:6] == [2655638331, 567229475, 3158585357, 2687551349,
                                            3983290253, 50487812]


def test_signatures_are_deterministic_across_processes():
    code = ("from transforms.minhash import minhash_signature as m; "
            f"print(m({STORY!r}) == {minhash_signature(STORY)!r})")
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, check=True, cwd=os.getcwd()).stdout
    assert out.strip() == "True"


def test_signature_shape_range_and_case_insensitivity():
    sig = minhash_signature(STORY)
    assert len(sig) == NUM_PERM and all(0 <= v <= MAX_HASH for v in sig)
    assert sig == minhash_signature(STORY.upper().replace(",", " ;"))
    assert minhash_signature("") == [MAX_HASH] * NUM_PERM
    assert minhash_signature("...") == [MAX_HASH] * NUM_PERM
    assert signature_matrix([STORY, ""]).tolist() == [sig, [MAX_HASH] * NUM_PERM]


def test_negative_word_order_and_single_words_differ():
    a = minhash_signature("prisoners exchange talks")
    b = minhash_signature("talks exchange prisoners")  # same words, other bigrams
    assert sum(x == y for x, y in zip(a, b, strict=True)) < NUM_PERM // 4
    one = minhash_signature("Vienna")
    assert one != minhash_signature("Kyiv") and len(set(one)) == 1  # one shingle, densified
    assert shingle_hashes("Vienna").size == 1 and shingle_hashes("a b c").size == 2


def test_similarity_estimates_jaccard():
    """Fraction of equal positions vs the exact Jaccard of the bigram sets, over pairs of
    edited copies of one random text: unbiased, within the error MinHash promises."""
    rng = random.Random(3)
    vocab = [f"w{i}" for i in range(400)]
    base = rng.choices(vocab, k=300)
    errors = []
    for _ in range(200):
        other = list(base)
        for _ in range(rng.randrange(0, 200)):
            other[rng.randrange(len(other))] = rng.choice(vocab)

        def grams(w):
            return {(w[i], w[i + 1]) for i in range(len(w) - 1)}

        exact = len(grams(base) & grams(other)) / len(grams(base) | grams(other))
        sa, sb = (np.array(minhash_signature(" ".join(w))) for w in (base, other))
        errors.append(float((sa == sb).mean()) - exact)
    errors = np.array(errors)
    assert abs(errors.mean()) < 0.01
    assert np.sqrt((errors ** 2).mean()) < 0.06  # ~1/sqrt(128) at worst


def test_band_keys_change_with_their_band_only():
    sig = np.array(minhash_signature(STORY), dtype=np.uint32)
    bands, rows = LSH_BANDS
    keys = band_keys(sig[None, :])[0]
    assert keys.dtype == np.int64 and keys.shape == (bands,)
    assert (band_keys(sig[None, :])[0] == keys).all()
    changed = sig.copy()
    changed[5 * rows + 2] += 1  # a value of band 5
    diff = np.flatnonzero(band_keys(changed[None, :])[0] != keys)
    assert diff.tolist() == [5]
    # the same values in another band give another key (the band number is hashed in)
    flat = np.zeros((1, NUM_PERM), dtype=np.uint32)
    assert len(set(band_keys(flat)[0].tolist())) == bands
