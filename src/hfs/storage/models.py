"""Tables. One declarative ``Base`` for the whole of hfs; each domain adds its tables."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    event,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, validates

from hfs.storage.cleantext import clean_line, clean_text


class Base(DeclarativeBase):
    """Base of every table; Alembic's ``target_metadata``."""


class ChatSession(Base):
    """A conversation's engine state; deleted when idle past the TTL or on "forget me"."""

    __tablename__ = "chat_sessions"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    state: Mapped[dict] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), index=True)


class ContactRequest(Base):
    """A confirmed request to be contacted; the clinic inbox (new -> ... -> closed)."""

    __tablename__ = "contact_requests"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    reference: Mapped[str] = mapped_column(String(20), unique=True)
    # Kept when the conversation expires (SET NULL); deleted with it on "forget me".
    session_id: Mapped[str | None] = mapped_column(
        ForeignKey("chat_sessions.id", ondelete="SET NULL"), index=True
    )
    name: Mapped[str] = mapped_column(String(100))
    phone: Mapped[str] = mapped_column(String(32), default="")
    email: Mapped[str] = mapped_column(String(320), default="")
    preferred_time: Mapped[str] = mapped_column(String(20), default="")
    from_date: Mapped[str] = mapped_column(String(10), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(20), default="chat")
    #: the patient's language: "en" or "es" (revision 0006_patient_language)
    lang: Mapped[str] = mapped_column(String(5), default="en", server_default="en")
    status: Mapped[str] = mapped_column(String(20), default="new", server_default="new")
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.current_timestamp()
    )

    # Whoever writes a request (the chat, the contact form, "send to the clinic"),
    # what the inbox shows has no bidi overrides or control characters.
    @validates("name", "phone", "email", "preferred_time", "from_date")
    def _one_line(self, _key: str, value: str | None) -> str | None:
        return clean_line(value) if value is not None else None

    @validates("reason")
    def _free_text(self, _key: str, value: str | None) -> str | None:
        return clean_text(value) if value is not None else None


class Feedback(Base):
    """A rating (1-5) and an optional comment, sent from the assistant."""

    __tablename__ = "feedback"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    session_id: Mapped[str | None] = mapped_column(
        ForeignKey("chat_sessions.id", ondelete="SET NULL"), index=True
    )
    rating: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text, default="")
    lang: Mapped[str] = mapped_column(String(5), default="en", server_default="en")

    @validates("comment")
    def _free_text(self, _key: str, value: str | None) -> str | None:
        return clean_text(value) if value is not None else None

    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.current_timestamp()
    )


# ---------------------------------------------------------------------------------
# the clinic (revision 0002_clinic)
# ---------------------------------------------------------------------------------

#: Roles of clinic accounts.
ROLES = ("clinician", "staff", "admin")
#: The contact-request workflow: each status and the statuses it may move to.
CONTACT_FLOW = {
    "new": ("contacted", "scheduled", "closed"),
    "contacted": ("scheduled", "closed"),
    "scheduled": ("closed",),
    "closed": (),
}
#: States of a video's background analysis.
VIDEO_STATUSES = ("queued", "running", "done", "failed")


def _now_col() -> Mapped[dt.datetime]:
    return mapped_column(DateTime(timezone=True), server_default=func.current_timestamp())


#: A record field's type (:class:`hfs.clinic.records.Column`) -> the column types that
#: may store it. Each record kind's row holds exactly its record's columns
#: (:func:`hfs.clinic.records.columns`), typed by this table; tests check both, and
#: against what the migrations build.
COLUMN_TYPES: dict[type, tuple[type, ...]] = {
    str: (String, Text),
    int: (Integer, BigInteger),
    float: (Float,),
    bool: (Boolean,),
    dt.date: (Date,),
    list: (JSON,),
}
#: Columns every record row has besides its record's: the row id, the patient, when
#: it was written, the "entered in error" mark (:class:`Correctable`) and, for LSR
#: rows, the recording it was derived from.
ROW_BOOKKEEPING = (
    "id",
    "patient_id",
    "created_at",
    "entered_in_error_at",
    "entered_in_error_by",
    "entered_in_error_reason",
    "recording_id",
)


class Correctable:
    """A clinical record a clinician can mark "entered in error" (revision
    ``0005_entered_in_error``): it then leaves the timeline and the tables, is exported
    to FHIR with status ``entered-in-error``, and is never deleted."""

    entered_in_error_at: Mapped[dt.datetime | None] = mapped_column(
        DateTime(timezone=True), default=None
    )
    entered_in_error_by: Mapped[int | None] = mapped_column(Integer, default=None)
    entered_in_error_reason: Mapped[str | None] = mapped_column(Text, default=None)


