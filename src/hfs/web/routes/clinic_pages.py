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
GET /patients/{id}/documents/{doc_id}                 CLINICAL       an MVD's case report
GET /admin/audit?before_id=                           ADMIN          the audit log, paged
====================================================  =============  ===========================

Server-rendered Jinja2 pages (``clinic_base.html``) that read through the same
service functions as the JSON API (:mod:`hfs.services.records`, ``.inbox``,
``.recordings``, ``.audit_log``), so they audit the same way. Their forms are sent by ``static/clinic.js`` to the JSON
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
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import HTMLResponse

from hfs.clinic.scales import (
    HFS7_ITEMS,
    JRS_FREQUENCY_ANCHORS,
    JRS_SEVERITY_ANCHORS,
    SMC_GRADES,
)
from hfs.errors import InputError, NotFoundError
from hfs.reports.timeline import render_events, render_timeline
from hfs.services import case_documents, inbox, records
from hfs.services import recordings as recording_service
from hfs.services.audit_log import read_audit_log
from hfs.storage import clinic_store as store
from hfs.storage.models import CONTACT_FLOW
from hfs.web.policy import (
    PUBLIC,
    SESSION_COOKIE,
    CurrentAdmin,
    CurrentClinician,
    CurrentInboxUser,
    CurrentIndexUser,
    SessionDep,
)
from hfs.web.report_frame import download_name, with_patient
from hfs.web.schemas import Line
from hfs.web.templating import page_user, render_page, report_response

__all__ = ["page_user", "render_page", "router"]

router = APIRouter(tags=["clinic pages"])

PAGE_SIZE = 50
#: Contact requests per inbox page (each is a card with its video and buttons).
INBOX_PAGE_SIZE = 20
SOURCE_LABELS = {"chat": "the assistant", "form": "the contact form", "video": "Check my twitch"}
#: The audit log's actions, for its filter.
AUDIT_ACTIONS = (
    "login",
    "logout",
    "list",
    "search",
    "read",
    "create",
    "update",
    "export",
    "upload",
    "analyze",
    "access",
    "purge",
    "entered_in_error",
    "reset_password",
)
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
    request: Request,
    status: inbox.Status | None = Query(default=None),
    source: Annotated[str, Query(max_length=10)] = "",
    since: Annotated[str, Query(max_length=10)] = "",
    until: Annotated[str, Query(max_length=10)] = "",
    before_id: int | None = Query(default=None, ge=1, le=MAX_ID),
) -> HTMLResponse:
    # A plain GET form sends empty fields for "any": taken as no filter here.
    if source and source not in SOURCE_LABELS:
        raise InputError(f"source must be one of {', '.join(SOURCE_LABELS)}")
    source = source or None
    since, until = _day("since", since), _day("until", until)
    requests = inbox.list_contact_requests(
        db,
        user.actor,
        status,
        source=source,
        since=since,
        until=until,
        before_id=before_id,
        limit=INBOX_PAGE_SIZE + 1,
    )
    more = len(requests) > INBOX_PAGE_SIZE
    requests = requests[:INBOX_PAGE_SIZE]
    # Only the first page shows the feedback list (it has its own short limit).
    feedback = inbox.list_feedback(db, user.actor) if before_id is None else []
    filters = {
        k: v
        for k, v in {"status": status, "source": source, "since": since, "until": until}.items()
        if v is not None
    }
    videos = {
        request_id: {
            "status": v.status,
            "token": v.token,
            "attached": v.patient_id is not None,
            "finding": finding(v.analysis) if v.status == "done" and v.analysis else "",
            "figures": (v.analysis or {}).get("summary") or {},
        }
        for request_id, v in inbox.videos_of_requests(db, [r.id for r in requests]).items()
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
        filters=filters,
        sources=SOURCE_LABELS,
        before_id=before_id,
        older=urlencode({**filters, "before_id": requests[-1].id}) if more else None,
        newest=urlencode(filters),
        notify_problem=_notify_problem(request, db),
    )


def _notify_problem(request: Request, db) -> str | None:
    """The line saying e-mail notices to the clinic are not going out (hfs.notify)."""
    from hfs.notify import admin_notice

    return admin_notice(db, request.app.state.settings.notify_configured)


# --- patients ---------------------------------------------------------------------


@router.get("/patients", response_class=HTMLResponse)
def patients_page(
    user: CurrentIndexUser,
    db: SessionDep,
    q: Annotated[Line, Query(max_length=100)] = "",
    offset: int = Query(default=0, ge=0, le=1_000_000),
) -> HTMLResponse:
    rows = records.list_patients(db, user.actor, q, limit=PAGE_SIZE + 1, offset=offset)
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


