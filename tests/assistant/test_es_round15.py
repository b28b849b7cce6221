"""Round 15 (issue 18, helper as18c): the classes the blind run ES v8 missed, in our own
words (no sentence of a benchmark set), each widened pattern with a near-miss.

1. The bilingual screen: a sign told half in English and half in Spanish ("the wound
   detrás de la oreja ... tiene pus", "after the shot ... se le dificulta respirar") is
   read whole: in a message that holds Spanish, the English context words are read as
   Spanish ones (:func:`hfs.assistant.redflags_es.standard_es`); English alone is left
   to the English screen.
2. Signs told through daily life: clear water dripping from the nose when bending down
   (a cold denied is no cold), a "cortada de la operación" red and hot asked as "¿es
   normal?", a drink out of "un lado de la boca", waking up blind in one eye, "como un
   balazo en la nuca" half an hour ago with vomiting, limbs that "pesan" and barely
   walking after the toxin, an ear "tapado" and not hearing from that side days after
   the operation; crisis: "se quiere aventar del puente" told by family.
3. Topics in rural and family words (the MRI as "el estudio del imán", what sends one
   running to hospital, "sacar cita", what one can ask here).
4. Crisis in both languages: a denial in one language no longer hides crisis words in
   the other (the engine consults both crisis screens; the words denied stay denied);
   "no soy suicida" is a denial.
5. The cost: a diagnosis ruled out ("dijo que no era un derrame"), deafness of old age,
   a risk asked before the operation or "nomás para saber", a risk feared, a treatment
   denied beside breathlessness from running: no alarm and no safety line; no net on an
   effect that goes away with care ("se me quita"; not "no se me quita") or a fever with
   its own cause being treated.

Each class has tests that fail on 317a28e (the start of this round); the near-misses
that were already quiet there guard the widened patterns.
"""

from __future__ import annotations

import pytest

from hfs.assistant.classifier import TRAINING_DIR_ES, load_training
from hfs.assistant.engine import ConversationState
from hfs.assistant.redflags_es import standard_es
from tests.assistant.helpers import kind, quiet


def test_the_burned_sets_v6_v7_are_spanish_training_sets():
    names = {s.name for s in load_training(TRAINING_DIR_ES)}
    assert {"blind_v6", "blind_v7", "tuning_v15"} <= names


SPANGLISH = [
    ("the wound de mi mama detras de la oreja esta hinchada y caliente", "wound"),
    ("my husband dice que after the shot se le dificulta tragar", "swallowing"),
    ("since the shot de botox a mi tia se le dificulta tragar", "swallowing"),
    ("after the surgery le escurre por la nariz un agua clarita", "fluid"),
    ("after the surgery me sale clear fluid por la nariz", "fluid"),
]


@pytest.mark.parametrize("text,word", SPANGLISH)
def test_a_sign_told_half_in_english_half_in_spanish_gets_the_alarm(engine, text, word):
    got = kind(engine, text)
    assert got is not None and word in got, (text, engine.screen(text))


def test_english_alone_is_left_to_the_english_screen():
    # no Spanish in it: the English words stay English (the Spanish screen reads nothing)
    assert standard_es("After the shot my wound is fine") == "after the shot my wound is fine"
    assert "herida" in standard_es("the wound de mi mamá tiene pus")


def test_a_spanglish_alarm_is_answered_with_the_emergency_reply(engine):
    turn = engine.turn(
        ConversationState(nonce="round15-spanglish"),
        "after the botox mi mamá batalla para respirar",
    )
    assert any(r.topic == "emergency" for r in turn.replies)


SIGNS = [
    (
        "desde que me operaron me chorrea de la nariz un liquido transparente al agacharme, no tengo gripa",
        "fluid",
    ),
    ("la cortada de la cirugía de mi papá está roja y calientita, ¿es normal?", "wound"),
    ("me operaron el jueves y hoy la sopa se me escurre por un lado de la boca", "facial"),
    ("mi tío se despertó ciego del ojo derecho y anoche veía bien", "vision"),
    ("le dio como un balazo en la cabeza hace media hora y ya vomitó", "headache"),
    ("desde el botox a mi mamá le pesan los brazos y ya casi no puede caminar", "weakness"),
    (
        "tengo la oreja tapada desde hoy y no oigo la radio de ese lado, me operaron hace cinco días",
        "hearing",
    ),
    ("se me hace difícil respirar desde la inyección de ayer", "breathing"),
]


