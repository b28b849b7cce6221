"""Round 17 (English, helper "as15e"): the false-alarm classes the blind run EN v14
raised, in our own words (none from a benchmark set).

A dream told in the past tense ("I dreamed ..."), a programme ABOUT the signs with the
writer's own state said to be fine, "I can't breathe" as a figure of stress or fear, a
numb face from the cold that warmed up, risks a treatment "can cause" listed by a
reader, limbs "asleep" from a posture, a sign unchanged since before a treatment and a
headache with its ordinary cause that went away get no alarm; the near misses (the same words told as happening) still do.

On 35a4e74 every FALSE_ALARMS text below raises the alarm, and every MISSES text gets
no alarm.
"""

from __future__ import annotations

import pytest

from tests.assistant.helpers import kind

FALSE_ALARMS = [
    # a dream
    "I dreamed the surgery left my face slack, woke up and it was normal",
    "dreamt the injection made me unable to swallow, woke up, all fine",
    "had a horrid nightmare where I went deaf in one ear, my hearing is ok",
    # a programme about signs, my own state fine
    "saw a documentary about stroke symptoms last night, my face looks fine, just my usual twitch",
    "watched a youtube video on facial droop and keep checking, nothing wrong",
    # a figure of speech: can't breathe for stress or fear
    "my exams are so stressful I cant breathe, and the twitch gets worse",
    "the thought of needles makes me panic, I feel like I cant breathe",
    # numb from the cold
    "my face went numb from the freezing wind on the walk home, warmed up fine",
    "cheek numb from the frost this morning at the bus stop, thawed out now",
    # risks read about and listed
    "i read mvd could lead to facial weakness and a fluid leak, i have none of that, just nervous",
    "they told me botox may cause drooping eyelids and trouble swallowing",
    # limbs asleep from a posture
    "my legs went to sleep sitting on the floor at the concert",
    "my feet went to sleep kneeling in church, pins and needles then fine",
    # unchanged since before a treatment
    "my smile was crooked before the injections and it is just the same now, no worse",
    # a headache with its ordinary cause, gone
    "got a headache from too much coffee yesterday, it went away after a nap",
]


@pytest.mark.parametrize("text", FALSE_ALARMS)
def test_dreams_shows_figures_cold_and_read_risks_raise_no_alarm(engine, text):
    assert kind(engine, text) is None


NEAR_MISSES = [
    # dreaming of something, then a real sign
    "I dream of a day without the twitch, but this morning my face suddenly drooped",
    # a show watched, and my own face drooping now
    "was watching a tv show about strokes when my face suddenly went droopy",
    # can't breathe after the injection
    "I cant breathe properly since the botox yesterday, I'm scared",
    # numb from the cold but it did not pass
    "my face went numb suddenly, not from the cold, and it hasn't come back",
    # a risk the speaker has
    "the op can cause leaks and now my nose is dripping clear fluid since yesterday",
    "my face has drooped more since the botox, it was the same before but now worse",
    "my arm went dead suddenly while sitting on the sofa and I cant lift it",
    "worst headache of my life from nowhere, not like the one from the lights that went away",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_the_same_words_told_as_happening_still_raise_the_alarm(engine, text):
    assert kind(engine, text) is not None


# Misses: broken English after a treatment, a hearing loss found by a test, weakness
# told as "no power" spreading after botulinum, and a carer told "help me die".
# On 35a4e74 each gets a safety net or nothing, not the alarm / the crisis reply.
MISSES = [
    ("operation done 5 days ago, nose water coming one side all the time", "fluid"),
    ("my right ear hears nothing since this morning, it was ok last night", "hearing"),
    ("two days after botox injection my legs soft without power, spreading to my arms", "weak"),
    ("left eye see nothing this morning, eye open but dark", "vision"),
    ("my father asked me to help him die, he is serious", "crisis"),
]


@pytest.mark.parametrize(("text", "what"), MISSES)
def test_broken_english_and_carers_reports_get_the_alarm(engine, text, what):
    assert what in (kind(engine, text) or "")


MISS_NEAR_MISSES = [
    "runny nose with a cold this week, my operation is not until march",
    "she asked me to help her with her dying plants",
    "I see nothing wrong with my eye, the doctor looked at it today",
]


@pytest.mark.parametrize("text", MISS_NEAR_MISSES)
def test_the_same_words_about_everyday_things_get_no_alarm(engine, text):
    assert kind(engine, text) is None


def _alarm_at_contact_time(engine, text: str) -> bool:
    from hfs.assistant.engine import ConversationState, Frame

    state = ConversationState(
        nonce="round17step", stack=[Frame(scenario="contact_request", step="time")]
    )
    return any(r.topic in ("emergency", "crisis") for r in engine.turn(state, text).replies)


def test_deaf_as_who_one_is_at_the_contact_time_step_is_no_alarm(engine):
    """A Deaf writer asking for texts, answering "when can we call": not a hearing loss
    (on 35a4e74 the alarm); "deaf in my left ear since this morning" at the same step
    still is."""
    assert not _alarm_at_contact_time(engine, "after lunch, by text only, I am Deaf")
    assert _alarm_at_contact_time(
        engine, "I am deaf in my left ear since this morning, call after 2"
    )
