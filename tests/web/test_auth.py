"""Login, sessions, CSRF and throttling of the clinic web app."""

from __future__ import annotations

import datetime as dt
import os
import stat

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select, update

from hfs.errors import ConfigError
from hfs.storage.models import User, WebSession
from hfs.web import create_app
from hfs.web.policy import SESSION_COOKIE
from hfs.web.security import load_or_create_secret
from tests.clinicapp import PASSWORD, PATIENT


def test_password_is_stored_as_argon2_hash(clinic):
    clinic.user("clinician")
    with clinic.sessions() as db:
        h = db.scalar(select(User.password_hash))
    assert h.startswith("$argon2id$") and PASSWORD not in h


def test_wrong_password_and_unknown_account_answer_the_same(clinic):
    clinic.user("staff")
    c = clinic.new_client()
    a = c.post("/api/auth/login", json={"email": "staff@clinic.example", "password": "x" * 12})
    b = c.post("/api/auth/login", json={"email": "nobody@clinic.example", "password": "x" * 12})
    assert a.status_code == b.status_code == 401
    assert a.json() == b.json() == {"detail": "wrong email or password"}
    assert SESSION_COOKIE not in c.cookies
    from hfs.storage.models import AuditEntry

    with clinic.sessions() as db:
        denied = db.scalars(select(AuditEntry).where(AuditEntry.outcome == "denied")).all()
    # the unknown "account" (maybe a mistyped password) is not written down
    assert [d.actor for d in denied] == ["staff@clinic.example", "(unknown account)"]


def test_login_makes_a_new_session_id_and_logout_removes_it(clinic):
    email = clinic.user("clinician")
    c = clinic.login(email)
    first = c.cookies[SESSION_COOKIE]
    assert c.get("/api/auth/me").json()["role"] == "clinician"
    c = clinic.login(email, client=c)  # logging in again, with the old cookie sent along
    second = c.cookies[SESSION_COOKIE]
    assert second != first
    old = clinic.new_client()
    old.cookies.set(SESSION_COOKIE, first)
    assert old.get("/api/auth/me").status_code == 401  # the old session ended at login
    with clinic.sessions() as db:
        assert len(db.scalars(select(WebSession)).all()) == 1
    assert c.post("/api/auth/logout").status_code == 204
    with clinic.sessions() as db:
        assert db.scalars(select(WebSession)).all() == []
    stale = clinic.new_client()
    stale.cookies.set(SESSION_COOKIE, second)
    assert stale.get("/api/auth/me").status_code == 401


def test_the_session_cookie_is_httponly_and_samesite_strict(clinic):
    clinic.user("staff")
    r = clinic.new_client().post(
        "/api/auth/login", json={"email": "staff@clinic.example", "password": PASSWORD}
    )
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie


def test_idle_session_expires(clinic):
    c = clinic.login(clinic.user("clinician"))
    assert c.get("/api/auth/me").status_code == 200
    idle = dt.timedelta(minutes=clinic.app.state.settings.clinic_idle_minutes + 1)
    with clinic.sessions() as db:
        db.execute(update(WebSession).values(last_seen_at=dt.datetime.now(dt.UTC) - idle))
        db.commit()
    r = c.get("/api/auth/me")
    assert r.status_code == 401 and "expired" in r.json()["detail"]
    with clinic.sessions() as db:
        assert db.scalars(select(WebSession)).all() == []


def test_activity_keeps_a_session_alive(clinic):
    c = clinic.login(clinic.user("clinician"))
    almost = dt.timedelta(minutes=clinic.app.state.settings.clinic_idle_minutes - 1)
    with clinic.sessions() as db:
        db.execute(update(WebSession).values(last_seen_at=dt.datetime.now(dt.UTC) - almost))
        db.commit()
    assert c.get("/api/auth/me").status_code == 200
    assert c.get("/api/auth/me").status_code == 200


