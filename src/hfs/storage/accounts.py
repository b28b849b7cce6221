"""Clinic accounts: argon2 password hashes, server-side web sessions, login throttling.

Nothing here knows HTTP. A web session is identified by a random cookie value; the
database keeps only a keyed hash of it (HMAC-SHA256 with the app's secret key), so a
copy of the database does not let anyone take over a login.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from hfs.errors import AuthError, ConflictError, InputError, ThrottledError
from hfs.storage.models import ROLES, LoginAttempt, User, WebSession

MIN_PASSWORD_CHARS = 12
_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]{1,255}\.[^@\s]{1,63}$")
_hasher = PasswordHasher()
# Verifying against this keeps the time of "no such account" close to "wrong password".
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def aware(value: dt.datetime) -> dt.datetime:
    """SQLite hands back naive datetimes; they were stored as UTC."""
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def normalize_email(email: str) -> str:
    email = (email or "").strip().lower()
    if not _EMAIL.match(email):
        raise InputError("the email address is not valid")
    return email


def hash_password(password: str) -> str:
    if not isinstance(password, str) or len(password) < MIN_PASSWORD_CHARS:
        raise InputError(f"the password must have at least {MIN_PASSWORD_CHARS} characters")
    if len(password) > 1024:
        raise InputError("the password is too long (at most 1024 characters)")
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def generate_password() -> str:
    """A random password (about 120 bits), for ``create-user --generate``."""
    return secrets.token_urlsafe(15)


def create_user(db: Session, email: str, role: str, password: str) -> User:
    """Add an active account; the caller commits. Duplicate email: ConflictError."""
    email = normalize_email(email)
    if role not in ROLES:
        raise InputError(f"role must be one of {', '.join(ROLES)}; got {role!r}")
    if db.scalar(select(User.id).where(User.email == email)) is not None:
        raise ConflictError("an account with this email already exists")
    user = User(email=email, role=role, password_hash=hash_password(password), active=True)
    db.add(user)
    db.flush()
    return user


@dataclass(frozen=True)
class Throttle:
    max_failures: int = 5
    max_failures_per_client: int = 20
    window: dt.timedelta = dt.timedelta(minutes=15)


def _failures(db: Session, column, value: str, since: dt.datetime) -> int:
    # Failures count since the last success of the same account/client, within the window.
    last_ok = db.scalar(
        select(func.max(LoginAttempt.at)).where(column == value, LoginAttempt.success.is_(True))
    )
    if last_ok is not None:
        since = max(since, aware(last_ok))
    return db.scalar(
        select(func.count())
        .select_from(LoginAttempt)
        .where(column == value, LoginAttempt.success.is_(False), LoginAttempt.at > since)
    )


def authenticate(
    db: Session, email: str, password: str, *, client: str, throttle: Throttle
) -> User:
    """The active user with these credentials, or AuthError / ThrottledError.

    Every attempt is recorded (and committed) so throttling holds across processes.
    A throttled account or address is refused before the password is checked.
    """
    email = (email or "").strip().lower()[:320]
    client = (client or "unknown")[:64]
    since = utcnow() - throttle.window
    # Housekeeping: attempts older than the window (and a day) no longer count.
    keep = min(since, utcnow() - dt.timedelta(days=1))
    db.execute(delete(LoginAttempt).where(LoginAttempt.at < keep))
    if (
        _failures(db, LoginAttempt.email, email, since) >= throttle.max_failures
        or _failures(db, LoginAttempt.client, client, since) >= throttle.max_failures_per_client
    ):
        raise ThrottledError(
            "too many failed logins; wait "
            f"{int(throttle.window.total_seconds() // 60)} minutes and try again"
        )
    user = db.scalar(select(User).where(User.email == email))
    ok = verify_password(user.password_hash if user else _DUMMY_HASH, password or "")
    ok = ok and user is not None and user.active
    db.add(LoginAttempt(email=email, client=client, success=ok, at=utcnow()))
    db.commit()
    if not ok:
        raise AuthError("wrong email or password")
    return user


def session_key(secret: bytes, token: str) -> str:
    return hmac.new(secret, token.encode(), hashlib.sha256).hexdigest()


def start_session(db: Session, user: User, secret: bytes) -> tuple[str, WebSession]:
    """A NEW session for ``user``; returns (cookie value, row). The caller commits.

    Sessions of this user idle for more than a day are removed on the way.
    """
    token = secrets.token_urlsafe(32)
    now = utcnow()
    db.execute(
        delete(WebSession).where(
            WebSession.user_id == user.id, WebSession.last_seen_at < now - dt.timedelta(days=1)
        )
    )
    row = WebSession(
        id=session_key(secret, token),
        user_id=user.id,
        csrf_token=secrets.token_urlsafe(32),
        created_at=now,
        last_seen_at=now,
    )
    db.add(row)
    return token, row


def find_session(
    db: Session, token: str, secret: bytes, *, idle: dt.timedelta, max_age: dt.timedelta
) -> tuple[WebSession, User]:
    """The live session of this cookie value and its user; touches ``last_seen_at``.

    An unknown, idle, too old or inactive-user session raises AuthError (and an
    expired one is deleted). The caller commits.
    """
    if not token or len(token) > 128:
        raise AuthError("please log in")
    row = db.get(WebSession, session_key(secret, token))
    if row is None:
        raise AuthError("please log in")
    now = utcnow()
    if now - aware(row.last_seen_at) > idle or now - aware(row.created_at) > max_age:
        db.delete(row)
        db.commit()
        raise AuthError("your session has expired; please log in again")
    user = db.get(User, row.user_id)
    if user is None or not user.active:
        db.delete(row)
        db.commit()
        raise AuthError("please log in")
    row.last_seen_at = now
    return row, user


def end_session(db: Session, session_id: str) -> None:
    db.execute(delete(WebSession).where(WebSession.id == session_id))


def end_all_sessions(db: Session, user_id: int) -> None:
    db.execute(delete(WebSession).where(WebSession.user_id == user_id))


# --- account management (admins) ----------------------------------------------------


def list_users(db: Session) -> list[User]:
    return list(db.scalars(select(User).order_by(User.email)))


def get_user(db: Session, user_id: int) -> User:
    from hfs.errors import NotFoundError

    user = db.get(User, user_id) if isinstance(user_id, int) else None
    if user is None:
        raise NotFoundError("no such account")
    return user


def user_by_email(db: Session, email: str) -> User:
    from hfs.errors import NotFoundError

    user = db.scalar(select(User).where(User.email == (email or "").strip().lower()))
    if user is None:
        raise NotFoundError(f"no account with the email {email.strip()!r}")
    return user


def update_user(
    db: Session,
    user: User,
    *,
    acting_user_id: int | None,
    active: bool | None = None,
    role: str | None = None,
) -> User:
    """Activate/deactivate an account or change its role; the caller commits.

    Deactivating ends all the account's sessions. An admin cannot deactivate their
    own account or change their own role (so no admin can lock everyone out by
    mistake). ``acting_user_id`` is None for the command line.
    """
    if role is not None and role not in ROLES:
        raise InputError(f"role must be one of {', '.join(ROLES)}; got {role!r}")
    if user.id == acting_user_id:
        if active is False:
            raise InputError("you cannot deactivate your own account")
        if role is not None and role != user.role:
            raise InputError("you cannot change the role of your own account")
    if role is not None:
        user.role = role
    if active is not None:
        user.active = active
        if not active:
            end_all_sessions(db, user.id)
    return user


def reset_password(db: Session, user: User) -> str:
    """Give ``user`` a new generated password (returned once) and end their sessions."""
    password = generate_password()
    user.password_hash = hash_password(password)
    end_all_sessions(db, user.id)
    return password
