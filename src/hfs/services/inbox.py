"""The clinic inbox: patients' contact requests (new -> contacted -> scheduled ->
closed) and feedback. Contact requests carry personal data: each read and change is
audited. A new request queues the clinic's e-mail notice in the same transaction."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from hfs.errors import InputError, ThrottledError
from hfs.storage import clinic_store as store
from hfs.storage import outbox
from hfs.storage.clinic_store import Actor
from hfs.storage.models import ContactRequest, Feedback, Video

#: A contact request's steps, in order (a step back is refused).
Status = Literal["new", "contacted", "scheduled", "closed"]
#: Where a request came from: the assistant, the contact form, "Check my twitch".
Source = Literal["chat", "form", "video"]


def list_contact_requests(
    db: Session,
    actor: Actor,
    status: str | None = None,
    *,
    source: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    before_id: int | None = None,
    limit: int = 200,
) -> list[ContactRequest]:
    rows = store.contact_requests(
        db, status, source=source, since=since, until=until, before_id=before_id, limit=limit
    )
    store.audit(db, actor, "list", "contact_request", None)
    db.commit()
    return rows


def change_status(db: Session, actor: Actor, request_id: int, status: str) -> ContactRequest:
    """The next status step (a step back is a ConflictError, audited as refused)."""
    try:
        row = store.set_contact_status(db, request_id, status)
    except Exception:
        db.rollback()
        store.audit(db, actor, "update", "contact_request", request_id, "error")
        db.commit()
        raise
    store.audit(db, actor, "update", "contact_request", request_id)
    db.commit()
    return row


def list_feedback(db: Session, actor: Actor) -> list[Feedback]:
    rows = store.feedback_list(db)
    store.audit(db, actor, "list", "feedback", None)
    db.commit()
    return rows


def videos_of_requests(db: Session, request_ids: list[int]) -> dict[int, Video]:
    """The uploaded video sent with each of these contact requests (by request id)."""
    if not request_ids:
        return {}
    rows = db.scalars(select(Video).where(Video.contact_request_id.in_(request_ids)))
    return {v.contact_request_id: v for v in rows}


def request_contact(
    db: Session,
    actor: Actor,
    *,
    name: str,
    phone: str,
    email: str,
    preferred_time: str,
    reason: str,
    source: str,
    per_hour: int,
    video: Video | None = None,
    lang: str = "en",
) -> ContactRequest:
    """A patient's request to be contacted (joined to ``video`` when sent with one):
    at most ``per_hour`` per client address; a phone number or e-mail address that
    cannot be used is refused. Audited, the notice queued, committed."""
    from hfs.assistant.answers import Invalid, read_email, read_phone

    seen = store.recent_actions(
        db, action="create", object_type="contact_request", client=actor.client
    )
    if seen >= per_hour:
        raise ThrottledError("too many requests from this address; please call the clinic")
    try:
        phone = read_phone(phone) if phone.strip() else ""
    except Invalid:
        raise InputError(
            "phone: not a phone number we can call (include the country code, e.g. +1 ...)"
        ) from None
    try:
        email = read_email(email) if email.strip() else ""
    except Invalid:
        raise InputError("email: not an e-mail address") from None
    row = store.create_contact_request(
        db,
        name=name,
        phone=phone,
        email=email,
        preferred_time=preferred_time,
        reason=reason,
        source=source,
        lang=lang,
    )
    if video is not None:
        video.contact_request_id = row.id
    store.audit(db, actor, "create", "contact_request", row.id)
    outbox.enqueue(db, "contact_request", dt.datetime.now(dt.UTC))  # the clinic's notice
    db.commit()
    return row