@pytest.mark.parametrize("text,word", SIGNS)
def test_signs_told_through_daily_life_get_the_alarm(engine, text, word):
    got = kind(engine, text)
    assert got is not None and got != "crisis" and word in got, (text, engine.screen(text))


@pytest.mark.parametrize(
    "text",
    [
        "mi primo dice que se quiere aventar del puente, ya no puede más",
        "mi mamá me contó que se quería tirar de la azotea",
    ],
)
def test_a_wish_to_jump_told_by_family_gets_the_crisis_reply(engine, text):
    assert kind(engine, text) == "crisis"


NEAR_MISSES = [
    # each widened pattern's near-miss
    "me escurre por la nariz un agua clarita porque ando con gripa",
    "me hice una cortada en la mano picando cebolla y está roja",
    "se me tapó el oído en el avión y ya se me destapó",
    "me pesan las piernas de tanto bailar en la boda",
    "mi abuelo es ciego de un ojo desde niño, el espasmo le da en el otro",
    "mi sobrino se aventó del trampolín a la alberca",
    "después de correr se me hace difícil respirar un rato, no me han puesto botox",
    # the cost the blind run showed
    "el neurólogo dijo que no fue una embolia, que es el nervio de la cara",
    "oigo poco desde hace muchos años por la edad, ¿puedo hacerme la resonancia?",
    "¿la operación puede dejar la boca chueca? me da miedo",
    "¿qué hago si me da calentura después de la cirugía? nomás para saber antes de operarme",
    "¿cómo distingo un derrame del espasmo? solo para saber",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_get_no_alarm_and_no_line(engine, text):
    assert quiet(engine, text), (text, engine.screen(text))


def test_a_ruled_out_diagnosis_is_not_a_denied_present_sign(engine):
    # the negation reaches "un derrame" through "era un"; a stroke told now still alarms
    assert kind(engine, "creo que mi papá tiene un derrame, se le cayó la cara hoy") is not None


QUESTIONS = [
    # each got "not sure" or another topic on 317a28e
    ("¿el estudio del imán para qué sirve en el espasmo?", "topic:mri"),
    ("qué cosas son de irse corriendo al hospital después de operarse", "topic:emergency"),
    ("mi abuelo pregunta si este brinco de la cara pone en peligro la vida", "topic:danger"),
]


@pytest.mark.parametrize(("text", "intent"), QUESTIONS)
def test_rural_and_family_words_of_the_topics(engine, text, intent):
    assert engine.translations["es"].matcher.match(text).intent == intent


@pytest.mark.parametrize(
    "text",
    [
        "yo no me quiero morir, es mi hermano el que says he wants to kill himself",
        "no tengo ganas de morirme, mi hijo es el que dice i want to die",
    ],
)
def test_a_denial_in_one_language_does_not_hide_crisis_words_in_the_other(engine, text):
    assert kind(engine, text) == "crisis"


@pytest.mark.parametrize(
    "text",
    [
        "I'm not suicidal, just tired of this twitch",
        "no tengo pensamientos suicidas",
        "no soy suicida, nomás estoy cansada del tic",
    ],
)
def test_a_denied_crisis_word_is_not_a_crisis_in_the_other_language(engine, text):
    check = engine.screen(text)
    assert check.flag is None and check.mention is not None and check.mention.name == "crisis"


@pytest.mark.parametrize(
    "text",
    [
        "desde la inyección siento la boca un poco reseca, tomo agua y se me quita",
        "anoche me dio calentura por el resfriado, ya me estoy cuidando, ¿me ponen el botox mañana?",
        "desde la operación me lloran los ojos con el viento pero se me pasa en casa",
    ],
)
def test_an_effect_that_goes_away_or_a_fever_with_its_own_cause_gets_no_net(engine, text):
    assert quiet(engine, text), (text, engine.screen(text))


def test_an_effect_that_does_not_go_away_keeps_the_net(engine):
    check = engine.screen("desde la inyección tengo el ojo seco y no se me quita")
    assert check.flag is None and check.net is not None
