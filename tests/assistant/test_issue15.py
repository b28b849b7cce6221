"""Issue 15: safe in every wording, forgiving with answers (see also stories/issue15.yaml
and tests/web/test_notify.py). The wordings here are our own and none is in the
held-out set (bench/data/assistant_nlu_heldout_v5.yaml)."""

from __future__ import annotations

import datetime as dt

import pytest

from hfs.assistant.answers import Invalid, read_phone, read_time_of_day
from hfs.assistant.crisis import find_crisis
from hfs.assistant.engine import ConversationState, Frame

from .storybook import TODAY, play, text_of

CRISIS = [
    "I've been thinking about ending my life",
    "I want to kill myself",
    "i keep thinking i should just end it all",
    "lately I've been self-harming to cope",
    "my family would be better off without me",
    "I don't want to live anymore with a face like this",
    "I've got a stash of sleeping pills and I'm going to take them all",
    "my husband says he wants to die because of the spasms",
    "there's no reason to go on living",
]
NOT_CRISIS = [
    "this twitch is killing my social life",
    "my eye is killing me today",
    "I nearly died laughing when it twitched in the photo",
    "I'm dying to try the botox",
    "I cut myself shaving because my face jumped",
    "this spasm will be the death of my career",
    "I'm sick to death of people asking about my eye",
    "the operation was a killer but I'm fine now",
]


@pytest.mark.parametrize("text", CRISIS)
def test_crisis_talk_gets_the_crisis_reply(engine, text):
    turn = play(engine, [text])[-1]
    assert turn.replies[0].topic == "crisis", text
    said = text_of(turn)
    assert "988" in said and "911" in said


@pytest.mark.parametrize("text", NOT_CRISIS)
def test_idioms_are_not_crises(engine, text):
    flag = engine.screen(text).flag
    assert flag is None or flag.name != "crisis", text
    assert find_crisis(text) is None, text


def test_a_side_effect_question_is_answered_with_the_crisis_line(engine):
    turn = play(engine, ["can carbamazepine cause suicidal thoughts?"])[-1]
    assert "crisis" not in [r.topic for r in turn.replies]
    assert engine.msg["crisis_line"] in text_of(turn)


REPORTS = {
    "wound infection after the operation": [
        "my wound has been oozing since the operation",
        "my scar is hot and full of pus",
        "greenish gunk is coming out of the cut behind my ear",
        "the incision smells off and looks puffy",
    ],
    "trouble breathing": ["I've had the botox and now I'm really short of breath"],
    "trouble swallowing": ["after my jabs my drinks keep going down the wrong way"],
    "spreading weakness": ["since the injection the weakness has spread to my shoulders"],
    "eye that will not close": ["since the surgery my eyelid will not close at night"],
    "fever with stiff neck or headache": ["temperature of 39 and neck stiffness after the mvd"],
    "sudden severe headache": ["an explosive pain in my head came on a minute ago"],
}
QUIET = [
    "my scar itches a little after three months",
    "the wound is clean and dry, no pus or redness",
    "does the wound ever get red after the operation?",
    "i get out of breath climbing stairs",
    "is trouble breathing a side effect of botox?",
]


@pytest.mark.parametrize(("text", "category"), [(t, c) for c, ts in REPORTS.items() for t in ts])
def test_red_flags_by_category_whatever_the_words(engine, text, category):
    check = engine.screen(text)
    assert check.flag is not None, text
    assert check.flag.name == category, (text, check.flag)


@pytest.mark.parametrize("text", QUIET)
def test_look_alikes_of_the_new_categories_are_not_red_flags(engine, text):
    assert engine.screen(text).flag is None, text


@pytest.mark.parametrize(
    ("step", "text", "value"),
    [
        ("parts", "it started in my eye and now the cheek and mouth go too", "eye_and_lower"),
        ("parts", "first my lower lid, and now it drags my mouth up as well", "eye_and_lower"),
        ("side", "the left, and it pulls the corner of my mouth up", "left"),
    ],
)
def test_the_usual_course_told_at_the_symptom_check_is_the_answer(engine, step, text, value):
    state = ConversationState(nonce="instep001", stack=[Frame(scenario="screening", step=step)])
    turn = engine.turn(state, text, today=TODAY)
    assert "emergency" not in [r.topic for r in turn.replies], text_of(turn)
    assert turn.state.stack[-1].slots[step] == value


