"""Access policies: every route declares one, and anything undeclared is refused.

A policy is a FastAPI dependency (an instance of :class:`Policy`). Routes take it as a
parameter through the ``Annotated`` aliases below (``CurrentClinician`` ...) or in
``dependencies=[Depends(PUBLIC)]``. :func:`undeclared_routes` lists the routes of an
app without one; the app refuses to start while any exists (deny by default), and
the security test walks every route with every role.

====================  =========================================  =======================
policy                who                                         used for
====================  =========================================  =======================
``PUBLIC``            anyone, no login                            pages, chat, upload, login
``ANY_USER``          any logged-in role                          me, logout
``INBOX``             staff, clinician                            contact requests, feedback
``PATIENT_INDEX``     staff, clinician                            patient list/search/create
``CLINICAL``          clinician                                   patient records, FHIR export
``ADMIN``             admin                                       audit log, accounts
``ADMIN_FORM``        admin (CSRF token as a form field)          admin HTML pages
====================  =========================================  =======================

For a logged-in policy: the session cookie must name a live session (not idle past
``HFS_CLINIC_IDLE_MINUTES``), a state-changing request must carry the session's CSRF
token in ``X-CSRF-Token``, and the user's role must be allowed. A refused role is
audit-logged.
"""

from __future__ import annotations

import datetime as dt
import hmac
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Request
from sqlalchemy.orm import Session

from hfs.errors import CSRFError, PermissionDeniedError
from hfs.storage.accounts import find_session
from hfs.storage.clinic_store import Actor, audit
from hfs.web.security import UNSAFE_METHODS, client_address

SESSION_COOKIE = "hfs_session"
CSRF_HEADER = "X-CSRF-Token"


def get_db(request: Request) -> Iterator[Session]:
    with request.app.state.sessions() as db:
        yield db


SessionDep = Annotated[Session, Depends(get_db)]


@dataclass(frozen=True)
class Principal:
    """The logged-in user of a request."""

    user_id: int
    email: str
    role: str
    session_id: str
    csrf_token: str
    client: str

    @property
    def actor(self) -> Actor:
        return Actor("user", self.email, self.user_id, self.client)


class Policy:
    """Who may call a route: ``roles=None`` for anyone, else the roles allowed."""

    def __init__(self, name: str, roles: frozenset[str] | None, *, csrf: str = "header"):
        self.name = name
        self.roles = roles
        # "header": X-CSRF-Token checked here; "form": a header or the form field
        # ``csrf_token``, checked by :func:`_form_csrf` (HTML forms cannot send headers).
        self.csrf = csrf

    def __repr__(self) -> str:
        return f"Policy({self.name})"

    def __call__(self, request: Request, db: SessionDep) -> Principal | None:
        if self.roles is None:
            return None
        settings = request.app.state.settings
        token = request.cookies.get(SESSION_COOKIE, "")
        row, user = find_session(
            db,
            token,
            request.app.state.secret_key,
            idle=dt.timedelta(minutes=settings.clinic_idle_minutes),
            max_age=dt.timedelta(hours=settings.clinic_session_hours),
        )
        principal = Principal(
            user.id, user.email, user.role, row.id, row.csrf_token, client_address(request)
        )
        if request.method in UNSAFE_METHODS and self.csrf == "header":
            sent = request.headers.get(CSRF_HEADER, "")
            if not hmac.compare_digest(sent.encode(), row.csrf_token.encode()):
                db.rollback()
                raise CSRFError("missing or wrong CSRF token (send it in the X-CSRF-Token header)")
        if user.role not in self.roles:
            db.rollback()
            route = request.scope.get("route")
            audit(db, principal.actor, "access", "route", getattr(route, "path", "?"), "denied")
            db.commit()
            raise PermissionDeniedError(f"a {user.role} account may not do this")
        db.commit()  # last_seen_at
        return principal


class _Public(Policy):
    """Anyone: nothing to check, so no database session and no worker thread (a sync
    dependency costs a thread-pool round trip per request; the chat's latency, issue
    15)."""

    async def __call__(self) -> None:  # type: ignore[override]
        return None


PUBLIC = _Public("public", None)
ANY_USER = Policy("any_user", frozenset({"clinician", "staff", "admin"}))
INBOX = Policy("inbox", frozenset({"clinician", "staff"}))
PATIENT_INDEX = Policy("patient_index", frozenset({"clinician", "staff"}))
CLINICAL = Policy("clinical", frozenset({"clinician"}))
ADMIN = Policy("admin", frozenset({"admin"}))

ADMIN_FORM = Policy("admin_form", frozenset({"admin"}), csrf="form")


async def _form_csrf(request: Request, user: Annotated[Principal, Depends(ADMIN_FORM)]):
    """The CSRF check of HTML form posts: the ``csrf_token`` field (or the header)."""
    if request.method in UNSAFE_METHODS:
        sent = request.headers.get(CSRF_HEADER, "")
        if not sent:
            try:
                form = await request.form(max_files=0, max_fields=20, max_part_size=4096)
            except Exception:
                form = {}
            value = form.get("csrf_token", "")
            sent = value if isinstance(value, str) else ""
        if not hmac.compare_digest(sent.encode(), user.csrf_token.encode()):
            raise CSRFError("missing or wrong CSRF token (reload the page and try again)")
    return user


CurrentUser = Annotated[Principal, Depends(ANY_USER)]
CurrentInboxUser = Annotated[Principal, Depends(INBOX)]
CurrentIndexUser = Annotated[Principal, Depends(PATIENT_INDEX)]
CurrentClinician = Annotated[Principal, Depends(CLINICAL)]
CurrentAdmin = Annotated[Principal, Depends(ADMIN)]
#: For admin HTML pages whose forms post ``csrf_token`` as a field.
CurrentAdminForm = Annotated[Principal, Depends(_form_csrf)]


def iter_routes(app: FastAPI) -> Iterator[Any]:
    """Every route the app serves, with included routers flattened.

    FastAPI >= 0.16x keeps included routers as nodes in ``app.routes``; its
    ``iter_route_contexts`` yields each effective route (prefix and the include's
    dependencies applied). Older FastAPI copies routes into ``app.routes`` directly.
    """
    try:
        from fastapi.routing import iter_route_contexts
    except ImportError:  # pragma: no cover - older FastAPI
        yield from app.routes
        return
    yield from iter_route_contexts(app.routes)


def route_policies(route: Any) -> list[Policy]:
    """The policies a route declares (searched through its whole dependency tree)."""
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return []
    found, stack = [], list(dependant.dependencies)
    while stack:
        dep = stack.pop()
        if isinstance(dep.call, Policy):
            found.append(dep.call)
        stack.extend(dep.dependencies)
    return found


def undeclared_routes(app: FastAPI) -> list[str]:
    """``"METHODS path"`` of every route without a policy (any non-API route counts too)."""
    out = []
    for route in iter_routes(app):
        if not route_policies(route):
            methods = ",".join(sorted(getattr(route, "methods", None) or ()))
            out.append(f"{methods} {getattr(route, 'path', route)!s}".strip())
    return out
