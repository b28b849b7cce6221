"""Round 19 (issue 18): the Spanish learned red-flag and crisis signal.

A Spanish warning sign in words no Spanish pattern knows got nothing before this round
(16 of 90 on the last blind Spanish set). The wordings below are ours, one class each
(a half of the visual field gone since the afternoon, hearing lost on one side within
the hour, a farewell with affairs put in order, a weapon at hand); each got nothing on
the starting commit (db9394d) and now gets the alarm or the net of its category.
"""

from __future__ import annotations

import pytest

from hfs.assistant import classifier as clf
from hfs.assistant import signal_es


@pytest.fixture(scope="module")
def spanish(engine):
    return engine.translations["es"]


def test_the_shipped_spanish_weights_are_fitted_from_the_current_texts(spanish):
    """Changing a Spanish training set, the Spanish texts or the rewrites without running
    ``python -m hfs.assistant.train`` fails here; the Spanish file carries the flag and
    crisis classifiers that the screen's Spanish signal reads."""
    saved = clf.load(clf.MODEL_FILE_ES)
    assert saved is not None and saved.flags is not None and saved.crisis is not None
    sets = clf.load_training(clf.TRAINING_DIR_ES)
    assert saved.fingerprint == clf.fingerprint(spanish.matcher, sets)
    assert spanish.matcher.classifiers.fingerprint == saved.fingerprint


@pytest.mark.parametrize(
    "text",
    [
        "Desde esta tarde no veo la mitad izquierda de las cosas",
        "Desde el mediodía la mitad de lo que leo se borra, no veo lo que está a la derecha",
    ],
)
def test_half_the_visual_field_gone_gets_the_alarm_or_the_net(engine, text):
    seen = engine.screen(text)
    assert seen.flag is not None or seen.net is not None, seen


@pytest.mark.parametrize(
    "text",
    [
        "Llevo una hora sin poder oír la tele de este lado, se me fue de golpe",
        "Mi señora desde la comida no me entiende cuando le hablo por el lado derecho y en"
        " la mañana oía bien",
    ],
)
def test_hearing_lost_on_one_side_today_gets_the_alarm_or_the_net(engine, text):
    seen = engine.screen(text)
    assert seen.flag is not None or seen.net is not None, seen


@pytest.mark.parametrize(
    "text",
    [
        "Le dejé todo arreglado a mi familia, ya no me van a necesitar más",
        "Tengo la pistola aquí en la mesa y no dejo de mirarla",
    ],
)
def test_crisis_talk_in_new_words_gets_the_crisis_reply_or_its_net(engine, text):
    seen = engine.screen(text)
    crisis = (seen.flag is not None and seen.flag.name == "crisis") or seen.net == "crisis"
    assert crisis, seen


def test_a_sure_signal_on_a_sign_happening_now_is_the_alarm(engine):
    seen = engine.screen("Desde esta tarde no veo la mitad izquierda de las cosas")
    assert seen.flag is not None and seen.flag.name != "crisis"


@pytest.mark.parametrize(
    "text",
    [
        # passing, settled, long-standing, a plain denial: the signal reads them as signs,
        # the guards keep them from the emergency reply
        "Mi papá se mareó al pararse rápido, se sentó y ya está normal",
        "No he tenido fiebre ni dolor de cuello desde la operación",
        "De niño quedé sordo de un oído y el espasmo es del otro lado",
        "Leí que algunos pierden la audición después de la cirugía, ¿es común?",
    ],
)
def test_spanish_near_misses_do_not_alarm(engine, text):
    assert engine.screen(text).flag is None


def test_a_plain_spanish_denial_gets_no_net(engine):
    seen = engine.screen("No he tenido fiebre ni dolor de cuello desde la operación")
    assert seen.flag is None and seen.net is None


def test_unsure_words_and_words_of_now():
    assert signal_es.unsure_es("¿se me puede caer la cara?")
    assert signal_es.unsure_es("mi papá se mareó y ya está normal")
    assert not signal_es.unsure_es("desde esta tarde no veo nada del lado izquierdo")
    assert signal_es.only_denial_es("no tengo fiebre ni dolor de cabeza")
    assert not signal_es.only_denial_es("no tengo fiebre pero el cuello me duele mucho")


@pytest.mark.parametrize(
    "text",
    [
        # told as over, checked and fine, or explained by an everyday cause: the signal
        # reads a sign, below the alarm no net (the set's "tengo el cuello tieso de dormir
        # en el sillón" and our own)
        "Tengo el cuello tieso de dormir en el sillón",
        "Me sangró la nariz por la calefacción y ya se me pasó",
        "Tengo los ojos llorosos y rojos por la alergia, nunca me han operado",
    ],
)
def test_a_sign_told_as_settled_or_explained_gets_no_net_from_the_signal(engine, text):
    assert signal_es.settled_es(text)
    seen = engine.screen(text)
    assert seen.flag is None
