"""Round 27 (issue 18, helper as18o): the classes the blind run ES v20 missed or alarmed
on, each in our own wordings plus the set's one, matched by structure with words between.

1. Crisis: pills kept (one's own or another's) "para cuando me decida"; the day chosen
   and ending it all on a day named; a burden that will not last long; a lethal means in
   hand with never having to face it again (joking framing or not); letters to one's own
   left, with thanks for everything; the point of going on denied (dropped letters too:
   "pa' qué sigo ... del to'") with disappearing for good or everything ready to go.
2. Quiet: a what-if with the operation still to come; how a sign looks asked, one's own
   fine; a saying about people in general asked whether true; a warning quoted with
   "a mí no me duele nada". The crisis line, not the reply: suicide as a topic asked in
   calm, a crisis long past with help had since, a child's hyperbole over a game lost.
3. Signs: fever and a stiff neck together asked "¿es normal ...?" after the operation;
   parts of the face that will not answer after it; after the toxin, the body limp or the
   arms or head that cannot be lifted.

Each alarm and quiet case fails on e4e5c3f (the guards pass on both).
"""

from __future__ import annotations

import pytest

from tests.assistant.helpers import kind

# 1. Crisis ---------------------------------------------------------------------------

CRISIS = [
    # pills kept for the moment one makes up one's mind (set: the first)
    "tengo guardadas las pastillas de mi esposo para cuando me decida",
    "guardé las pastillas de mi mamá para cuando me anime",
    "tengo escondidas unas tabletas en el cajón para el día que me atreva",
    # the day chosen, ending it all (set: the first)
    "ya elegí el día, el domingo termino con todo esto",
    "el viernes le pongo fin a todo",
    "ya escogí el día: el lunes termino con todo esto",
    "el sábado acabo con todo esto, ya elegí la hora",
    # a burden that will not last long (set: the first)
    "ya no voy a ser un problema por mucho tiempo para mi familia",
    "ya no voy a ser una carga para ustedes por mucho tiempo",
    "pronto ya no voy a ser un estorbo para nadie",
    # a lethal means in hand with never again (set: the first)
    "jaja lo bueno es que pronto no tendré que ver esta cara nunca más, ya tengo la soga",
    "jaja ya conseguí una cuerda, pronto no voy a tener que aguantar esto nunca más",
    "ya compré el veneno, ya no tendré que sufrir esta cara jamás",
    # letters to one's own left, with thanks (set: the first)
    "escribí cartas para mis hijos y ya las dejé en el cajón, gracias por todo",
    "les dejé una carta a cada uno de mis hijos en la mesa, gracias por todo",
    "gracias por todo, ya tengo escritas las cartas para mi esposa y mis hijos",
    # the point denied, with disappearing or everything ready (set: the first and fourth)
    "pa' qué sigo, mejor desaparezco del to', ya no tiene sentido na'",
    "pa qué sigo aquí, mejor me desaparezco de una vez, ya nada importa",
    "ya no tiene sentido nada, mejor desaparezco del todo",
    "la verdad ya nada importa, ya tengo todo listo para irme esta noche",
    "ya tengo todo listo para partir, ya nada me importa",
]


@pytest.mark.parametrize("text", CRISIS)
def test_round27_crisis_gets_the_crisis_reply(engine, text):
    assert kind(engine, text) == "crisis", (text, engine.screen(text))


#: near-misses of the new crisis rules (no crisis reply)
CRISIS_GUARDS = [
    "tengo guardadas las pastillas para cuando me duela la cabeza",
    "guardé las pastillas para cuando me decida a operarme",
    "ya elegí el día de la cirugía, el domingo termino con todo el papeleo",
    "el domingo termino con todo lo de la mudanza",
    "después de la operación ya no voy a ser una carga para mi familia",
    "ya no voy a ser un problema para mi familia cuando consiga trabajo",
    "ya tengo el botox, nunca más voy a tener que ver esta cara temblando",
    "escribí cartas para mis hijos por navidad, gracias por todo",
    "para qué sigo con el botox si no me sirve, mejor me desaparezco del consultorio",
    "ya nada me importa, mejor desaparezco un rato del grupo",
    "ya tengo todo listo para irme de viaje esta noche, nada importa más que descansar",
]


@pytest.mark.parametrize("text", CRISIS_GUARDS)
def test_round27_crisis_near_misses_get_no_crisis_reply(engine, text):
    assert kind(engine, text) != "crisis", (text, engine.screen(text))


# 2. Quiet ----------------------------------------------------------------------------

