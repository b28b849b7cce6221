"""Issue 15, round 8: the classes of wording the blind run of the held-out set v7
(bench/data/assistant_nlu_heldout_v7.yaml) got wrong. The wordings here are our own:
none is a sentence of that set or of the training sets (dev_v7.yaml included)."""

from __future__ import annotations

import pytest

from hfs.assistant.crisis import find_crisis, screen_crisis
from hfs.assistant.redflags import repair
from tests.assistant.helpers import BODILESS_31, known_false_alarm

from .storybook import play, text_of

#: Crisis talk without "suicide" or "kill myself": self-harm by its methods, looking
#: for ways to die (also buried in a longer message), rather be dead or gone, others
#: better off without one, and all of it said about someone else.
CRISIS = [
    "i've gone back to cutting my thighs",
    "he has been burning his arms with cigarettes",
    "I punch myself in the head on purpose when the spasm won't stop",
    "I took a whole packet of sleeping tablets",
    "I keep searching for methods to die that wouldn't hurt",
    "the botox wore off early again. I looked up the most painless way to die. when is the next clinic",
    "my mum said she'd rather be dead than have another jab",
    "I would sooner be gone than live with this face",
    "my grandchildren would be better off without their grandad",
    "my partner would be relieved if I wasn't here any more",
    "my sister says the family would be happier if she disappeared",
]
#: A plain denial of crisis talk: answered as usual, with the crisis line (988).
DENIALS = [
    "I'm not suicidal at all, just sick of the twitch",
    "I would never harm myself, I'm only annoyed with the spasm",
    "no thoughts of suicide, I'm just tired of it",
]
#: The same words in other senses: no crisis reply.
NOT_CRISIS = [
    "I cut my leg on the garden fence",
    "the surgeon cut my skin behind the ear, how long does it take to heal",
    "she burned her arm on the kettle while making tea",
    "I'm looking up ways to cover the twitch with makeup",
    "I'd rather be dead on my feet at work than stuck at home",
    known_false_alarm("I'd rather be gone by noon so I miss the traffic", BODILESS_31),
    "my wife would be fine without me for the day of the op",
    "the kids are better off without my grumpy mood, so I go for a walk",
]


@pytest.mark.parametrize("text", CRISIS)
def test_crisis_talk_of_every_class_gets_the_crisis_reply(engine, text):
    turn = play(engine, [text])[-1]
    assert turn.replies[0].topic == "crisis", (text, text_of(turn))
    said = text_of(turn)
    assert "988" in said and "911" in said


@pytest.mark.parametrize("text", DENIALS)
def test_a_plain_denial_is_answered_with_the_crisis_line_not_the_crisis_reply(engine, text):
    check = engine.screen(text)
    assert check.flag is None, (text, check.flag)
    assert check.mention is not None and check.mention.name == "crisis", text
    turn = play(engine, [text])[-1]
    assert "988" in text_of(turn)  # the crisis line, or the crisis topic its keyword names


@pytest.mark.parametrize(
    "text",
    [
        "I'm not suicidal, but most nights I wish I could just disappear for good",
        "I'd never hurt myself. Then again I have been cutting my arms",
        "I'm not sure I want to live any more",
    ],
)
def test_a_denial_undone_or_beside_other_crisis_talk_is_still_a_crisis(engine, text):
    flag = engine.screen(text).flag
    assert flag is not None and flag.name == "crisis", text


@pytest.mark.parametrize("text", NOT_CRISIS)
def test_the_same_words_in_other_senses_are_not_crises(engine, text):
    flag = engine.screen(text).flag
    assert flag is None or flag.name != "crisis", text
    assert screen_crisis(text)[0] is None and find_crisis(text) is None, text


REPORTS = {
    "fever with stiff neck or headache": [
        "two days after my mvd I'm at 39.2 and my neck is really stiff",
        "he's running a fever of 38.6 and his neck is so stiff he can't turn his head",
        "my neck aches so badly I can't bend it and my temperature is 39 since the operation",
    ],
    "wound infection after the operation": [
        "there's yellowish pus under the scab on my head from the surgery",
        "the scab behind my ear is weeping and smells",
        "something green is oozing out from under the scab where they operated",
    ],
    "trouble breathing": [
        "since my botox yesterday I can't get enough air into my chest",
        "after the jabs she can't catch her breath even sitting still",
        "I'm fighting for air since the injection this morning",
    ],
    "limb weakness": [
        "since my injections my legs have turned to jelly",
        "I can hardly lift my arms to brush my hair since the botox",
        "after the toxin both my arms feel rubbery",
    ],
    "sudden vision loss": [
        "a black shadow just came down across my left eye",
        "it was like a curtain being drawn over my sight for a minute",
        "a dark veil has crept across the vision in my right eye",
    ],
}


