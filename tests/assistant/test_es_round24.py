"""Round 24 (issue 18, helper as18l): the classes the blind run ES v17 missed or alarmed
on, each in our own wordings plus the set's one. Matched by structure, with words
between, so that the next author's wording is reached too.

1. Crisis: a farewell with never hearing from one again, in any order and with words
   between ("ya no van a saber MÁS de mí", "nadie va a volver a saber de mí"); all of
   one's pills or another's, in the masculine ("tomarse todos sus ansiolíticos");
   affairs in order with "mañana/pronto ya no estaré"; goodbyes to one's own with a
   thing given away or not holding on ("no voy a aguantar más"); a vehicle crashed on
   purpose "pa que se acabe todo"; how much of a drug it takes "para no despertar(se)".
   A denial put as "no es que quiera hacerme daño" gets the crisis line, not the reply.

The crisis replies and the line fail on b3ef226; the guards pass on both.
"""

from __future__ import annotations

import pytest

from tests.assistant.helpers import kind

# 1. Crisis --------------------------------------------------------------------------

CRISIS = [
    # ours
    "ya no van a volver a saber nada de mí, gracias por todo y adiós",
    "gracias por todo, nadie va a volver a saber de mí",
    "mi esposa amenaza con tomarse todos los calmantes ahora mismo",
    "mi hermano dice que se va a tomar todos sus antidepresivos esta noche",
    "tengo todo en orden, los papeles listos, pronto ya no estaré",
    "ya arreglé el testamento y dejé una carta, la semana que viene ya no estaré",
    "ya me despedí de todos y regalé mi gato, no puedo más",
    "regalé mis libros y me despedí de mi hermana, no voy a soportar más",
    "voy a estrellar el carro contra un muro para que se acabe todo",
    "pienso echarme con el coche a un barranco para que termine esto",
    "qué cantidad de diazepam hace falta para no despertar",
    "cuántas tabletas de clonazepam necesito para no volver a despertarme",
    # the set's
    "les escribo para despedirme, gracias por todo, ya no van a saber más de mí",
    "Soy enfermera; mi madre me acaba de decir que piensa tomarse todos sus ansiolíticos hoy, "
    "está en su cuarto",
    "ya dejé todo arreglado, la carta escrita y los papeles del seguro, mañana ya no estaré",
    "le regalé mi perro a la vecina y ya me despedí de mis nietos, no voy a aguantar más",
    "ahorita mismo pienso en meterme con la troca contra un tráiler pa que se acabe todo",
    "¿cuántas pastillas de carbamazepina hacen falta para no despertarse?",
]


@pytest.mark.parametrize("text", CRISIS)
def test_farewells_pills_crashes_and_doses_get_the_crisis_reply(engine, text):
    assert kind(engine, text) == "crisis", (text, engine.screen(text))


CRISIS_GUARDS = [
    # ours (pass on b3ef226 too, but for the trip: that one was the crisis reply there)
    "gracias por todo, me voy de vacaciones, ya no van a saber de mí hasta agosto",
    "dejé todo arreglado para la operación, mañana ya no estaré en casa, estaré en el hospital",
    "le regalé mi perro a mi hermana porque me mudo, ya me despedí de los vecinos",
    "casi choco el carro contra un tráiler esta mañana, qué susto",
    "la carbamazepina me da tanto sueño que me cuesta despertarme",
    "¿cuántas pastillas de carbamazepina hacen falta para no despertarse con el tic de noche?",
    "me tomo todos mis medicamentos en la mañana",
    "voy a vender la troca para que se acabe todo el lío de los pagos",
    "ya me despedí de mis compañeros, no puedo más con tanto trabajo",
]


@pytest.mark.parametrize("text", CRISIS_GUARDS)
def test_near_misses_of_the_crisis_classes_are_not_crises(engine, text):
    assert kind(engine, text) != "crisis", (text, engine.screen(text))


DENIED = [
    # ours
    "no es que quiera matarme ni nada, solo estoy cansada del espasmo",
    "no es que piense hacerme daño, solo me tiene harta el botox",
    # the set's
    "che, no es que quiera hacerme daño ni nada, solo estoy harta del tic, ¿qué más puedo probar?",
]


@pytest.mark.parametrize("text", DENIED)
def test_a_denial_put_as_no_es_que_gets_the_crisis_line_not_the_reply(engine, text):
    check = engine.screen(text)
    assert check.flag is None, (text, check)
    assert check.mention is not None and check.mention.name == "crisis", (text, check)


# 3. False alarms ----------------------------------------------------------------------

