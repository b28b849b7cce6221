"""Round 11 (issues 15 + 18, helper "safety11"): "cannot tell" for safety.

Where a message is about the body and the screen is unsure, the reply keeps its answer
and adds the vetted safety-net line of the category suspected; hopelessness without a
crisis pattern gets the direct question and 988, and a "yes" to it the crisis reply.
Plain questions and the usual idioms get no net. The wordings are our own (none from
a benchmark set). Every test here fails on d9a7e9d (no ``Turn.safety``, no net lines).
"""

from __future__ import annotations

import pytest

NONCE = "round11a"


def talk(engine, *texts):
    state = engine.start(NONCE).state
    turn = None
    for t in texts:
        turn = engine.turn(state, t)
        state = turn.state
    return turn


def said(turn) -> str:
    return "\n".join(r.text for r in turn.replies)


def net_line(engine, category, lang="en"):
    eng = engine if lang == "en" else engine.translations[lang]
    return eng.msg[f"net_{category}"]


# A sign after a recent treatment that no pattern knows, in everyday words; the
# category of the net follows the treatment.
UNSURE_BODY = [
    ("my scar looks a bit odd since the operation on monday", "after_surgery"),
    ("my mum's scar looks a bit different since her op four days ago", "after_surgery"),
    ("since my top up on monday my lip feels a bit different", "after_botox"),
    ("my cheek feels a bit different since the botox on monday", "after_botox"),
]


@pytest.mark.parametrize(("text", "category"), UNSURE_BODY)
def test_an_unsure_body_message_keeps_its_answer_and_gets_the_net_of_its_category(
    engine, text, category
):
    turn = talk(engine, text)
    assert turn.safety == "net", (text, said(turn))
    assert net_line(engine, category) in said(turn)
    # the answer is not the emergency reply: the net is added, nothing is taken away
    assert "emergency" not in [r.topic for r in turn.replies]
    assert any(r.text != net_line(engine, category) for r in turn.replies)


def test_a_spanish_unsure_body_message_gets_the_spanish_net(engine):
    turn = talk(engine, "desde la operación la herida se ve rara")
    assert turn.safety == "net", said(turn)
    assert net_line(engine, "after_surgery", "es") in said(turn)


@pytest.mark.parametrize(
    "text",
    [
        "how long does botox last",
        "when can I drive again after the operation",
        "how long is the recovery after surgery",
        "what happens during the injections",
        "¿cuánto dura el efecto del bótox?",
    ],
)
def test_no_net_on_a_plain_question(engine, text):
    turn = talk(engine, text)
    assert turn.safety is None, said(turn)
    for category in ("stroke", "after_surgery", "after_botox", "headache", "senses", "crisis"):
        assert net_line(engine, category) not in said(turn)


def test_a_report_is_still_the_full_alarm(engine):
    turn = talk(engine, "my face drooped on one side an hour ago and my words are slurred")
    assert turn.safety == "alarm"
    assert turn.replies[0].topic == "emergency"


HOPELESS = [
    "honestly what's the point of anything any more, nothing works on this spasm",
    "I feel like such a burden to my family with all these appointments",
    "I'm sick of everything, I just want it all to stop",
]


@pytest.mark.parametrize("text", HOPELESS)
def test_hopelessness_gets_the_direct_question_and_988(engine, text):
    turn = talk(engine, text)
    assert turn.safety == "net", said(turn)
    assert "crisis" not in [r.topic for r in turn.replies]  # not the full crisis reply
    ask = turn.replies[-1].text
    assert ask == net_line(engine, "crisis")
    assert "988" in ask and "?" in ask and "ending your life" in ask
    assert turn.state.asked_crisis


@pytest.mark.parametrize("answer", ["yes", "sometimes, yeah", "maybe"])
def test_yes_to_the_direct_question_gets_the_crisis_reply(engine, answer):
    turn = talk(engine, HOPELESS[0], answer)
    assert turn.safety == "alarm"
    assert turn.replies[0].topic == "crisis"
    assert "988" in turn.replies[0].text


def test_no_to_the_direct_question_goes_on_as_usual(engine):
    turn = talk(engine, HOPELESS[0], "no, just fed up with the twitch")
    assert "crisis" not in [r.topic for r in turn.replies]
    assert not turn.state.asked_crisis
    # the question is asked once; a later "yes" to something else is not read as it
    later = talk(engine, HOPELESS[0], "no", "yes")
    assert "crisis" not in [r.topic for r in later.replies]


def test_spanish_hopelessness_gets_the_spanish_question_and_si_the_crisis_reply(engine):
    turn = talk(engine, "ya no le veo sentido a nada con este tic")
    assert turn.safety == "net", said(turn)
    assert turn.replies[-1].text == net_line(engine, "crisis", "es")
    after = engine.turn(turn.state, "sí, a veces")
    assert after.safety == "alarm"
    assert after.replies[0].topic == "crisis"


@pytest.mark.parametrize(
    "text",
    [
        "this twitch is killing my social life",
        "I could die of embarrassment when my eye goes at work",
        "I'm dying to know whether the operation works",
        "my boss is killing me with these deadlines, does stress make it worse",
        "me muero de vergüenza cuando me da el tic en el trabajo",
    ],
)
def test_no_net_for_the_usual_idioms(engine, text):
    turn = talk(engine, text)
    assert turn.safety is None, said(turn)
    assert not turn.state.asked_crisis


def test_the_service_and_the_api_say_which(engine, tmp_path):
    from fastapi.testclient import TestClient

    from hfs.settings import Settings
    from hfs.web import create_app

    with TestClient(create_app(Settings(data_dir=tmp_path))) as client:
        sid = client.post("/api/chat", json={"session_id": None}).json()["session_id"]

        def post(text):
            r = client.post("/api/chat", json={"session_id": sid, "text": text})
            assert r.status_code == 200
            return r.json()

        assert post("how long does botox last")["safety"] is None
        assert post(UNSURE_BODY[0][0])["safety"] == "net"
        assert post("my face drooped this morning and won't move")["safety"] == "alarm"
