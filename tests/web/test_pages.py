"""The patient pages over HTTP (no browser): content, phone numbers, static files."""

from __future__ import annotations

import html

import pytest

from hfs.assistant.knowledge import load_knowledge
from hfs.web.routes.pages import CONDITION_SECTIONS


@pytest.fixture
def client(clinic):
    return clinic.new_client()


def test_the_condition_page_is_the_assistants_vetted_text(client):
    kb = load_knowledge()
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    text = html.unescape(page.text)
    for _heading, ids in CONDITION_SECTIONS:
        for topic_id in ids:
            t = kb.topic(topic_id)
            assert t.title in text and " ".join(t.text.split()) in text, topic_id
    assert "botulinum toxin" in text and "MVD" in text


@pytest.mark.parametrize("path", ["/", "/contact", "/check", "/assistant"])
def test_every_page_has_the_notice_emergency_line_phones_and_chat(client, path):
    text = client.get(path).text
    assert "does not diagnose" in text
    assert "call emergency services now" in text
    assert "1-412-647-3685" in text and "1-877-320-8762" in text
    assert 'href="tel:+14126473685"' in text
    assert 'data-api="/api/chat"' in text
    for word in ("cancel", "exit", "start over", "help", "terms", "feedback"):
        assert f"<kbd>{word}</kbd>" in text
    for button in ("RESTART", "MENU", "CLOSE"):
        assert f">{button}</button>" in text
    assert "http://" not in text and "https://" not in text  # no external assets
    assert "<script>" not in text and " style=" not in text  # allowed by the CSP
    csp = client.get(path).headers["content-security-policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp


def test_the_check_page_shows_the_filming_guide(client):
    text = html.unescape(client.get("/check").text)
    assert "at least 30 seconds" in text and "mp4, mov or webm" in text
    assert 'name="video"' in text


def test_static_files_come_from_a_fixed_list(client):
    css = client.get("/static/site.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    js = client.get("/static/site.js")
    assert js.status_code == 200 and "/api/uploads" in js.text
    for name in ("x.css", "..%2Fapp.py", "%2e%2e%2f%2e%2e%2fpyproject.toml", "chat.html"):
        assert client.get(f"/static/{name}").status_code == 404