def test_a_real_warning_sign_at_the_symptom_check_is_still_an_emergency(engine):
    state = ConversationState(nonce="instep002", stack=[Frame(scenario="screening", step="parts")])
    turn = engine.turn(state, "my mouth drooped an hour ago and I can't lift my arm")
    assert [r.topic for r in turn.replies] == ["emergency"]


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("12345", "has too few digits"),
        ("1234567890123456789", "has too many digits"),
        ("647-3685", "missing its area code"),
        ("+999 555 0101", "country code does not exist"),
    ],
)
def test_an_invalid_phone_number_is_told_what_is_wrong(text, says):
    with pytest.raises(Invalid) as err:
        read_phone(text)
    assert says in (err.value.detail or "")


def test_a_phone_number_inside_a_sentence_is_found():
    assert read_phone("you can ring me on 412 647 3685 after work") == "+14126473685"


@pytest.mark.parametrize(
    ("text", "part"),
    [("tomorrow after 3", "afternoon"), ("monday at 10am", "morning"), ("evenings", "afternoon"),
     ("next tuesday", None)],
)  # fmt: skip
def test_times_of_day_in_words(text, part):
    assert read_time_of_day(text) == part


def test_time_and_date_in_one_answer_fill_both_questions(engine):
    turns = play(engine, ["Ask the clinic to contact me", "yes", "Ana", "ana@example.org",
                          "next friday morning"])  # fmt: skip
    slots = turns[-1].state.stack[-1].slots
    assert slots["preferred_time"] == "morning"
    # dateparser reads "next friday" from Tuesday 24 Nov as the coming Friday; the
    # confirmation shows the date, so the person can correct it.
    assert slots["from_date"] == (TODAY + dt.timedelta(days=3)).isoformat()
    assert "what would you like to talk about" in text_of(turns[-1]).lower()


@pytest.mark.parametrize("word", ["stop", "quit", "I'm done", "never mind", "bye"])
def test_everyday_exits_leave_the_scenario_and_say_nothing_was_sent(engine, word):
    turns = play(engine, ["Ask the clinic to contact me", "yes", "Ana", word])
    turn = turns[-1]
    assert turn.scenario is None and not turn.effects
    assert "nothing was sent" in text_of(turn).lower()
    assert "Ask the clinic to contact me" in [c for r in turn.replies for c in r.choices]


def test_no_thanks_at_a_yes_no_question_is_a_no(engine):
    turns = play(engine, ["Ask the clinic to contact me", "no thanks"])
    assert "nothing was stored" in text_of(turns[-1]).lower()


def test_not_sure_whether_weakness_came_suddenly_sends_to_a_doctor_today(engine):
    turns = play(engine, ["check my symptoms", "left", "only the eyelid", "months", "in bursts",
                          "no", "yes", "not sure"])  # fmt: skip
    said = text_of(turns[-1])
    assert "today" in said and "911" in said
    assert turns[-1].scenario is None


def test_the_first_hi_shows_one_welcome(engine):
    from hfs.assistant.service import AssistantService

    class Memory:
        def __init__(self):
            self.rows = {}

        def save_session(self, sid, state, now):
            self.rows[sid] = state

        def purge_sessions(self, idle_before):
            return 0

    svc = AssistantService(engine, Memory())
    res = svc.chat(None, "hi")
    welcome = engine.msg["welcome"].split(".")[0]
    assert sum(welcome in r.text for r in res.replies) == 1


@pytest.mark.parametrize("word", ["stop", "done", "bye", "quit"])
def test_exits_work_at_a_yes_no_question_too(engine, word):
    turn = play(engine, ["Ask the clinic to contact me", word])[-1]
    assert turn.scenario is None and not turn.effects
    assert "nothing was sent" in text_of(turn).lower()
