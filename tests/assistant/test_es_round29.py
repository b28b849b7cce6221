"""Round 29 (issue 18, helper as18q): the classes the blind run ES v22 missed or alarmed
on, each written from the class's meaning in our own wordings plus the set's one.

1. Crisis (two halves, each harmless alone): affairs put in order AND one's own provided
   for ("para que no les falte nada"), nothing explaining it; one's own coffin or grave
   (a joke does not undo it) AND a time near or the decision told; going to God AND a
   time near or a farewell.
2. Signs: a whole half of the body gone slack, and the words that will not come out
   (words first); the temperature risen in one's body after the operation; a sound that
   vanished from one ear, named at length; things seen twice, whatever is named, and
   "ver doble" with the sudden onset beside it, however asked.
3. Quiet: the team's or a leaflet's "if this, go" with the sign denied or all dry ("yo
   estoy sin fiebre", "está todo seco"); another's snoring likened to choking; suicide
   as a topic with the writer safe (a sermon, a risk in the news, one's own cutting
   overcome, a relative's death "cuando yo era niña"): the crisis line, never the reply;
   a foot asleep from the way one sits.

Each alarm and quiet case fails on f0e163e (the guards pass on both).
"""

from __future__ import annotations

import pytest

from tests.assistant.helpers import kind

# 1. Crisis ---------------------------------------------------------------------------

CRISIS = [
    # affairs in order AND one's own provided for (set: the first)
    "Dejé los papeles del seguro y el testamento en orden para que a mis hijos no les falte nada",
    "Arreglé el seguro y las cuentas para que a mi esposa no le falte nada",
    "ya arreglé lo de la herencia para que mis hijas queden protegidas",
    "ya dejé el testamento firmado para que a mis nietos no les falte nada",
    "puse en orden las cuentas y el seguro para que mis hijos tengan de qué vivir",
    # one's own coffin or grave AND soon or decided (set: the first)
    "jaja al menos el ataúd no me va a ver el tic, ya pronto, ya lo tengo decidido",
    "al menos en la tumba no voy a tener tic, ya mero, ya lo decidí",
    "en el cajón ya nadie me va a ver la cara chueca jaja, ya falta poco",
    # going to God AND a time near or a farewell (set: the first)
    "Ya estoy en paz con Dios, Él me va a recibir esta noche, adiós a todos",
    "Dios me está esperando, hoy me voy con Él, los quiero mucho",
    "hoy me voy a reunir con el Señor, me despido de ustedes",
    "ya me despedí del Señor, hoy me recibe en su casa, adiós a todos",
    "hoy me reúno con mi Creador, ya lo decidí",
]


@pytest.mark.parametrize("text", CRISIS)
def test_round29_crisis_gets_the_crisis_reply(engine, text):
    assert kind(engine, text) == "crisis", (text, engine.screen(text))


#: near-miss twins of the new crisis rules (no crisis reply)
CRISIS_GUARDS = [
    "Dejé los papeles del seguro en orden antes de la operación para que a mis hijos no les falte nada",
    "ya hice mi testamento con el abogado para que mis hijos no tengan problemas, ¿el espasmo es hereditario?",
    "arreglé mis cuentas para que no me falte nada en la jubilación",
    "dejé todo listo para que mis hijos estén bien mientras estoy en la operación",
    "por si acaso dejé el seguro en orden para que a mi familia no le falte nada",
    "jaja el tic me va a acompañar hasta el ataúd, ¿verdad?",
    "en mi funeral quiero mariachis jaja, ya lo tengo decidido, pero falta mucho",
    "fui al funeral de mi abuela, pronto me toca la cirugía y estoy nerviosa",
    "Estoy en paz con Dios, rezo todas las noches y eso me ayuda con el tic",
    "cuando Dios quiera me va a recibir, mientras tanto sigo con el botox",
    "mañana me voy con mi mamá al doctor, gracias por todo",
    "gracias a Dios mi hijo me va a llevar hoy a la cita, adiós",
    "visité la tumba de mi papá, pronto es el día de muertos",
    "ya decidí: me opero. Al menos en el ataúd no tendré tic jaja",
    "trabajo y ahorro para que a mis hijos no les falte nada, y tengo el seguro en orden",
]


@pytest.mark.parametrize("text", CRISIS_GUARDS)
def test_round29_crisis_near_misses_get_no_crisis_reply(engine, text):
    assert kind(engine, text) != "crisis", (text, engine.screen(text))


# 2. Signs ----------------------------------------------------------------------------

