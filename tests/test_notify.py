"""The clinic hears about requests: e-mail notices through a real SMTP server on loopback
(aiosmtpd), retried from the outbox table, never blocking the chat, failures shown to
admins."""

from __future__ import annotations

import asyncio
import datetime as dt
import socket
import threading
import time
from email import message_from_bytes, policy

import pytest
from aiosmtpd.controller import Controller
from fastapi.testclient import TestClient

from hfs.notify import Notifier, admin_notice
from hfs.settings import Settings
from hfs.storage import SqlAssistantStore, create_db_engine, make_session_factory, migrate, outbox
from hfs.storage.accounts import create_user
from hfs.storage.models import NotifyOutbox
from hfs.web import create_app

PATIENT = {
    "name": "Rosalind Quimby",
    "phone": "+14126473685",
    "email": "rosalind.quimby@example.org",
    "preferred_time": "morning",
    "from_date": "2026-12-07",
    "reason": "my left eyelid and cheek twitch since spring",
    "reference": "HFS-0A1B2C3D",
}


class Inbox:
    """aiosmtpd handler: keeps every message it is given; with ``gate`` cleared it holds
    each message until the gate opens (a slow mail server)."""

    def __init__(self):
        self.messages: list = []
        self.gate = threading.Event()
        self.gate.set()

    async def handle_DATA(self, server, session, envelope):
        await asyncio.get_running_loop().run_in_executor(None, self.gate.wait, 20)
        self.messages.append(
            (envelope.rcpt_tos, message_from_bytes(envelope.content, policy=policy.default))
        )
        return "250 OK"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def smtp():
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        yield inbox, controller.port
    finally:
        controller.stop()


@pytest.fixture
def sessions(tmp_path):
    engine = create_db_engine(f"sqlite:///{tmp_path / 'n.sqlite3'}")
    migrate(engine)
    yield make_session_factory(engine)
    engine.dispose()


class Clock:
    def __init__(self):
        self.now = dt.datetime(2026, 12, 6, 9, 0, tzinfo=dt.UTC)

    def __call__(self):
        return self.now


def _store(sessions):
    """The assistant's store with a conversation "s1" (requests point to it)."""
    store, clock = SqlAssistantStore(sessions), Clock()
    store.save_session("s1", {}, clock())
    return store, clock


def _text(msg) -> str:
    return "\n".join(str(v) for v in msg.values()) + "\n" + msg.get_content()


def test_a_confirmed_request_sends_one_notice_without_patient_data(sessions, smtp):
    inbox, port = smtp
    store, clock = _store(sessions)
    store.add_contact_request("s1", PATIENT, clock())
    store.add_feedback("s1", {"rating": 2, "comment": "Rosalind says it was slow"}, clock())
    notifier = Notifier(
        sessions,
        f"smtp://127.0.0.1:{port}",
        "clinic@hospital.example",
        "hfs@hospital.example",
        "https://hfs.hospital.example/",
        clock=clock,
    )
    assert notifier.run_once() == 2
    assert len(inbox.messages) == 1  # both notices in one e-mail
    rcpt, msg = inbox.messages[0]
    assert rcpt == ["clinic@hospital.example"]
    text = _text(msg)
    assert "https://hfs.hospital.example/inbox" in text
    assert "1 new contact request and 1 new feedback message" in msg["Subject"]
    for value in (*PATIENT.values(), "Rosalind", "slow", "4126473685"):
        assert value.lower() not in text.lower(), value
    assert notifier.run_once() == 0  # nothing is sent twice
    assert len(inbox.messages) == 1
    with sessions() as db:
        assert outbox.status(db).pending == 0
        assert admin_notice(db, configured=True) is None


def test_a_failed_send_is_retried_from_the_database_and_shown_to_admins(sessions, smtp):
    inbox, port = smtp
    dead = free_port()  # nothing listens there
    store, clock = _store(sessions)
    store.add_contact_request("s1", PATIENT, clock())
    down = Notifier(sessions, f"smtp://127.0.0.1:{dead}", "clinic@h.example", "hfs@h.example",
                    "http://x", clock=clock)  # fmt: skip
    assert down.run_once() == 0
    with sessions() as db:
        row = db.query(NotifyOutbox).one()
        assert (row.status, row.attempts) == ("pending", 1)
        assert "Connection" in (row.last_error or "") or "refused" in (row.last_error or "")
        line = admin_notice(db, configured=True)
    assert line is not None and "failed" in line and "1 retrying" in line
    # Not due yet: no second attempt before the delay.
    assert down.run_once() == 0
    with sessions() as db:
        assert db.query(NotifyOutbox).one().attempts == 1
    # The mail server is back (another process restarted with the same outbox).
    clock.now += dt.timedelta(seconds=outbox.RETRY_DELAYS[0] + 1)
    up = Notifier(sessions, f"smtp://127.0.0.1:{port}", "clinic@h.example", "hfs@h.example",
                  "http://x", clock=clock)  # fmt: skip
    assert up.run_once() == 1
    assert len(inbox.messages) == 1
    with sessions() as db:
        assert db.query(NotifyOutbox).one().status == "sent"
        assert admin_notice(db, configured=True) is None


