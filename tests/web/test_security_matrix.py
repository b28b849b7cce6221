"""Every route x every role (and anonymous): deny by default, policies as declared.

EXPECTED is the intended access of each route. A route the app serves that is missing
here, or that has no declared policy, fails the test; so does any route answering a
role differently from what is written here.
"""

from __future__ import annotations

import secrets

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from hfs.errors import ConfigError
from hfs.web import create_app
from hfs.web.policy import iter_routes, route_policies, undeclared_routes

ANYONE = {"anonymous", "staff", "clinician", "admin"}
LOGGED_IN = {"staff", "clinician", "admin"}
STAFF_CLIN = {"staff", "clinician"}
CLIN = {"clinician"}

EXPECTED: dict[tuple[str, str], set[str]] = {
    ("POST", "/api/chat"): ANYONE,
    ("GET", "/assistant"): ANYONE,
    ("GET", "/"): ANYONE,
    ("GET", "/contact"): ANYONE,
    ("GET", "/check"): ANYONE,
    ("GET", "/es/"): ANYONE,
    ("GET", "/es/contact"): ANYONE,
    ("GET", "/es/check"): ANYONE,
    ("GET", "/es/assistant"): ANYONE,
    ("GET", "/language"): ANYONE,
    ("GET", "/static/{name}"): ANYONE,
    ("GET", "/healthz"): ANYONE,
    ("GET", "/favicon.ico"): ANYONE,
    ("POST", "/api/auth/login"): ANYONE,
    ("POST", "/api/auth/logout"): LOGGED_IN,
    ("GET", "/api/auth/me"): LOGGED_IN,
    ("GET", "/api/patients"): STAFF_CLIN,
    ("POST", "/api/patients"): STAFF_CLIN,
    ("GET", "/api/patients/{patient_id}"): CLIN,
    ("POST", "/api/patients/{patient_id}/injections"): CLIN,
    ("POST", "/api/patients/{patient_id}/medications"): CLIN,
    ("POST", "/api/patients/{patient_id}/surgeries"): CLIN,
    ("POST", "/api/patients/{patient_id}/scales"): CLIN,
    ("POST", "/api/patients/{patient_id}/neurophys"): CLIN,
    ("POST", "/api/patients/{patient_id}/videos"): CLIN,
    ("GET", "/api/patients/{patient_id}/fhir"): CLIN,
    ("POST", "/api/patients/{patient_id}/entered-in-error"): CLIN,
    ("GET", "/api/inbox/contact-requests"): STAFF_CLIN,
    ("PATCH", "/api/inbox/contact-requests/{request_id}"): STAFF_CLIN,
    ("GET", "/api/inbox/feedback"): STAFF_CLIN,
    ("GET", "/api/audit"): {"admin"},
    ("GET", "/api/admin/notifications"): {"admin"},
    ("POST", "/api/uploads"): ANYONE,
    ("GET", "/api/uploads/{token}"): ANYONE,
    ("POST", "/api/contact"): ANYONE,
    ("POST", "/api/uploads/{token}/contact"): ANYONE,
    ("POST", "/api/patients/{patient_id}/recordings"): CLIN,
    ("GET", "/api/patients/{patient_id}/recordings"): CLIN,
    ("GET", "/api/patients/{patient_id}/recordings/{recording_id}"): CLIN,
    ("GET", "/api/patients/{patient_id}/recordings/{recording_id}/report"): CLIN,
    ("GET", "/api/admin/users"): {"admin"},
    ("POST", "/api/admin/users"): {"admin"},
    ("PATCH", "/api/admin/users/{user_id}"): {"admin"},
    ("POST", "/api/admin/users/{user_id}/reset-password"): {"admin"},
    ("GET", "/admin/users"): {"admin"},
    ("POST", "/admin/users"): {"admin"},
    ("POST", "/admin/users/{user_id}/active"): {"admin"},
    ("POST", "/admin/users/{user_id}/reset-password"): {"admin"},
    # The clinic's HTML pages (hfs.web.routes.clinic_pages)
    ("GET", "/login"): ANYONE,
    ("GET", "/inbox"): STAFF_CLIN,
    ("GET", "/patients"): STAFF_CLIN,
    ("GET", "/patients/{patient_id}"): CLIN,
    ("GET", "/patients/{patient_id}/videos/{video_id}"): CLIN,
    ("GET", "/patients/{patient_id}/videos/{video_id}/report"): CLIN,
    ("GET", "/patients/{patient_id}/documents/{doc_id}"): CLIN,
    ("GET", "/admin/audit"): {"admin"},
}