def test_csrf_token_is_required_for_changes(clinician):
    token = clinician.headers.pop("X-CSRF-Token")
    r = clinician.post("/api/patients", json=PATIENT)
    assert r.status_code == 403 and "CSRF" in r.json()["detail"]
    r = clinician.post("/api/patients", json=PATIENT, headers={"X-CSRF-Token": token + "x"})
    assert r.status_code == 403
    r = clinician.post("/api/patients", json=PATIENT, headers={"X-CSRF-Token": token})
    assert r.status_code == 201
    # reads need no token
    assert clinician.get("/api/patients").status_code == 200


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "https://evil.example"},
        {"Origin": "null"},
        {"Referer": "https://evil.example/page"},
    ],
)
def test_a_foreign_origin_is_refused_even_with_the_token(clinician, headers):
    r = clinician.post("/api/patients", json=PATIENT, headers=headers)
    assert r.status_code == 403 and "cross-site" in r.json()["detail"]


def test_same_origin_is_accepted(clinician):
    r = clinician.post("/api/patients", json=PATIENT, headers={"Origin": "http://testserver"})
    assert r.status_code == 201


def test_login_from_a_foreign_origin_is_refused(clinic):
    clinic.user("staff")
    r = clinic.new_client().post(
        "/api/auth/login",
        json={"email": "staff@clinic.example", "password": PASSWORD},
        headers={"Origin": "https://evil.example"},
    )
    assert r.status_code == 403


def test_failed_logins_are_throttled_per_account(clinic):
    email = clinic.user("clinician")
    c = clinic.new_client()
    limit = clinic.app.state.settings.login_max_failures
    for _ in range(limit):
        assert (
            c.post("/api/auth/login", json={"email": email, "password": "w" * 12}).status_code
            == 401
        )
    # now even the right password is refused, without being checked
    r = c.post("/api/auth/login", json={"email": email, "password": PASSWORD})
    assert r.status_code == 429 and "too many failed logins" in r.json()["detail"]


def test_failed_logins_are_throttled_per_client(settings):
    settings = settings.model_copy(update={"login_max_failures_per_client": 3})
    app = create_app(settings)
    with TestClient(app) as c:
        for i in range(3):
            r = c.post("/api/auth/login", json={"email": f"u{i}@x.example", "password": "w" * 12})
            assert r.status_code == 401
        r = c.post("/api/auth/login", json={"email": "other@x.example", "password": "w" * 12})
        assert r.status_code == 429


def test_a_deactivated_account_cannot_log_in_or_continue(clinic):
    email = clinic.user("clinician")
    c = clinic.login(email)
    with clinic.sessions() as db:
        db.execute(update(User).values(active=False))
        db.commit()
    assert c.get("/api/auth/me").status_code == 401
    r = clinic.new_client().post("/api/auth/login", json={"email": email, "password": PASSWORD})
    assert r.status_code == 401


def test_secret_key_is_generated_once_with_mode_0600(tmp_path):
    key = load_or_create_secret(tmp_path)
    path = tmp_path / "secret_key"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert len(key) == 32 and load_or_create_secret(tmp_path) == key
    os.chmod(path, 0o644)
    with pytest.raises(ConfigError, match="chmod 600"):
        load_or_create_secret(tmp_path)


def test_no_default_account_exists(clinic):
    with clinic.sessions() as db:
        assert db.scalars(select(User)).all() == []


def test_old_login_attempts_and_stale_sessions_are_cleaned_up(clinic):
    from hfs.storage.models import LoginAttempt

    email = clinic.user("staff")
    clinic.login(email)
    long_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=3)
    with clinic.sessions() as db:
        db.add(LoginAttempt(email="x@y.example", client="1.2.3.4", success=False, at=long_ago))
        db.execute(update(WebSession).values(last_seen_at=long_ago))
        db.commit()
    clinic.login(email)  # another browser: the stale session goes by housekeeping
    with clinic.sessions() as db:
        assert db.scalar(select(LoginAttempt).where(LoginAttempt.email == "x@y.example")) is None
        assert len(db.scalars(select(WebSession)).all()) == 1


def test_secret_key_created_once_by_concurrent_starters(tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(8) as pool:
        keys = list(pool.map(lambda _: load_or_create_secret(tmp_path), range(16)))
    assert len(set(keys)) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["secret_key"]