def test_after_the_last_retry_a_notice_is_failed_and_stays_visible(sessions):
    store, clock = _store(sessions)
    store.add_feedback("s1", {"rating": 5, "comment": ""}, clock())
    down = Notifier(sessions, f"smtp://127.0.0.1:{free_port()}", "c@h.example", "f@h.example",
                    "http://x", clock=clock)  # fmt: skip
    for delay in (0, *outbox.RETRY_DELAYS):
        clock.now += dt.timedelta(seconds=delay + 1)
        down.run_once()
    with sessions() as db:
        row = db.query(NotifyOutbox).one()
        assert row.status == "failed" and row.attempts == len(outbox.RETRY_DELAYS) + 1
        line = admin_notice(db, configured=True)
    assert line is not None and "1 given up" in line


def test_unconfigured_notices_wait_and_say_so(sessions):
    store, clock = _store(sessions)
    store.add_contact_request("s1", PATIENT, clock())
    with sessions() as db:
        line = admin_notice(db, configured=False)
    assert line is not None and "HFS_SMTP_URL" in line and "1 waiting" in line


def test_the_web_app_notifies_in_the_background_and_admins_see_the_state(tmp_path, smtp):
    inbox, port = smtp
    settings = Settings(
        data_dir=tmp_path,
        smtp_url=f"smtp://127.0.0.1:{port}",
        notify_to="clinic@hospital.example",
        base_url="https://hfs.hospital.example",
    )
    app = create_app(settings)
    inbox.gate.clear()  # the mail server holds every message until told
    with TestClient(app) as client:
        sid = None
        for text in ["Ask the clinic to contact me", "yes", "Rosalind Quimby",
                     "rosalind.quimby@example.org", "morning", "skip",
                     "my eyelid twitches", "yes"]:  # fmt: skip
            r = client.post("/api/chat", json={"session_id": sid, "text": text})
            assert r.status_code == 200, r.text
            sid = r.json()["session_id"]
        # The confirmation came back while the mail server still holds the notice: the
        # chat did not wait for it.
        assert "HFS-" in r.json()["replies"][-1]["text"]
        assert inbox.messages == []
        inbox.gate.set()
        deadline = time.monotonic() + 10
        while not inbox.messages and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(inbox.messages) == 1
        msg = inbox.messages[0][1]
        assert "https://hfs.hospital.example/inbox" in msg.get_content()
        assert "Rosalind" not in _text(msg)
        with app.state.sessions() as db:
            create_user(db, "admin@clinic.example", "admin", "correct horse battery staple")
            db.commit()
        r = client.post(
            "/api/auth/login",
            json={"email": "admin@clinic.example", "password": "correct horse battery staple"},
        )
        assert r.status_code == 200
        state = client.get("/api/admin/notifications").json()
        assert state["configured"] is True and state["pending"] == 0
        assert state["problem"] is None and state["last_sent_at"] is not None


def test_admins_see_a_failing_mail_server_on_the_api_and_the_page(tmp_path):
    settings = Settings(
        data_dir=tmp_path,
        smtp_url=f"smtp://127.0.0.1:{free_port()}",  # nothing listens
        notify_to="clinic@hospital.example",
    )
    app = create_app(settings)
    with TestClient(app) as client:
        r = client.post("/api/contact", json={"name": "R Q", "phone": "+1 412 647 3685",
                                              "email": "", "preferred_time": "",
                                              "reason": "twitch"})  # fmt: skip
        assert r.status_code == 201, r.text
        with app.state.sessions() as db:
            create_user(db, "admin@clinic.example", "admin", "correct horse battery staple")
            db.commit()
        client.post(
            "/api/auth/login",
            json={"email": "admin@clinic.example", "password": "correct horse battery staple"},
        )
        deadline = time.monotonic() + 10
        state = {}
        while time.monotonic() < deadline:
            state = client.get("/api/admin/notifications").json()
            if state["retrying"]:
                break
            time.sleep(0.05)
        assert state["retrying"] == 1 and state["last_error"]
        assert "failed" in state["problem"]
        page = client.get("/admin/audit")
        assert page.status_code == 200
        assert 'id="notify-problem"' in page.text and "failed" in page.text
