"""Round 16 (English, helper "as15d"): the classes the blind run EN v13 missed, in our
own words (none from a benchmark set).

1. Hedges that erase a report: a doubt or a denial whose scope is the speaker's
   judgement ("not sure it counts but...", "not that it's a big deal but...", "I
   suppose it's a migraine but...", "... Probably fine?") does not cancel the sign
   reported; true denials after the same hedges stay quiet.
2. Crisis: hopelessness with a method ("jumping from our balcony"), not seeing "the
   point of carrying on", or having looked up how many pills it would take "to never
   wake up" get the crisis reply; the same words about tablets, a pool or a flight not.
3. False alarms: a question about a sign after the operation, asked "before mine" (one's
   own operation to come), gets the safety line, not the alarm; told as happening, the
   alarm.
4. An everyday cause ruled out ("not a cold, no wax, it simply stopped working") no
   longer explains a sign away; said as the cause ("with this cold"), it still does.
5. A sign told as healed for good ("has gone down fully", "completely disappeared") gets
   at most the safety line; back again after a "but", the alarm.

On 317a28e ``drop_judgement_hedges`` does not exist (every HEDGES case fails), and the
engine reads "not that it's a big deal but my left ear has gone dead quiet..." as a
safety net, not the alarm, and a migraine supposed before a headache that "struck like
lightning in a second" as nothing; every CRISIS case gets a net, nothing or the wrong
alarm there; every ASKED_AHEAD case is an alarm there,
the first CAUSE_DENIED case only a net, and both HEALED cases alarms.
"""

from __future__ import annotations

import pytest

from hfs.assistant.redflags import drop_judgement_hedges
from tests.assistant.helpers import kind

HEDGES = [
    ("Not sure it counts but my jaw aches when I chew", "my jaw aches when I chew"),
    ("not that it's a big deal, but the scar is weeping", "the scar is weeping"),
    ("I'm not sure if this matters, my eye is dry", "my eye is dry"),
    ("The dressing is soaked through. Probably nothing?", "The dressing is soaked through"),
    ("I suppose it's a migraine but it hit in a second", "migraine it hit in a second"),
]


@pytest.mark.parametrize(("text", "kept"), HEDGES)
def test_the_speakers_doubt_is_dropped_and_the_report_kept(text, kept):
    assert drop_judgement_hedges(text) == kept


@pytest.mark.parametrize(
    "text",
    [
        "I'm not suicidal or anything, just fed up",  # a denial of the sign itself
        "no temp, no stiff neck after the op",
        "Probably fine?",  # nothing left to read: unchanged
        "I'm not sure what counts as a red flag after botox",  # a question, no hedge
    ],
)
def test_denials_and_questions_are_not_hedges(text):
    assert drop_judgement_hedges(text) == text


HEDGED_REPORTS = [
    "Not that it's a big deal but my left ear has gone dead quiet since breakfast, "
    "like a switch flipped off",
    "Not sure it counts but there's yellow gunk weeping out of the cut behind my ear",
    "Not sure it counts but the left half of everything I look at has vanished, all of a sudden",
    "My stitches have split apart at the top and there's a nasty smell. Probably fine?",
    "I guess it's just a headache but it exploded in a split second, worst of my life",
    # what is supposed ("a migraine") stays as the context of a headache that came on
    # "like lightning in a second" (the onset pattern takes a simile before "in")
    "I suppose it's a migraine but it struck like lightning in a second, never had one like it",
]


@pytest.mark.parametrize("text", HEDGED_REPORTS)
def test_a_hedged_report_gets_the_alarm(engine, text):
    assert kind(engine, text) is not None


HEDGED_DENIALS = [
    "not sure it counts but no fever, no stiff neck after the op",
    "Probably fine, the wound has healed, no redness, no discharge",
    "not that it's serious but I suppose it's a migraine but it's mild and paracetamol helps",
    "the migraine hit like a truck but it built up slowly over two hours, same as always",
]


@pytest.mark.parametrize("text", HEDGED_DENIALS)
def test_a_hedged_denial_gets_no_alarm(engine, text):
    assert kind(engine, text) is None


CRISIS = [
    "what's the use living with this face, been eyeing up jumping from our balcony",
    "life is pointless like this, I keep picturing jumping from the bridge by the station",
    "my wife doesn't see the point of carrying on, she says she's worn out with it all",
    "my son googled how many sleeping tablets it would take to never wake up",
]


@pytest.mark.parametrize("text", CRISIS)
def test_hopelessness_with_a_method_or_no_point_going_on_is_crisis(engine, text):
    assert kind(engine, text) == "crisis"


CRISIS_NEAR_MISSES = [
    "I don't see the point of going on with the tablets if they don't help the twitch",
    "my grandson loves jumping from the wall into the paddling pool",
    "I looked up how many melatonin pills it would take to sleep through the flight",
]


@pytest.mark.parametrize("text", CRISIS_NEAR_MISSES)
def test_the_same_words_about_everyday_things_are_not_crisis(engine, text):
    assert kind(engine, text) is None


ASKED_AHEAD = [
    "Is a salty drip from the nose after the op serious? Asking ahead of my own in March",
    "Is a salty drip from the nose after the op serious? Asking before my own next month",
    "Is pus from the scar after surgery a worry? Just wondering ahead of mine on Friday",
]


@pytest.mark.parametrize("text", ASKED_AHEAD)
def test_a_question_asked_before_ones_own_operation_is_no_alarm(engine, text):
    check = engine.screen(text)
    assert check.flag is None and check.mention is not None  # the safety line, not the alarm


@pytest.mark.parametrize(
    "text",
    [
        "Clear fluid is dripping from my nose since the op. Asking before mine gets worse",
        "Is a salty drip from the nose after the op serious? Mine started this morning",
    ],
)
def test_the_same_sign_told_as_happening_is_still_an_alarm(engine, text):
    assert kind(engine, text) == "fluid leak after the operation"


CAUSE_DENIED = [
    "my left ear went muffled when I got up today, not a cold, no wax, it simply stopped working",
    "lost the hearing on my right since the morning, it's not the flu or anything, just gone",
    "my right ear has been deaf since last night, no cold, nothing blocking it",
]


@pytest.mark.parametrize("text", CAUSE_DENIED)
def test_an_everyday_cause_ruled_out_does_not_explain_the_sign(engine, text):
    assert kind(engine, text) is not None


def test_an_everyday_cause_said_still_explains_it(engine):
    text = "my ear's been muffled with this cold for days, sounds are coming back now"
    assert kind(engine, text) is None


HEALED = [
    "the swelling and redness by the stitches has gone down fully and the nurse signed me off",
    "the redness and swelling around my scar have completely disappeared, all good at the check",
]


@pytest.mark.parametrize("text", HEALED)
def test_a_sign_told_as_healed_gets_no_alarm(engine, text):
    assert kind(engine, text) is None


def test_a_sign_back_after_healing_is_an_alarm(engine):
    text = "the redness around the wound had faded completely but now it's hot and oozing again"
    assert kind(engine, text) == "wound infection after the operation"
