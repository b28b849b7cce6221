"""Issues 15 + 18, round 10 (helper "rf2"): the CLASSES the blind runs EN v8 and ES v4
missed, in wordings of our own (never a held-out set's sentences).

Each text's truth is known by construction: crisis talk or a warning sign told as
happening now (to the writer or to someone close), or a near miss built to sit just
outside a widened pattern (a reason given, an everyday sense, a sign denied, a film).
Every case is screened the way the engine screens every message. CRISIS and FLAGS cases
were answered wrongly on 7cb3590 and on 05de664; NEAR_MISSES guard the wider patterns.
"""

from __future__ import annotations

import pytest


def is_crisis(engine, text: str) -> bool:
    check = engine.screen(text)
    return check.flag is not None and check.flag.name == "crisis"


# Indirect crisis talk, by class: putting things in order (two cues), not being around
# for what comes next, not going on and knowing how, text-speak, a means near at hand,
# no longer a burden, a last month decided; Spanish: better not to be here, lie down
# and not get up, self-harm told as "cortes", texting spellings, "me corto" after "no para".
CRISIS = [
    "my dad gave his fishing rods to my son last week and yesterday he wrote letters for each of us",
    "She updated her will on Monday and has been giving her rings to the grandchildren",
    "I've said goodbye to my sisters and sorted out all my paperwork",
    "I won't be here for my next botox so don't bother booking it",
    "he told the nurse he won't be around for the next check-up",
    "if this operation fails I'm not going on, I've worked out how I'd do it",
    "honestly i could kms right now, everyone stares at my eye",
    "there's a shotgun in the cupboard and I keep thinking about it",
    "some nights I think about steering into a lorry on the motorway",
    "Grandma keeps saying that soon she won't be a burden to anyone",
    "I've decided this is my last Christmas",
    "Hi, just checking the clinic opening hours for Friday. I've been low lately, I've given "
    "away my books to my friends and made my peace. What time do you open?",
    "the main character in the show I was watching went blind, anyway I've decided this is my "
    "last summer",
    "como el espasmo no para, me corto las muñecas en las noches",
    "mi mamá dice que sería mejor no seguir viva con esta cara",
    "ya no kiero seguir viviendo asi",
    "a veces quiero echarme en la cama y no levantarme jamás",
    "mi hijo se hace cortes en las piernas desde que se burlan de su cara",
]
NOT_CRISIS = [
    "I won't be around for the next injection because we're on holiday in Portugal, can we move it?",
    "I'm not carrying on with the carbamazepine, it makes me dizzy",
    "we drove 40 kms to get to the clinic",
    "there's a rope in the garage for towing the caravan",
    "I drove over the bridge to get to the hospital for my botox",
    "I gave my old clothes to the charity shop and said goodbye to the neighbours before we moved",
    "I know how to get to the clinic by bus",
    "the main character in the show I was watching took her own life, it upset me. Can botox "
    "help my eyelid?",
    "mejor no estar aquí cuando llegue el doctor, me pongo nervioso",
    "me hice cortadas en la mano cocinando",
    "me acuesto temprano y no me levanto hasta las 8",
]


@pytest.mark.parametrize("text", CRISIS)
def test_indirect_crisis_talk_of_each_class_is_a_crisis(engine, text):
    assert is_crisis(engine, text), (text, engine.screen(text))


@pytest.mark.parametrize("text", NOT_CRISIS)
def test_near_misses_of_the_widened_crisis_patterns_are_not_crises(engine, text):
    assert not is_crisis(engine, text), (text, engine.screen(text))
