"""Corrections: a record marked entered in error (kept, listed, left out of figures)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from hfs.services.records import load_patient
from hfs.storage import clinic_store as store
from hfs.storage.clinic_store import Actor


def mark_entered_in_error(
    db: Session, actor: Actor, user_id: int, patient_id: str, record: str, reason: str
) -> list[str]:
    """Mark one of the patient's records (``injection-3``, ``video-7``, ``recording-2``
    ...) entered in error, with the reason. Nothing is deleted; every row marked (a
    recording's derived LSR rows too) gets an audit line ``entered_in_error``. The
    record ids marked."""
    p = load_patient(db, actor, patient_id, "update")
    kind, _, num = record.partition("-")
    object_type = kind if kind in store.CORRECTABLE else "record"
    with store.audit_failure(db, actor, "entered_in_error", object_type, num):
        marked = store.mark_entered_in_error(db, p, record, reason, user_id)
    for k, i in marked:
        store.audit(db, actor, "entered_in_error", k, i)
    db.commit()
    return [f"{k}-{i}" for k, i in marked]
