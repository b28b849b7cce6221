"""Red flags: found anywhere in a message, negations and twitch talk ignored."""

from __future__ import annotations

import pytest

from hfs.assistant.redflags import find_red_flag

POSITIVE = [
    ("my face is drooping on the left", "facial droop or weakness"),
    ("I suddenly can't move the left side of my face", "facial droop or weakness"),
    ("My mouth droops and water runs out when I drink", "facial droop or weakness"),
    ("my smile is lopsided since yesterday", "facial droop or weakness"),
    ("i cant close my eye anymore", "facial droop or weakness"),
    ("my speech is slurred", "slurred speech"),
    ("I'm having trouble speaking", "slurred speech"),
    ("my right arm feels weak and numb", "limb weakness"),
    ("numbness in my left hand and leg", "limb weakness"),
    ("worst headache of my life", "sudden severe headache"),
    ("a sudden severe headache came on", "sudden severe headache"),
    ("I suddenly lost hearing in my right ear", "sudden hearing loss"),
    ("I went deaf in one ear overnight", "sudden hearing loss"),
    ("my vision suddenly went blurry and then dark", "sudden vision loss"),
    ("I've got double vision", "sudden vision loss"),
    ("I think I'm having a stroke", "stroke"),
    ("HELP my FACE is DROOPING!!!", "facial droop or weakness"),
]
NEGATIVE = [
    "my eye twitches more when I'm tired",
    "no weakness, just twitching",
    "I don't have slurred speech",
    "my cheek jumps when I smile",
    "I sometimes get a mild headache",
    "can I lose my hearing after surgery",
    "the twitch pulls my mouth to the side",
    "my eyelid droops a bit after botox",
    "my face spasms when I talk",
    "both my eyes blink a lot",
    "there is no numbness in my face",
]


@pytest.mark.parametrize(("text", "name"), POSITIVE)
def test_red_flags_are_found(text, name):
    flag = find_red_flag(text)
    assert flag is not None, text
    assert flag.name == name


def test_red_flag_inside_a_long_message():
    text = (
        "Hello, I have had the twitch in my left eye for three years and the botox helped "
        "until recently, but this afternoon my face started drooping and my husband says "
        "I look strange, should I book an appointment?"
    )
    assert find_red_flag(text) is not None


@pytest.mark.parametrize("text", NEGATIVE)
def test_near_misses_do_not_trigger(text):
    assert find_red_flag(text) is None
