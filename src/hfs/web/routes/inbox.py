"""The clinic inbox: contact requests (new -> contacted -> scheduled -> closed) and feedback.

``GET /api/inbox/contact-requests?status=&source=&since=&until=&before_id=&limit=``
(newest first; ``source`` chat/form/video, ``since``/``until`` days received), ``PATCH /api/inbox/contact-requests/{id}``
``{"status"}`` (a step back is 409), ``GET /api/inbox/feedback``; staff and clinicians.
Contact requests carry personal data, so each read and change is audited.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Path, Query
from pydantic import BaseModel, ConfigDict

from hfs.services import inbox as service
from hfs.services.inbox import Source, Status
from hfs.web.policy import CurrentInboxUser, SessionDep

router = APIRouter(prefix="/api/inbox", tags=["inbox"])

MAX_ID = 2**31 - 1


class ContactRequestPublic(BaseModel):
    id: int
    reference: str
    name: str
    phone: str
    email: str
    preferred_time: str
    from_date: str
    reason: str
    source: str
    status: str
    created_at: dt.datetime | None
    lang: str = "en"  # the patient's language ("es": Spanish)


class StatusChange(BaseModel):
    model_config = ConfigDict(extra="forbid")

    status: Status


class FeedbackPublic(BaseModel):
    id: int
    rating: int
    comment: str
    created_at: dt.datetime | None
    lang: str = "en"


def _public(r) -> ContactRequestPublic:
    return ContactRequestPublic.model_validate(r, from_attributes=True)


@router.get("/contact-requests", response_model=list[ContactRequestPublic])
def list_contact_requests(
    user: CurrentInboxUser,
    db: SessionDep,
    status: Annotated[Status | None, Query()] = None,
    source: Annotated[Source | None, Query()] = None,
    since: Annotated[dt.date | None, Query()] = None,
    until: Annotated[dt.date | None, Query()] = None,
    before_id: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 200,
) -> list[ContactRequestPublic]:
    rows = service.list_contact_requests(
        db,
        user.actor,
        status,
        source=source,
        since=since,
        until=until,
        before_id=before_id,
        limit=limit,
    )
    return [_public(r) for r in rows]


@router.patch("/contact-requests/{request_id}", response_model=ContactRequestPublic)
def change_status(
    body: StatusChange,
    user: CurrentInboxUser,
    db: SessionDep,
    request_id: int = Path(ge=1, le=MAX_ID),
) -> ContactRequestPublic:
    return _public(service.change_status(db, user.actor, request_id, body.status))


@router.get("/feedback", response_model=list[FeedbackPublic])
def list_feedback(user: CurrentInboxUser, db: SessionDep) -> list[FeedbackPublic]:
    rows = service.list_feedback(db, user.actor)
    return [FeedbackPublic.model_validate(r, from_attributes=True) for r in rows]
