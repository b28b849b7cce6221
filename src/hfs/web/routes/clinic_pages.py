"""The clinic's own pages (login needed): login, inbox, patients, patient, audit log.

====================================================  =============  ===========================
page                                                  policy         shows
====================================================  =============  ===========================
GET /login?next=                                      PUBLIC         login form
GET /inbox?status=                                    INBOX          contact requests, feedback
GET /patients?q=&offset=                              PATIENT_INDEX  list, search, add patient
GET /patients/{id}                                    CLINICAL       records, timeline plot, forms
GET /patients/{id}/videos/{video_id}                  CLINICAL       one video's analysis
GET /patients/{id}/videos/{video_id}/report           CLINICAL       its full saved HTML report
GET /admin/audit?before_id=                           ADMIN          the audit log, paged
====================================================  =============  ===========================

Server-rendered Jinja2 pages (``clinic_base.html``) that read through the same
functions as the JSON API (``routes.patients``, ``routes.inbox``, ``routes.audit``),
so they audit the same way. Their forms are sent by ``static/clinic.js`` to the JSON
API with the session's CSRF token (from ``<meta name="csrf-token">``) in
``X-CSRF-Token``; the API checks and writes, and the page shows its one-line
``detail`` when it refuses. Errors on these pages come back as HTML (``app.py``): no
login or an ended session redirects to ``/login``; a refused role is a 403 page.
"""

from __future__ import annotations

import base64
import datetime as dt
from functools import lru_cache
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import HTMLResponse
from sqlalchemy import select

from hfs.clinic.scales import (
    HFS7_ITEMS,
    JRS_FREQUENCY_ANCHORS,
    JRS_SEVERITY_ANCHORS,
    SMC_GRADES,
)
from hfs.errors import AuthError, NotFoundError
from hfs.jobs.video import report_path
from hfs.reports.timeline import render_events, render_timeline
from hfs.storage import clinic_store as store
from hfs.storage.accounts import find_session
from hfs.storage.models import CONTACT_FLOW, Video
from hfs.web.policy import (
    PUBLIC,
    SESSION_COOKIE,
    CurrentAdmin,
    CurrentClinician,
    CurrentInboxUser,
    CurrentIndexUser,
    Principal,
    SessionDep,
)
from hfs.web.routes import audit as audit_api
from hfs.web.routes import inbox as inbox_api
from hfs.web.routes import patients as patients_api
from hfs.web.routes import recordings as recordings_api
from hfs.web.routes.pages import CSP, _env
from hfs.web.routes.recordings import REPORT_CSP
from hfs.web.schemas import Line
from hfs.web.security import client_address

router = APIRouter(tags=["clinic pages"])

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
PAGE_SIZE = 50
MAX_ID = 2**31 - 1
STATUS_LABELS = {
    "new": "New",
    "contacted": "Contacted",
    "scheduled": "Scheduled",
    "closed": "Closed",
}
LSR_LABELS = {
    "disappeared": "disappeared",
    "persisted": "persisted",
    "not_monitored": "not monitored",
}


