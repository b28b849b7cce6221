"""Patients asking to be contacted (no login), landing in the clinic inbox.

``POST /api/contact`` (the contact page's form) and ``POST /api/uploads/{token}/contact``
("send this to the clinic": the request is joined to that uploaded video; once only).
Body ``{"name", "phone", "email", "preferred_time", "reason", "lang"}`` with a phone number
or an e-mail address; answer 201 ``{"reference"}``. At most ``HFS_CONTACTS_PER_HOUR``
requests per client address per hour.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select

from hfs.assistant.answers import Invalid, read_email, read_phone
from hfs.errors import ConflictError, InputError, NotFoundError, ThrottledError
from hfs.storage import clinic_store as store
from hfs.storage import outbox
from hfs.storage.models import Video
from hfs.web.policy import PUBLIC, SessionDep
from hfs.web.schemas import Line, Text
from hfs.web.security import client_address

router = APIRouter(prefix="/api", tags=["contact"], dependencies=[Depends(PUBLIC)])

CONTACTS_PER_HOUR = 10
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{20,64}$")


class ContactCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: Line = Field(min_length=1, max_length=100)
    phone: Line = Field(default="", max_length=40)
    email: Line = Field(default="", max_length=320)
    preferred_time: Line = Field(default="", max_length=20)
    reason: Text = Field(default="", max_length=2000)
    #: the patient's language (the Spanish pages send "es"); the inbox shows it
    lang: Literal["en", "es"] = "en"


class ContactCreated(BaseModel):
    reference: str


def _create(request: Request, db, body: ContactCreate, source: str, video: Video | None):
    actor = store.Actor("anonymous", f"patient {source}", None, client_address(request))
    per_hour = getattr(request.app.state, "contacts_per_hour", CONTACTS_PER_HOUR)
    seen = store.recent_actions(
        db, action="create", object_type="contact_request", client=actor.client
    )
    if seen >= per_hour:
        raise ThrottledError("too many requests from this address; please call the clinic")
    try:
        phone = read_phone(body.phone) if body.phone.strip() else ""
    except Invalid:
        raise InputError(
            "phone: not a phone number we can call (include the country code, e.g. +1 ...)"
        ) from None
    try:
        email = read_email(body.email) if body.email.strip() else ""
    except Invalid:
        raise InputError("email: not an e-mail address") from None
    row = store.create_contact_request(
        db,
        name=body.name,
        phone=phone,
        email=email,
        preferred_time=body.preferred_time,
        reason=body.reason,
        source=source,
        lang=body.lang,
    )
    if video is not None:
        video.contact_request_id = row.id
    store.audit(db, actor, "create", "contact_request", row.id)
    outbox.enqueue(db, "contact_request", dt.datetime.now(dt.UTC))  # the clinic's notice
    db.commit()
    notifier = getattr(request.app.state, "notifier", None)
    if notifier is not None:
        notifier.wake()
    return ContactCreated(reference=row.reference)


@router.post("/contact", response_model=ContactCreated, status_code=201)
def contact(body: ContactCreate, request: Request, db: SessionDep) -> ContactCreated:
    return _create(request, db, body, "form", None)


@router.post("/uploads/{token}/contact", response_model=ContactCreated, status_code=201)
def send_video_to_clinic(
    token: str, body: ContactCreate, request: Request, db: SessionDep
) -> ContactCreated:
    v = db.scalar(select(Video).where(Video.token == token)) if _TOKEN.match(token) else None
    if v is None:
        raise NotFoundError("no such upload (the link may be mistyped)")
    if v.contact_request_id is not None:
        raise ConflictError("this video has already been sent to the clinic")
    return _create(request, db, body, "video", v)