@pytest.mark.parametrize(("text", "category"), [(t, c) for c, ts in REPORTS.items() for t in ts])
def test_the_missed_warning_signs_are_red_flags_in_new_words(engine, text, category):
    check = engine.screen(text)
    assert check.flag is not None, text
    assert check.flag.name == category, (text, check.flag)


#: Named, not reported: answered with the safety line, not the emergency reply.
MENTIONS = [
    # the expected effect of botox on the face
    "my lip is a bit lopsided since the jabs, is it the botox",
    "my smile went slightly crooked after the injections, is that it kicking in",
    # ordinary headaches
    "I get a dull headache when I skip meals, nothing sudden",
    # weakness with a plain cause
    "my legs are weak after the long hike yesterday, I'm 79",
    "my arms feel like jelly after carrying the bags up the stairs",
    # a worry about a risk
    "is the needle close to my windpipe? I'd hate to have trouble breathing afterwards",
    "will they inject near my mouth? I don't want to end up with a droopy lip",
    # someone else's mistaken fear
    "my son thought I was having a stroke when my face pulled, but it was just the twitch",
    "my neighbour panicked that I'd had a stroke, it was only my usual spasm",
    # a suggestion about the answers, not a report
    "thanks, but you could say more about the warning signs of a stroke",
]


@pytest.mark.parametrize("text", MENTIONS)
def test_named_not_reported_signs_get_the_safety_line_not_the_emergency(engine, text):
    check = engine.screen(text)
    assert check.flag is None, (text, check.flag)
    assert check.mention is not None, text


@pytest.mark.parametrize(
    "text",
    [
        # lifelong, not new
        "my uncle has been deaf in his right ear since he was born",
        "I've been blind in one eye all my life",
        # widened patterns in other senses
        "I can't get enough air in here, it's so stuffy",
        "I can't catch my breath after the stairs to the clinic",
        "the spasm shuts my eye like a curtain coming down over my eye when the spasm starts",
        "my temperature was 36.5 today, normal, my neck is a bit stiff from the pillow",
        "the scab from the injection is a bit red but healing",
        # idioms and a plain cause
        "when my eye shut in front of the class I wanted the floor to swallow me",
        "my wrists feel weak from knitting all evening",
    ],
)
def test_lifelong_things_and_the_widened_patterns_other_senses_are_not_red_flags(engine, text):
    assert engine.screen(text).flag is None, text


@pytest.mark.parametrize(
    "text",
    [
        "since my botox my face has gone weak and it's getting worse today",
        "my legs went weak suddenly on the walk and my left arm is numb",
        "my husband thought I was having a stroke and my speech is slurred now",
        "she's been deaf since birth but since this morning she can't hear in the other ear",
    ],
)
def test_the_exceptions_do_not_reach_a_sign_told_as_new(engine, text):
    assert engine.screen(text).flag is not None, text


@pytest.mark.parametrize(
    "text",
    [
        "do I need to let the DVLA know I have this twitch",
        "should I tell the DVLA about my hemifacial spasm",
    ],
)
def test_the_driving_licence_authority_question_is_about_driving(engine, text):
    assert engine.matcher.match(text).intent == "topic:driving", text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # real words one or two letters from a warning word are not "repaired" into it
        ("sudden deafness on the left since tea time", "deafness"),
        ("my speech went slurry an hour ago", "slurry"),
        ("I've had a runny nose since the op", "runny"),
        ("the tablets make me drowsy", "drowsy"),
        ("I keep sneezing after the botox", "sneezing"),
        ("my eye keeps winking at people", "winking"),
    ],
)
def test_typo_repair_keeps_real_words(text, word):
    assert word in repair(text).lower().split(), repair(text)


@pytest.mark.parametrize(
    "text",
    ["sudden deafness on the left since tea time", "my speech went slurry an hour ago"],
)
def test_warning_words_the_repair_used_to_rewrite_are_red_flags_by_pattern(text):
    from hfs.assistant.redflags import screen

    assert screen(text).flag is not None, text  # the patterns alone, no learned signal