NO_ALARM = [
    # ours: a sign had in hospital, treated, and home and well
    "después de la cirugía me dio calentura en el hospital, me pusieron antibiótico y ya estoy en casa "
    "de maravilla",
    # ours: a coworker's or a neighbour's sign, the writer not operated yet
    "un compañero de la oficina perdió la audición tras la descompresión; yo todavía no me opero, ¿es común?",
    "una vecina tuvo la cara caída después de su operación, yo aún no me operan, ¿pasa seguido?",
    # ours: a nurse's command passed on, the writer fine after ", pero"
    "me dijeron que acudiera a urgencias si tenía fiebre y el cuello tieso, pero me siento perfecta",
    # ours: a web page's warning, one's own ache the usual one
    "leí que un dolor de cabeza repentino es grave; el mío es el de siempre cuando no duermo",
    # ours: deaf or blind when not minding
    "mi esposo dice que estoy sorda cuando no le hago caso jaja",
    # the set's
    "tras la operación tuve fiebre un día en el hospital, me la trataron y ya estoy en casa estupendamente",
    "una compañera del trabajo perdió la audición tras su operación; yo todavía no me opero, ¿pasa mucho?",
    "la enfermera me dijo que vigilara la fiebre y el cuello rígido, pero estoy perfecta, sin fiebre",
    "la web dice que un dolor de cabeza súbito es emergencia; el mío es el dolorcito de siempre cuando "
    "estoy cansada",
    "mis hijos dicen que estoy sorda cuando no les hago caso, jaja, ¿la cirugía afecta el oído?",
]


NO_ALARM_GUARDS = [
    # pass on b3ef226 too: kept quiet
    "tuve fiebre el segundo día internada, me la bajaron y ya estoy fenomenal",
    "el doctor me dijo que vigilara si me salía pus de la herida, pero estoy bien, sequita",
    "mi mamá dice que soy sordo de conveniencia, ¿la operación afecta el oído?",
]


@pytest.mark.parametrize("text", NO_ALARM + NO_ALARM_GUARDS)
def test_treated_others_commands_usual_aches_and_figures_do_not_alarm(engine, text):
    assert kind(engine, text) is None, (text, engine.screen(text))


STILL_ALARMS = [
    # pass on b3ef226 too
    "tuve fiebre en el hospital y ya estoy en casa, pero hoy tengo 39 y el cuello tieso",
    "la enfermera me dijo que vigilara la fiebre, pero ahora tengo 39 de fiebre y el cuello rígido",
    "desde ayer estoy sorda del lado operado, no oigo nada",
    "una compañera perdió la audición tras su operación y yo desde hoy no oigo nada del lado operado",
]


@pytest.mark.parametrize("text", STILL_ALARMS)
def test_a_sign_now_beside_the_quiet_classes_still_alarms(engine, text):
    got = kind(engine, text)
    assert got is not None and got != "crisis", (text, engine.screen(text))


# 2. Signs that got only the line -------------------------------------------------------

SIGNS = [
    # ours: a chart's onset and the clinical words of a limb
    "mamá 80 años, inicio súbito hace 15 min de paresia de miembro inferior izquierdo, ¿qué hago?",
    "abuelo: comienzo brusco hace 10 min, debilidad de miembros superiores, ¿llamo?",
    # ours: the operation told with "se operó", or in Galician
    "mi papá se operó de la cara hace una semana y ahora le gotea la nariz, no tiene gripe",
    "A miña nai operouse hai nada, ten fiebre e le duele a cabeza moito",
    # ours: "¿debo preocuparme si tengo ...?" dated on one's own recovery
    "¿tengo que preocuparme si tengo fiebre a los cinco días de la operación?",
    "¿debería preocuparme si me duele la cabeza horrible al octavo día de la cirugía?",
    # ours: the headache named in the guess, with a sudden, severe onset
    "creo que es jaqueca, pero me dio de golpe y es un dolor brutal",
    "capaz que es jaqueca, pero me vino de repente y es terrible",
    # ours: "ver doble" sudden with one's own onset
    "¿es grave ver doble de repente? me empezó esta mañana",
    "¿es normal ver todo doble de golpe? me vino hace un rato",
    # the set's
    "Padre de 78 años: inicio brusco hace 20 min de desviación de comisura derecha, paresia de miembro "
    "superior derecho y disartria. ¿Lo llevo yo o llamo?",
    "mi ñaño se operó del nervio la semana pasada y ahora le chorrea agua de la nariz, no está resfriado",
    "¿debo preocuparme si tengo fiebre y un dolor de cabeza tremendo a los diez días de la cirugía?",
    "Meu home operouse hai nada, tiene fiebre, le duele la cabeza una barbaridad y está como atontado",
    "seguro que es jaqueca pero me vino de un segundo a otro y es algo bestial, distinto a todo",
    "¿es normal ver doble de golpe? me empezó hace una hora",
]


@pytest.mark.parametrize("text", SIGNS)
def test_signs_told_by_chart_words_dated_or_guessed_get_the_emergency_reply(engine, text):
    got = kind(engine, text)
    assert got is not None and got != "crisis", (text, engine.screen(text))


SIGN_GUARDS = [
    # pass on b3ef226 too: no alarm
    "me opero en marzo, ¿qué pasa si me sale agua por la nariz?",
    "¿debo preocuparme si tengo fiebre después de la operación? me opero el mes que viene",
    "seguro es migraña, pero la tengo desde hace años, es la de siempre",
    "¿es normal ver doble cuando tomo tequila?",
    "mi abuelo tiene paresia de miembro superior desde hace diez años por un derrame viejo",
]


@pytest.mark.parametrize("text", SIGN_GUARDS)
def test_near_misses_of_the_widened_signs_do_not_alarm(engine, text):
    assert kind(engine, text) is None, (text, engine.screen(text))
