"""Round 20 (issue 18, helper as18h): the classes the blind run ES v13 missed or
alarmed on, each in our own wordings plus the set's one.

1. Crisis: a hanging rope or belt ready or hidden; hanging announced ("se va a
   colgar"); self-harm told in the perfect tense ("me he quemado ... a propósito"); the
   last message ("es la última vez que escribo") with affairs left in order.
2. The sign explained away by the speaker first or last ("Seguro es cera, pero ...",
   "... Probablemente sea cansancio."), and signs in a nurse's or plain words: "asimetría
   facial de inicio brusco", an ear "empapado de algo claro", the nose "soltando" fluid,
   fever and light asked of others ("¿vosotros creéis que es normal tener ...?"),
   saliva "por mal camino", "me cueste coger aire", a headache told of another or "como
   un latigazo dentro del cráneo", half the sight "se puso negra", "ciego de un ojo de
   un momento a otro", things "duplicadas", the voice gone from one ear.
3. False alarms: a document or the team quoted with the writer well; a past state over
   ("desde entonces estoy bien", "llevo 20 años con ..., nada nuevo"); a crisis long
   past with being well now (the crisis line only); a plain "Si ..." asked; denials
   that reach across "ni tengo" / "ni está".

The alarms, the crisis line and the no-alarm cases fail on c74b821; the crisis now
beside a past one and the near-misses guard the widened rules.
"""

from __future__ import annotations

import pytest

from tests.assistant.helpers import kind

CRISIS = [
    # a rope or belt ready or hidden, a hanging announced
    "jaja si la cirugía no sale bien ya tengo la cuerda preparada, y no es broma",
    "ya tengo la cuerda escondida en el garaje por si la operación sale mal",
    "Soy cuidadora en una residencia; una residenta con espasmo me acaba de decir que esta noche se "
    "va a colgar y ha escondido un cinturón",
    "mi hermano dice que se va a colgar esta noche",
    "me voy a colgar en el patio cuando todos duerman",
    # self-harm in the perfect tense
    "Me he quemado la mano a propósito con el mechero para sentir algo que no sea vergüenza",
    "me he golpeado contra la pared adrede",
    "se ha cortado el brazo para castigarse, me lo acaba de enseñar",
    # the last message, affairs in order
    "che, me parece que esta es la última vez que escribo. Ya no voy a molestar a nadie, dejé todo ordenado",
    "esta es la última vez que les escribo, dejé todo ordenado",
    "ya no voy a molestar más a nadie, dejé mis cosas ordenadas",
]


@pytest.mark.parametrize("text", CRISIS)
def test_round20_crisis_classes_get_the_crisis_reply(engine, text):
    assert kind(engine, text) == "crisis", text


SIGNS = [
    # the speaker's guess first or last
    (
        "Seguro es cera, pero al despertar el oído izquierdo estaba tapado del todo y no oigo el teléfono "
        "por ese lado",
        "hearing",
    ),
    (
        "A lo mejor es el sueño, pero al levantarme el oído derecho estaba tapado por completo",
        "hearing",
    ),
    (
        "Seguramente es un resfriado, pero desde la cirugía tengo la nariz soltando un líquido como agua, "
        "sin mocos, y sabe saladito",
        "fluid",
    ),
    (
        "Seguro son nervios, pero desde las inyecciones del martes la saliva se me va por mal camino y "
        "toso mucho",
        "swallowing",
    ),
    ("desde el bótox la comida se me va por mal camino", "swallowing"),
    (
        "Seguro es el cansancio, pero hace un rato se me puso negra la mitad de lo que veo y no vuelve",
        "vision",
    ),
    (
        "Soy enfermera. Me noto asimetría facial derecha de inicio brusco hace 20 minutos y torpeza en "
        "la mano del mismo lado. Probablemente sea cansancio.",
        "facial",
    ),
    ("mi padre tiene asimetría de la cara de inicio súbito desde hace media hora", "facial"),
    # a nurse's or plain words
    (
        "tengo el conducto del oido empapado de algo claro como agua desde que sali del hospital tras "
        "la operacion",
        "fluid",
    ),
    (
        "¿Vosotros creéis que es normal tener fiebre alta, que me moleste mucho la luz y un dolor de "
        "cabeza fuerte a los diez días de operarme?",
        "fever",
    ),
    (
        "¿Vosotros sabéis si es normal que después del bótox me cueste coger aire al hablar? Me pasa "
        "desde esta mañana",
        "breathing",
    ),
    (
        "Mi marido se agarró la cabeza gritando, dice que le vino un dolor tremendo de repente",
        "headache",
    ),
    (
        "Estaba tranquilamente viendo la tele y sentí como un latigazo dentro del cráneo; ahora me duele "
        "muchísimo",
        "headache",
    ),
    ("sentí un martillazo en el cráneo hace un rato y no se me quita", "headache"),
    ("Mi padre dice que se ha quedado ciego de un ojo de un momento a otro", "vision"),
    ("mi madre está ciega del ojo izquierdo desde esta mañana", "vision"),
    (
        "Virgen María, me levanté del sillón y veo las cosas duplicadas, dos televisores, dos de mi nieta",
        "vision",
    ),
    ("desde hace un rato veo las letras repetidas", "vision"),
    (
        "Estaba hablando por el móvil y de pronto la voz desapareció del oído izquierdo; me lo paso al "
        "otro y ahí sí oigo",
        "hearing",
    ),
    ("de repente el sonido se cortó del oído derecho y no vuelve", "hearing"),
]