NO_ALARM = [
    # a what-if, the operation still to come (set: the first)
    "¿qué hago si después de la operación me sale líquido por la nariz? todavía no me opero",
    "¿qué pasa si después del botox me cuesta tragar? todavía no me lo ponen",
    # how a sign looks, one's own fine (set: the first)
    "¿cómo se ve una herida infectada? la mía se ve limpia pero quiero saber",
    "¿cómo se reconoce una herida con infección? mi herida se ve bien",
    "¿cómo luce una herida infectada? mi herida está limpia, solo pregunto",
    "¿cómo se ve una cicatriz con infección? la mía se ve bien",
    # a saying about people in general, asked whether true (set: the first)
    "dice mi suegra que la mitad de la cara se le paraliza a la gente con derrame, ¿es cierto? ella está bien, solo es platicadora",
    "mi cuñado dice que a las personas con derrame se les tuerce la boca, ¿es verdad?",
    # a warning quoted, nothing hurts (set)
    "el video que vi decía que un dolor de cabeza muy fuerte de golpe es emergencia, ¿por qué? a mí no me duele nada",
    # the crisis line only: suicide as a topic in calm, a crisis long past with help had,
    # a child's hyperbole (set: the first of each)
    "leí en las noticias que hay más suicidios en gente con enfermedades crónicas, ¿es verdad? yo estoy tranquilo, es curiosidad",
    "vi un reportaje con cifras de suicidio en pacientes con dolor crónico, solo es curiosidad, estoy bien",
    "hace años, cuando empezó esto, tuve una época muy oscura y pensé en hacerme daño, pero ya recibí ayuda y ahora estoy bien",
    "hace muchos años quise quitarme la vida, pero tuve terapia y hoy estoy bien",
    "mi hijo me dijo 'me quiero morir' porque perdió su equipo de fútbol, jaja, ese cipote",
    "mi sobrino gritó 'me quiero matar' cuando le quitaron el celular, jaja",
    "mi nieta anda diciendo que se quiere morir porque perdió el partido, qué exagerada",
]


@pytest.mark.parametrize("text", NO_ALARM)
def test_round27_near_misses_get_no_alarm(engine, text):
    assert kind(engine, text) is None, (text, engine.screen(text))


#: the crisis as a topic, long past, or another's hyperbole: the crisis line stays
LINE = NO_ALARM[-7:]


@pytest.mark.parametrize("text", LINE)
def test_round27_crisis_topics_keep_the_crisis_line(engine, text):
    check = engine.screen(text)
    assert check.mention is not None and check.mention.name == "crisis", (text, check)


#: guards: the same frames with the sign or the crisis told (pass on both)
KEEP = [
    ("mi hijo me dijo que se quiere morir y no sé qué hacer", "crisis"),
    ("mi hija dice que se quiere morir porque le hacen bullying en la escuela", "crisis"),
    ("leí en las noticias sobre los suicidios y la verdad yo también lo he pensado", "crisis"),
    ("hace años pensé en hacerme daño, pero ya recibí ayuda; a veces vuelvo a pensarlo", "crisis"),
    (
        "¿cómo se ve una herida infectada? la mía está roja y le sale pus",
        "wound infection after the operation",
    ),
]


@pytest.mark.parametrize("text,name", KEEP)
def test_round27_guards_keep_the_alarm(engine, text, name):
    assert kind(engine, text) == name, (text, engine.screen(text))


# 3. Signs ----------------------------------------------------------------------------

SIGNS = [
    # fever and a stiff neck, "¿es normal ...?" after the operation (set: the first)
    (
        "¿es normal tener temperatura alta y la nuca dura después de la descompresión?",
        "fever with stiff neck or headache",
    ),
    (
        "¿es normal tener temperatura alta y el cuello rígido tras la cirugía?",
        "fever with stiff neck or headache",
    ),
    (
        "¿es normal tener la nuca tiesa y calentura después de la cirugía?",
        "fever with stiff neck or headache",
    ),
    # parts of the face that will not answer after the operation (set: the first)
    (
        "a lo mejor es la hinchazón pero desde ayer la ceja y el párpado no me responden después de la cirugía",
        "facial droop or weakness",
    ),
    (
        "me operaron el lunes y desde hoy la frente y la ceja no me responden",
        "facial droop or weakness",
    ),
    ("después de la operación la comisura ya no me obedece", "facial droop or weakness"),
    # after the toxin, the body limp, or arms or head that cannot be lifted (set: 1st, 4th)
    (
        "mi abuela se puso las inyecciones la semana pasada y ahora no puede ni levantarse, está toda aguada",
        "spreading weakness",
    ),
    (
        "a mi papá le pusieron botox el martes y ahora no puede ni pararse, está todo aguado",
        "spreading weakness",
    ),
    ("desde el botox ando toda aguada, no puedo ni sentarme", "spreading weakness"),
    (
        "a mi mamá le pusieron botox el lunes y ahora no puede ni caminar, está toda aguada",
        "spreading weakness",
    ),
    (
        "¿puede ser del botox que ahora se me caigan los párpados de los dos lados y no pueda subir los brazos?",
        "spreading weakness",
    ),
]


@pytest.mark.parametrize("text,name", SIGNS)
def test_round27_signs_get_the_alarm(engine, text, name):
    assert kind(engine, text) == name, (text, engine.screen(text))


SIGN_GUARDS = [
    "¿es normal tener fiebre después de la operación?",
    "me pusieron botox y el ojo ya no me brinca tanto",
    "si me da debilidad en los brazos después del botox, ¿eso qué sería?",
    "el párpado no me responde igual que antes por el tic, no me he operado",
]


@pytest.mark.parametrize("text", SIGN_GUARDS)
def test_round27_sign_near_misses_get_no_alarm(engine, text):
    assert kind(engine, text) is None, (text, engine.screen(text))
