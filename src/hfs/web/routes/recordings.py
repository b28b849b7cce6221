"""A patient's electrodiagnostic recordings (EDF+/BDF+), analysed by :mod:`hfs.neurophys`.

===================================================  ========  ==========================
route                                                policy    does
===================================================  ========  ==========================
POST /api/patients/{id}/recordings                   CLINICAL  upload (multipart ``edf``)
GET  /api/patients/{id}/recordings                   CLINICAL  the patient's recordings
GET  /api/patients/{id}/recordings/{rid}             CLINICAL  status and summary
GET  /api/patients/{id}/recordings/{rid}/report      CLINICAL  the HTML report
===================================================  ========  ==========================

Upload: multipart/form-data with the file in field ``edf`` and optional fields
``recorded_on`` (YYYY-MM-DD) and ``kind`` (``diagnostic``, default, or ``intraop``);
send the session's CSRF token in ``X-CSRF-Token``. The body streams into a private
temporary file and is refused with 413 past ``HFS_RECORDING_MAX_BYTES``; the file is
checked by content (EDF/BDF header, MNE's header parse), whatever its name; a refused
file leaves no file and no row. Accepted files are kept under a random name in
``HFS_DATA_DIR/recordings`` and analysed by a background job. Answer 202
``{"id", "status", "status_url"}``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import secrets
from pathlib import Path as FsPath
from typing import Annotated, Any

from fastapi import APIRouter, Path, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, JSONResponse
from sqlalchemy import select

from hfs.errors import ConflictError, InputError, NotFoundError, RecordingError
from hfs.storage import clinic_store as store
from hfs.storage.accounts import utcnow
from hfs.storage.models import RECORDING_KINDS, Patient, RecordingRow
from hfs.storage.private import private_dir
from hfs.web.analyses import submit_recording
from hfs.web.deps import SettingsDep
from hfs.web.policy import CurrentClinician, Principal, SessionDep
from hfs.web.report_frame import download_name, with_patient
from hfs.web.routes.patients import load_patient
from hfs.web.routes.uploads import _receive_to, new_temp_file, upload_gate

router = APIRouter(prefix="/api/patients", tags=["recordings"])

FIELD = "edf"
RecordingId = Annotated[int, Path(ge=1, le=2**31 - 1)]
#: The saved report is self-contained: inline styles and data: images, no script.
REPORT_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; frame-ancestors 'none'"
NOTE = "These are measurements by software for a clinician; they are not a diagnosis."


def _load_recording(db, user: Principal, patient_id: str, rid: int, action: str) -> RecordingRow:
    p = load_patient(db, user, patient_id, action)
    row = db.get(RecordingRow, rid)
    if row is None or row.patient_id != p.id:  # another patient's recording: the same 404
        store.audit(db, user.actor, action, "recording", rid, "error")
        db.commit()
        raise NotFoundError("no such recording for this patient")
    return row


def _field(rec, name: str) -> str:
    value = rec.fields.get(name, b"")
    try:
        text = value.decode("utf-8").strip()
    except UnicodeDecodeError:
        raise InputError(f"the field {name!r} is not text") from None
    if len(text) > 32:
        raise InputError(f"the field {name!r} is too long")
    return text


def _options(rec, patient: Patient) -> tuple[str, dt.date | None]:
    kind = _field(rec, "kind") or "diagnostic"
    if kind not in RECORDING_KINDS:
        raise InputError(f"kind must be one of {', '.join(RECORDING_KINDS)}; got {kind!r}")
    day = _field(rec, "recorded_on")
    recorded_on = None
    if day:
        try:
            recorded_on = dt.date.fromisoformat(day)
        except ValueError:
            raise InputError("recorded_on must be a date (YYYY-MM-DD)") from None
        store.check_event_date(patient, recorded_on, "recording date")
    unknown = set(rec.fields) - {"kind", "recorded_on"}
    if unknown:
        raise InputError(f"unknown form field {sorted(unknown)[0]!r}")
    return kind, recorded_on


def _check(path: FsPath) -> str:
    from hfs.neurophys.io import check_file

    try:
        return check_file(path)
    except RecordingError as exc:
        text = exc.message.replace(path.name, "the file")
        raise RecordingError(" ".join(text.split())) from None


def _patient_for_upload(sessions, user: Principal, patient_id: str) -> Patient:
    with sessions() as db:
        return load_patient(db, user, patient_id, "upload")


def _store_recording(sessions, user: Principal, row: RecordingRow) -> RecordingRow:
    with sessions() as db:
        db.add(row)
        db.flush()
        store.audit(db, user.actor, "upload", "recording", row.id)
        db.commit()
    return row


def _audit_refused(sessions, user: Principal) -> None:
    with sessions() as db:
        store.audit(db, user.actor, "upload", "recording", None, "error")
        db.commit()


@router.post("/{patient_id}/recordings", status_code=202)
async def upload_recording(
    patient_id: str,
    request: Request,
    user: CurrentClinician,
    settings: SettingsDep,
) -> JSONResponse:
    # As for patients' uploads: no database session is held while the body arrives;
    # each database step runs in a worker thread with its own short session.
    sessions = request.app.state.sessions
    patient = await run_in_threadpool(_patient_for_upload, sessions, user, patient_id)
    max_bytes = settings.recording_max_bytes
    stored: FsPath | None = None
    with upload_gate(request.app).slot(user.client):
        tmp = await run_in_threadpool(new_temp_file, settings)
        try:
            rec = await _receive_to(
                request,
                tmp,
                max_bytes,
                field=FIELD,
                what="recording",
                too_large=f"the recording is larger than {max_bytes / 2**20:.0f} MB",
            )
            kind, recorded_on = _options(rec, patient)
            fmt = await run_in_threadpool(_check, tmp)
            folder = await run_in_threadpool(private_dir, settings.recordings_dir)
            stored = folder / f"{secrets.token_hex(16)}.{fmt}"
            os.replace(tmp, stored)
            stored.chmod(0o600)
            row = RecordingRow(
                patient_id=patient.id,
                kind=kind,
                file_format=fmt,
                stored_path=str(stored),
                original_bytes=rec.video_bytes,
                uploaded_at=utcnow(),
                uploaded_by=user.user_id,
                recorded_on=recorded_on,
                status="queued",
            )
            row = await run_in_threadpool(_store_recording, sessions, user, row)
        except BaseException:
            tmp.unlink(missing_ok=True)  # first, before any await: also when cancelled
            if stored is not None:
                stored.unlink(missing_ok=True)
            with contextlib.suppress(Exception):
                await run_in_threadpool(_audit_refused, sessions, user)
            raise
        finally:
            tmp.unlink(missing_ok=True)
    submit_recording(request.app, row.id)
    return JSONResponse(
        {
            "id": row.id,
            "status": "queued",
            "status_url": f"/api/patients/{patient.id}/recordings/{row.id}",
        },
        status_code=202,
    )


def summary(analysis: dict) -> dict[str, Any]:
    """The figures a clinician reads first, from ``hfs.neuro.analysis/2``
    (``present`` null means "cannot tell", with its ``reason``)."""

    def pair(m: dict) -> dict:
        return {
            "stim_site": m["stim_site"],
            "channel": m["channel"],
            "muscle": m["muscle"],
            "present": m["present"],
            "reason": m.get("reason"),
            "onset_latency_ms": m["onset_latency_ms"],
            "peak_to_peak_uv": m["peak_to_peak_uv"],
            "n_sweeps": m["n_sweeps"],
        }

    out: dict[str, Any] = {
        "mode": analysis.get("mode"),
        "sfreq": analysis.get("sfreq"),
        "duration_s": analysis.get("duration_s"),
        "mains_hz": analysis.get("mains_hz"),
        "ignored_channels": analysis.get("ignored_channels", []),
        "warnings": analysis.get("warnings", []),
        "lsr": [pair(m) for m in analysis.get("lsr", [])],
        "m_response": [pair(m) for m in analysis.get("m_response", [])],
        "baep": [
            {
                "channel": b["channel"],
                "present": b["present"],
                "reason": b.get("reason"),
                "n_sweeps": b["n_sweeps"],
                "waves": b["waves"],
                "intervals_ms": b["intervals_ms"],
            }
            for b in analysis.get("baep", [])
        ],
    }
    if analysis.get("mode") == "monitor":
        out["baseline_s"] = analysis.get("baseline_s")
        out["alerts"] = [
            {k: a.get(k) for k in ("time_s", "kind", "detail", "stim_site", "channel")}
            for a in analysis.get("alerts", [])
        ]
        out["lsr_summary"] = analysis.get("lsr_summary", [])
    return out


def _public(row: RecordingRow, patient_id: str) -> dict[str, Any]:
    base = f"/api/patients/{patient_id}/recordings/{row.id}"
    return {
        "id": row.id,
        "kind": row.kind,
        "format": row.file_format,
        "bytes": row.original_bytes,
        "uploaded_at": row.uploaded_at.isoformat(),
        "recorded_on": row.recorded_on.isoformat() if row.recorded_on else None,
        "status": row.status,
        "error": row.error,
        "status_url": base,
        "report_url": f"{base}/report" if row.status == "done" and row.report_path else None,
        "entered_in_error": None
        if row.entered_in_error_at is None
        else {"at": row.entered_in_error_at.isoformat(), "reason": row.entered_in_error_reason},
    }


def patient_recordings(db, user: Principal, p: Patient) -> list[dict[str, Any]]:
    """A patient's recordings, newest first (audited), each with its summary when done:
    for the API's list and the patient page."""
    rows = db.scalars(
        select(RecordingRow)
        .where(RecordingRow.patient_id == p.id)
        .order_by(RecordingRow.uploaded_at.desc(), RecordingRow.id.desc())
    ).all()
    store.audit(db, user.actor, "list", "patient_recordings", p.id)
    db.commit()
    return [
        {**_public(r, p.id), "summary": summary(r.analysis) if r.analysis else None} for r in rows
    ]


