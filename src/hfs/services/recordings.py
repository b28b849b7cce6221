"""A patient's electrodiagnostic recordings (EDF+/BDF+): stored, listed, reported.

The web shell streams the upload into a private temporary file; these functions check
it by content, keep it under a random name, write its row and audit line, and read
recordings back (each read audited). The analysis is queued by the caller
(:mod:`hfs.services.analyses`).
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from hfs.errors import ConflictError, InputError, NotFoundError, RecordingError
from hfs.services.records import load_patient
from hfs.storage import clinic_store as store
from hfs.storage.accounts import utcnow
from hfs.storage.clinic_store import Actor
from hfs.storage.models import RECORDING_KINDS, Patient, RecordingRow
from hfs.storage.private import private_dir

NOTE = "These are measurements by software for a clinician; they are not a diagnosis."


def load_recording(
    db: Session, actor: Actor, patient_id: str, rid: int, action: str
) -> RecordingRow:
    p = load_patient(db, actor, patient_id, action)
    row = db.get(RecordingRow, rid)
    if row is None or row.patient_id != p.id:  # another patient's recording: the same 404
        store.audit(db, actor, action, "recording", rid, "error")
        db.commit()
        raise NotFoundError("no such recording for this patient")
    return row


def _field(fields: dict[str, bytes], name: str) -> str:
    value = fields.get(name, b"")
    try:
        text = value.decode("utf-8").strip()
    except UnicodeDecodeError:
        raise InputError(f"the field {name!r} is not text") from None
    if len(text) > 32:
        raise InputError(f"the field {name!r} is too long")
    return text


def upload_options(fields: dict[str, bytes], patient: Patient) -> tuple[str, dt.date | None]:
    """The upload form's ``kind`` and ``recorded_on``, checked (unknown fields refused)."""
    kind = _field(fields, "kind") or "diagnostic"
    if kind not in RECORDING_KINDS:
        raise InputError(f"kind must be one of {', '.join(RECORDING_KINDS)}; got {kind!r}")
    day = _field(fields, "recorded_on")
    recorded_on = None
    if day:
        try:
            recorded_on = dt.date.fromisoformat(day)
        except ValueError:
            raise InputError("recorded_on must be a date (YYYY-MM-DD)") from None
        store.check_event_date(patient, recorded_on, "recording date")
    unknown = set(fields) - {"kind", "recorded_on"}
    if unknown:
        raise InputError(f"unknown form field {sorted(unknown)[0]!r}")
    return kind, recorded_on


def check_recording(path: Path) -> str:
    """The file's format (``edf`` / ``bdf``) by content, or a one-line RecordingError
    that does not name the temporary file."""
    from hfs.neurophys.io import check_file

    try:
        return check_file(path)
    except RecordingError as exc:
        text = exc.message.replace(path.name, "the file")
        raise RecordingError(" ".join(text.split())) from None


def patient_for_upload(sessions: sessionmaker[Session], actor: Actor, patient_id: str) -> Patient:
    with sessions() as db:
        return load_patient(db, actor, patient_id, "upload")


def stored_path(recordings_dir: Path, fmt: str) -> Path:
    """A new random name in the (private) recordings folder."""
    return private_dir(recordings_dir) / f"{secrets.token_hex(16)}.{fmt}"


def keep_file(tmp: Path, stored: Path) -> None:
    """Move the checked temporary file to its stored name (owner-only)."""
    os.replace(tmp, stored)
    stored.chmod(0o600)


def store_recording(
    sessions: sessionmaker[Session],
    actor: Actor,
    *,
    patient_id: str,
    user_id: int,
    kind: str,
    fmt: str,
    stored: Path,
    original_bytes: int,
    recorded_on: dt.date | None,
) -> RecordingRow:
    """The recording's row (queued for analysis) and its audit line; committed."""
    row = RecordingRow(
        patient_id=patient_id,
        kind=kind,
        file_format=fmt,
        stored_path=str(stored),
        original_bytes=original_bytes,
        uploaded_at=utcnow(),
        uploaded_by=user_id,
        recorded_on=recorded_on,
        status="queued",
    )
    with sessions() as db:
        db.add(row)
        db.flush()
        store.audit(db, actor, "upload", "recording", row.id)
        db.commit()
    return row


def audit_refused(sessions: sessionmaker[Session], actor: Actor) -> None:
    with sessions() as db:
        store.audit(db, actor, "upload", "recording", None, "error")
        db.commit()


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


def public(row: RecordingRow, patient_id: str) -> dict[str, Any]:
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


def patient_recordings(db: Session, actor: Actor, p: Patient) -> list[dict[str, Any]]:
    """A patient's recordings, newest first (audited), each with its summary when done:
    for the API's list and the patient page."""
    rows = db.scalars(
        select(RecordingRow)
        .where(RecordingRow.patient_id == p.id)
        .order_by(RecordingRow.uploaded_at.desc(), RecordingRow.id.desc())
    ).all()
    store.audit(db, actor, "list", "patient_recordings", p.id)
    db.commit()
    return [
        {**public(r, p.id), "summary": summary(r.analysis) if r.analysis else None} for r in rows
    ]


def list_recordings(db: Session, actor: Actor, patient_id: str) -> list[dict[str, Any]]:
    return patient_recordings(db, actor, load_patient(db, actor, patient_id, "list"))


def recording_status(db: Session, actor: Actor, patient_id: str, rid: int) -> dict[str, Any]:
    row = load_recording(db, actor, patient_id, rid, "read")
    store.audit(db, actor, "read", "recording", row.id)
    db.commit()
    out = public(row, row.patient_id)
    out["summary"] = summary(row.analysis) if row.status == "done" and row.analysis else None
    out["note"] = NOTE
    return out


def recording_report(
    db: Session, actor: Actor, patient_id: str, rid: int, reports_dir: Path
) -> tuple[Patient, RecordingRow, str]:
    """(patient, recording, the saved HTML report's text); audited as an export."""
    row = load_recording(db, actor, patient_id, rid, "export")
    patient = db.get(Patient, row.patient_id)
    with store.audit_failure(db, actor, "export", "recording", row.id):
        if row.status != "done" or not row.report_path:
            raise ConflictError(f"there is no report yet (the analysis is {row.status})")
        path = Path(row.report_path).resolve()
        # Only ever a file the job saved under the data dir's reports folder.
        if path.parent != reports_dir.resolve() or not path.is_file():
            raise NotFoundError("the report file is missing")
        html = path.read_text(encoding="utf-8")
    store.audit(db, actor, "export", "recording", row.id)
    db.commit()
    return patient, row, html
