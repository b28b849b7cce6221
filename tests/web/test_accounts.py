"""Account management: the admin API, the admin pages (forms with CSRF) and the
``hfs admin`` commands; deactivation and password resets end sessions; all audited."""

from __future__ import annotations

import os
import re

from sqlalchemy import select

from hfs.storage.accounts import verify_password
from hfs.storage.models import AuditEntry, User, WebSession
from tests.clinicapp import PASSWORD
from tests.clitools import one_line_error, run_hfs


def _audit(clinic, action: str) -> list[AuditEntry]:
    with clinic.sessions() as db:
        return list(
            db.scalars(
                select(AuditEntry).where(
                    AuditEntry.object_type == "user", AuditEntry.action == action
                )
            )
        )


def test_admin_creates_an_account_whose_password_is_shown_once(clinic, admin):
    r = admin.post("/api/admin/users", json={"email": "New@Clinic.example", "role": "staff"})
    assert r.status_code == 201, r.text
    new = r.json()
    assert new["email"] == "new@clinic.example" and new["role"] == "staff" and new["active"]
    password = new["password"]
    assert len(password) >= 16
    # the generated password works, and is never shown again
    c = clinic.login("new@clinic.example", password)
    assert c.get("/api/auth/me").status_code == 200
    listing = admin.get("/api/admin/users").json()
    assert {u["email"] for u in listing} == {"admin@clinic.example", "new@clinic.example"}
    assert password not in admin.get("/api/admin/users").text
    with clinic.sessions() as db:
        stored = db.scalar(select(User).where(User.email == "new@clinic.example"))
        assert password not in stored.password_hash
    # duplicates and bad input: clear 4xx
    again = admin.post("/api/admin/users", json={"email": "new@clinic.example", "role": "staff"})
    assert again.status_code == 409
    bad = admin.post("/api/admin/users", json={"email": "not-an-email", "role": "staff"})
    assert bad.status_code == 400 and bad.json()["detail"] == "the email address is not valid"
    assert (
        admin.post("/api/admin/users", json={"email": "a@b.example", "role": "root"}).status_code
        == 422
    )
    assert [a.outcome for a in _audit(clinic, "create")] == ["ok", "error", "error"]
    assert all(a.object_id in (None, str(new["id"])) for a in _audit(clinic, "create"))


def test_deactivation_ends_the_sessions_and_the_login(clinic, admin):
    email = clinic.user("clinician", "doc@clinic.example")
    doc = clinic.login(email)
    assert doc.get("/api/auth/me").status_code == 200
    uid = next(u["id"] for u in admin.get("/api/admin/users").json() if u["email"] == email)
    r = admin.patch(f"/api/admin/users/{uid}", json={"active": False})
    assert r.status_code == 200 and r.json()["active"] is False
    assert doc.get("/api/auth/me").status_code == 401  # the open session is gone
    with clinic.sessions() as db:
        assert db.scalars(select(WebSession).where(WebSession.user_id == uid)).all() == []
    r = clinic.new_client().post("/api/auth/login", json={"email": email, "password": PASSWORD})
    assert r.status_code == 401
    # role change and reactivation
    r = admin.patch(f"/api/admin/users/{uid}", json={"active": True, "role": "staff"})
    assert r.json()["active"] is True and r.json()["role"] == "staff"
    staff = clinic.login(email)
    assert staff.get("/api/audit").status_code == 403
    assert admin.patch("/api/admin/users/999999", json={"active": False}).status_code == 404
    assert admin.patch(f"/api/admin/users/{uid}", json={"active": "maybe"}).status_code == 422
    outcomes = [a.outcome for a in _audit(clinic, "update")]
    assert outcomes.count("ok") == 2 and outcomes.count("error") == 1


def test_an_admin_cannot_deactivate_or_demote_themself(clinic, admin):
    me = admin.get("/api/auth/me").json()
    uid = next(u["id"] for u in admin.get("/api/admin/users").json() if u["email"] == me["email"])
    r = admin.patch(f"/api/admin/users/{uid}", json={"active": False})
    assert r.status_code == 400 and r.json()["detail"] == "you cannot deactivate your own account"
    r = admin.patch(f"/api/admin/users/{uid}", json={"role": "staff"})
    assert r.status_code == 400
    assert admin.get("/api/admin/users").status_code == 200  # still an admin, still logged in


def test_reset_password_shows_a_new_one_once_and_ends_sessions(clinic, admin):
    email = clinic.user("staff", "desk@clinic.example")
    desk = clinic.login(email)
    uid = next(u["id"] for u in admin.get("/api/admin/users").json() if u["email"] == email)
    r = admin.post(f"/api/admin/users/{uid}/reset-password")
    assert r.status_code == 200, r.text
    new_password = r.json()["password"]
    assert desk.get("/api/auth/me").status_code == 401
    old = clinic.new_client().post("/api/auth/login", json={"email": email, "password": PASSWORD})
    assert old.status_code == 401
    assert clinic.login(email, new_password).get("/api/auth/me").status_code == 200
    assert admin.post("/api/admin/users/999999/reset-password").status_code == 404
    assert [a.outcome for a in _audit(clinic, "reset_password")] == ["ok", "error"]


def test_account_routes_need_the_csrf_token(clinic, admin):
    token = admin.headers.pop("X-CSRF-Token")
    r = admin.post("/api/admin/users", json={"email": "x@clinic.example", "role": "staff"})
    assert r.status_code == 403
    admin.headers["X-CSRF-Token"] = token


