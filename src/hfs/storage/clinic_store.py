"""The clinic's data on the tables of :mod:`hfs.storage.models`, mapped to and from the
plain records of :mod:`hfs.clinic.records` (which check every field).

Functions take an open SQLAlchemy ``Session``; the caller commits. The audit log is
written with :func:`audit` and only appended to.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from hfs.clinic import (
    Injection,
    Medication,
    MVDSurgery,
    NeurophysResult,
    PatientRecord,
    ScaleScore,
    VideoMeasurement,
    export_bundle,
)
from hfs.clinic.records import RECORD_KINDS, columns, event_date
from hfs.errors import ConflictError, HFSError, InputError, NotFoundError, RecordError
from hfs.storage.accounts import aware, utcnow
from hfs.storage.cleantext import clean_text
from hfs.storage.models import (
    CONTACT_FLOW,
    AuditEntry,
    ContactRequest,
    Feedback,
    InjectionRow,
    MedicationRow,
    MVDRow,
    NeurophysRow,
    Patient,
    RecordingRow,
    ScaleRow,
    Video,
)

# --- audit ------------------------------------------------------------------------


@dataclass(frozen=True)
class Actor:
    """Who did something: a logged-in user, the system (CLI, jobs) or an anonymous client."""

    type: str  # user | system | anonymous
    label: str
    id: int | None = None
    client: str | None = None


def audit(
    db: Session,
    actor: Actor,
    action: str,
    object_type: str,
    object_id: Any = None,
    outcome: str = "ok",
) -> None:
    """Append one audit line (ids only, never personal values)."""
    db.add(
        AuditEntry(
            at=utcnow(),
            actor_type=actor.type,
            actor_id=actor.id,
            actor=actor.label[:320],
            action=action[:40],
            object_type=object_type[:40],
            object_id=None if object_id is None else str(object_id)[:64],
            outcome=outcome,
            client=(actor.client or None) and actor.client[:64],
        )
    )


@contextmanager
def audit_failure(
    db: Session, actor: Actor, action: str, object_type: str, object_id: Any = None
) -> Iterator[None]:
    """Run an audited action: when it fails with an :class:`HFSError`, undo what it
    changed, write one ``error`` audit line, commit it and re-raise. The caller writes
    the ``ok`` line itself (it may only then know the object's id)."""
    try:
        yield
    except HFSError:
        db.rollback()
        audit(db, actor, action, object_type, object_id, "error")
        db.commit()
        raise


def recent_actions(
    db: Session, *, action: str, object_type: str, client: str, hours: float = 1
) -> int:
    """How often ``client`` did ``action`` on ``object_type`` in the last ``hours`` (rate limits)."""
    from sqlalchemy import func

    since = utcnow() - dt.timedelta(hours=hours)
    return db.scalar(
        select(func.count())
        .select_from(AuditEntry)
        .where(
            AuditEntry.action == action,
            AuditEntry.object_type == object_type,
            AuditEntry.client == client,
            AuditEntry.at > since,
        )
    )


def audit_entries(
    db: Session,
    *,
    limit: int = 200,
    before_id: int | None = None,
    actor: str | None = None,
    patient_id: str | None = None,
    action: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> list[AuditEntry]:
    """Audit lines, newest first; filtered by actor (account e-mail or system actor),
    patient (lines whose object is that patient), action and day (UTC)."""
    q = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if before_id is not None:
        q = q.where(AuditEntry.id < before_id)
    if actor:
        q = q.where(AuditEntry.actor == actor.strip().lower())
    if patient_id:
        q = q.where(
            AuditEntry.object_type.in_(("patient", "patient_recordings")),
            AuditEntry.object_id == patient_id,
        )
    if action:
        q = q.where(AuditEntry.action == action)
    q = q.where(*_day_range(AuditEntry.at, since, until))
    return list(db.scalars(q))


# --- patients ---------------------------------------------------------------------


def patient_record(p: Patient) -> PatientRecord:
    return PatientRecord.from_values(
        p.id, {c.name: getattr(p, c.name) for c in columns(PatientRecord)}
    )


def create_patient(
    db: Session,
    *,
    mrn: str,
    family_name: str,
    given_names: list[str] | tuple[str, ...] | str,
    birth_date: dt.date | str,
    sex: str,
    affected_side: str,
) -> Patient:
    rec = PatientRecord(
        internal_id=uuid.uuid4().hex,
        mrn=mrn,
        family_name=family_name,
        given_names=given_names,
        birth_date=birth_date,
        sex=sex,
        affected_side=affected_side,
    )
    if db.scalar(select(Patient.id).where(Patient.mrn == rec.mrn)) is not None:
        raise ConflictError("a patient with this MRN already exists")
    p = Patient(id=rec.internal_id, **rec.to_values())
    db.add(p)
    db.flush()
    return p


def get_patient(db: Session, patient_id: str) -> Patient:
    p = (
        db.get(Patient, patient_id)
        if isinstance(patient_id, str) and len(patient_id) <= 32
        else None
    )
    if p is None:
        raise NotFoundError("no such patient")
    return p


def search_patients(
    db: Session, query: str = "", *, limit: int = 50, offset: int = 0
) -> list[Patient]:
    q = select(Patient).order_by(Patient.family_name, Patient.id)
    words = (query or "").split()[:5]
    for w in words:
        like = f"%{w.replace('%', '').replace('_', '')}%"
        q = q.where(
            or_(
                Patient.family_name.ilike(like),
                Patient.mrn.ilike(like),
                # JSON list of given names, matched as text (portable)
                Patient.given_names.cast(_text_type()).ilike(like),
            )
        )
    return list(db.scalars(q.limit(limit).offset(offset)))


def _text_type():
    from sqlalchemy import Text

    return Text()


# --- treatments, scales, neurophysiology -------------------------------------------


def check_event_date(patient: Patient, day: dt.date | None, what: str) -> None:
    """An event must fall between the patient's birth and tomorrow."""
    if day is None:
        return
    if day < patient.birth_date:
        raise RecordError(f"{what} {day} is before the patient's birth date")
    if day > dt.date.today() + dt.timedelta(days=1):
        raise RecordError(f"{what} {day} is in the future")


#: Each record kind's table (see :data:`hfs.clinic.records.RECORD_KINDS`; a test checks
#: that every kind has one and that its columns are the record's
#: :func:`~hfs.clinic.records.columns`).
RECORD_ROWS: dict[str, type] = {
    "injection": InjectionRow,
    "medication": MedicationRow,
    "mvd": MVDRow,
    "scale": ScaleRow,
    "neurophys": NeurophysRow,
}


def add_record(db: Session, patient: Patient, kind: str, data: dict) -> Any:
    """Add a record of ``kind`` (a key of :data:`RECORD_KINDS`) from its flat values,
    checked as the record and against the patient's dates; the new row."""
    cls = RECORD_KINDS.get(kind)
    if cls is None:
        raise InputError(f"record kind must be one of {', '.join(RECORD_KINDS)}")
    rec = cls.from_values("new", data)
    day, label = event_date(cls)
    check_event_date(patient, getattr(rec, day), label)
    row = RECORD_ROWS[kind](patient_id=patient.id, **rec.to_values())
    db.add(row)
    db.flush()
    return row


def record_of(kind: str, row: Any) -> Any:
    """The checked record of one row of ``kind``'s table; its id ``<kind>-<row id>``."""
    cls = RECORD_KINDS[kind]
    return cls.from_values(f"{kind}-{row.id}", {c.name: getattr(row, c.name) for c in columns(cls)})


# --- rows -> records ---------------------------------------------------------------


def _rows(db: Session, model, patient_id: str, order, *, in_error: bool = False) -> list:
    q = select(model).where(model.patient_id == patient_id)
    if not in_error:
        q = q.where(model.entered_in_error_at.is_(None))
    return list(db.scalars(q.order_by(order, model.id)))


# --- entered in error ---------------------------------------------------------------

#: What a clinician can mark "entered in error": the record id's prefix -> its table.
CORRECTABLE = {
    "injection": InjectionRow,
    "medication": MedicationRow,
    "mvd": MVDRow,
    "scale": ScaleRow,
    "neurophys": NeurophysRow,
    "video": Video,
    "recording": RecordingRow,
}


@dataclass(frozen=True)
class InError:
    """Why and when a record was marked entered in error, and by which account id."""

    record_id: str
    at: dt.datetime
    by: int | None
    reason: str


def _in_error(row) -> InError | None:
    if row.entered_in_error_at is None:
        return None
    kind = next(k for k, m in CORRECTABLE.items() if isinstance(row, m))
    return InError(
        f"{kind}-{row.id}",
        aware(row.entered_in_error_at),
        row.entered_in_error_by,
        row.entered_in_error_reason or "",
    )


def mark_entered_in_error(
    db: Session, patient: Patient, record_id: str, reason: str, user_id: int | None
) -> list[tuple[str, int]]:
    """Mark the patient's record ``<kind>-<id>`` entered in error; ``(kind, id)`` of
    every row marked. A recording's derived LSR measurements are marked with it (the
    measurement came from the file). Nothing is deleted. Another patient's or an
    unknown record: NotFoundError; one already marked: ConflictError."""
    kind, _, num = record_id.partition("-")
    model = CORRECTABLE.get(kind)
    if model is None or not num.isdigit() or len(num) > 10:
        raise InputError(f"record must be <kind>-<id> with kind one of {', '.join(CORRECTABLE)}")
    reason = " ".join(clean_text(reason).split())
    if len(reason) < 3:
        raise InputError("give the reason the record is in error (at least 3 characters)")
    row = db.get(model, int(num))
    if row is None or row.patient_id != patient.id:
        raise NotFoundError("no such record for this patient")
    if row.entered_in_error_at is not None:
        raise ConflictError("this record is already marked entered in error")
    now = utcnow()
    marked = [(kind, row.id)]
    rows = [row]
    if kind == "recording":
        derived = db.scalars(
            select(NeurophysRow).where(
                NeurophysRow.recording_id == row.id, NeurophysRow.entered_in_error_at.is_(None)
            )
        ).all()
        rows += derived
        marked += [("neurophys", d.id) for d in derived]
    for r in rows:
        r.entered_in_error_at = now
        r.entered_in_error_by = user_id
        r.entered_in_error_reason = (
            reason if r is row else f"from recording-{row.id}, entered in error: {reason}"
        )
    db.flush()
    return marked


def can_tell(analysis: dict) -> bool:
    """A video analysis that gave a side, rates and grades (not "cannot tell": too little
    visible face or landmarks too poor; then the summary's side is null)."""
    return (analysis.get("summary") or {}).get("affected_side") is not None


def video_measurement(v: Video) -> VideoMeasurement:
    measured = v.recorded_on or aware(v.uploaded_at).date()
    return VideoMeasurement.from_analysis(
        v.analysis,
        record_id=f"video-{v.id}",
        measured_on=measured,
        video_ref=f"urn:hfs:video:{v.id}",
        content_type=v.content_type,
    )


@dataclass(frozen=True)
class PatientRecords:
    """Everything the clinic keeps about one patient, as plain records.

    Record ids are ``<kind>-<row id>`` (``injection-3``, ``mvd-1``), unique across kinds,
    because several kinds export to the same FHIR resource type.
    """

    patient: PatientRecord
    videos: list[VideoMeasurement]
    injections: list[Injection]
    surgeries: list[MVDSurgery]
    medications: list[Medication]
    scales: list[ScaleScore]
    neurophys: list[NeurophysResult]
    #: The records entered in error, by record id (only with ``in_error=True``; the
    #: lists above then hold them too).
    in_error: dict[str, InError] = field(default_factory=dict)

    def by_kind(self) -> dict[str, list]:
        """The records by kind (``video`` and the kinds of :data:`RECORD_KINDS`)."""
        return {
            "video": self.videos,
            "injection": self.injections,
            "medication": self.medications,
            "mvd": self.surgeries,
            "scale": self.scales,
            "neurophys": self.neurophys,
        }

    def active(self) -> PatientRecords:
        """The same records without those entered in error."""
        if not self.in_error:
            return self

        def keep(items: list) -> list:
            return [x for x in items if x.record_id not in self.in_error]

        return PatientRecords(
            self.patient,
            keep(self.videos),
            keep(self.injections),
            keep(self.surgeries),
            keep(self.medications),
            keep(self.scales),
            keep(self.neurophys),
        )


def patient_records(db: Session, patient: Patient, *, in_error: bool = False) -> PatientRecords:
    """The patient's records; those entered in error only with ``in_error=True`` (for
    the FHIR export and the struck-through view), listed in ``in_error``."""
    pid = patient.id
    found: dict[str, InError] = {}

    def rows(model, order) -> list:
        out = _rows(db, model, pid, order, in_error=in_error)
        for row in out:
            mark = _in_error(row)
            if mark is not None:
                found[mark.record_id] = mark
        return out

    videos = [
        video_measurement(v)
        for v in rows(Video, Video.uploaded_at)
        if v.status == "done" and v.analysis and can_tell(v.analysis)
    ]
    lists = {
        kind: [
            record_of(kind, r)
            for r in rows(RECORD_ROWS[kind], getattr(RECORD_ROWS[kind], event_date(cls)[0]))
        ]
        for kind, cls in RECORD_KINDS.items()
    }
    return PatientRecords(
        patient=patient_record(patient),
        videos=videos,
        injections=lists["injection"],
        surgeries=lists["mvd"],
        medications=lists["medication"],
        scales=lists["scale"],
        neurophys=lists["neurophys"],
        in_error=found,
    )


def fhir_bundle(db: Session, patient: Patient, *, timestamp: dt.datetime | None = None) -> dict:
    """The patient's records as a validated FHIR R4B Bundle (see :mod:`hfs.clinic.fhir`)."""
    r = patient_records(db, patient, in_error=True)
    return export_bundle(
        r.patient,
        entered_in_error=frozenset(r.in_error),
        videos=r.videos,
        injections=r.injections,
        surgeries=r.surgeries,
        medications=r.medications,
        scales=r.scales,
        neurophys=r.neurophys,
        timestamp=timestamp,
    )


# --- inbox ------------------------------------------------------------------------


def _day_range(column, since: dt.date | None, until: dt.date | None) -> list:
    """Conditions: ``column`` on or after ``since`` and on or before ``until`` (UTC days)."""
    out = []
    if since is not None:
        out.append(column >= dt.datetime.combine(since, dt.time(), dt.UTC))
    if until is not None:
        out.append(column < dt.datetime.combine(until + dt.timedelta(days=1), dt.time(), dt.UTC))
    return out


def contact_requests(
    db: Session,
    status: str | None = None,
    *,
    limit: int = 200,
    source: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    before_id: int | None = None,
) -> list[ContactRequest]:
    """Contact requests, newest first, filtered by status, source (chat, form, video)
    and day received; ``before_id`` pages back."""
    q = select(ContactRequest).order_by(ContactRequest.id.desc()).limit(limit)
    if status is not None:
        if status not in CONTACT_FLOW:
            raise InputError(f"status must be one of {', '.join(CONTACT_FLOW)}")
        q = q.where(ContactRequest.status == status)
    if source is not None:
        q = q.where(ContactRequest.source == source)
    if before_id is not None:
        q = q.where(ContactRequest.id < before_id)
    q = q.where(*_day_range(ContactRequest.created_at, since, until))
    return list(db.scalars(q))


def set_contact_status(db: Session, request_id: int, status: str) -> ContactRequest:
    if status not in CONTACT_FLOW:
        raise InputError(f"status must be one of {', '.join(CONTACT_FLOW)}")
    row = db.get(ContactRequest, request_id)
    if row is None:
        raise NotFoundError("no such contact request")
    if status != row.status and status not in CONTACT_FLOW.get(row.status, ()):
        raise ConflictError(f"a {row.status} request cannot move to {status}")
    row.status = status
    return row


def create_contact_request(
    db: Session,
    *,
    name: str,
    phone: str = "",
    email: str = "",
    preferred_time: str = "",
    reason: str = "",
    source: str,
    lang: str = "en",
) -> ContactRequest:
    """A new contact request (status ``new``) in the same inbox as the assistant's."""
    import secrets

    if not name.strip():
        raise RecordError("a name is needed")
    if not phone and not email:
        raise RecordError("give a phone number or an e-mail address, so the clinic can reach you")
    row = ContactRequest(
        reference="HFS-" + secrets.token_hex(4).upper(),
        name=name.strip(),
        phone=phone,
        email=email,
        preferred_time=preferred_time,
        from_date="",
        reason=reason,
        source=source,
        lang=lang,
        status="new",
    )
    db.add(row)
    db.flush()
    return row


def feedback_list(db: Session, *, limit: int = 200) -> list[Feedback]:
    return list(db.scalars(select(Feedback).order_by(Feedback.id.desc()).limit(limit)))
