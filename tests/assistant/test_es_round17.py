"""Round 17 (issue 18, helper as18e): the classes the blind run ES v10 missed, in our own
words (no sentence of a benchmark set), each widened pattern with a near-miss.

1. Spanish spelled by sound (:func:`hfs.assistant.shorthand_es.read_sounds_es`): a silent
   h dropped or added, c/s/z, y/i, v/b, "e tenido"; and Caribbean dropped endings
   (:func:`hfs.assistant.shorthand_es.read_elisions_es`: "ta'", "to'", "pue'", "-ao",
   "mové" after "puede"). Ordinary words that only look close stay as they are.
2. Other signs: an eye "ciego" of a sudden; one side of the face not moving after the
   operation; the head seized suddenly with "the worst pain of one's life"; crisis told
   by family ("hoy acaba con todo") and a hanging rope ready.

Each class has tests that fail on 35a4e74; the near-misses guard the widened patterns.
"""

from __future__ import annotations

import pytest

from hfs.assistant.shorthand_es import read_elisions_es, read_sounds_es, sound_key_es
from tests.assistant.helpers import kind


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("la erida", "la herida"),
        ("me duele la caveza", "me duele la cabeza"),
        ("tengo ynfecsion", "tengo infeccion"),
        ("despues de la sirujia", "despues de la cirugia"),
        ("un dolor orrible", "un dolor horrible"),
        ("e tenido fiebre", "he tenido fiebre"),
        ("la sicatris", "la cicatriz"),
    ],
)
def test_words_spelled_by_sound_are_read_as_spelled(written, read):
    assert read_sounds_es(written) == read


@pytest.mark.parametrize(
    "text",
    ["la casa esta limpia", "fui a asia de viaje", "el oso del zoologico", "e hijos", "abrazo"],
)
def test_ordinary_words_are_not_respelled(text):
    assert read_sounds_es(text) == text


def test_sound_key_merges_only_letters_that_sound_alike():
    assert sound_key_es("caveza") == sound_key_es("cabeza")
    assert sound_key_es("erida") == sound_key_es("herida")
    assert sound_key_es("cabeza") != sound_key_es("cereza")


@pytest.mark.parametrize(
    ("spoken", "read"),
    [
        ("mi mai ta' cansá", "mi mama esta cansá"),
        ("se le ve to' torcío", "se le ve todo torcío"),
        ("no pue' caminá", "no puede caminar"),
        ("ta' enredao", "esta enredado"),
        ("comimos bacalao", "comimos bacalao"),
    ],
)
def test_caribbean_dropped_endings_are_restored(spoken, read):
    assert read_elisions_es(spoken) == read


SPELLED_BY_SOUND = [
    ("la erida detras de la oreja bota pus y uele feo desde la sirujia", "wound infection"),
    ("me dio un dolor de caveza orrible de golpe, nunca e tenido uno asi", "headache"),
    ("a mi esposo le dio de repente, ta' to' raro y no pue' levantá el brazo izquierdo", "limb"),
]


@pytest.mark.parametrize(("text", "flag"), SPELLED_BY_SOUND)
def test_signs_spelled_by_sound_alarm(engine, text, flag):
    found = kind(engine, text)
    assert found is not None and flag in found, (text, found)


SIGNS = [
    ("se me quedó el ojo izquierdo ciego de golpe esta mañana", "vision"),
    ("desde anoche de repente quedó ciega del ojo derecho", "vision"),
    (
        "la sonrisa era pareja antes de operarme, desde la cirugía el lado derecho no se mueve",
        "facial",
    ),
    (
        "mi abuela se tomó la cabeza de golpe y dijo que era el peor dolor de toda su vida",
        "headache",
    ),
    ("mi tío nos dijo que ya no aguanta y que esta noche acaba con todo", "crisis"),
    ("tengo una soga guardada en el closet", "crisis"),
    ("ayer compré una soga y la dejé en el cuarto", "crisis"),
]


@pytest.mark.parametrize(("text", "flag"), SIGNS)
def test_round17_signs_alarm(engine, text, flag):
    found = kind(engine, text)
    assert found is not None and flag in found, (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "hoy termino con todo el papeleo del seguro",
        "mañana acabo con todo lo que falta de la mudanza",
        "compré una soga para saltar y hacer ejercicio",
        "soy ciego de un ojo desde niño",
        "el parto fue el dolor más fuerte de mi vida; hoy me duele un poco la cabeza",
        "desde la operación el lado izquierdo de la espalda me duele un poco",
    ],
)
def test_round17_near_misses_stay_quiet(engine, text):
    assert kind(engine, text) is None, text


# 3. The cost: nothing happening now. Each rule below has a sign told as happening next
# to it that must still alarm.
NOTHING_NOW = [
    # the treatment not had yet, only reading or asking
    "vi en un foro que la cirugía puede dejar la cara caída o sorda a la gente, aún no me operan, "
    "nomás pregunto",
    "¿la toxina puede dejar sin aire? todavía no me la aplican, solo es una duda",
    # the team's "if this comes" instructions, nothing come
    "el doctor me explicó que si me da fiebre con el cuello tieso después de la cirugía vaya al "
    "hospital; no me ha pasado nada, solo quería saber",
    "me advirtieron que si se me cae la cara después del bótox les llame. No me ha salido nada",
    # an old story retold or dated
    "mi abuelo me volvió a contar hoy que tras su operación de hernia le dio fiebre, eso fue en "
    "los setenta",
    # a scene about a stranger, one's own state only the tic
    "en una serie un actor tuvo un derrame y no podía hablar, a mí nomás me tiembla el párpado",
    "vi un documental de una señora con la cara paralizada; yo solo tengo el espasmo",
]


@pytest.mark.parametrize("text", NOTHING_NOW)
def test_round17_nothing_happening_now_does_not_alarm(engine, text):
    assert kind(engine, text) is None, text


STILL_SIGNS = [
    ("aún no me operan pero hoy de repente no veo nada del ojo derecho", "vision"),
    (
        "me dijeron que si me sale agua por la nariz vaya a urgencias, y hoy me sale agua clara "
        "por la nariz desde la operación",
        "fluid leak",
    ),
    ("mi mamá me contó que hoy se le cayó la cara de repente", "facial"),
    ("vi una novela con un derrame y ahora yo tengo la boca chueca de repente", "stroke"),
]


@pytest.mark.parametrize(("text", "flag"), STILL_SIGNS)
def test_round17_signs_next_to_those_rules_still_alarm(engine, text, flag):
    found = kind(engine, text)
    assert found is not None and flag in found, (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "desde ayer la cicatriz está roja y caliente y le sale un líquido verdoso",
        "la herida de la operación se puso colorada y me mancha la gasa de algo amarillo",
        "hoy la herida está enrojecida y supura una cosa verde",
    ],
)
def test_round17_wound_red_or_hot_with_yellow_or_green_discharge_alarms(engine, text):
    found = kind(engine, text)
    assert found is not None and "wound infection" in found, (text, found)


def test_round17_wound_near_miss_stays_quiet(engine):
    text = "la herida sanó muy bien, ahora me salió un granito amarillo en la frente"
    assert kind(engine, text) is None