def _day(name: str, value: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{name} must be a date (YYYY-MM-DD)") from None


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


def _label(record) -> str:
    """A record in words, for the correction form's choices and the struck-through list."""
    kind = record.record_id.split("-")[0]
    if kind == "video":
        return f"Video {record.measured_on}: {record.spasms_per_min:.1f} spasms/min"
    if kind == "injection":
        return f"Injection {record.given_on}: {record.product} {record.total_units:g} U"
    if kind == "medication":
        return f"Medication {record.name} {record.dose} from {record.start_date}"
    if kind == "mvd":
        return f"MVD {record.performed_on} ({record.side})"
    if kind == "scale":
        return f"Scales {record.scored_on}"
    if kind == "neurophys":
        state = "present" if record.lsr_present else "absent"
        return f"LSR measurement {record.measured_on}: {state} ({record.side})"
    return record.record_id


def _recording_label(rec: dict) -> str:
    kind = "during surgery" if rec["kind"] == "intraop" else "diagnostic"
    return f"Recording {rec['recorded_on'] or rec['uploaded_at'][:10]} ({kind})"


@router.get("/patients/{patient_id}", response_class=HTMLResponse)
def patient_page(
    user: CurrentClinician,
    db: SessionDep,
    patient_id: str = Path(max_length=64),
    show_errors: bool = Query(default=False),
) -> HTMLResponse:
    p, everything, pending = records.read_patient(db, user.actor, patient_id)
    r = everything.active()
    all_recordings = recording_service.patient_recordings(db, user.actor, p)
    recordings = [x for x in all_recordings if not x["entered_in_error"]]
    # What a clinician may mark entered in error, newest first within each kind.
    choices = [
        (rec.record_id, _label(rec))
        for items in (r.videos, r.injections, r.medications, r.surgeries, r.scales, r.neurophys)
        for rec in reversed(items)
    ] + [(f"recording-{x['id']}", _recording_label(x)) for x in recordings]
    in_error = [
        {"record_id": rid, "label": _label(rec), "mark": everything.in_error[rid]}
        for items in (
            everything.videos,
            everything.injections,
            everything.medications,
            everything.surgeries,
            everything.scales,
            everything.neurophys,
        )
        for rec in items
        if (rid := rec.record_id) in everything.in_error
    ] + [
        {
            "record_id": f"recording-{x['id']}",
            "label": _recording_label(x),
            "mark": x["entered_in_error"],
        }
        for x in all_recordings
        if x["entered_in_error"]
    ]
    documents = case_documents.mvd_documents(db, p)
    return render_page(
        "patient.html",
        user,
        "patients",
        p=p,
        r=r,
        recordings=recordings,
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
        choices=choices,
        in_error=in_error,
        show_errors=show_errors,
        documents=documents,
    )


@router.get("/patients/{patient_id}/videos/{video_id}", response_class=HTMLResponse)
def video_page(
    user: CurrentClinician,
    db: SessionDep,
    request: Request,
    patient_id: str = Path(max_length=64),
    video_id: int = Path(ge=1, le=MAX_ID),
) -> HTMLResponse:
    p, v = records.patient_video(db, user.actor, patient_id, video_id, "read")
    a = v.analysis if v.status == "done" and v.analysis else None
    settings = request.app.state.settings
    has_report = a is not None and records.video_report_file(settings.reports_dir, v).is_file()
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
    p, v = records.patient_video(db, user.actor, patient_id, video_id, "export")
    path = records.video_report_file(request.app.state.settings.reports_dir, v)
    if not path.is_file():
        raise NotFoundError("no saved report for this video")
    day = v.recorded_on or v.uploaded_at.date()
    name = download_name(p, "video-report", day, v.id)
    return report_response(with_patient(path.read_text(encoding="utf-8"), p, "video", day), name)


@router.get("/patients/{patient_id}/documents/{doc_id}", response_class=HTMLResponse)
def mvd_document(
    user: CurrentClinician,
    db: SessionDep,
    request: Request,
    patient_id: str = Path(max_length=64),
    doc_id: int = Path(ge=1, le=MAX_ID),
) -> HTMLResponse:
    """An operating-room case report attached to this patient's MVD record
    (``hfs neuro case attach``); audited as an export, refused if its file changed."""
    p, d, html = case_documents.case_document(
        db, user.actor, patient_id, doc_id, request.app.state.settings.documents_dir
    )
    day = d.attached_at.date()
    name = download_name(p, "or-case-report", day, d.id)
    return report_response(with_patient(html, p, "operating-room case", day), name)


# --- admin ------------------------------------------------------------------------


@router.get("/admin/audit", response_class=HTMLResponse)
def audit_page(
    user: CurrentAdmin,
    db: SessionDep,
    request: Request,
    before_id: int | None = Query(default=None, ge=1, le=2**62),
    actor: Annotated[Line, Query(max_length=320)] = "",
    patient: Annotated[Line, Query(max_length=64)] = "",
    action: Annotated[str, Query(max_length=40, pattern=r"^[a-z_]*$")] = "",
    since: Annotated[str, Query(max_length=10)] = "",
    until: Annotated[str, Query(max_length=10)] = "",
) -> HTMLResponse:
    since, until = _day("since", since), _day("until", until)
    filters = {
        k: v
        for k, v in {
            "actor": actor.strip(),
            "patient": patient.strip(),
            "action": action,
            "since": since,
            "until": until,
        }.items()
        if v
    }
    rows = read_audit_log(
        db,
        user.actor,
        before_id=before_id,
        limit=PAGE_SIZE + 1,
        by=filters.get("actor"),
        patient=filters.get("patient"),
        action=filters.get("action"),
        since=since,
        until=until,
    )
    more = len(rows) > PAGE_SIZE
    rows = rows[:PAGE_SIZE]
    return render_page(
        "audit.html",
        user,
        "audit",
        rows=rows,
        before_id=before_id,
        older=urlencode({**filters, "before_id": rows[-1].id}) if more and rows else None,
        newest=urlencode(filters),
        filters=filters,
        actions=AUDIT_ACTIONS,
        notify_problem=_notify_problem(request, db),
    )
