"""``GET /api/admin/notifications``: whether the e-mail notices to the clinic go out
(admins only). Counts and the last error; never a patient's data."""

from __future__ import annotations

import datetime as dt

from fastapi import APIRouter, Request
from pydantic import BaseModel

from hfs.notify import admin_notice
from hfs.storage import outbox
from hfs.web.policy import CurrentAdmin, SessionDep

router = APIRouter(prefix="/api/admin/notifications", tags=["admin"])


class NotificationsPublic(BaseModel):
    configured: bool  # HFS_SMTP_URL and HFS_NOTIFY_TO are set
    pending: int  # notices waiting to be sent (retrying ones included)
    retrying: int  # pending after a failed attempt
    failed: int  # given up after the last retry
    last_error: str | None
    last_error_at: dt.datetime | None
    last_sent_at: dt.datetime | None
    problem: str | None  # the line the clinic pages show, or null when all is well


@router.get("", response_model=NotificationsPublic)
def notifications(user: CurrentAdmin, db: SessionDep, request: Request) -> NotificationsPublic:
    configured = request.app.state.settings.notify_configured
    st = outbox.status(db)
    return NotificationsPublic(
        configured=configured,
        pending=st.pending,
        retrying=st.retrying,
        failed=st.failed,
        last_error=st.last_error,
        last_error_at=st.last_error_at,
        last_sent_at=st.last_sent_at,
        problem=admin_notice(db, configured),
    )
