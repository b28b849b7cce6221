"""Reading the audit log (admins): newest first, filtered; the reading is audited too."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from hfs.storage import clinic_store as store
from hfs.storage.clinic_store import Actor
from hfs.storage.models import AuditEntry, Patient


def read_audit_log(
    db: Session,
    actor: Actor,
    *,
    before_id: int | None = None,
    limit: int = 100,
    by: str | None = None,
    patient: str | None = None,
    action: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> list[AuditEntry]:
    """Lines by the actor ``by`` (an e-mail or a system actor), about ``patient`` (a
    patient id or MRN), of ``action``, between the days ``since`` and ``until``."""
    patient_id = None
    if patient and patient.strip():
        # An MRN names the patient for an admin, who cannot open records to find ids.
        patient_id = patient.strip()
        by_mrn = db.scalar(select(Patient.id).where(Patient.mrn == patient_id))
        patient_id = by_mrn or patient_id
    rows = store.audit_entries(
        db,
        limit=limit,
        before_id=before_id,
        actor=by,
        patient_id=patient_id,
        action=action,
        since=since,
        until=until,
    )
    store.audit(db, actor, "read", "audit_log", None)
    db.commit()
    return rows
