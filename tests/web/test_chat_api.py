"""POST /api/chat through the FastAPI app (TestClient), including a restart."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from hfs.settings import Settings
from hfs.web import create_app


@pytest.fixture
def settings(tmp_path):
    return Settings(data_dir=tmp_path)


@pytest.fixture
def client(settings):
    with TestClient(create_app(settings)) as c:
        yield c


def post(client, session_id, text):
    return client.post("/api/chat", json={"session_id": session_id, "text": text})


def test_new_session_welcome_shape(client):
    r = post(client, None, None)
    assert r.status_code == 200
    body = r.json()
    assert set(body) == {"session_id", "replies", "scenario", "ended", "lang", "safety"}
    assert body["safety"] is None
    assert body["session_id"] and body["scenario"] is None and body["ended"] is False
    reply = body["replies"][0]
    assert set(reply) == {"text", "topic", "choices"}
    assert "Check my symptoms" in reply["choices"]


def test_knowledge_replies_carry_their_topic(client):
    sid = post(client, None, None).json()["session_id"]
    body = post(client, sid, "what are the risks of MVD surgery?").json()
    assert body["replies"][0]["topic"] == "mvd_risks"


def test_new_session_with_text_answers_it_after_the_welcome(client):
    body = post(client, None, "how long does botox last").json()
    assert [r["topic"] for r in body["replies"]][-1] == "botox"


def test_red_flag_over_http(client):
    sid = post(client, None, None).json()["session_id"]
    body = post(client, sid, "my face is suddenly drooping and my speech is slurred").json()
    assert body["replies"][0]["topic"] == "emergency"
    assert "emergency services now" in body["replies"][0]["text"]


def test_exit_ends_the_conversation(client):
    sid = post(client, None, None).json()["session_id"]
    post(client, sid, "check my symptoms")
    body = post(client, sid, "CLOSE").json()
    assert body["ended"] is True and body["scenario"] is None


@pytest.mark.parametrize(
    ("payload", "status", "detail"),
    [
        ({"session_id": "SID", "text": ""}, 400, "empty"),
        ({"session_id": "SID", "text": "   "}, 400, "empty"),
        ({"session_id": "SID", "text": "a" * 2001}, 400, "too long"),
        ({"session_id": "SID", "text": "a" * 200_000}, 413, "too large"),
        ({"session_id": "SID", "text": "\x00\x01\x02binary"}, 400, "binary"),
        ({"session_id": "SID"}, 400, "empty"),
        ({"session_id": "SID", "text": 42}, 422, "text"),
        ({"session_id": "does-not-exist", "text": "hello"}, 404, "does not exist"),
        ({"session_id": "../../etc/passwd", "text": "hello"}, 422, "session_id"),
        ({"session_id": "SID", "text": "hi", "admin": True}, 422, "admin"),
    ],
)
def test_bad_requests_are_clear_4xx(client, payload, status, detail):
    sid = post(client, None, None).json()["session_id"]
    if payload.get("session_id") == "SID":
        payload = {**payload, "session_id": sid}
    r = client.post("/api/chat", json=payload)
    assert r.status_code == status, r.text
    assert detail in r.json()["detail"]
    assert "Traceback" not in r.text


@pytest.mark.parametrize(
    ("content", "ctype"),
    [
        (b"\xff\xfe\x00garbage", "application/json"),
        (b"not json", "application/json"),
        (b"", "application/json"),
        (b"text=hello", "application/x-www-form-urlencoded"),
        (b"[1, 2]", "application/json"),
    ],
)
def test_malformed_bodies_are_4xx(client, content, ctype):
    r = client.post("/api/chat", content=content, headers={"Content-Type": ctype})
    assert 400 <= r.status_code < 500, r.text


def test_server_restart_mid_conversation_keeps_the_state(settings):
    with TestClient(create_app(settings)) as c1:
        sid = post(c1, None, None).json()["session_id"]
        post(c1, sid, "Ask the clinic to contact me")
        post(c1, sid, "yes")
        body = post(c1, sid, "Maria").json()
        assert "How should" in body["replies"][-1]["text"]
    with TestClient(create_app(settings)) as c2:  # a new app: new engine, new DB pool
        body = post(c2, sid, "by phone").json()
        assert body["scenario"] == "contact_request"
        assert "phone number" in body["replies"][-1]["text"]
        for line in ["412 647 3685", "morning", "skip", "a question"]:
            body = post(c2, sid, line).json()
        assert "Maria" in body["replies"][-1]["text"]


def test_index_page_and_health(client):
    assert client.get("/healthz").json() == {"status": "ok"}
    page = client.get("/assistant")
    assert page.status_code == 200 and "/api/chat" in page.text


def test_an_absurd_body_is_refused_before_reading(client):
    r = client.post(
        "/api/chat", content=b"x" * (65 * 1024), headers={"Content-Type": "application/json"}
    )
    assert r.status_code == 413 and "too large" in r.json()["detail"]


def test_the_first_hi_gets_one_welcome(client):
    body = post(client, None, "hi").json()
    texts = [r["text"] for r in body["replies"]]
    assert sum("I am the hemifacial spasm assistant" in t for t in texts) == 1
    assert "Check my symptoms" in body["replies"][-1]["choices"]
