"""transforms.lexicon answers exactly as wordfreq does, from its compact cached tables."""

import random

import pytest
import wordfreq

from transforms import lexicon

ODD = ["in2023", "by14", "Kostenko11:02", "jean-marc", "Ranges", "U.S.", "zzqx", "", "  ",
       "3.5%", "don’t", "l'état", "Straße", "ΔΣ", "москва", "东京", "ceasefire", "longrange"]


def _sample(lang: str, k: int, seed: int) -> list[str]:
    words = [w for bucket in lexicon.buckets(lang) for w in bucket]
    return random.Random(seed).sample(words, k)


@pytest.fixture(scope="module", autouse=True)
def private_cache(tmp_path_factory):
    mp = pytest.MonkeyPatch()
    mp.setenv("NEWSETL_CACHE_DIR", str(tmp_path_factory.mktemp("lexicon")))
    lexicon._table.cache_clear()
    lexicon.zipf_frequency.cache_clear()
    yield
    mp.undo()
    lexicon._table.cache_clear()
    lexicon.zipf_frequency.cache_clear()


@pytest.mark.parametrize("lang", ["en", "de", "pl", "ru"])
def test_zipf_frequency_equals_wordfreq(lang):
    words = _sample(lang, 1500, 1) + _sample("en", 300, 2) + ODD
    got = [lexicon.zipf_frequency(w, lang) for w in words]
    assert got == [wordfreq.zipf_frequency(w, lang) for w in words]
    assert sum(g > 0 for g in got) > 1000  # the sample really exercises listed words


def test_frequency_is_the_listed_value():
    freqs = wordfreq.get_frequency_dict("en")
    for w in _sample("en", 2000, 3) + ["zzqxv", "Range"]:
        assert lexicon.frequency(w, "en") == freqs.get(w, 0.0)


def test_floor_is_exact_for_a_threshold_test():
    words = _sample("fr", 3000, 4) + _sample("en", 500, 5) + ODD
    for w in words:
        assert (lexicon.zipf_frequency(w, "fr", floor=2.0) >= 2.0) == \
            (wordfreq.zipf_frequency(w, "fr") >= 2.0), w
    assert lexicon.frequency("bonjour", "fr", floor=2.0) > 0
    rare = next(w for w in words if 0 < wordfreq.zipf_frequency(w, "fr") < 1.5)
    assert lexicon.frequency(rare, "fr", floor=2.0) == 0.0 < lexicon.frequency(rare, "fr")


def test_listed_is_the_dict_items():
    common = wordfreq.zipf_to_freq(4.5)
    want = {w: f for w, f in wordfreq.get_frequency_dict("en").items() if f >= common}
    assert dict(lexicon.listed("en", common)) == want


def test_tables_are_cached_on_disk_and_a_damaged_file_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSETL_CACHE_DIR", str(tmp_path))
    lexicon._table.cache_clear()
    assert lexicon.frequency("range", "en", floor=3.0) > 0
    (path,) = tmp_path.glob("*/en-3.bin")
    path.write_bytes(path.read_bytes()[:1000])  # truncated, e.g. a full disk
    lexicon._table.cache_clear()
    assert lexicon.frequency("range", "en", floor=3.0) > 0
    assert lexicon._split(path.read_bytes())  # rewritten whole
    lexicon._table.cache_clear()


def test_unwritable_cache_still_answers(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("NEWSETL_CACHE_DIR", str(blocker / "sub"))
    lexicon._table.cache_clear()
    assert lexicon.frequency("range", "en", floor=3.0) > 0
    lexicon._table.cache_clear()
