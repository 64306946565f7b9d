"""The shortcuts of transforms/language.py give exactly what the plain rules give.

Each shortcut is checked against the rule it replaces, written here as it was: script counts
from ``regex`` runs, words from the ``regex`` word rule, word scores summed token by token in
a Python loop, the posterior summed over every language, and the document read on its own
rather than assembled from its paragraphs. Golden cases then pin the decisions of a document
and its paragraphs, negative cases included (a foreign quote in an English document, a
mixed-script paragraph, a paragraph too short to judge).
"""

from __future__ import annotations

import random
from collections import Counter

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import transforms.language as language
from transforms.language import detect_document_languages, identify_language

LIMIT = 400  # word_sample_tokens


# -- the rules as they were written before the shortcuts -------------------------------------
def rule_profile(text: str) -> Counter:
    counts: Counter = Counter()
    for m in language._SCRIPT_RUNS.finditer(text):
        counts[m.lastgroup] += m.end() - m.start()
    return counts


def rule_tokens(text: str, script: str) -> list[str]:
    return language._script_word(script).findall(text.lower())[:LIMIT]


def rule_score(tokens: list[str], script: str) -> tuple[list[float], list[int], int]:
    """Gains, hits and known tokens by a loop over the tokens (the original _word_score)."""
    lex = language._lexicon(script)
    n = len(lex.languages)
    gain, hits, known = [0.0] * n, [0] * n, 0
    for tok in tokens:
        row = lex.rows.get(tok)
        if row is None:
            continue
        known += 1
        for e in range(lex.start[row], lex.start[row + 1]):
            gain[lex.column[e]] += lex.gain[e]
            hits[lex.column[e]] += 1
    return gain, hits, known


def rule_ranking(gain: list[float], script: str) -> list[tuple[str, float]]:
    languages = language._lexicon(script).languages
    return sorted(zip(languages, gain, strict=True), key=lambda x: (-x[1], x[0]))


def rule_posterior(ranking: list[tuple[str, float]], lang: str) -> float:
    scores = dict(ranking)
    top = ranking[0][1]
    z = sum(10 ** (0.5 * (s - top)) for s in scores.values())
    return 10 ** (0.5 * (scores[lang] - top)) / z


# -- texts that reach the corners of the shortcuts --------------------------------------------
CORNERS = [
    "",
    "plain ASCII text, with 3 numbers and CAPITALS.",
    "Le café « crème » coûte 2,50 € à Paris — déjà ?",
    "Das Straßenfest in Köln: Grüße aus der Südstadt.",
    "NАТO and ЕU (Cyrillic А, Т, Е inside Latin words) met in Brussels.",
    "Переговоры в Женеве возобновились, — сообщил МИД России.",
    "Ціни зростають; «Укрзалізниця» ґрунтовно змінює розклад.",
    "Chapter Ⅳ and Ⅻ of the report (Roman numeral signs are Latin, not letters).",
    "Old Church Slavonic ҂а and titlo а҃ marks in a Russian word: сл҃во.",
    "Mathematical 𝐁𝐨𝐥𝐝 letters and an emoji 🙂 beside English words.",
    "Combining marks: cafe\u0301 and nai\u0308ve and \u0130stanbul and \u212aelvin.",
    "日本語のテキスト mixed with English words and 한국어 too.",
    "Greek ΣΟΦΙΑ and σοφία in an English sentence.",
    "tab\tseparated\u00a0no-break\u2003em space\u3000ideographic words",
    "Ｆｕｌｌｗｉｄｔｈ Ｌａｔｉｎ letters and ｶﾀｶﾅ half-width kana.",
    "ﬁnance ﬂows (ligatures) and ǅemal (titlecase digraph).",
    "a\ud800b lone surrogate in the middle",
]
ALPHABET = (
    "abcxyzABCXYZéèüößñçłŁİı \n\t.,;:!?-«»'\"0123456789ⅣⅫ҂҃\u0301\u0308"
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВЄЇІҐєїіґўј"
    "ΣσςΑβγ日本語かなカナ한국ابپ"
    "𝐁𝐨🙂\u00a0\u2003\u3000ﬁǅ"
)
texts = st.text(alphabet=ALPHABET, max_size=300)


@pytest.mark.parametrize("text", CORNERS)
def test_script_counts_match_the_regex_runs(text):
    assert language.script_profile(text) == rule_profile(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(texts, max_size=6))
def test_script_counts_of_many_texts_at_once_match(batch):
    got = language._profiles(batch)
    assert [profile for profile, _ in got] == [rule_profile(t) for t in batch]


@pytest.mark.parametrize("text", CORNERS)
@pytest.mark.parametrize("script", ["Latin", "Cyrillic"])
def test_words_match_the_regex_rule(text, script):
    ((_, plain),) = language._profiles([text])
    expected = rule_tokens(text, script)
    assert language._tokens(text, script) == expected
    only = [s for s in language.script_profile(text)]
    if plain and only in ([], [script]):  # the plain shortcut is taken for the text's script
        assert language._tokens(text, script, plain=True) == expected


