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
