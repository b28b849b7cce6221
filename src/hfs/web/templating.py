"""Jinja2 templates and the clinic pages' frame, shared by the page routers.

One template environment (``hfs/web/templates``), the pages' Content-Security-Policy,
and :func:`render_page` (a logged-in clinic page: nav for the role, CSP, never
cached). Route modules import these from here, never from one another.
"""

from __future__ import annotations

import datetime as dt

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment

from hfs.services.auth import session_user
from hfs.web import i18n
from hfs.web.policy import SESSION_COOKIE, Principal
from hfs.web.security import client_address

#: Pages load nothing from elsewhere and run no inline script.
CSP = (
    "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
#: A saved analysis report is self-contained: inline styles and data: images, no script.
REPORT_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; frame-ancestors 'none'"

#: Where each role lands after logging in.
START_PAGE = {"clinician": "/patients", "staff": "/inbox", "admin": "/admin/audit"}
#: The nav bar: (href, label, key, roles allowed).
NAV = (
    ("/inbox", "Inbox", "inbox", {"staff", "clinician"}),
    ("/patients", "Patients", "patients", {"staff", "clinician"}),
    ("/admin/users", "Accounts", "accounts", {"admin"}),
    ("/admin/audit", "Audit log", "audit", {"admin"}),
)
CLINIC_HEADERS = {"Cache-Control": "no-store", "Content-Security-Policy": CSP}


def env(lang: str = i18n.DEFAULT) -> Environment:
    """The template environment in ``lang`` (the clinic pages are English)."""
    return i18n.environment(lang)


def render_page(
    name: str, user: Principal | None, active: str = "", *, http_status: int = 200, **context
) -> HTMLResponse:
    """A clinic page: nav for the user's role, CSP, never cached."""
    nav = [(h, label, key) for h, label, key, roles in NAV if user and user.role in roles]
    html = (
        env()
        .get_template(name)
        .render(
            user=user,
            nav=nav,
            active=active,
            csrf=user.csrf_token if user else "",
            home=START_PAGE.get(user.role, "/login") if user else "/login",
            **context,
        )
    )
    return HTMLResponse(html, status_code=http_status, headers=CLINIC_HEADERS)


def report_response(html: str, name: str) -> HTMLResponse:
    """A saved report shown inline under its download name (never cached, no script)."""
    return HTMLResponse(
        html,
        headers={
            "Cache-Control": "no-store",
            "Content-Security-Policy": REPORT_CSP,
            "Content-Disposition": f'inline; filename="{name}"',
        },
    )


def page_user(request: Request):
    """The logged-in user of a request (a :class:`~hfs.web.policy.Principal`), or None,
    for pages shown outside a policy (the error pages). Like the policies it ends an
    expired session; it does not touch a live one's idle clock."""
    settings = request.app.state.settings
    found = session_user(
        request.app.state.sessions,
        request.cookies.get(SESSION_COOKIE, ""),
        request.app.state.secret_key,
        idle=dt.timedelta(minutes=settings.clinic_idle_minutes),
        max_age=dt.timedelta(hours=settings.clinic_session_hours),
    )
    if found is None:
        return None
    return Principal(
        found.user_id,
        found.email,
        found.role,
        found.session_id,
        found.csrf_token,
        client_address(request),
    )
