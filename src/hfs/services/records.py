"""A patient and their clinical records: read, search, create, add, attach, export.

Every function takes a database session, the acting :class:`~hfs.storage.clinic_store.Actor`
and plain values, audits what it does (a refusal too, with the outcome ``error``) and
commits. The JSON API (``hfs.web.routes.patients``), the clinic pages and the CLI call
these, so they audit alike.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from hfs.errors import NotFoundError
from hfs.storage import clinic_store as store
from hfs.storage.clinic_store import Actor, PatientRecords
from hfs.storage.models import Patient, Video


def load_patient(db: Session, actor: Actor, patient_id: str, action: str) -> Patient:
    """The patient, or NotFoundError with an audit line (outcome ``error``)."""
    try:
        return store.get_patient(db, patient_id)
    except NotFoundError:
        store.audit(db, actor, action, "patient", patient_id[:64], "error")
        db.commit()
        raise


def list_patients(db: Session, actor: Actor, q: str, *, limit: int, offset: int) -> list[Patient]:
    rows = store.search_patients(db, q, limit=limit, offset=offset)
    store.audit(db, actor, "search" if q else "list", "patient", None)
    db.commit()
    return rows


def create_patient(db: Session, actor: Actor, fields: dict) -> Patient:
    with store.audit_failure(db, actor, "create", "patient"):
        p = store.create_patient(db, **fields)
    store.audit(db, actor, "create", "patient", p.id)
    db.commit()
    return p


def read_patient(
    db: Session, actor: Actor, patient_id: str
) -> tuple[Patient, PatientRecords, list[Video]]:
    """A patient, their records (those entered in error too: ``r.active()`` leaves them
    out) and their videos not (yet) analysed; the read is audited.

    Shared by ``GET /api/patients/{id}`` and the clinician's patient page.
    """
    p = load_patient(db, actor, patient_id, "read")
    r = store.patient_records(db, p, in_error=True)
    store.audit(db, actor, "read", "patient", p.id)
    db.commit()
    pending = list(
        db.scalars(
            select(Video).where(
                Video.patient_id == p.id,
                Video.status != "done",
                Video.entered_in_error_at.is_(None),
            )
        )
    )
    return p, r, pending


def add_record(db: Session, actor: Actor, kind: str, patient_id: str, values: dict) -> int:
    """Add a record of ``kind`` (a key of :data:`hfs.clinic.records.RECORD_KINDS`, also
    its audit object type) to the patient; its row id."""
    p = load_patient(db, actor, patient_id, "create")
    with store.audit_failure(db, actor, "create", kind):
        row = store.add_record(db, p, kind, values)
    store.audit(db, actor, "create", kind, row.id)
    db.commit()
    return row.id


def attach_video(
    db: Session, actor: Actor, patient_id: str, token: str, recorded_on: dt.date | None
) -> int:
    """Attach the uploaded video ``token`` to the patient (another patient's video is as
    unknown as one that does not exist); its id."""
    p = load_patient(db, actor, patient_id, "update")
    v = db.scalar(select(Video).where(Video.token == token))
    if v is None or (v.patient_id is not None and v.patient_id != p.id):
        store.audit(db, actor, "update", "video", None, "error")
        db.commit()
        raise NotFoundError("no such uploaded video")
    v.patient_id = p.id
    if recorded_on is not None:
        store.check_event_date(p, recorded_on, "video date")
        v.recorded_on = recorded_on
    store.audit(db, actor, "update", "video", v.id)
    db.commit()
    return v.id


def export_fhir(
    db: Session, actor: Actor, patient_id: str, *, deliver: Callable[[dict], None] | None = None
) -> tuple[Patient, dict]:
    """The patient and their FHIR R4B Bundle (audited as an export; ``deliver(bundle)``,
    such as writing the file, is part of the export: when it fails, so does the export)."""
    p = load_patient(db, actor, patient_id, "export")
    with store.audit_failure(db, actor, "export", "patient", p.id):
        bundle = store.fhir_bundle(db, p, timestamp=dt.datetime.now(dt.UTC))
        if deliver is not None:
            deliver(bundle)
    store.audit(db, actor, "export", "patient", p.id)
    db.commit()
    return p, bundle


def patient_video(
    db: Session, actor: Actor, patient_id: str, video_id: int, action: str
) -> tuple[Patient, Video]:
    """(patient, video) when the video is this patient's; else 404 with an audit line
    (another patient's video is as unknown here as one that does not exist)."""
    p = load_patient(db, actor, patient_id, "read")
    v = db.get(Video, video_id)
    ok = v is not None and v.patient_id == p.id
    store.audit(db, actor, action, "video", v.id if ok else video_id, "ok" if ok else "error")
    db.commit()
    if not ok:
        raise NotFoundError("no such video for this patient")
    return p, v


def video_report_file(reports_dir: Path, video: Video) -> Path:
    """Where the analysis job saved this video's full HTML report (it may not exist)."""
    from hfs.jobs.video import report_path

    return report_path(reports_dir, video.stored_path)
