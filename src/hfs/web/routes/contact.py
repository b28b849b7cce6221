"""Patients asking to be contacted (no login), landing in the clinic inbox.

``POST /api/contact`` (the contact page's form) and ``POST /api/uploads/{token}/contact``
("send this to the clinic": the request is joined to that uploaded video; once only).
Body ``{"name", "phone", "email", "preferred_time", "reason", "lang"}`` with a phone number
or an e-mail address; answer 201 ``{"reference"}``. At most ``HFS_CONTACTS_PER_HOUR``
requests per client address per hour.
"""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, ConfigDict, Field

from hfs.services import inbox, uploads
from hfs.storage.clinic_store import Actor
from hfs.storage.models import Video
from hfs.web.policy import PUBLIC, SessionDep
from hfs.web.schemas import Line, Text
from hfs.web.security import client_address

router = APIRouter(prefix="/api", tags=["contact"], dependencies=[Depends(PUBLIC)])

CONTACTS_PER_HOUR = 10


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
    actor = Actor("anonymous", f"patient {source}", None, client_address(request))
    row = inbox.request_contact(
        db,
        actor,
        **body.model_dump(),
        source=source,
        per_hour=getattr(request.app.state, "contacts_per_hour", CONTACTS_PER_HOUR),
        video=video,
    )
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
    return _create(request, db, body, "video", uploads.upload_to_send(db, token))
