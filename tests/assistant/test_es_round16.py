"""Round 16 (issue 18, helper as18d): the classes the blind run ES v9 missed, in our own
words (no sentence of a benchmark set), each widened pattern with a near-miss.

1. Crisis by meaning: the wish to go on lost (first or reported person), "para qué
   despertarme", the passive wish with its pronoun ("ojalá no me despierte"), affairs
   put in order together with farewell letters, self-harm on one's own body by any
   method told as a habit or with a means. Idioms and treatments stay quiet.

Each class has tests that fail on 317a28e; the near-misses guard the widened patterns.
"""

from __future__ import annotations

import pytest

from hfs.assistant.classifier import TRAINING_DIR_ES, load_training


def kind(engine, text):
    """'crisis', another flag's name, or None (no alarm)."""
    check = engine.screen(text)
    return None if check.flag is None else check.flag.name


def quiet(engine, text):
    check = engine.screen(text)
    return check.flag is None and check.mention is None and check.net is None


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