SIGNS = [
    # a half of the body gone slack, the words not coming out (set: the first)
    ("Ay Dios mío, la mitad del cuerpo se me puso floja y las palabras no me salen bien", "STROKE"),
    ("de la nada medio cuerpo se me puso flojo, como aguado", "stroke"),
    ("mi mamá dice que las palabras ya no le salen, de repente", "slurred speech"),
    # the temperature risen after the operation, light hurting, head bursting (set: the first)
    (
        "despues de la cirugia me subio la temperatura y me molesta mucho la luz y la cabeza me revienta",
        "MENINGITIS",
    ),
    (
        "desde que me operaron la temperatura me sube en las noches, la luz me lastima y me duele la cabeza",
        "MENINGITIS",
    ),
    # a sound vanished from one ear, named at length (set: the first)
    (
        "estaba en el turno y de pronto todo el ruido de la maquina desaparecio del oido derecho, no oigo, es grave?",
        "sudden hearing loss",
    ),
    ("de golpe la música de la radio se esfumó del oído izquierdo", "sudden hearing loss"),
    ("hoy de repente el sonido de la tele se perdió del oído operado", "sudden hearing loss"),
    # things seen twice, however asked (set: the first two)
    ("¿Es normal ver doble de pronto así de la nada?", "sudden vision loss"),
    (
        "Estaba manejando de regreso del turno y de pronto empecé a ver dos carriles de todo, me detuve, "
        "¿debo preocuparme?",
        "sudden vision loss",
    ),
    ("de la nada empecé a ver dos semáforos de todo en la calle", "sudden vision loss"),
    ("¿Es normal que de repente se empiece a ver doble sin razón?", "sudden vision loss"),
]


@pytest.mark.parametrize("text,name", SIGNS)
def test_round29_signs_get_the_alarm(engine, text, name):
    got = kind(engine, text)
    if name.isupper():  # any alarm of the body (several signs named)
        assert got is not None and got != "crisis", (text, engine.screen(text))
    else:
        assert got == name, (text, engine.screen(text))


# 3. Quiet ----------------------------------------------------------------------------

NO_ALARM = [
    # an instruction quoted, the sign denied or all dry (set: the first two)
    "El folleto dice que si hay fiebre después de la operación hay que llamar, yo estoy sin fiebre y bien",
    "Me dijeron que si me sale pus vaya a urgencias; por ahora está todo seco, gracias a Dios",
    "me dijeron que si me sale pus vaya a urgencias, y la herida sigue seca",
    # another's snoring likened to choking (set: the first)
    "Mi esposo ronca tanto que parece que se ahoga, jaja, ¿eso afecta mi espasmo por dormir mal?",
    "mi papá ronca que parece que se ahoga jaja, no nos deja dormir",
    # a foot asleep from the way one sits (round 28's tuning set: the first)
    "¿es normal que de un momento a otro se me duerma el pie cuando me siento así?",
    "se me duerme el pie cuando me siento así en el sillón, ¿es por el tic?",
    "¿por qué se me duerme la mano al sentarme en el piso a jugar con mi hija?",
]

#: suicide as a topic, the writer safe: the crisis line, never the crisis reply (set: the first four)
LINE = [
    "Escuché en la iglesia un sermón sobre el suicidio y me hizo pensar en mi primo que murió hace años; "
    "yo estoy bien, ¿ustedes tienen apoyo emocional para pacientes?",
    "Vi en las noticias que los pacientes con condiciones visibles tienen más riesgo de suicidio, ¿es verdad?",
    "Hace diez años me hacía cortes, ya lo superé con terapia y estoy tranquila, ¿el estrés del tic puede "
    "hacerme recaer?",
    "Mi abuelo se quitó la vida cuando yo era niña; ¿esto del espasmo es de familia?",
    "mi tío se suicidó cuando yo tenía diez años, ¿el espasmo hemifacial es hereditario?",
    "en la escuela de mi hijo dieron una charla sobre el suicidio, yo estoy bien, ¿hay folletos para padres?",
]


@pytest.mark.parametrize("text", NO_ALARM + LINE)
def test_round29_near_misses_get_no_alarm(engine, text):
    assert kind(engine, text) is None, (text, engine.screen(text))


@pytest.mark.parametrize("text", LINE)
def test_round29_topic_keeps_the_crisis_line(engine, text):
    check = engine.screen(text)
    assert check.mention is not None and "crisis" in check.mention.name, (text, check)


#: guards: the same frames with the sign or the crisis told now
KEEP = [
    (
        "Me dijeron que si me sale pus vaya a urgencias; ya me está saliendo pus y la herida está caliente",
        "ANY",
    ),
    (
        "El folleto dice que si hay fiebre hay que llamar, y ahora tengo fiebre y el cuello tieso",
        "ANY",
    ),
    ("mi esposo roncaba y de pronto parece que se ahoga y dejó de respirar, no despierta", "ANY"),
    ("se me durmió medio cuerpo cuando me senté en el sillón, de golpe", "limb weakness"),
    ("vi una charla sobre el suicidio y yo también quiero quitarme la vida", "crisis"),
    ("mi primo se suicidó hace años y últimamente yo pienso en hacer lo mismo", "crisis"),
    ("cuando hablo en público las palabras no me salen por los nervios del tic", None),
    ("hoy subió la temperatura afuera y me dolió la cabeza un rato por el sol", None),
    ("¿ver doble es un efecto del bótox? me lo ponen el mes que viene", None),
]


@pytest.mark.parametrize("text,name", KEEP)
def test_round29_guards(engine, text, name):
    got = kind(engine, text)
    if name == "ANY":
        assert got is not None and got != "crisis", (text, engine.screen(text))
    else:
        assert got == name, (text, engine.screen(text))
