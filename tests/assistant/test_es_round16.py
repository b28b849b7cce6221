"""Round 16 (issue 18, helper as18d): the classes the blind run ES v9 missed, in our own
words (no sentence of a benchmark set), each widened pattern with a near-miss.

1. Crisis by meaning: the wish to go on lost (first or reported person), "para qué
   despertarme", the passive wish with its pronoun ("ojalá no me despierte"), affairs
   put in order together with farewell letters, self-harm on one's own body by any
   method told as a habit or with a means. Idioms and treatments stay quiet.
2. Spanish clinical shorthand (:mod:`hfs.assistant.shorthand_es`): a nurse's note
   ("POP día 3, rinorrea", "herida retroauricular eritematosa con secreción purulenta",
   "paresia facial", "disfagia tras TBA", "T 38,7 y rigidez nucal") is read as the plain
   words the screen knows; "tb" (también), a hoarse voice, a normal temperature and a
   clean wound stay quiet.
3. Other signs: hearing gone on the operated side (the side told first), a blast in the
   head that never hurt like this, half of what one sees gone, short of breath lying
   down after the toxin ("me cuesta tomar aire", "sensación de ahogo"), limbs tiring
   after the toxin and getting worse; a patient's age ("paciente de 70 años") is not a
   time long past.
4. The cost: a sign denied in its own words ("no se me cae"), a cold's mucus before any
   operation ("aún no me operan"), a toxin effect the doctor said will pass ("se pasa en
   un mes"), pills too big to swallow, a what-if about "algún día" to be prepared, a
   what-if read in the leaflet, a small mark where the needle went in: no alarm, and for
   the last three no safety net either. The same signs told as happening still alarm.

Each class has tests that fail on 317a28e; the near-misses guard the widened patterns.
"""

from __future__ import annotations

import pytest

from hfs.assistant.classifier import TRAINING_DIR_ES, load_training
from tests.assistant.helpers import kind, quiet


def test_the_burned_set_v8_is_a_spanish_training_set():
    names = {s.name for s in load_training(TRAINING_DIR_ES)}
    assert "blind_v8" in names


CRISIS = [
    "ya no tengo ganas de seguir, estoy cansada de todo",
    "mi madre dice que ya no tiene ganas de seguir",
    "para qué levantarme cada mañana si nada cambia",
    "para qué despertar otro día así",
    "ojalá no me despierte mañana",
    "a veces quisiera no amanecer",
    "ojalá no se despertara, dice mi hermana",
    "dejé todo en orden, el testamento y unas cartas para mis nietos",
    "mi padre tiene todo arreglado y escribió una carta a cada uno de nosotros",
    "me quemo las piernas con el encendedor cada vez que me miran raro",
    "mi hijo se pincha los brazos con una aguja cuando se enoja",
    "me golpeo la cabeza contra la pared cuando me da vergüenza, lo hago desde hace meses",
]

CRISIS_NEAR_MISSES = [
    "me muero de sueño",
    "estoy muerta de cansancio",
    "no quiero seguir con las pastillas",
    "no tengo ganas de seguir con el botox, me deja la cara rara",
    "ya tengo todo arreglado para la cirugía",
    "dejé todo arreglado para el viaje",
    "ojalá no me despierte el tic esta noche",
    "le escribí una carta a mi hijo por su cumpleaños",
    "me quemé la mano con la sartén cocinando",
    "me corto las uñas cada semana",
    "para qué levantarme temprano si es domingo",
]


@pytest.mark.parametrize("text", CRISIS)
def test_crisis_by_meaning(engine, text):
    assert kind(engine, text) == "crisis", text


@pytest.mark.parametrize("text", CRISIS_NEAR_MISSES)
def test_crisis_near_misses_get_no_crisis_reply(engine, text):
    assert kind(engine, text) != "crisis", text


CHART_NOTES = [
    ("POP día 3 de MVD: rinorrea acuosa por fosa derecha al agacharse", "fluid leak"),
    ("día 5 post cirugía, otorrea clara del lado intervenido", "fluid leak"),
    ("herida retroauricular eritematosa con secreción purulenta", "wound infection"),
    (
        "paciente post descompresión microvascular, herida con eritema y dehiscencia",
        "wound infection",
    ),
    ("postoperatorio día 2: paresia facial derecha de nueva aparición", "facial droop"),
    ("postoperatorio día 5, no cierra el párpado del lado operado", "eye that will not close"),
    ("tras TBA hace 4 días: disfagia para sólidos y líquidos", "swallowing"),
    ("paciente infiltrado con toxina botulínica ayer, refiere disnea de reposo", "breathing"),
    ("pérdida súbita de visión del ojo izquierdo esta mañana", "vision"),
    ("hipoacusia súbita izquierda tras la intervención", "hearing"),
    ("T 38,7 y rigidez nucal, día 8 post MVD", "fever"),
    ("Tª 39 ºC, cefalea y meningismo", "fever"),
    ("cefalea en trueno hace una hora", "headache"),
    ("POP día 1, parálisis facial brusca del lado operado", "facial droop"),
]


