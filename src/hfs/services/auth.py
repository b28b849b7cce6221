"""Logging in and out of clinic accounts, and who a session cookie names.

Sessions are server-side rows keyed by an HMAC of the cookie (:mod:`hfs.storage.accounts`);
every login, refused or not, and every logout is audited.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from hfs.errors import AuthError, ThrottledError
from hfs.storage.accounts import (
    Throttle,
    authenticate,
    end_session,
    find_session,
    session_key,
    start_session,
)
from hfs.storage.clinic_store import Actor, audit
from hfs.storage.models import User


@dataclass(frozen=True)
class LoggedIn:
    """A new session: the cookie's value and who it is for."""

    token: str
    user_id: int
    email: str
    role: str
    session_id: str
    csrf_token: str


def login(
    db: Session,
    email: str,
    password: str,
    *,
    client: str,
    throttle: Throttle,
    secret: bytes,
    old_cookie: str | None = None,
) -> LoggedIn:
    """A NEW session for these credentials (the one of ``old_cookie`` ended first), or
    AuthError / ThrottledError; audited either way, committed."""
    try:
        user = authenticate(db, email, password, client=client, throttle=throttle)
    except (AuthError, ThrottledError):
        # Name the account only when it exists: a password typed into the email field
        # must not end up in the audit log.
        email = email.strip().lower()
        known = db.scalar(select(User.id).where(User.email == email))
        actor = Actor("anonymous", email if known else "(unknown account)", None, client)
        audit(db, actor, "login", "user", known, "denied")
        db.commit()
        raise
    if old_cookie:
        end_session(db, session_key(secret, old_cookie))
    token, row = start_session(db, user, secret)
    audit(db, Actor("user", user.email, user.id, client), "login", "user", user.id)
    db.commit()
    return LoggedIn(token, user.id, user.email, user.role, row.id, row.csrf_token)


def logout(db: Session, actor: Actor, session_id: str, user_id: int) -> None:
    end_session(db, session_id)
    audit(db, actor, "logout", "user", user_id)
    db.commit()


def session_user(
    sessions: sessionmaker[Session],
    cookie: str,
    secret: bytes,
    *,
    idle: dt.timedelta,
    max_age: dt.timedelta,
) -> LoggedIn | None:
    """Who a session cookie names, or None. Like the access policies it ends an expired
    session; it does not touch a live one's idle clock (nothing is committed)."""
    with sessions() as db:
        try:
            row, user = find_session(db, cookie, secret, idle=idle, max_age=max_age)
        except AuthError:
            return None
        out = LoggedIn("", user.id, user.email, user.role, row.id, row.csrf_token)
        db.rollback()
        return out
