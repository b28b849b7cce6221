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
    HFS7Response,
    Injection,
    InjectionSite,
    JankovicScore,
    Medication,
    MVDSurgery,
    NeurophysResult,
    PatientRecord,
    ScaleScore,
    SMCGrade,
    VideoMeasurement,
    export_bundle,
)
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
    return PatientRecord(
        internal_id=p.id,
        mrn=p.mrn,
        family_name=p.family_name,
        given_names=tuple(p.given_names),
        birth_date=p.birth_date,
        sex=p.sex,
        affected_side=p.affected_side,
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
    p = Patient(
        id=rec.internal_id,
        mrn=rec.mrn,
        family_name=rec.family_name,
        given_names=list(rec.given_names),
        birth_date=rec.birth_date,
        sex=rec.sex,
        affected_side=rec.affected_side,
    )
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


def add_injection(db: Session, patient: Patient, data: dict) -> InjectionRow:
    sites = data.get("sites") or []
    if not isinstance(sites, list):
        raise RecordError("injection sites must be a list")
    rec = Injection(
        record_id="new",
        given_on=data.get("given_on"),
        product=data.get("product"),
        total_units=data.get("total_units"),
        side=data.get("side"),
        sites=tuple(
            InjectionSite(s.get("muscle"), s.get("side"), s.get("units"))
            if isinstance(s, dict)
            else _bad("each injection site must be an object with muscle, side, units")
            for s in sites
        ),
    )
    check_event_date(patient, rec.given_on, "injection date")
    row = InjectionRow(
        patient_id=patient.id,
        given_on=rec.given_on,
        product=rec.product,
        total_units=float(rec.total_units),
        side=rec.side,
        sites=[s.to_dict() for s in rec.sites],
    )
    db.add(row)
    db.flush()
    return row


def _bad(message: str):
    raise RecordError(message)


def add_medication(db: Session, patient: Patient, data: dict) -> MedicationRow:
    rec = Medication(
        "new", data.get("name"), data.get("dose"), data.get("start_date"), data.get("stop_date")
    )
    check_event_date(patient, rec.start_date, "medication start date")
    row = MedicationRow(
        patient_id=patient.id,
        name=rec.name,
        dose=rec.dose,
        start_date=rec.start_date,
        stop_date=rec.stop_date,
    )
    db.add(row)
    db.flush()
    return row


def add_mvd(db: Session, patient: Patient, data: dict) -> MVDRow:
    rec = MVDSurgery(
        "new",
        data.get("performed_on"),
        data.get("side"),
        data.get("lsr_outcome"),
        data.get("baep_notes"),
    )
    check_event_date(patient, rec.performed_on, "MVD date")
    row = MVDRow(
        patient_id=patient.id,
        performed_on=rec.performed_on,
        side=rec.side,
        lsr_outcome=rec.lsr_outcome,
        baep_notes=rec.baep_notes,
    )
    db.add(row)
    db.flush()
    return row


def _scale_record(record_id: str, scored_on, sev, freq, smc, hfs7) -> ScaleScore:
    if (sev is None) != (freq is None):
        raise RecordError("a Jankovic score needs both severity and frequency")
    return ScaleScore(
        record_id=record_id,
        scored_on=scored_on,
        jankovic=JankovicScore(sev, freq) if sev is not None else None,
        smc=SMCGrade(smc) if smc is not None else None,
        hfs7=HFS7Response(hfs7) if hfs7 is not None else None,
    )


def add_scale(db: Session, patient: Patient, data: dict) -> ScaleRow:
    rec = _scale_record(
        "new",
        data.get("scored_on"),
        data.get("jrs_severity"),
        data.get("jrs_frequency"),
        data.get("smc_grade"),
        data.get("hfs7_answers"),
    )
    check_event_date(patient, rec.scored_on, "scale date")
    row = ScaleRow(
        patient_id=patient.id,
        scored_on=rec.scored_on,
        jrs_severity=rec.jankovic.severity if rec.jankovic else None,
        jrs_frequency=rec.jankovic.frequency if rec.jankovic else None,
        smc_grade=rec.smc.grade if rec.smc else None,
        hfs7_answers=list(rec.hfs7.answers) if rec.hfs7 else None,
    )
    db.add(row)
    db.flush()
    return row


def add_neurophys(db: Session, patient: Patient, data: dict) -> NeurophysRow:
    rec = NeurophysResult(
        "new",
        data.get("measured_on"),
        data.get("side"),
        data.get("lsr_present"),
        data.get("onset_latency_ms"),
        data.get("amplitude_uv"),
    )
    check_event_date(patient, rec.measured_on, "neurophysiology date")
    row = NeurophysRow(
        patient_id=patient.id,
        measured_on=rec.measured_on,
        side=rec.side,
        lsr_present=rec.lsr_present,
        onset_latency_ms=rec.onset_latency_ms,
        amplitude_uv=rec.amplitude_uv,
    )
    db.add(row)
    db.flush()
    return row


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
    return PatientRecords(
        patient=patient_record(patient),
        videos=videos,
        injections=[
            Injection(
                f"injection-{r.id}",
                r.given_on,
                r.product,
                r.total_units,
                r.side,
                tuple(InjectionSite(s["muscle"], s["side"], s["units"]) for s in r.sites),
            )
            for r in rows(InjectionRow, InjectionRow.given_on)
        ],
        surgeries=[
            MVDSurgery(f"mvd-{r.id}", r.performed_on, r.side, r.lsr_outcome, r.baep_notes)
            for r in rows(MVDRow, MVDRow.performed_on)
        ],
        medications=[
            Medication(f"medication-{r.id}", r.name, r.dose, r.start_date, r.stop_date)
            for r in rows(MedicationRow, MedicationRow.start_date)
        ],
        scales=[
            _scale_record(
                f"scale-{r.id}",
                r.scored_on,
                r.jrs_severity,
                r.jrs_frequency,
                r.smc_grade,
                r.hfs7_answers,
            )
            for r in rows(ScaleRow, ScaleRow.scored_on)
        ],
        neurophys=[
            NeurophysResult(
                f"neurophys-{r.id}",
                r.measured_on,
                r.side,
                r.lsr_present,
                r.onset_latency_ms,
                r.amplitude_uv,
            )
            for r in rows(NeurophysRow, NeurophysRow.measured_on)
        ],
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