@pytest.mark.parametrize(("text", "flag"), CHART_NOTES)
def test_spanish_chart_shorthand_is_read(engine, text, flag):
    found = kind(engine, text)
    assert found is not None and flag in found, (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "rinorrea por catarro, sin cirugía previa",
        "herida limpia, sin eritema ni exudado",
        "disfonía leve tras la toxina",
        "tb me pusieron botox ayer y todo bien",
        "T 36,5 sin incidencias",
        "¿el espasmo es lo mismo que una parálisis facial?",
        "hace años tuve parálisis facial, ¿tiene algo que ver con el tic?",
    ],
)
def test_chart_near_misses_stay_quiet(engine, text):
    assert kind(engine, text) is None, text


def test_chart_terms_in_plain_words():
    from hfs.assistant.shorthand_es import read_chart_es

    assert read_chart_es("t 38,5 y rinorrea") == "fiebre y liquido por la nariz"
    assert read_chart_es("tb vino mi hija") == "tb vino mi hija"


OTHER_SIGNS = [
    ("desde la cirugía, del lado que me operaron ya no oigo ni la tele", "hearing"),
    ("a los tres días de la cirugía noto que por el lado operado no oigo el timbre", "hearing"),
    ("sintió que le reventó algo dentro de la cabeza, jamás le había dolido tanto", "headache"),
    ("nunca me había dolido así, como si me estallara la cabeza", "headache"),
    ("de golpe se me fue la mitad izquierda de la vista, en los dos ojos", "vision"),
    ("no veo la mitad de lo que tengo delante desde esta mañana", "vision"),
    ("desde la toxina me cuesta muchísimo tomar aire cuando me acuesto", "breathing"),
    ("tras el botox tengo sensación de ahogo por las noches", "breathing"),
    (
        "me pusieron la toxina el lunes, primero se me cansaban los brazos y ahora también "
        "las piernas, cada vez peor",
        "spreading",
    ),
    ("dos días tras la toxina, disfagia a sólidos, mujer de 81 años", "swallowing"),
]

OTHER_NEAR_MISSES = [
    "por el lado del tic no oigo ningún ruido raro",
    "del oído izquierdo no oigo bien desde hace años",
    "del lado operado no escucho el chasquido de antes, ¡qué alivio!",
    "cuando me da el espasmo no veo la mitad de lo que tengo delante porque se me cierra el ojo",
    "me cuesta tomar aire cuando corro, pero nunca me han puesto botox",
    "de niña de 10 años me quedé sorda de un oído por unas paperas",
]


@pytest.mark.parametrize(("text", "flag"), OTHER_SIGNS)
def test_other_signs_are_alarms(engine, text, flag):
    found = kind(engine, text)
    assert found is not None and flag in found, (text, found)


@pytest.mark.parametrize("text", OTHER_NEAR_MISSES)
def test_other_near_misses_get_no_alarm(engine, text):
    assert kind(engine, text) is None, text


COST_QUIET = [
    "¿y si algún día se me duerme medio cuerpo de golpe? quiero estar preparado",
    "¿qué pasa si tras la operación me sale líquido por la nariz? viene en el folleto",
    "me inyectaron el botox anteayer y me quedó una marquita morada donde me picaron la aguja",
    "me pusieron el botox ayer y me salió una roncha roja donde me pusieron la inyección, nada más",
]

COST_NO_ALARM = [
    "el párpado no se me cae nada, solo brinca",
    "la boca no se le tuerce, nomás le tiembla el labio",
    "tengo mocos clarísimos por la nariz, es un catarro, aún no me operan",
    "me dijeron que la ceja caída del botox se pasa en un mes, la tengo un poco caída",
    "no puedo tragar esas cápsulas tan grandes de gabapentina",
    "la boca no se me cae para nada, solo me brinca",
    "me escurre agua clarita por la nariz por la gripe, todavía ni me han operado del espasmo",
    "tengo la boca algo chueca desde el botox, la doctora dice que eso se pasa solo en un mes",
    *COST_QUIET,
]

COST_STILL_ALARMS = [
    ("no puedo tragar las pastillas ni el agua desde el botox de ayer", "swallowing"),
    ("se me cayó la cara de golpe hace una hora", "facial"),
    ("la debilidad del botox se me pasa al cuello", "spreading"),
    ("me sale agua clara por la nariz desde la operación, no es catarro", "fluid"),
]


@pytest.mark.parametrize("text", COST_NO_ALARM)
def test_cost_no_alarm(engine, text):
    assert kind(engine, text) is None, text


@pytest.mark.parametrize("text", COST_QUIET)
def test_cost_no_safety_net_either(engine, text):
    assert quiet(engine, text), text


@pytest.mark.parametrize(("text", "flag"), COST_STILL_ALARMS)
def test_cost_signs_told_as_happening_still_alarm(engine, text, flag):
    found = kind(engine, text)
    assert found is not None and flag in found, (text, found)


def test_a_wound_at_the_needle_site_with_pus_is_not_let_go(engine):
    check = engine.screen(
        "me pusieron botox ayer y donde entró la aguja está rojo, hinchado y con pus"
    )
    assert check.flag is not None or check.net is not None
