"""The operating-room case report attached to the patient's MVD record.

:func:`attach_case_report` reads a monitored case folder (``hfs neuro monitor
--case-dir``), fills the MVD record from it (:func:`hfs.clinic.case_link.mvd_from_case`;
an MVD of the same date and side already recorded is used, not doubled), renders the
case report and stores it privately under ``documents_dir`` (0600 in a 0700 folder,
a random name) with its SHA-256, then audits and commits. :func:`case_document` gives
the report back to a clinician, audited as an export, and refuses a file that is
missing or no longer has the stored SHA-256 (changed on disk) rather than show it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hfs.clinic.records import MVDSurgery
from hfs.errors import InputError, NotFoundError
from hfs.jobs.files import write_private
from hfs.storage import clinic_store as store
from hfs.storage.accounts import utcnow
from hfs.storage.clinic_store import Actor
from hfs.storage.models import MVDDocumentRow, MVDRow, Patient

KIND = "or_case_report"


def _patient_by_mrn(db: Session, actor: Actor, mrn: str) -> Patient:
    p = db.scalar(select(Patient).where(Patient.mrn == mrn))
    if p is None:
        store.audit(db, actor, "create", "mvd_document", None, "error")
        db.commit()
        raise NotFoundError(f"no patient with MRN {mrn!r}")
    return p


def attach_case_report(
    db: Session, actor: Actor, mrn: str, folder: str | Path, documents_dir: Path
) -> dict[str, Any]:
    """Attach the case in ``folder`` to patient ``mrn``'s MVD record; returns
    ``{patient_id, mvd_id, document_id, sha256, mvd_created}``. InputError (with the
    reason) when the case cannot fill the record (no side, an undecided final LSR)
    or names another patient (its ``--patient``) than ``mrn``."""
    from hfs.clinic.case_link import mvd_from_case
    from hfs.neurophys.case import case_summary
    from hfs.reports.case import render_case_report

    p = _patient_by_mrn(db, actor, mrn)
    summary = case_summary(folder)
    rec, why = mvd_from_case(summary, "new")
    named = summary.get("patient")
    if rec is not None and named and named != mrn:
        why = f"the case names patient {named!r}, not MRN {mrn!r}: not attached"
        rec = None
    if rec is None:
        store.audit(db, actor, "create", "mvd_document", None, "error")
        db.commit()
        raise InputError(f"{folder}: {why}")
    with store.audit_failure(db, actor, "create", "mvd_document"):
        day = rec.performed_on
        if isinstance(day, str):
            day = dt.date.fromisoformat(day)
        row = db.scalar(
            select(MVDRow).where(
                MVDRow.patient_id == p.id,
                MVDRow.performed_on == day,
                MVDRow.side == rec.side,
                MVDRow.entered_in_error_at.is_(None),
            )
        )
        created = row is None
        if created:
            row = store.add_record(
                db,
                p,
                MVDSurgery.KIND,
                {
                    "performed_on": day,
                    "side": rec.side,
                    "lsr_outcome": rec.lsr_outcome,
                    "baep_notes": rec.baep_notes,
                },
            )
            store.audit(db, actor, "create", "mvd", row.id)
        html = render_case_report(summary)
        data = html.encode("utf-8")
        digest = hashlib.sha256(data).hexdigest()
        path = write_private(Path(documents_dir), f"case-{secrets.token_hex(12)}.html", html)
        doc = MVDDocumentRow(
            patient_id=p.id,
            mvd_id=row.id,
            kind=KIND,
            stored_path=str(path),
            sha256=digest,
            size_bytes=len(data),
            attached_at=utcnow(),
        )
        db.add(doc)
        db.flush()
    store.audit(db, actor, "create", "mvd_document", doc.id)
    db.commit()
    return {
        "patient_id": p.id,
        "mvd_id": row.id,
        "document_id": doc.id,
        "sha256": digest,
        "mvd_created": created,
    }


def mvd_documents(db: Session, patient: Patient) -> dict[int, list[dict]]:
    """The patient's documents by MVD row id (for the patient page; read with it)."""
    out: dict[int, list[dict]] = {}
    rows = db.scalars(
        select(MVDDocumentRow)
        .where(MVDDocumentRow.patient_id == patient.id)
        .order_by(MVDDocumentRow.id)
    )
    for d in rows:
        out.setdefault(d.mvd_id, []).append(
            {"id": d.id, "kind": d.kind, "attached_at": d.attached_at.isoformat()[:16]}
        )
    return out


def case_document(
    db: Session, actor: Actor, patient_id: str, doc_id: int, documents_dir: Path
) -> tuple[Patient, MVDDocumentRow, str]:
    """(patient, document, its HTML) for this patient's own document; audited as an
    export. Another patient's document is as unknown as one that does not exist."""
    from hfs.services.records import load_patient

    p = load_patient(db, actor, patient_id, "export")
    d = db.get(MVDDocumentRow, doc_id)
    ok = d is not None and d.patient_id == p.id
    with store.audit_failure(db, actor, "export", "mvd_document", doc_id):
        if not ok:
            raise NotFoundError("no such document for this patient")
        path = Path(d.stored_path).resolve()
        if path.parent != Path(documents_dir).resolve() or not path.is_file():
            raise NotFoundError("the document's file is missing")
        data = path.read_bytes()
        if hashlib.sha256(data).hexdigest() != d.sha256:
            raise InputError("the document's file was changed after it was attached: not shown")
    store.audit(db, actor, "export", "mvd_document", d.id)
    db.commit()
    return p, d, data.decode("utf-8")