@router.get("/{patient_id}/recordings")
def list_recordings(patient_id: str, user: CurrentClinician, db: SessionDep) -> list[dict]:
    return patient_recordings(db, user, load_patient(db, user, patient_id, "list"))


@router.get("/{patient_id}/recordings/{recording_id}")
def recording_status(
    patient_id: str, recording_id: RecordingId, user: CurrentClinician, db: SessionDep
) -> dict:
    row = _load_recording(db, user, patient_id, recording_id, "read")
    store.audit(db, user.actor, "read", "recording", row.id)
    db.commit()
    out = _public(row, row.patient_id)
    out["summary"] = summary(row.analysis) if row.status == "done" and row.analysis else None
    out["note"] = NOTE
    return out


@router.get("/{patient_id}/recordings/{recording_id}/report", response_class=HTMLResponse)
def recording_report(
    patient_id: str,
    recording_id: RecordingId,
    user: CurrentClinician,
    settings: SettingsDep,
    db: SessionDep,
) -> HTMLResponse:
    row = _load_recording(db, user, patient_id, recording_id, "export")
    patient = db.get(Patient, row.patient_id)
    with store.audit_failure(db, user.actor, "export", "recording", row.id):
        if row.status != "done" or not row.report_path:
            raise ConflictError(f"there is no report yet (the analysis is {row.status})")
        path = FsPath(row.report_path).resolve()
        # Only ever a file the job saved under the data dir's reports folder.
        if path.parent != settings.reports_dir.resolve() or not path.is_file():
            raise NotFoundError("the report file is missing")
        html = path.read_text(encoding="utf-8")
    store.audit(db, user.actor, "export", "recording", row.id)
    db.commit()
    day = row.recorded_on or row.uploaded_at.date()
    what = "monitoring recording" if row.kind == "intraop" else "recording"
    name = download_name(patient, "recording-report", day, row.id)
    return HTMLResponse(
        with_patient(html, patient, what, day),
        headers={
            "Cache-Control": "no-store",
            "Content-Security-Policy": REPORT_CSP,
            "Content-Disposition": f'inline; filename="{name}"',
        },
    )
