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

from hfs.services import auth
from hfs.storage.accounts import Throttle
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
    session = auth.login(
        db,
        body.email,
        body.password,
        client=client,
        throttle=throttle,
        secret=secret,
        old_cookie=request.cookies.get(SESSION_COOKIE),
    )
    response.set_cookie(
        SESSION_COOKIE,
        session.token,
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
        path="/",
    )
    return MePublic(email=session.email, role=session.role, csrf_token=session.csrf_token)


@router.post("/logout", status_code=204)
def logout(user: CurrentUser, response: Response, db: SessionDep) -> Response:
    auth.logout(db, user.actor, user.session_id, user.user_id)
    response.status_code = 204
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.get("/me", response_model=MePublic)
def me(user: CurrentUser) -> MePublic:
    return MePublic(email=user.email, role=user.role, csrf_token=user.csrf_token)