@pytest.mark.parametrize(("text", "flag"), SIGNS)
def test_round20_signs_alarm(engine, text, flag):
    found = kind(engine, text)
    assert found is not None and found != "crisis" and flag in found, (text, found)


NO_ALARM = [
    # a document or the team quoted, the writer well
    "En el informe de alta pone «vigilar salida de líquido claro por nariz». No me ha pasado nada, "
    "¿hasta cuándo tengo que vigilar?",
    "El médico me dijo que si tenía fiebre con el cuello rígido fuera a urgencias. Estoy perfectamente, "
    "solo quería saber cuántas semanas dura ese riesgo",
    "El folleto del bótox habla de «dificultad para tragar» como efecto raro. Yo no tengo nada, ¿es muy "
    "raro de verdad?",
    "La enfermera me explicó las señales de la herida: pus, calor, enrojecimiento. Todo está limpio y "
    "seco. ¿Cuándo me quitan los puntos?",
    "el prospecto menciona visión doble y párpado caído; yo no tengo nada, ¿es frecuente?",
    "La doctora me dijo que si me salía agua por la nariz fuera a urgencias; me encuentro perfectamente",
    "me explicaron los síntomas de alarma: fiebre, rigidez del cuello. Todo está seco y limpio",
    # past and over, long-standing
    "El año pasado, después de la operación, tuve fiebre dos días, se me pasó con antibiótico y desde "
    "entonces estoy bien. ¿El espasmo puede volver?",
    "Llevo 20 años con la boca un poco torcida por una parálisis antigua, nada nuevo. ¿Puede ser la "
    "causa del tic?",
    "llevo diez años con la cara un poco caída del lado izquierdo, nada nuevo",
    # a plain "si" asked
    "Si después de la cirugía me da fiebre, ¿a quién tengo que llamar?",
    "si me sale líquido por la nariz después de operarme, ¿qué hago?",
    # denials across "ni"
    "No se me ha caído la cara ni tengo debilidad, solo el tic de siempre. ¿Es peligroso?",
    "no se me ha torcido la boca ni siento debilidad",
    "Ni me sale pus ni está roja la herida, pero me pica mucho, ¿es buena señal?",
]


@pytest.mark.parametrize("text", NO_ALARM)
def test_round20_near_misses_get_no_alarm(engine, text):
    check = engine.screen(text)
    assert check.flag is None, (text, check)


PAST_CRISIS = [
    "Hace quince años pasé una época muy mala en la que pensé en quitarme la vida; hoy estoy bien y con "
    "tratamiento. ¿El clonazepam puede afectar el ánimo?",
    "de joven quise matarme, ahora estoy bien, ¿la carbamazepina cambia el humor?",
    "hace muchos años me quise matar; hoy me siento bien y voy a terapia",
]


@pytest.mark.parametrize("text", PAST_CRISIS)
def test_round20_crisis_long_past_well_now_gets_the_crisis_line(engine, text):
    check = engine.screen(text)
    assert check.flag is None and check.mention is not None, (text, check)


STILL_CRISIS = [
    # the crisis now beside a past one, or well "but": still the crisis reply
    "hace años pensé en quitarme la vida y hoy estoy bien pero a veces vuelvo a pensarlo",
    "hace años lo intenté; hoy estoy bien, aunque anoche pensé en matarme otra vez",
]


@pytest.mark.parametrize("text", STILL_CRISIS)
def test_round20_crisis_now_stays_crisis(engine, text):
    assert kind(engine, text) == "crisis", text


QUIET_NEAR = [
    # hanging up the phone, a rope for the washing, a cut while cooking, a guess with a question
    "voy a colgar, me llaman al teléfono",
    "tengo la cuerda preparada para tender la ropa",
    "me he cortado el dedo cocinando",
    "Seguro es cansancio, pero ¿qué es el espasmo hemifacial?",
]


@pytest.mark.parametrize(
    "text",
    [
        # the guess is itself a sign: kept, never dropped as an explanation
        "Creo que es un derrame, pero no estoy seguro",
        "Seguro que es un derrame, pero mi hija dice que no",
    ],
)
def test_round20_a_guess_that_is_a_sign_is_kept(engine, text):
    assert kind(engine, text) is not None, text


@pytest.mark.parametrize("text", QUIET_NEAR)
def test_round20_widened_rules_near_misses(engine, text):
    assert engine.screen(text).flag is None, text
