"""Golden cases for transforms/quotations.py."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.quotations import _patterns, _verb_before, find_quotes


def quotes(text):
    return [(q.text, q.speaker, q.attribution) for q in find_quotes(text)]


ATTRIBUTED = [
    ('"We are not asking for subsidies," said Jean-Marc Poitevin, a cereal grower.',
     ("We are not asking for subsidies", "Jean-Marc Poitevin", "after")),
    ('"I told myself to stay patient," Daniel Osei said at the finish.',
     ("I told myself to stay patient", "Daniel Osei", "after")),
    ('“Our experts hear explosions every day,” the agency\'s director general said.',
     ("Our experts hear explosions every day", "the agency's director general", "after")),
    ('Prime Minister Keir Starmer said: "The security of the Baltic is our security."',
     ("The security of the Baltic is our security.", "Keir Starmer", "before")),
    ('The plan was "ambitious but not impossible", according to Oleksiy Arestovych.',
     ("ambitious but not impossible", "Oleksiy Arestovych", "according_to")),
    ('The consultations, described by one European diplomat as “the first serious '
     'conversation in months”, were the third this year.',
     ("the first serious conversation in months", "one European diplomat", "by_as")),
    ("His sports director summed it up more briefly: « Il a été parfait. »",
     ("Il a été parfait.", "His sports director", "colon")),
    ('Former adviser Oleksiy Arestovych described the timetable as "ambitious but realistic".',
     ("ambitious but realistic", "Oleksiy Arestovych", "sentence")),
]


@pytest.mark.parametrize(("text", "expected"), ATTRIBUTED)
def test_attribution(text, expected):
    assert quotes(text)[0] == expected


def test_pronoun_and_continuation_resolve_to_the_person():
    text = ("Sorokin's lawyer, Marina Zhukova, spoke after the hearing. “The court punished a "
            "man for asking questions,” she told reporters. “We will appeal.”")
    got = [(q.speaker, q.attribution, q.speaker_entity_id) for q in find_quotes(text)]
    assert got == [("Marina Zhukova", "pronoun", "person:marina-zhukova"),
                   ("Marina Zhukova", "continued", "person:marina-zhukova")]


def test_guillemets_mixed_marks_and_offsets():
    text = "Le maire a dit : « Nous allons reconstruire le pont avant l'hiver »."
    (q,) = find_quotes(text)
    assert q.text == "Nous allons reconstruire le pont avant l'hiver"
    assert text[q.start:q.end] == q.text
    mixed = find_quotes("He called it a “decisive round of the long talks » on Tuesday.")
    assert mixed[0].text == "decisive round of the long talks"


@pytest.mark.parametrize("text", [
    'The so called "technical group" met behind closed doors.',  # scare quotes
    "It's the farmers' view that the market isn't fair, isn't it?",  # apostrophes
    'The "" marks and "123" are not quotes.',
    "«Полярник»",
])
def test_not_statements(text):
    assert find_quotes(text) == []


def test_a_quote_after_a_full_stop_is_not_attributed_to_the_next_sentence():
    text = 'A banner read « Transparence d\'abord ». The operator has promised public meetings.'
    assert quotes(text) == []  # two words, and nobody said it


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from('ab X"“”«»,.: said he\n'), max_size=80))
def test_never_raises_and_offsets_hold(text):
    for q in find_quotes(text):
        assert text[q.start:q.end] == q.text


# -- the fast paths: each attribution pattern runs only where a str test allows a match ----
LEAD_INS = ["the", "a", "an", "one", "another", "Ana", "Costa", "bathe", "sofa", "Diana",
            "mother", "said", "told", "has", "also", "reporters", "the press", "ha detto",
            "that", "Mr.", "x", "'s", "-", "(", "31", ";", "“", "séance", "then", "him"]
SEPARATORS = [" ", " ", ", ", ",", ": ", ". ", "\n", "\xa0", "\x1c", ""]


@settings(max_examples=400)
@given(st.lists(st.tuples(st.sampled_from(LEAD_INS), st.sampled_from(SEPARATORS)),
                max_size=14),
       st.sampled_from(["", "said", "said:", "told reporters", "a dit", "said,", "warned"]),
       st.sampled_from(["", " ", ": ", " :", "\n"]), st.integers(0, 4))
def test_verb_before_is_the_before_pattern(pairs, verb, end, cut):
    lead = "".join(w + s for w, s in pairs) + verb + end
    text = "ab. " + lead + '"We will appeal."'
    near, stop = min(cut, 4), 4 + len(lead)
    want = _patterns()["before"].search(text, near, stop)
    got = _verb_before(text, near, stop)
    assert (got and (got.span(), got.span("who"))) == (want and (want.span(), want.span("who")))


@settings(max_examples=200)
@given(st.lists(st.sampled_from(["bathe", "sofa", "stone", "another", "x", "Ana", "a"]),
                min_size=5, max_size=9).map(" ".join))
def test_verb_before_starts_at_an_article_inside_a_word(words):
    # past _WHO's six words, a match can still start at "the" in "bathe", "a" in "sofa" …
    text = words + ' said: "We will appeal."'
    stop = len(words) + 7
    want = _patterns()["before"].search(text, 0, stop)
    got = _verb_before(text, 0, stop)
    assert (got and (got.span(), got.span("who"))) == (want and (want.span(), want.span("who")))


BEFORE = [  # text before a quote -> the speaker the "before" pattern finds
    ("Prime Minister Keir Starmer said: ", "Prime Minister Keir Starmer"),
    ("He told reporters, ", "He"),
    # the match may start inside a word, at an article ending it ("bathe" holds "the")
    ("They bathe a b c d e f said: ", "the a b c d e f"),
    ("The plan, Starmer said, is ", None),  # the verb is not the last word: nothing searched
    ("Starmer said; ", None),
]


@pytest.mark.parametrize(("lead", "who"), BEFORE)
def test_verb_before_golden(lead, who):
    text = lead + '"We will appeal."'
    m = _verb_before(text, 0, len(lead))
    assert (m and m.group("who")) == who


NEGATIVE_FAST = [  # texts the cheap tests must leave alone
    "No quotation marks here, said Ana Costa, the envoy.",
    "It's the farmers' view, isn't it?",  # apostrophes are not quotation marks
    "Ana Costa said: nothing at all.",
]


@pytest.mark.parametrize("text", NEGATIVE_FAST)
def test_no_quotes_without_quotation_marks(text):
    assert find_quotes(text) == []


GATED = [  # "by … as", "…: ", "according to": each tried only where its words are there
    ('The talks were described by one diplomat as "a serious step forward".',
     ("a serious step forward", "one diplomat", "by_as")),
    ('It was called "a serious step forward" by one diplomat.',  # no "as" before the quote
     ("a serious step forward", None, None)),
    ('The envoy summed it up: "We will never give up on it."',
     ("We will never give up on it.", "The envoy", "colon")),
    ('The envoy summed it up "We will never give up on it."',  # no colon
     ("We will never give up on it.", None, None)),
    ('They bathe a b c d e f said: "We will appeal."',
     ("We will appeal.", "the a b c d e f", "before")),
]


@pytest.mark.parametrize(("text", "expected"), GATED)
def test_gated_attributions(text, expected):
    assert quotes(text) == [expected]