@settings(max_examples=400, deadline=None)
@given(texts)
def test_words_of_any_text_match_the_regex_rule(text):
    ((profile, plain),) = language._profiles([text])
    for script in ("Latin", "Cyrillic"):
        use_plain = plain and list(profile) in ([], [script])
        assert language._tokens(text, script, use_plain) == rule_tokens(text, script)


def test_lowercase_keeps_a_plain_text_plain():
    # _profiles judges the text, the words are read from text.lower(): no BMP letter or
    # scriptless character may become a letter of another script, a sign or an astral one
    classes = language._char_classes()
    for cp in range(0x10000):
        if 0xD800 <= cp < 0xE000:
            continue
        k = int(classes[cp])
        if not (k == 0 or k <= language._N or k == language._OTHER_LETTER):
            continue
        for ch in chr(cp).lower():
            assert ord(ch) <= 0xFFFF and int(classes[ord(ch)]) in (0, k), hex(cp)


def test_whitespace_has_no_script():
    # the document reading adds up its paragraphs' counts and skips the whitespace between
    spaces = "".join(chr(cp) for cp in range(0x110000)
                     if not 0xD800 <= cp < 0xE000 and chr(cp).isspace())
    assert rule_profile(spaces) == Counter()


def _random_tokens(rng: random.Random, script: str) -> list[str]:
    lex = language._lexicon(script)
    words = list(lex.rows)
    pool = rng.sample(words, 300) + ["zzqx", "notaword", "énorme", "ёлка"]
    return [rng.choice(pool) for _ in range(rng.choice([0, 1, 3, 17, 80, LIMIT]))]


@pytest.mark.parametrize("script", ["Latin", "Cyrillic"])
def test_word_scores_are_the_token_by_token_sums(script):
    rng = random.Random(7)
    for _ in range(40):
        batch = [_random_tokens(rng, script) for _ in range(rng.randint(1, 6))]
        readings = []
        for tokens in batch:
            r = language._Reading("", Counter(), script)
            r._rows = language._lexicon_rows(tokens, script)
            readings.append(r)
        language._score(readings)
        for r, tokens in zip(readings, batch, strict=True):
            gain, hits, known = rule_score(tokens, script)
            raw = r.raw()
            assert raw.gain == gain  # the same floats, not just close ones
            assert raw.hits() == hits and raw.known == known and raw.tokens == len(tokens)
            ranking = rule_ranking(gain, script)
            assert language._rank(raw, script, language._lexicon(script).languages).ranking \
                == tuple(ranking)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.floats(-60, 60, allow_nan=False), min_size=1, max_size=27),
       st.booleans())
def test_rounded_posterior_is_the_rounded_sum(gains, spread):
    script = "Latin"
    n = len(language._lexicon(script).languages)
    gain = (gains * n)[:n]
    if spread:  # one language far ahead: the shortcut is taken
        gain[0] += 80.0
    raw = language._RawScore(gain, [int(i) for i in np.lexsort(
        (language._code_order(script), -np.array(gain)))], 5, np.ones(5, np.intp), script)
    words = language._rank(raw, script, language._lexicon(script).languages)
    ranking = rule_ranking(gain, script)
    for lang in (ranking[0][0], ranking[-1][0]):
        assert words.posterior4(lang) == round(rule_posterior(ranking, lang), 4)


# -- the document read from its paragraphs is the document read on its own ---------------------
PARAGRAPHS = [
    "The council voted on Thursday to extend the night bus network by eighteen months.",
    "«Я не отрицаю, что ошибся в одной цифре», — сказал он в суде в среду.",
    "Dopo due anni di stop, torna nel borgo la tradizionale sagra delle castagne.",
    "By Anna Rossi",
    "12:30, 17.06.25",
    "Officials said construction would start in the autumn. " * 70,  # beyond the scan
]


def _same_reading(text: str, paragraphs: list[str]) -> None:
    assembled = language._read_document(text, paragraphs, language._read_all(paragraphs))
    alone = language._read(text)
    assert assembled.scan == alone.scan
    assert dict(assembled.profile) == dict(alone.profile)
    assert assembled.script == alone.script
    if alone.script in ("Latin", "Cyrillic"):
        assert assembled.rows().tolist() == alone.rows().tolist()


@pytest.mark.parametrize("sep", ["\n\n", "\n", " \n \n", "\t"])
def test_document_reading_from_aligned_paragraphs(sep):
    _same_reading(sep.join(PARAGRAPHS), PARAGRAPHS)
    _same_reading("  " + sep.join(PARAGRAPHS[:3]), PARAGRAPHS[:3])


