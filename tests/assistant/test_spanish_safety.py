"""Issue 18: crisis talk and red flags in Spanish, the same categories as in English,
with and without accents (the engine's screen and its reply)."""

from __future__ import annotations

import pytest

from hfs.assistant.engine import ConversationState
from hfs.assistant.language import detect_language
from hfs.assistant.redflags_es import find_crisis_es, screen_es
from tests.assistant.helpers import strip_accents

FLAGS = [
    ("se me cayó la cara de un lado", "facial droop or weakness"),
    ("mi mamá tiene la boca chueca desde hoy", "facial droop or weakness"),
    ("no siento la mitad de la cara", "facial droop or weakness"),
    ("no puedo cerrar el ojo izquierdo desde la operación", "eye that will not close"),
    ("mi esposo está hablando raro y arrastra las palabras", "slurred speech"),
    ("tengo el brazo derecho dormido y sin fuerza", "limb weakness"),
    ("no puede levantar la pierna", "limb weakness"),
    ("me dio el peor dolor de cabeza de mi vida", "sudden severe headache"),
    ("de repente no oigo nada del oído derecho", "sudden hearing loss"),
    ("veo doble desde esta mañana", "sudden vision loss"),
    ("después del bótox me cuesta tragar", "trouble swallowing"),
    ("desde la inyección me falta el aire", "trouble breathing"),
    ("después del bótox no puedo sostener la cabeza", "spreading weakness"),
    ("me sale líquido claro por la nariz desde la cirugía", "fluid leak after the operation"),
    ("tengo fiebre y el cuello rígido", "fever with stiff neck or headache"),
    ("la cicatriz está hinchada y le sale pus", "wound infection after the operation"),
    ("vomito desde la operación", "warning sign after the operation"),
    ("mi abuela está confundida de repente", "confusion or collapse"),
    ("creo que a mi papá le está dando un derrame", "stroke"),
]
CRISES = [
    "quiero quitarme la vida",
    "estoy pensando en suicidarme",
    "ya no quiero vivir",
    "mi familia estaría mejor sin mí",
    "me quiero morir",
    "he estado lastimándome a propósito",
    "voy a tomarme todas las pastillas",
]
NOT_ALARMS = [
    "este tic me está matando",
    "me muero de vergüenza cuando se me mueve la cara",
    "me corté afeitándome",
    "no tengo la cara caída, solo el tic",
    "la herida sanó bien, sin pus ni enrojecimiento",
    "¿cuáles son las señales de un derrame cerebral?",
    "¿la cirugía puede dejar sordo?",
    "tengo la boca torcida solo durante el espasmo",
    "mi tía tuvo un derrame hace muchos años",
]


@pytest.mark.parametrize(("text", "category"), FLAGS)
def test_spanish_red_flags_with_and_without_accents(text, category):
    for variant in (text, strip_accents(text), text.upper()):
        found = screen_es(variant)
        assert found.flag is not None, variant
        assert found.flag.name == category, (variant, found.flag)


@pytest.mark.parametrize("text", CRISES)
def test_spanish_crisis_words(text):
    assert find_crisis_es(text) is not None
    assert find_crisis_es(strip_accents(text)) is not None


@pytest.mark.parametrize("text", NOT_ALARMS)
def test_spanish_idioms_negations_and_questions_are_not_alarms(text):
    assert find_crisis_es(text) is None
    assert screen_es(text).flag is None


def test_side_effect_question_is_a_mention(engine):
    check = engine.screen("¿la carbamazepina puede causar pensamientos suicidas?")
    assert check.flag is None and check.mention is not None


@pytest.mark.parametrize("text", ["se me cayó la cara", "quiero quitarme la vida"])
def test_engine_answers_spanish_alarms_at_once(engine, text):
    turn = engine.turn(ConversationState(nonce="spanish01"), text)
    topic = "crisis" if "vida" in text else "emergency"
    assert turn.replies[0].topic == topic


def test_language_of_a_message():
    assert detect_language("¿qué es el espasmo hemifacial?") == "es"
    assert detect_language("que es el espasmo hemifacial") == "es"
    assert detect_language("what is hemifacial spasm") == "en"
    assert detect_language("ok") is None


# Round 2: the classes the sealed v2 set found missing (other wordings here).
FLAGS_V2 = [
    ("se le durmió todo el lado derecho del cuerpo", "limb weakness"),
    ("de la nada mi esposo dejó de ver del ojo izquierdo", "sudden vision loss"),
]
CRISES_V2 = [
    "ojalá me duerma esta noche y no despierte",
    "a veces quisiera no despertar nunca más",
    "quisiera dormirme para siempre",
]
NOT_ALARMS_V2 = [
    "se me durmió la mano de tanto estar recargada en la mesa",
    "quisiera dormir toda la noche y no despertar con el ojo brincando",
]


@pytest.mark.parametrize(("text", "category"), FLAGS_V2)
def test_spanish_whole_side_numbness_and_sight_lost_out_of_nowhere(text, category):
    for variant in (text, strip_accents(text)):
        found = screen_es(variant)
        assert found.flag is not None and found.flag.name == category, (variant, found)


@pytest.mark.parametrize("text", CRISES_V2)
def test_spanish_passive_wish_not_to_wake_is_crisis(engine, text):
    assert find_crisis_es(text) is not None
    assert engine.screen(strip_accents(text)).flag.name == "crisis"


@pytest.mark.parametrize("text", NOT_ALARMS_V2)
def test_spanish_posture_numbness_and_sleep_wishes_are_not_alarms(engine, text):
    assert engine.screen(text).flag is None


def test_english_typo_repair_does_not_rewrite_spanish(engine):
    """The English screen "repaired" Spanish words into English ones ("hace" -> "face",
    "parálisis" -> "paralysis") and called a palsy ten years past a facial droop."""
    assert engine.screen("hace tres anos me dio paralisis y ya se me quito").flag is None
    assert engine.screen("hace rato vi un video de paralisis facial").flag is None
    assert engine.screen("my face suddenly droops, it started an hour ago").flag is not None