# --- the admin pages ----------------------------------------------------------------


def _csrf(html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def test_admin_pages_list_create_deactivate_and_reset(clinic, admin):
    token = admin.headers.pop("X-CSRF-Token")  # a browser form sends no header
    page = admin.get("/admin/users")
    assert page.status_code == 200 and "admin@clinic.example" in page.text
    assert "<script>" not in page.text and "onclick" not in page.text
    assert "default-src 'self'" in page.headers["content-security-policy"]
    assert _csrf(page.text) == token
    # without the token, or with a wrong one: refused, nothing created
    r = admin.post("/admin/users", data={"email": "ward@clinic.example", "role": "staff"})
    assert r.status_code == 403
    r = admin.post(
        "/admin/users", data={"email": "ward@clinic.example", "role": "staff", "csrf_token": "x"}
    )
    assert r.status_code == 403
    with clinic.sessions() as db:
        assert db.scalar(select(User).where(User.email == "ward@clinic.example")) is None
    # create: the password is on the answer page, once
    r = admin.post(
        "/admin/users", data={"email": "ward@clinic.example", "role": "staff", "csrf_token": token}
    )
    assert r.status_code == 200 and r.headers["cache-control"] == "no-store"
    password = re.search(r'class="one-time-password">([^<]+)<', r.text).group(1)
    ward = clinic.login("ward@clinic.example", password)
    assert "one-time-password" not in admin.get("/admin/users").text
    # deactivate through the form
    with clinic.sessions() as db:
        uid = db.scalar(select(User.id).where(User.email == "ward@clinic.example"))
        me = db.scalar(select(User.id).where(User.email == "admin@clinic.example"))
    r = admin.post(f"/admin/users/{uid}/active", data={"active": "false", "csrf_token": token})
    assert r.status_code == 200 and "deactivated" in r.text
    assert ward.get("/api/auth/me").status_code == 401
    # reset through the form
    r = admin.post(f"/admin/users/{uid}/reset-password", data={"csrf_token": token})
    assert r.status_code == 200 and "one-time-password" in r.text
    # own account: refused with the message on the page; bad input shown, not a crash
    r = admin.post(f"/admin/users/{me}/active", data={"active": "false", "csrf_token": token})
    assert r.status_code == 400 and "cannot deactivate your own account" in r.text
    r = admin.post("/admin/users", data={"email": "bad", "role": "staff", "csrf_token": token})
    assert r.status_code == 400 and "not valid" in r.text
    admin.headers["X-CSRF-Token"] = token


def test_admin_pages_are_for_admins_only(clinic, clinician):
    assert clinician.get("/admin/users").status_code == 403
    r = clinic.new_client().get("/admin/users", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/login?")
    token = clinician.headers["X-CSRF-Token"]
    r = clinician.post(
        "/admin/users", data={"email": "z@x.example", "role": "admin", "csrf_token": token}
    )
    assert r.status_code == 403


# --- the command line ---------------------------------------------------------------


def _hfs(data_dir, *args):
    env = {**os.environ, "HFS_DATA_DIR": str(data_dir)}
    env.pop("HFS_DATABASE_URL", None)
    return run_hfs(*args, env=env, timeout=120)


def _sessions(data_dir):
    from hfs.storage import create_db_engine, make_session_factory, migrate

    engine = create_db_engine(f"sqlite:///{data_dir / 'hfs.sqlite3'}")
    migrate(engine)
    return make_session_factory(engine)


def test_cli_list_deactivate_and_reset_password(tmp_path):
    assert (
        _hfs(
            tmp_path, "admin", "create-user", "a@clinic.example", "--role", "admin", "--generate"
        ).returncode
        == 0
    )
    assert (
        _hfs(
            tmp_path,
            "admin",
            "create-user",
            "d@clinic.example",
            "--role",
            "clinician",
            "--generate",
        ).returncode
        == 0
    )
    r = _hfs(tmp_path, "admin", "list-users")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert len(lines) == 2 and "a@clinic.example" in lines[0] and "admin" in lines[0]
    assert "d@clinic.example" in lines[1] and "active" in lines[1]

    r = _hfs(tmp_path, "admin", "reset-password", "D@clinic.example")
    assert r.returncode == 0, r.stderr
    password = r.stdout.split("(shown once): ")[1].strip()
    with _sessions(tmp_path)() as db:
        user = db.scalar(select(User).where(User.email == "d@clinic.example"))
        assert verify_password(user.password_hash, password)

    r = _hfs(tmp_path, "admin", "deactivate", "d@clinic.example")
    assert r.returncode == 0 and "deactivated d@clinic.example" in r.stdout
    assert "deactivated" in _hfs(tmp_path, "admin", "list-users").stdout.splitlines()[1]
    with _sessions(tmp_path)() as db:
        actions = [
            (a.actor, a.action)
            for a in db.scalars(select(AuditEntry).where(AuditEntry.object_type == "user"))
        ]
    assert ("cli", "reset_password") in actions and ("cli", "update") in actions
    assert ("cli", "list") in actions

    one_line_error(_hfs(tmp_path, "admin", "deactivate", "nobody@clinic.example"), 4, "no account")
    one_line_error(
        _hfs(tmp_path, "admin", "reset-password", "nobody@clinic.example"), 4, "no account"
    )