class User(Base):
    """A clinic account (clinician, staff, admin). Passwords only as argon2 hashes."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = _now_col()


class WebSession(Base):
    """A logged-in browser. ``id`` is a keyed hash of the cookie value, never the value."""

    __tablename__ = "web_sessions"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    last_seen_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class LoginAttempt(Base):
    """One login attempt, for throttling by account and by client address."""

    __tablename__ = "login_attempts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    email: Mapped[str] = mapped_column(String(320), index=True)
    client: Mapped[str] = mapped_column(String(64), index=True)
    success: Mapped[bool] = mapped_column(Boolean)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), index=True)


class Patient(Base):
    """A patient. ``id`` is random (not a counter), so ids do not reveal how many exist."""

    __tablename__ = "patients"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    mrn: Mapped[str] = mapped_column(String(64), unique=True)
    family_name: Mapped[str] = mapped_column(String(100))
    given_names: Mapped[list] = mapped_column(JSON)
    birth_date: Mapped[dt.date] = mapped_column(Date)
    sex: Mapped[str] = mapped_column(String(10))
    affected_side: Mapped[str] = mapped_column(String(12))
    created_at: Mapped[dt.datetime] = _now_col()

    @validates("mrn", "family_name")
    def _one_line(self, _key: str, value: str) -> str:
        return clean_line(value)

    @validates("given_names")
    def _names(self, _key: str, value: list) -> list:
        return [clean_line(v) if isinstance(v, str) else v for v in value]


class Video(Correctable, Base):
    """An uploaded video (stored outside the web root) and its background analysis."""

    __tablename__ = "videos"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    # The uploader's link: a random token, the only handle a patient ever sees.
    token: Mapped[str] = mapped_column(String(64), unique=True)
    patient_id: Mapped[str | None] = mapped_column(
        ForeignKey("patients.id", ondelete="CASCADE"), index=True
    )
    contact_request_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact_requests.id", ondelete="SET NULL")
    )
    stored_path: Mapped[str] = mapped_column(Text)
    content_type: Mapped[str] = mapped_column(String(40))
    original_bytes: Mapped[int] = mapped_column(BigInteger)
    uploaded_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    recorded_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default="queued")
    progress: Mapped[float] = mapped_column(Float, default=0.0)
    error: Mapped[str | None] = mapped_column(Text)
    analysis: Mapped[dict | None] = mapped_column(JSON)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class InjectionRow(Correctable, Base):
    """A botulinum toxin session; ``sites`` is a list of ``{muscle, side, units}``."""

    __tablename__ = "injections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    patient_id: Mapped[str] = mapped_column(
        ForeignKey("patients.id", ondelete="CASCADE"), index=True
    )
    given_on: Mapped[dt.date] = mapped_column(Date)
    product: Mapped[str] = mapped_column(String(100))
    total_units: Mapped[float] = mapped_column(Float)
    side: Mapped[str] = mapped_column(String(10))
    sites: Mapped[list] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = _now_col()


class MedicationRow(Correctable, Base):
    __tablename__ = "medications"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    patient_id: Mapped[str] = mapped_column(
        ForeignKey("patients.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(100))
    dose: Mapped[str] = mapped_column(String(100))
    start_date: Mapped[dt.date] = mapped_column(Date)
    stop_date: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = _now_col()


class MVDRow(Correctable, Base):
    """A microvascular decompression with its lateral spread response outcome."""

    __tablename__ = "mvd_surgeries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    patient_id: Mapped[str] = mapped_column(
        ForeignKey("patients.id", ondelete="CASCADE"), index=True
    )
    performed_on: Mapped[dt.date] = mapped_column(Date)
    side: Mapped[str] = mapped_column(String(10))
    lsr_outcome: Mapped[str] = mapped_column(String(20))
    baep_notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = _now_col()


class MVDDocumentRow(Base):
    """A document linked to an MVD record (revision 0007): the operating-room case
    report, stored privately under the data dir (never served as a file) with its
    SHA-256."""

    __tablename__ = "mvd_documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    patient_id: Mapped[str] = mapped_column(
        ForeignKey("patients.id", ondelete="CASCADE"), index=True
    )
    mvd_id: Mapped[int] = mapped_column(
        ForeignKey("mvd_surgeries.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))  # or_case_report
    stored_path: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    size_bytes: Mapped[int] = mapped_column(BigInteger)
    attached_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class ScaleRow(Correctable, Base):
    """Scale scores of one day: Jankovic (severity, frequency), SMC grade, HFS-7 answers."""

    __tablename__ = "scale_scores"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    patient_id: Mapped[str] = mapped_column(
        ForeignKey("patients.id", ondelete="CASCADE"), index=True
    )
    scored_on: Mapped[dt.date] = mapped_column(Date)
    jrs_severity: Mapped[int | None] = mapped_column(Integer)
    jrs_frequency: Mapped[int | None] = mapped_column(Integer)
    smc_grade: Mapped[int | None] = mapped_column(Integer)
    hfs7_answers: Mapped[list | None] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = _now_col()


class NeurophysRow(Correctable, Base):
    """A lateral spread response measurement."""

    __tablename__ = "neurophys_results"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    patient_id: Mapped[str] = mapped_column(
        ForeignKey("patients.id", ondelete="CASCADE"), index=True
    )
    measured_on: Mapped[dt.date] = mapped_column(Date)
    side: Mapped[str] = mapped_column(String(10))
    lsr_present: Mapped[bool] = mapped_column(Boolean)
    onset_latency_ms: Mapped[float | None] = mapped_column(Float)
    amplitude_uv: Mapped[float | None] = mapped_column(Float)
    created_at: Mapped[dt.datetime] = _now_col()
    # Set when the row was derived from an uploaded recording's analysis (0003).
    recording_id: Mapped[int | None] = mapped_column(
        ForeignKey("recordings.id", ondelete="SET NULL"), index=True
    )


# ---------------------------------------------------------------------------------
# electrodiagnostic recordings (revision 0003_recordings)
# ---------------------------------------------------------------------------------

#: What a recording is: a diagnostic LSR/BAEP test, or intraoperative monitoring.
RECORDING_KINDS = ("diagnostic", "intraop")


class RecordingRow(Correctable, Base):
    """An uploaded EDF+/BDF+ recording of a patient (stored outside the web root) and
    its background analysis by :mod:`hfs.neurophys`."""

    __tablename__ = "recordings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    patient_id: Mapped[str] = mapped_column(
        ForeignKey("patients.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(12))
    file_format: Mapped[str] = mapped_column(String(4))  # edf | bdf
    stored_path: Mapped[str] = mapped_column(Text)
    original_bytes: Mapped[int] = mapped_column(BigInteger)
    uploaded_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    uploaded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    recorded_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default="queued")
    error: Mapped[str | None] = mapped_column(Text)
    analysis: Mapped[dict | None] = mapped_column(JSON)
    report_path: Mapped[str | None] = mapped_column(Text)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class AuditEntry(Base):
    """One line of the append-only audit log: who, when, what, on which object, outcome.

    Never holds personal values (no names, MRNs, answers): object ids only. The app
    offers no way to change or delete a row (see :func:`_audit_is_append_only`), and
    on SQLite and PostgreSQL database triggers refuse UPDATE and DELETE.
    """

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), index=True)
    actor_type: Mapped[str] = mapped_column(String(10))  # user | system | anonymous
    actor_id: Mapped[int | None] = mapped_column(Integer)
    actor: Mapped[str] = mapped_column(String(320))
    action: Mapped[str] = mapped_column(String(40))
    object_type: Mapped[str] = mapped_column(String(40))
    object_id: Mapped[str | None] = mapped_column(String(64))
    outcome: Mapped[str] = mapped_column(String(10))  # ok | denied | error
    client: Mapped[str | None] = mapped_column(String(64))


@event.listens_for(AuditEntry, "before_update")
@event.listens_for(AuditEntry, "before_delete")
def _audit_is_append_only(_mapper, _conn, _target) -> None:
    from hfs.errors import AppendOnlyError

    raise AppendOnlyError("the audit log is append-only")


# ---------------------------------------------------------------------------------
# e-mail notices to the clinic (revision 0004_notify_outbox)
# ---------------------------------------------------------------------------------


class NotifyOutbox(Base):
    """A notice owed to the clinic: "a request is waiting" (no patient data, ever).

    Written in the same transaction as the contact request or feedback it announces;
    :class:`hfs.notify.Notifier` sends what is due and retries failures with a growing
    delay (``status`` pending -> sent, or failed after the last attempt).
    """

    __tablename__ = "notify_outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(20))  # contact_request | feedback
    status: Mapped[str] = mapped_column(String(10), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    next_attempt_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), index=True)
    last_attempt_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    last_error: Mapped[str | None] = mapped_column(String(300))
