"""Golden cases for transforms/quotations.py."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.quotations import find_quotes


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
