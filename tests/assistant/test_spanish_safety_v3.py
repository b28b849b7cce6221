"""Issue 18, Spanish round 3: the classes the blind Spanish set v3 found missing, in other
wordings than its sentences and than the tuning set's (training_es/tuning_v3.yaml).

Each text's truth is known by construction: a warning sign written as a patient or a
relative would report it now, or an idiom, a negation or a long-past event that is not
one. Every case here is screened the way the engine screens (both languages' patterns
and the learned signals)."""

from __future__ import annotations

import pytest

from hfs.assistant.engine import ConversationState
from hfs.assistant.language import detect_language
from tests.assistant.helpers import strip_accents

# Everyday words for the warning signs (the start of round 3 answered them as usual).
FLAGS_V3 = {
    "thunderclap headache": [
        "sentí como un estallido en la cabeza y me tuve que sentar",
        "nunca en mi vida me había dolido la cabeza así",
        "me duele la cabeza brutal, empezó de sopetón",
    ],
    "sudden deafness": [
        "a mi mamá se le tapó el oído de repente y ya no oye de ese lado",
        "de golpe dejó de oír mi abuelo por el oído derecho",
    ],
    "vision lost in one eye": [
        "se me puso todo negro del ojo derecho hace rato",
        "veo como una cortina negra en el ojo izquierdo",
    ],
    "infected wound": [
        "la herida detrás de la oreja huele feo",
        "los puntos están colorados y me arden",
    ],
    "after botulinum toxin": [
        "mi tío se atraganta con el agua desde la inyección de toxina",
        "desde el bótox mi mamá no tiene fuerza en los brazos",
        "la debilidad del bótox se le está extendiendo a todo el cuerpo",
    ],
    "face after the operation": [
        "desde la cirugía el lado derecho de la cara no se me mueve",
    ],
    "stroke": [
        "se le torció la boca a mi abuelo hace un rato",
        "mi tío de repente dice cosas que no tienen sentido",
    ],
    "meningitis": [
        "tengo fiebre alta y la luz me molesta mucho desde la operación",
    ],
}
CRISES_V3 = [
    "mi hermano dice que se tira al metro si no se le quita esto",
    "mi amiga dice que se va a aventar de la azotea",
]
# Idioms, negations and the past (the start of round 3 called each an emergency).
NOT_ALARMS_V3 = [
    "se me cae la cara de vergüenza con este tic",
    "no se me cae la cara, solo me tiembla el ojo",
    "mi abuela tuvo un derrame cerebral hace mucho",
    "se me durmió el pie de estar sentado en el camión",
    "me ahogo en tareas del trabajo",
    "¿qué efectos secundarios tiene el bótox? ¿se me puede caer la boca?",
]
# Not a crisis: the light hurting, pulling one's hair.
NOT_CRISES_V3 = [
    "la luz me lastima cuando tengo el tic",
    "me dan ganas de tirarme del pelo con este tic",
]


# A second probe of the same classes (written after the first fixes and run once before
# the second: 22 of 30 signs caught, 3 of 20 idioms called alarms; docs/assistant.md).
FLAGS_V3["second probe"] = [
    "me pegó un dolorazo de cabeza de la nada, como un cañonazo",
    "amanecí sin oír nada del lado derecho",
    "de repente se me nubló todo el ojo izquierdo y no distingo nada",
    "desde la inyección no me pasa la comida",
    "desde la toxina se me caen los párpados de los dos ojos",
    "después de la descompresión la cara se me quedó como muerta de un lado",
]
NOT_ALARMS_V3 += [
    "tengo la cara caída de tristeza por el diagnóstico",
    "me quedé sordo de tanto escuchar al doctor explicar, jaja",
    "me ahogo de la risa con mis hijos",
]


@pytest.mark.parametrize(
    "text", [(t) for texts in FLAGS_V3.values() for t in texts], ids=lambda t: t[:40]
)
def test_everyday_spanish_warning_signs_are_red_flags(engine, text):
    for variant in (text, strip_accents(text)):
        flag = engine.screen(variant).flag
        assert flag is not None and flag.name != "crisis", (variant, flag)


@pytest.mark.parametrize("text", CRISES_V3)
def test_someone_about_to_jump_is_a_crisis(engine, text):
    for variant in (text, strip_accents(text)):
        flag = engine.screen(variant).flag
        assert flag is not None and flag.name == "crisis", (variant, flag)


@pytest.mark.parametrize("text", NOT_ALARMS_V3 + NOT_CRISES_V3)
def test_spanish_idioms_negations_and_the_past_are_not_alarms(engine, text):
    assert engine.screen(text).flag is None


def test_a_spanish_alarm_is_answered_at_once_in_spanish(engine):
    turn = engine.turn(
        ConversationState(nonce="es3flag01"), "se le torció la boca a mi papá ahorita"
    )
    assert turn.replies[0].topic == "emergency"
    assert turn.state.lang == "es"


@pytest.mark.parametrize(
    "text", ["¿me podéis llamar vosotros?", "¿pueden llamarme ustedes mañana?"]
)
def test_asking_the_clinic_to_call_is_a_contact_request(engine, text):
    assert engine.translations["es"].wants_contact(text)


def test_asking_whether_one_may_call_is_not_a_request(engine):
    assert not engine.translations["es"].wants_contact("¿a qué número los puedo llamar?")
    assert not engine.translations["es"].wants_contact("no me pueden llamar, no tengo teléfono")


def test_one_word_in_a_spanish_session_is_answered_in_spanish(engine):
    state = engine.start(nonce="es3botox1", lang="es").state
    turn = engine.turn(state, "botox??")
    assert turn.state.lang == "es"
    text = " ".join(r.text for r in turn.replies)
    assert detect_language(text) == "es", text


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("me gustaría calificar al asistente", "scenario:feedback"),
        ("¿puedo ponerle una nota a este chat?", "scenario:feedback"),
        ("¿dónde puedo calificar el chat?", "scenario:feedback"),
        ("¿cómo le pongo puntaje al asistente?", "scenario:feedback"),
        ("hagamos la prueba de los síntomas", "scenario:screening"),
        ("quiero hacer el chequeo de síntomas", "scenario:screening"),
        ("quiero que me hagas el test del espasmo", "scenario:screening"),
    ],
)
def test_spanish_rating_and_symptom_check_wordings(engine, text, intent):
    assert engine.translations["es"].matcher.match(text).intent == intent
