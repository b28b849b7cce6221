"""Issue 18 (leftovers): the language of a new chat whose first message is bare.

A first message that cannot tell its language ("botox??") takes the page's language
(the widget sends it as ``Accept-Language``) or the patient's remembered choice (the
``hfs_lang`` cookie), else English; a Spanish-looking bare message is Spanish on its own.
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from hfs.settings import Settings
from hfs.web import create_app


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    settings = Settings(data_dir=tmp_path_factory.mktemp("chat-lang"))
    with TestClient(create_app(settings)) as c:
        yield c


def first(client, text, headers=None, session_id=None):
    r = client.post("/api/chat", json={"session_id": session_id, "text": text}, headers=headers)
    assert r.status_code == 200, r.text
    return r.json()


SPANISH_WORDS = ("usted", "el ", "la ", "de ", "que", "¿")


def looks_spanish(body) -> bool:
    text = " ".join(r["text"] for r in body["replies"]).lower()
    return "hola, soy el asistente" in text and sum(w in text for w in SPANISH_WORDS) >= 3


@pytest.mark.parametrize(
    "text",
    ["q onda", "ola q tal", "toxina botulinica??", "cuanto cuesta", "porfa", "parpado"],
)
def test_a_spanish_looking_bare_first_message_is_answered_in_spanish(client, text):
    body = first(client, text, headers={"Accept-Language": "en-US,en;q=0.9"})
    assert body["lang"] == "es", text
    assert looks_spanish(body)


@pytest.mark.parametrize("text", ["bótox??", "q es esto", "hola ayuda"])
def test_spanish_signals_in_a_bare_first_message(client, text):
    assert first(client, text)["lang"] == "es"


def test_a_bare_first_message_with_no_signal_is_english(client):
    body = first(client, "botox??")
    assert body["lang"] == "en"
    assert "Hello, I am the hemifacial spasm assistant" in body["replies"][0]["text"]


def test_the_spanish_page_makes_a_bare_first_message_spanish(client):
    # what the /es/ widget sends (site.js: Accept-Language is the page's language)
    body = first(client, "botox??", headers={"Accept-Language": "es"})
    assert body["lang"] == "es" and looks_spanish(body)
    assert "toxina botulínica" in body["replies"][-1]["text"]
    # the browser's own list, preferring Spanish, does the same
    assert (
        first(client, "botox??", headers={"Accept-Language": "es-MX,es;q=0.9,en;q=0.5"})["lang"]
        == "es"
    )


def test_the_remembered_choice_makes_a_bare_first_message_spanish(client):
    body = first(client, "botox??", headers={"Cookie": "hfs_lang=es"})
    assert body["lang"] == "es" and looks_spanish(body)
    # a cookie with another value is ignored
    assert first(client, "botox??", headers={"Cookie": "hfs_lang=fr"})["lang"] == "en"


def test_a_first_message_that_tells_its_language_wins_over_the_page(client):
    body = first(client, "what causes hemifacial spasm", headers={"Accept-Language": "es"})
    assert body["lang"] == "en"
    body = first(client, "¿qué causa el espasmo hemifacial?", headers={"Cookie": "hfs_lang=en"})
    assert body["lang"] == "es"


def test_the_page_language_does_not_switch_a_running_conversation(client):
    sid = first(client, "what causes hemifacial spasm")["session_id"]
    body = first(client, "botox??", headers={"Accept-Language": "es"}, session_id=sid)
    assert body["lang"] == "en"
    assert "botulinum toxin" in body["replies"][-1]["text"]
