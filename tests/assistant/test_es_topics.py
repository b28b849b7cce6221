"""Spanish topic matching after round 11 (issue 18, helper estopic): the burned blind
sets v1-v4 are training sets now (training_es/blind_v*.yaml) and training_es/
tuning_v5.yaml adds new wordings of the classes the leave-one-set-out run confused;
and a bare first message tells its language by its words' frequencies ("privacidad").
The wordings here are in no training set and no example."""

from __future__ import annotations

import pytest

from hfs.assistant.classifier import TRAINING_DIR_ES, load_training
from hfs.assistant.language import detect_language
from hfs.assistant.text import normalise


@pytest.fixture(scope="module")
def spanish(engine):
    return engine.translations["es"]


def test_the_burned_blind_sets_are_spanish_training_sets():
    names = {s.name for s in load_training(TRAINING_DIR_ES)}
    assert {"blind_v1", "blind_v2", "blind_v3", "blind_v4", "tuning_v5"} <= names


# Questions of the classes the cross-validation confused, in words of our own, written
# before the round's fixes were checked on them. One more, "antes era nomás el párpado y
# ahora también el labio, ¿se va a ir regando?" (progression), still gets "not sure"
# (docs/assistant.md, round 11).
QUESTIONS = [
    ("oye, ¿por qué le da esto a la gente? ¿qué lo origina?", "topic:causes"),
    (
        "mi cuñada dice que fue por una corriente de aire, ¿es cierto que eso lo causa?",
        "topic:causes",
    ),
    ("¿si mi mamá lo tiene, mis hijos tienen más riesgo?", "topic:risk_factors"),
    ("cuando ando desvelado y estresado me brinca más, ¿eso lo empeora?", "topic:triggers"),
    ("¿quién vigila mis nervios con cables mientras me operan?", "topic:neuromonitoring"),
    ("¿cuánto rato tengo que estar adentro de la máquina de resonancia?", "topic:mri"),
    (
        "a las 3 semanas de operada sigo con brincos en el ojo, ¿no sirvió la operación?",
        "topic:mvd_recovery",
    ),
]


@pytest.mark.parametrize(("text", "intent"), QUESTIONS)
def test_spanish_questions_of_the_confused_classes(spanish, text, intent):
    assert spanish.matcher.match(text).intent == intent


def test_these_questions_are_in_no_training_set(spanish):
    known = {normalise(q) for s in load_training(TRAINING_DIR_ES) for q, _ in s.questions}
    known |= {normalise(e) for i in spanish.matcher.intents for e in i.examples}
    assert [q for q, _ in QUESTIONS if normalise(q) in known] == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # no function word of either list: the words' frequencies tell
        ("privacidad", "es"),
        ("politica de privacidad", "es"),
        ("efectos secundarios", "es"),
        ("medicamentos??", "es"),
        # English words alone (an anglicism in a Spanish conversation as often as a
        # switch), words both languages use, a name, a number: cannot tell
        ("appointment??", None),
        ("neurosurgeon", None),
        ("botox??", None),
        ("video", None),
        ("Maria Lopez", None),
        ("555 123 4567", None),
    ],
)
def test_a_bare_message_tells_its_language_by_its_words(text, lang):
    assert detect_language(text) == lang


@pytest.mark.parametrize("text", ["privacidad", "efectos secundarios"])
def test_a_bare_spanish_first_message_is_answered_in_spanish(engine, text):
    """A new conversation with no language given (the benchmark's and the API's case)."""
    start = engine.start(nonce="estopic1")
    turn = engine.turn(start.state, text)
    assert turn.state.lang == "es"
    assert turn.replies and all(detect_language(r.text) == "es" for r in turn.replies)