def render_page(
    name: str, user: Principal | None, active: str = "", *, http_status: int = 200, **context
) -> HTMLResponse:
    """A clinic page: nav for the user's role, CSP, never cached."""
    nav = [(h, label, key) for h, label, key, roles in NAV if user and user.role in roles]
    html = (
        _env()
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


def page_user(request: Request) -> Principal | None:
    """The logged-in user of a request, or None, for pages shown outside a policy
    (the error pages). Like the policies it ends an expired session; it does not
    touch a live one's idle clock."""
    settings = request.app.state.settings
    with request.app.state.sessions() as db:
        try:
            row, user = find_session(
                db,
                request.cookies.get(SESSION_COOKIE, ""),
                request.app.state.secret_key,
                idle=dt.timedelta(minutes=settings.clinic_idle_minutes),
                max_age=dt.timedelta(hours=settings.clinic_session_hours),
            )
        except AuthError:
            return None
        principal = Principal(
            user.id, user.email, user.role, row.id, row.csrf_token, client_address(request)
        )
        db.rollback()
        return principal


def finding(analysis: dict | None) -> str:
    """One sentence for the clinic team on what a video analysis found (not a diagnosis)."""
    if not analysis:
        return ""
    s = analysis.get("summary") or {}
    dur = (analysis.get("video") or {}).get("duration_s")
    within = f" in {dur:.0f} s of video" if isinstance(dur, int | float) else ""
    side = s.get("affected_side", "none")
    if side is None:
        return f"Cannot tell{within}: {s.get('cannot_tell') or 'not measurable'}."
    if side == "none":
        return f"No one-sided spasm found{within}."
    n = s.get("n_spasms", 0)
    return f"{n} one-sided spasm{'s' if n != 1 else ''} on the {side} side{within}."


def safe_next(value: str | None) -> str:
    """A local path to go to after login, or "" (no open redirect to another site)."""
    if not value or not value.startswith("/") or value.startswith("//") or "\\" in value:
        return ""
    if any(ord(ch) < 33 for ch in value) or len(value) > 300:
        return ""
    if value.startswith(("/login", "/api/", "/static/")):  # pages only, and not this one
        return ""
    return value


@router.get("/login", response_class=HTMLResponse, dependencies=[Depends(PUBLIC)])
def login_page(
    request: Request,
    next_page: Annotated[str, Query(alias="next", max_length=300)] = "",
    ended: Annotated[int, Query(ge=0, le=1)] = 0,
) -> HTMLResponse:
    message = ""
    if ended and request.cookies.get(SESSION_COOKIE):
        message = "Your session has ended. Please log in again."
    return render_page("login.html", None, next=safe_next(next_page), message=message)


# --- inbox ------------------------------------------------------------------------


@router.get("/inbox", response_class=HTMLResponse)
def inbox_page(
    user: CurrentInboxUser,
    db: SessionDep,
    status: inbox_api.Status | None = Query(default=None),
) -> HTMLResponse:
    requests = inbox_api.list_contact_requests(user, db, status)
    feedback = inbox_api.list_feedback(user, db)
    ids = [r.id for r in requests]
    videos: dict[int, dict] = {}
    if ids:
        for v in db.scalars(select(Video).where(Video.contact_request_id.in_(ids))):
            videos[v.contact_request_id] = {
                "status": v.status,
                "token": v.token,
                "attached": v.patient_id is not None,
                "finding": finding(v.analysis) if v.status == "done" and v.analysis else "",
                "figures": (v.analysis or {}).get("summary") or {},
            }
    return render_page(
        "inbox.html",
        user,
        "inbox",
        requests=requests,
        feedback=feedback,
        videos=videos,
        status=status,
        statuses=STATUS_LABELS,
        flow=CONTACT_FLOW,
    )


# --- patients ---------------------------------------------------------------------


@router.get("/patients", response_class=HTMLResponse)
def patients_page(
    user: CurrentIndexUser,
    db: SessionDep,
    q: Annotated[Line, Query(max_length=100)] = "",
    offset: int = Query(default=0, ge=0, le=1_000_000),
) -> HTMLResponse:
    rows = patients_api.list_patients(user, db, q=q, limit=PAGE_SIZE + 1, offset=offset)
    more = len(rows) > PAGE_SIZE
    return render_page(
        "patients.html",
        user,
        "patients",
        patients=rows[:PAGE_SIZE],
        q=q,
        offset=offset,
        next_offset=offset + PAGE_SIZE if more else None,
        prev_offset=max(0, offset - PAGE_SIZE) if offset else None,
        can_open=user.role == "clinician",
        today=dt.date.today().isoformat(),
    )


def _video_id(record_id: str) -> int:
    return int(record_id.removeprefix("video-"))


def _svg_uri(svg: str) -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")


def _timeline(r: store.PatientRecords) -> dict | None:
    """The timeline plot for desktop and for phone widths, and its description."""
    return _timeline_of(
        tuple(r.videos),
        tuple(r.injections),
        tuple(r.medications),
        tuple(r.surgeries),
        dt.date.today(),
    )


@lru_cache(maxsize=32)
def _timeline_of(videos, injections, medications, surgeries, today) -> dict | None:
    # Drawing takes ~0.2 s a plot; the records are frozen (hashable), so a page seen
    # again unchanged on the same day reuses its plots.
    wide = render_timeline(videos, injections, medications, surgeries, today=today)
    if wide is None:
        return None
    narrow = render_timeline(videos, injections, medications, surgeries, today=today, narrow=True)
    return {
        "wide": _svg_uri(wide.svg),
        "narrow": _svg_uri(narrow.svg),
        "description": wide.description,
    }


@router.get("/patients/{patient_id}", response_class=HTMLResponse)
def patient_page(
    user: CurrentClinician,
    db: SessionDep,
    patient_id: str = Path(max_length=64),
) -> HTMLResponse:
    p, r, pending = patients_api.read_patient(db, user, patient_id)
    return render_page(
        "patient.html",
        user,
        "patients",
        p=p,
        r=r,
        recordings=recordings_api.patient_recordings(db, user, p),
        videos=[(_video_id(v.record_id), v) for v in reversed(r.videos)],
        pending=pending,
        plot=_timeline(r),
        counts={
            "injections": len(r.injections),
            "medications": len(r.medications),
            "surgeries": len(r.surgeries),
            "videos": len(r.videos),
        },
        lsr=LSR_LABELS,
        jrs_severity=JRS_SEVERITY_ANCHORS,
        jrs_frequency=JRS_FREQUENCY_ANCHORS,
        smc=SMC_GRADES,
        hfs7_items=HFS7_ITEMS,
        today=dt.date.today().isoformat(),
    )


def _patient_video(db, user: Principal, patient_id: str, video_id: int, action: str):
    """(patient, video) when the video is this patient's; else 404 with an audit line
    (another patient's video is as unknown here as one that does not exist)."""
    p = patients_api.load_patient(db, user, patient_id, "read")
    v = db.get(Video, video_id)
    ok = v is not None and v.patient_id == p.id
    store.audit(db, user.actor, action, "video", v.id if ok else video_id, "ok" if ok else "error")
    db.commit()
    if not ok:
        raise NotFoundError("no such video for this patient")
    return p, v


@router.get("/patients/{patient_id}/videos/{video_id}", response_class=HTMLResponse)
def video_page(
    user: CurrentClinician,
    db: SessionDep,
    request: Request,
    patient_id: str = Path(max_length=64),
    video_id: int = Path(ge=1, le=MAX_ID),
) -> HTMLResponse:
    p, v = _patient_video(db, user, patient_id, video_id, "read")
    a = v.analysis if v.status == "done" and v.analysis else None
    settings = request.app.state.settings
    has_report = a is not None and report_path(settings.reports_dir, v.stored_path).is_file()
    measure = store.video_measurement(v) if a and store.can_tell(a) else None
    strip = (render_events(a), render_events(a, narrow=True)) if a else (None, None)
    return render_page(
        "video.html",
        user,
        "patients",
        p=p,
        v=v,
        a=a,
        m=measure,
        finding=finding(a),
        strip={"wide": _svg_uri(strip[0]), "narrow": _svg_uri(strip[1])} if strip[0] else None,
        warnings=list(((a or {}).get("quality") or {}).get("warnings") or []),
        events=[e for e in (a or {}).get("events", []) if e.get("kind") == "spasm"],
        n_blinks=sum(1 for e in (a or {}).get("events", []) if e.get("kind") == "blink"),
        has_report=has_report,
    )


@router.get("/patients/{patient_id}/videos/{video_id}/report", response_class=HTMLResponse)
def video_report(
    user: CurrentClinician,
    db: SessionDep,
    request: Request,
    patient_id: str = Path(max_length=64),
    video_id: int = Path(ge=1, le=MAX_ID),
) -> HTMLResponse:
    """The full report saved at analysis time (traces, events, the strongest-spasm
    frame), for this patient's own video only; audited as an export."""
    _, v = _patient_video(db, user, patient_id, video_id, "export")
    path = report_path(request.app.state.settings.reports_dir, v.stored_path)
    if not path.is_file():
        raise NotFoundError("no saved report for this video")
    return HTMLResponse(
        path.read_text(encoding="utf-8"),
        headers={"Cache-Control": "no-store", "Content-Security-Policy": REPORT_CSP},
    )


# --- admin ------------------------------------------------------------------------


@router.get("/admin/audit", response_class=HTMLResponse)
def audit_page(
    user: CurrentAdmin,
    db: SessionDep,
    before_id: int | None = Query(default=None, ge=1, le=2**62),
) -> HTMLResponse:
    rows = audit_api.audit_log(user, db, before_id=before_id, limit=PAGE_SIZE + 1)
    more = len(rows) > PAGE_SIZE
    rows = rows[:PAGE_SIZE]
    return render_page(
        "audit.html",
        user,
        "audit",
        rows=rows,
        before_id=before_id,
        older=rows[-1].id if more and rows else None,
    )
