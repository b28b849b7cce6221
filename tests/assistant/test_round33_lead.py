"""Round 33 (the lead): classes the shipped screen missed on its own new training sets
(dev_v32a, dev_v32b, the burned ES author's "de verdad"), and one regression of round 33's
quoted-instruction rule (EN v20's "watch for clear drainage ... my nose is dripping").

Our own wordings; each class beside twins in the same words that must stay quiet. Four of
the English alarms already alarmed on 4c87c74 (they guard the classes); the other three and
the five Spanish crisis messages failed there.
"""

from __future__ import annotations

import pytest

from tests.assistant.helpers import is_crisis, kind

#: 1. The twitch named as what the treatment was for, or as which eye; the treatment a
#:    sign dates from; an everyday cause denied: none of them makes the sign twitch talk
#:    or past (redflags._TREATMENT_NAMED_33, _CAUSE_DENIED_33).
#: 2. A head pain at its worst or come at once while lifting is no exertion's
#:    breathlessness (redflags._HEAD_AT_ONCE_33).
#: 3. The writer's own part doing it now after a quoted instruction (redflags._OWNER_33).
ALARMS = [
    "my mum had the op for her twitch on tuesday and her nose keeps running clear like water,"
    " no cold at all",
    "since his botox for the spasm last week he can't get his food down, it sticks",
    "he has no cold but his nose has been running clear since the operation for his twitch",
    "the surgeon warned us to look out for clear fluid, and now my dad's nose is dripping clear"
    " fluid after his operation",
    "the nurse told me 'watch for clear drainage' and well... my nose is dripping clear fluid"
    " nonstop after my operation",
    "worst pain in my head ever came on at once when I was lifting the shopping, it's still there",
    "the headache hit me like never before while I was carrying boxes, still pounding",
]

QUIET = [
    "the surgeon warned us to look out for clear fluid after the operation, nothing like that"
    " so far",
    "my mum had the op for her twitch on tuesday and she is doing really well",
    "my nose was running clear last year with a bad cold, all fine now",
    "since my botox for the spasm last week the twitch has calmed right down",
    "my eye with the spasm waters a lot in the wind",
]


@pytest.mark.parametrize("text", ALARMS)
def test_a_sign_with_its_treatment_named_alarms(engine, text):
    assert kind(engine, text) is not None, engine.screen(text)


@pytest.mark.parametrize("text", QUIET)
def test_the_same_words_told_well_or_past_do_not_alarm(engine, text):
    assert kind(engine, text) is None, engine.screen(text)


#: 4. Spanish: "de verdad", "de veras" after the wish is the wish in earnest, not a
#:    figure's "morirme de risa" (redflags_es._IN_EARNEST_ES); a rope told as already hung
#:    (not a washing line or a swing).
ES_CRISIS = [
    "tengo ganas de morirme, de verdad",
    "me quiero matar de verdad, ya no puedo con esta cara",
    "quiero morir de veras",
    "la soga ya esta colgada en la viga",
    "mi cuerda ya está amarrada, nomás quería despedirme",
]
ES_QUIET = [
    "me voy a morir de risa de verdad con tus audios",
    "me muero de verdad por saber si el botox duele",
    "la cuerda ya esta colgada para tender la ropa",
    "la cuerda del columpio ya está colgada en el patio",
]


@pytest.fixture(scope="module")
def spanish(engine):
    return engine.translations["es"]


@pytest.mark.parametrize("text", ES_CRISIS)
def test_spanish_wish_in_earnest_and_a_hung_rope_are_crisis(spanish, text):
    assert is_crisis(spanish, text), spanish.screen(text)


@pytest.mark.parametrize("text", ES_QUIET)
def test_spanish_figures_and_washing_lines_are_not(spanish, text):
    assert not is_crisis(spanish, text), spanish.screen(text)