@pytest.mark.parametrize(("text", "paragraphs"), [
    ("".join(PARAGRAPHS[:3]), PARAGRAPHS[:3]),  # glued: no whitespace between paragraphs
    ("\n\n".join(PARAGRAPHS[:3]), [PARAGRAPHS[1], PARAGRAPHS[0]]),  # out of order
    ("\n\n".join(PARAGRAPHS[:3]), ["The council", "voted"]),  # fragments of words' runs
    ("\n\n".join(PARAGRAPHS[:3]), ["council voted"]),  # starts inside a line
    ("Intro line\n\n" + "\n\n".join(PARAGRAPHS[:3]), PARAGRAPHS[:3]),  # text not in paragraphs
    ("\n\n".join(PARAGRAPHS[:3]) + "\n\nsee https://example.com/a", PARAGRAPHS[:3]),  # URL
    ("\n\n".join(PARAGRAPHS[:3]), []),
    ("x", ["The minister said the talks would continue next week in Geneva."]),
    ("\n\n".join(PARAGRAPHS[:3]), ["", *PARAGRAPHS[:3]]),
])
def test_document_reading_when_paragraphs_do_not_line_up(text, paragraphs):
    _same_reading(text, paragraphs)


@settings(max_examples=200, deadline=None)
@given(st.lists(texts, min_size=1, max_size=8),
       st.lists(st.sampled_from(["\n\n", "\n", " ", "", "x", "\u3000"]), min_size=8,
                max_size=8),
       st.integers(0, 3))
def test_document_reading_from_any_paragraphs(paragraphs, seps, drop):
    text = "".join(p + s for p, s in zip(paragraphs, seps, strict=False))
    _same_reading(text, paragraphs[drop:])
    _same_reading(text * 12, paragraphs)  # long: the scan ends inside the text


# -- golden decisions: a document and its paragraphs -------------------------------------------
EN = [
    "A district court fined a local blogger for publishing false information about the "
    "floods, prosecutors said on Wednesday.",
    "His lawyer said they would appeal the decision to the regional court next week, and "
    "that the fine was out of proportion to what he had written.",
    "The court is expected to hear the appeal in the spring, officials said.",
]
FOREIGN = {
    "ru": "«Я не отрицаю, что ошибся в одной цифре, и я сразу же исправил её, как только мне "
          "указали на ошибку», — сказал он в суде.",
    "it": "«Non ho mai negato di aver sbagliato una cifra, e l'ho corretta subito appena me "
          "l'hanno fatto notare», ha detto davanti ai giudici.",
    "de": "„Ich habe nie bestritten, dass ich mich bei einer Zahl geirrt habe, und ich habe "
          "sie sofort korrigiert“, sagte er vor Gericht.",
}


@pytest.mark.parametrize("lang", sorted(FOREIGN))
def test_foreign_quote_in_an_english_document_is_found(lang):
    paras = [EN[0], FOREIGN[lang], EN[1], EN[2]]
    res = detect_document_languages("\n\n".join(paras), paras)
    assert res.document.language == "en"
    assert [p.language for p in res.paragraphs] == ["en", lang, "en", "en"]
    # the English paragraphs take the document's language; the quote is judged on its own
    assert [p.method for p in res.paragraphs][::2] == ["document", "document"]
    assert res.paragraphs[1].method != "document"


def test_english_paragraphs_inherit_with_full_confidence():
    res = detect_document_languages("\n\n".join(EN), EN)
    assert [(p.language, p.confidence, p.method) for p in res.paragraphs] == [
        ("en", 1.0, "document")] * 3


def test_mixed_script_paragraph():
    # half Russian, half English: Cyrillic letters dominate, the Russian letters decide
    mixed = ("Переговоры в Женеве возобновились после перерыва, сообщили дипломаты. "
             "Talks resumed.")
    res = detect_document_languages("\n\n".join([EN[0], mixed, EN[1]]), [EN[0], mixed, EN[1]])
    assert [p.language for p in res.paragraphs] == ["en", "ru", "en"]
    # English words with Cyrillic homoglyphs stay English
    homoglyphs = "The NАТО summit in Brussels ended on Friday with a joint statement on aid."
    res = detect_document_languages("\n\n".join([EN[0], homoglyphs]), [EN[0], homoglyphs])
    assert [p.language for p in res.paragraphs] == ["en", "en"]


@pytest.mark.parametrize("short", ["Reuters", "ok", "By Anna Rossi", "12:30, 17.06.25", "—"])
def test_very_short_paragraph_is_undetermined(short):
    paras = [EN[0], short, EN[1]]
    res = detect_document_languages("\n\n".join(paras), paras)
    assert res.document.language == "en"
    assert res.paragraphs[1].language == "und"
    assert [res.paragraphs[0].language, res.paragraphs[2].language] == ["en", "en"]


def test_same_answers_with_and_without_the_document_text():
    # the paragraphs alone decide the same as when the document text lines up with them
    paras = [EN[0], FOREIGN["ru"], EN[1]]
    lined_up = detect_document_languages("\n\n".join(paras), paras)
    apart = detect_document_languages(" | ".join(paras), paras)  # nothing lines up
    assert lined_up == apart


@pytest.mark.parametrize(("text", "lang"), [(t, "en") for t in EN] + [
    (t, lang) for lang, t in sorted(FOREIGN.items())])
def test_each_paragraph_alone(text, lang):
    assert identify_language(text).language == lang
