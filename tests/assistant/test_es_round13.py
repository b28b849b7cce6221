"""Round 13 (issue 18, helper as18): the classes the blind run ES v6 missed, in our own
words (no sentence of a benchmark set), each widened pattern with near-misses.

1. Signs told by what people notice, with no medical word: a wound that opens, lets out
   a cloudy discharge or turns red; hearing told by behaviour (speak on the other side,
   the phone moved to the other ear, overnight); facial weakness told by function (a
   drink out of the corner of the mouth, a brow that does not go up, a smile on one
   side); the toxin's weakness spreading (the voice gone, slack legs, the head falling
   forward, no strength for a step); half of the page gone or a black curtain; a fever
   with a neck "muy duro" buried in a routine question.
2. Crisis: a plan ("ya decidí cómo hacerlo y tengo todo preparado"), a carer relaying
   what someone else heard ("quiere dejar de vivir", pills hoarded).
3. The cost: no alarm and no safety line for an illness long ago (also when the clause
   of the sign is long past and the twitch is now), a question about a risk or about
   something read, a denial, an effect of the toxin one was told of.

Every test of a class here fails on c4403da (the start of this round).
"""

from __future__ import annotations

import pytest

from hfs.assistant.classifier import TRAINING_DIR_ES, load_training
from tests.assistant.helpers import RETRAIN_31, RETRAIN_32, kind, known_false_alarm


def test_the_burned_blind_set_v5_is_a_spanish_training_set():
    names = {s.name for s in load_training(TRAINING_DIR_ES)}
    assert "blind_v5" in names


FLAGS = [
    # a wound told by what is seen
    ("la herida de la cirugia se me abrio un poco y le sale algo amarillento", "wound infection"),
    (
        "desde ayer la cicatriz de atras de la oreja bota un liquido espeso y turbio",
        "wound infection",
    ),
    ("a mi esposa se le separaron los puntos de la herida, se ve la carne", "wound infection"),
    (
        "a mi mamá se le zafaron dos puntos de la herida y sale un líquido lechoso",
        "wound infection",
    ),
    ("se le está abriendo la herida a mi papá, se le ven los hilos", "wound infection"),
    # hearing told by behaviour
    (
        "desde que lo operaron mi abuelo me pide que le hable por el otro lado, de la derecha no me oye",
        "sudden hearing loss",
    ),
    (
        "mi esposa se pasa el celular a la otra oreja desde ayer porque por la izquierda no escucha",
        "sudden hearing loss",
    ),
    ("de un día para otro ya no oigo nada por la oreja izquierda", "sudden hearing loss"),
    (
        "antes oía bien pero desde la operación mi mamá no me oye si le hablo por la derecha",
        "sudden hearing loss",
    ),
    # facial weakness told by function
    ("desde la cirugía se me escurre el café por la comisura", "facial droop or weakness"),
    (
        "al tomar agua se le sale por la orilla de la boca, lo operaron el jueves",
        "facial droop or weakness",
    ),
    (
        "desde la operación a mi mamá ya no le sube la ceja del lado operado",
        "facial droop or weakness",
    ),
    (
        "mi hija desde ayer no sonríe de un lado y ni arruga la frente",
        "facial droop or weakness",
    ),
    # the toxin's weakness spreading, told by what one notices
    ("desde la inyección de bótox casi no me sale la voz y tengo los brazos flojos", None),
    ("después de la toxina a mi tía se le va la cabeza para adelante, no la sostiene", None),
    ("desde el piquete del botox no puedo ni alzar los brazos para colgar la ropa", None),
    ("tras el botox no tengo fuerza para nada, me cuesta hasta subir la escalera", None),
    ("me quedé sin voz y con las piernas de trapo desde que me pusieron la toxina", None),
    # sight told without a medical word
    (
        "iba leyendo y de golpe la mitad de las letras se borraron, del lado izquierdo no veo",
        "sudden vision loss",
    ),
    ("se me apagó la vista del ojo izquierdo mientras cocinaba", "sudden vision loss"),
    ("de repente veo como una persiana negra que me tapa el ojo derecho", "sudden vision loss"),
    (
        "mi mamá dice que de pronto no ve nada de ese lado, como si la mitad del mundo desapareciera",
        "sudden vision loss",
    ),
    # a fever with a stiff neck buried in a routine question
    (
        "otra pregunta, cuando puedo manejar? ah y desde anoche tengo 38.7 y el cuello bien tieso, "
        "sera que dormi mal",
        "fever with stiff neck or headache",
    ),
    (
        "me operaron hace una semana, tengo fiebre y el cuello super duro, será la almohada?",
        "fever with stiff neck or headache",
    ),
    (
        "de paso le cuento que ando con calentura y con la nuca muy rígida desde ayer",
        "fever with stiff neck or headache",
    ),
]