def _refused(path: str, role: str, r) -> bool:
    """How a route refuses a caller: 401/403 from the API; on the clinic's pages no
    login is a redirect to the login page (a form post without one: 401) and a role
    not allowed a 403 page."""
    if role != "anonymous":
        return r.status_code == 403
    if path.startswith("/api/") or r.request.method != "GET":
        return r.status_code == 401
    return r.status_code == 303 and r.headers["location"].startswith("/login?")


def _routes(app) -> list[tuple[str, str, object]]:
    out = []
    for route in iter_routes(app):
        for method in sorted(getattr(route, "methods", None) or {"?"}):
            if method != "HEAD":
                out.append((method, getattr(route, "path", str(route)), route))
    return out


def test_every_route_has_a_declared_policy_and_an_expectation(settings):
    app = create_app(settings)
    assert undeclared_routes(app) == []
    served = set()
    for method, path, route in _routes(app):
        assert route_policies(route), f"{method} {path} declares no access policy"
        assert (method, path) in EXPECTED, f"{method} {path} is not in the security matrix"
        served.add((method, path))
    assert served == set(EXPECTED), f"matrix lists routes the app lacks: {set(EXPECTED) - served}"


def test_a_route_without_a_policy_is_refused_at_start(settings):
    app = create_app(settings)

    @app.get("/api/leaky")
    def leaky() -> dict:  # no policy: must not be served
        return {"secret": True}

    assert any("/api/leaky" in r for r in undeclared_routes(app))
    with pytest.raises(ConfigError, match="without an access policy"), TestClient(app):
        pass


def test_a_bare_starlette_route_counts_as_undeclared():
    app = FastAPI()
    app.router.add_route("/raw", lambda request: None)
    assert "GET,HEAD /raw" in undeclared_routes(app)
    # FastAPI's own /docs and /openapi.json count too; create_app turns them off.
    assert "GET,HEAD /openapi.json" in undeclared_routes(app)


def test_route_by_role_matrix(clinic, patient_id):
    clients: dict[str, TestClient] = {"anonymous": clinic.new_client()}
    for role in ("staff", "clinician", "admin"):
        email = f"matrix-{role}@clinic.example"
        clinic.user(role, email)
        clients[role] = email
    fill = {
        "{patient_id}": patient_id,
        "{request_id}": "1",
        "{token}": secrets.token_urlsafe(18),
        "{recording_id}": "1",
        "{user_id}": "999999",  # no such account: nobody's password is reset here
        "{video_id}": "1",
        "{doc_id}": "1",
    }
    for role in ("staff", "clinician", "admin"):
        clients[role] = clinic.login(clients[role])
    failures = []
    # Logout last: it ends the session the other requests of the role use.
    routes = sorted(_routes(clinic.app), key=lambda t: t[1] == "/api/auth/logout")
    for method, path, _route in routes:
        url = path
        for k, v in fill.items():
            url = url.replace(k, v)
        allowed = EXPECTED[(method, path)]
        for role, c in clients.items():
            body = {} if method in ("POST", "PATCH", "PUT") else None
            r = c.request(method, url, json=body, follow_redirects=False)
            assert r.status_code < 500, f"{method} {path} as {role}: {r.status_code} {r.text}"
            if role in allowed:
                ok = r.status_code not in (401, 403) and not (
                    r.status_code == 303 and "/login" in r.headers.get("location", "")
                )
            else:
                ok = _refused(path, role, r)
            if not ok:
                failures.append(f"{method} {path} as {role}: {r.status_code}")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("role", ["anonymous", "clinician", "staff", "admin"])
def test_junk_input_never_gives_a_server_error(clinic, patient_id, role):
    c = (
        clinic.new_client()
        if role == "anonymous"
        else clinic.login(clinic.user(role, f"j-{role}@x.example"))
    )
    junk_bodies = [[], "x", 12, {"a": "\x00" * 5}, {"status": None, "email": ["x"]}]
    for method, path, _route in _routes(clinic.app):
        if path == "/api/auth/logout":
            continue
        url = path.replace("{patient_id}", patient_id).replace("{request_id}", "-1")
        url = url.replace("{token}", "%00%ff..%2F").replace("{recording_id}", "-1")
        url = url.replace("{user_id}", "x").replace("{video_id}", "-1")
        for body in junk_bodies:
            r = c.request(method, url, json=body)
            assert r.status_code < 500, f"{method} {path} {body!r}: {r.status_code} {r.text}"
        r = c.request(method, url + "?limit=-1&offset=x&q=%00&status=bad&before_id=0")
        assert r.status_code < 500, f"{method} {path} junk query: {r.status_code} {r.text}"
