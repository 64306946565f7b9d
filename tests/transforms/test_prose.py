"""transforms/prose.py: English paragraphs and protected spans."""

from __future__ import annotations

from transforms.prose import EnglishMap, english_zipf, protected_spans


def test_headlines_inherit_the_document_verdict():
    text = ("RedCross sends inspectors to Brno amid grid row\n\n"
            "The inspectors said that the grid was damaged by the storm and would be repaired.")
    m = EnglishMap(text)
    assert m.at(0) and m.at(60)


def test_french_paragraph_in_english_document():
    text = ("The minister said that the talks would continue next week in Geneva.\n\n"
            "Le niveau du lac a atteint mardi son point le plus bas depuis vingt ans, dit-il.")
    m = EnglishMap(text)
    assert m.at(0) and not m.at(len(text) - 5)


def test_protected_spans_stop_before_a_glued_sentence():
    text = "see https://x.example.com/report.The talks and @kyiv_help.The rest"
    spans = protected_spans(text)
    assert [text[a:b] for a, b in spans] == ["https://x.example.com/report", "@kyiv_help"]


def test_english_zipf():
    assert english_zipf("ceasefire") > 3 > english_zipf("longrange") > 0 == english_zipf("zzqx")


def test_hinted_tokens_start_at_the_punctuation_mark():
    import re

    from transforms.prose import _hinted_tokens

    # the pattern before it was anchored on the mark (one character earlier for "x.y", "x@y")
    old = re.compile(r"[\w-][.@][\w-]|(?<!\w)[@#]\w|://")
    text = "see news.example.com, mail a@b.org, #tag and @handle at https://x.org/a. Done.The end"
    tokens = []
    for m in old.finditer(text):
        if tokens and m.start() < tokens[-1][1]:
            continue
        a = m.start()
        while a > 0 and not text[a - 1].isspace():
            a -= 1
        e = re.compile(r"\s").search(text, m.end())
        tokens.append((a, e.start() if e else len(text)))
    assert _hinted_tokens(text) == tokens