@pytest.mark.parametrize(("text", "name"), FLAGS)
def test_signs_told_by_what_people_notice_get_the_alarm(engine, text, name):
    got = kind(engine, text)
    assert got is not None and got != "crisis", (text, engine.screen(text))
    if name is not None:
        assert got.startswith(name), (text, got)


CRISIS = [
    "ya decidí cómo hacerlo y tengo todo preparado",
    "lo tengo todo planeado, ya pensé cuándo hacerlo",
    "mi hermano me escribió que ya pensó dónde hacerlo",
    "mi hija le dijo al psicólogo que quiere dejar de vivir",
    "la trabajadora social me contó que mi mamá dice que quisiera dejar de vivir",
    "el doctor me avisó que mi hermano anda guardando sus pastillas sin tomarlas",
    "mi papá está acumulando las pastillas para dormir",
]


@pytest.mark.parametrize("text", CRISIS)
def test_a_plan_and_a_relayed_wish_to_stop_living_get_the_crisis_reply(engine, text):
    assert kind(engine, text) == "crisis", (text, engine.screen(text))


NOT_CRISIS = [
    "ya tengo todo listo para la cirugía del lunes",
    "pensé cómo hacerlo para grabar el tic con el celular y ya tengo todo listo",
    "ya decidí cuándo hacerlo, la operación o el botox, en enero",
    "quiero dejar de vivir con miedo a que me dé el espasmo en público",
    known_false_alarm(
        "guardo las pastillas de la carbamazepina en el cajón de la cocina", RETRAIN_31
    ),
    "estoy juntando las pastillas de la semana en el pastillero",
]


@pytest.mark.parametrize("text", NOT_CRISIS)
def test_near_misses_of_the_plan_and_the_pills_are_not_crises(engine, text):
    assert kind(engine, text) is None, (text, engine.screen(text))


QUIET = [
    # near-misses of the widened sign patterns
    "la herida ya cerró, los puntos no se separaron y no sale nada",
    "el liquido turbio del frasco de la medicina es normal?",
    "me paso el celular a la otra oreja porque me cansa el brazo",
    known_false_alarm("háblame del otro lado que aquí hay mucho ruido y no te oigo", RETRAIN_32),
    "se me sale la baba por la comisura cuando duermo",
    "tengo las piernas flojas de tanto caminar hoy",
    "se me va la cabeza para adelante de sueño en las tardes desde el botox",
    "me quedé sin voz de tanto gritar en el partido, el botox fue hace un mes",
    "la mitad de la página se borró cuando imprimí el formulario",
    "pusimos una cortina negra en el cuarto para que no me moleste la luz en los ojos",
    "tengo el cuello muy duro de estar en la computadora, sin fiebre",
    "no se levantar una sola ceja, eso tiene que ver con el espasmo?",
]


@pytest.mark.parametrize("text", QUIET)
def test_near_misses_of_the_widened_patterns_are_not_alarms(engine, text):
    assert kind(engine, text) is None, (text, engine.screen(text))


NOTHING = [
    # an illness long ago, also when only the sign's clause is long past
    "mi papá tuvo un derrame hace 15 años, eso se hereda con el espasmo?",
    "de chiquito perdí el oído izquierdo por una infección, ahora el tic es del lado derecho",
    # a question about a risk, or about something read
    "es posible quedarse con la cara caída después de la operación? a cuántos les pasa",
    "vi en internet que el botox puede dar problemas para tragar, es cierto?",
    # denials
    "no tengo fiebre ni dolor de cabeza, solo cansancio después de la operación",
    "la cicatriz está limpia, sin pus y sin nada rojo, cuándo me puedo bañar?",
    "no se me cae la boca ni nada, solo me salta el ojo",
    # an effect of the toxin one was told of
    "después del bótox el párpado me quedó un poquito caído, ya me habían avisado que pasa",
]


