"""Login and logout for clinic accounts (JSON).

``POST /api/auth/login`` ``{"email", "password"}`` -> a NEW server-side session (any
session cookie sent along is ended first), the cookie ``hfs_session`` (HttpOnly,
SameSite=Strict, Secure over HTTPS) and ``{"email", "role", "csrf_token"}``. Wrong
credentials: 401; too many failures for the account or the address: 429.
``POST /api/auth/logout`` deletes the session. ``GET /api/auth/me`` says who is logged in.
"""

from __future__ import annotations

import datetime as dt

from fastapi import APIRouter, Depends, Request, Response
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select

from hfs.errors import AuthError, ThrottledError
from hfs.storage.accounts import Throttle, authenticate, end_session, start_session
from hfs.storage.accounts import _session_key as session_key
from hfs.storage.clinic_store import Actor, audit
from hfs.storage.models import User
from hfs.web.deps import SettingsDep
from hfs.web.policy import PUBLIC, SESSION_COOKIE, CurrentUser, SessionDep
from hfs.web.schemas import Line
from hfs.web.security import client_address

router = APIRouter(prefix="/api/auth", tags=["auth"])


class LoginRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    email: Line = Field(max_length=320)
    password: Line = Field(max_length=1024)


class MePublic(BaseModel):
    email: str
    role: str
    csrf_token: str


@router.post("/login", response_model=MePublic, dependencies=[Depends(PUBLIC)])
def login(
    body: LoginRequest, request: Request, response: Response, db: SessionDep, settings: SettingsDep
) -> MePublic:
    client = client_address(request)
    secret = request.app.state.secret_key
    throttle = Throttle(
        settings.login_max_failures,
        settings.login_max_failures_per_client,
        dt.timedelta(minutes=settings.login_window_minutes),
    )
    try:
        user = authenticate(db, body.email, body.password, client=client, throttle=throttle)
    except (AuthError, ThrottledError) as exc:
        # Name the account only when it exists: a password typed into the email field
        # must not end up in the audit log.
        email = body.email.strip().lower()
        known = db.scalar(select(User.id).where(User.email == email))
        actor = Actor("anonymous", email if known else "(unknown account)", None, client)
        audit(db, actor, "login", "user", known, "denied")
        db.commit()
        raise exc
    old = request.cookies.get(SESSION_COOKIE)
    if old:
        end_session(db, session_key(secret, old))
    token, row = start_session(db, user, secret)
    audit(db, Actor("user", user.email, user.id, client), "login", "user", user.id)
    db.commit()
    response.set_cookie(
        SESSION_COOKIE,
        token,
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
        path="/",
    )
    return MePublic(email=user.email, role=user.role, csrf_token=row.csrf_token)


@router.post("/logout", status_code=204)
def logout(user: CurrentUser, response: Response, db: SessionDep) -> Response:
    end_session(db, user.session_id)
    audit(db, user.actor, "logout", "user", user.user_id)
    db.commit()
    response.status_code = 204
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.get("/me", response_model=MePublic)
def me(user: CurrentUser) -> MePublic:
    return MePublic(email=user.email, role=user.role, csrf_token=user.csrf_token)