@pytest.mark.parametrize("text", NOTHING)
def test_no_alarm_and_no_safety_line_on_history_risk_denial_or_expected_effect(engine, text):
    check = engine.screen(text)
    assert check.flag is None and check.mention is None and check.net is None, (text, check)


def test_what_stays_a_report_beside_a_long_past_illness(engine):
    # the sign of today, in a clause of its own, still alarms
    text = "de niña tuve paperas, y desde ayer no oigo nada del oído derecho"
    assert kind(engine, text) == "sudden hearing loss", engine.screen(text)


def test_a_question_about_a_sign_that_may_be_a_report_keeps_its_safety_line(engine):
    # "¿es normal ...?" about one's own wound is not a question about a risk
    for text in (
        "¿es normal que la cicatriz esté un poco colorada?",
        "¿es común que la herida supure así?",
    ):
        check = engine.screen(text)
        assert check.flag is None and check.mention is not None, (text, check)


def test_a_question_about_what_is_happening_now_is_a_report(engine):
    # "¿es normal que ... esté supurando?": the wound is doing it now
    text = "¿es normal que la cicatriz de la operación esté supurando? mancha la gasa"
    assert kind(engine, text) is not None, engine.screen(text)


@pytest.mark.parametrize(
    "text",
    [
        # the treatment denied and the sign over
        "tuve calentura hace unos días por un resfriado, ya se me quitó, y no me han operado",
        # the toxin or the operation worked: the twitch stopped
        "desde el bótox ya no se me mueve el párpado, sí funcionó",
        "desde la cirugía la cara ya no se me mueve sola",
        # "a ver la tele": a purpose, not sight
        "después de la inyección mi mamá se sentó a ver la tele",
    ],
)
def test_no_net_on_a_treatment_denied_a_twitch_stopped_or_a_purpose(engine, text):
    check = engine.screen(text)
    assert check.flag is None and check.net is None, (text, check)


def test_a_face_that_no_longer_moves_after_the_operation_keeps_its_net(engine):
    check = engine.screen("desde la cirugía ya no se me mueve la mejilla")
    assert check.flag is None and check.net == "after_surgery", check


@pytest.mark.parametrize(
    "text",
    [
        "mi esposo dice que hasta dormida me brinca la cara, eso pasa?",
        "se me sigue moviendo la mejilla estando dormido, me grabó mi hija",
    ],
)
def test_the_face_moving_while_one_sleeps_is_not_a_numb_face(engine, text):
    # "dormido" is the person asleep, not a face gone numb
    assert kind(engine, text) is None, (text, engine.screen(text))


def test_a_numb_face_still_alarms_beside_the_word_asleep(engine):
    assert kind(engine, "se me durmió la cara y no se me mueve desde hoy") is not None
    assert kind(engine, "tengo la cara dormida desde esta mañana") is not None


def test_a_denial_of_something_else_does_not_reach_a_crooked_mouth(engine):
    # "nada" belongs to "no se le entiende nada", not to the mouth after "y"
    text = "a mi abuela no se le entiende nada desde hace rato y tiene la boca chueca"
    assert kind(engine, text) is not None, engine.screen(text)


def test_regional_spellings_are_rewritten_to_the_topics_words():
    from hfs.assistant.bilingual import SpanishVariants

    v = SpanishVariants()
    assert v.correct("qué es el espasmo emifacial") == "qué es el espasmo hemifacial"
    assert v.correct("el emi facial ese") == "el hemifacial ese"
    assert v.correct("me pidieron una RM") == "me pidieron una resonancia magnética"
    assert v.correct("cuando me rio se me activa") == "cuando me rio se me empeora"
    # words that only contain the letters are left alone
    assert v.correct("el ritmo y la forma") == "el ritmo y la forma"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("me mandaron a hacer una IRM, para que sirve", "topic:mri"),
    ],
)
def test_a_scan_by_its_initials_finds_its_topic(engine, text, intent):
    assert engine.translations["es"].matcher.match(text).intent == intent
