"""Clinic accounts (admins): list, create, change, reset a password; every call audited.

Passwords are generated (about 120 bits), returned once and stored only as argon2
hashes (:mod:`hfs.storage.accounts`). The JSON API, the admin pages and the CLI call
these, so the checks and the audit lines are the same.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from hfs.storage import accounts
from hfs.storage.clinic_store import Actor, audit, audit_failure
from hfs.storage.models import User


def list_accounts(db: Session, actor: Actor) -> list[User]:
    users = accounts.list_users(db)
    audit(db, actor, "list", "user", None)
    db.commit()
    return users


def find_account(db: Session, email: str) -> User:
    """The account of this e-mail address, or NotFoundError."""
    return accounts.user_by_email(db, email)


def create_account(
    db: Session, actor: Actor, email: str, role: str, *, password: str | None = None
) -> tuple[User, str]:
    """Create an account with ``password`` or a generated one (audited; committed);
    the account and its password."""
    password = password or accounts.generate_password()
    with audit_failure(db, actor, "create", "user"):
        user = accounts.create_user(db, email, role, password)
    audit(db, actor, "create", "user", user.id)
    db.commit()
    return user, password


def change_account(
    db: Session,
    actor: Actor,
    acting_user_id: int | None,
    user_id: int,
    *,
    active: bool | None,
    role: str | None,
) -> User:
    """Activate/deactivate an account or change its role (not one's own)."""
    with audit_failure(db, actor, "update", "user", user_id):
        user = accounts.get_user(db, user_id)
        accounts.update_user(db, user, acting_user_id=acting_user_id, active=active, role=role)
    audit(db, actor, "update", "user", user.id)
    db.commit()
    return user


def reset_account_password(db: Session, actor: Actor, user_id: int) -> tuple[User, str]:
    """A new generated password (returned once); the account's sessions end."""
    with audit_failure(db, actor, "reset_password", "user", user_id):
        user = accounts.get_user(db, user_id)
    password = accounts.reset_password(db, user)
    audit(db, actor, "reset_password", "user", user.id)
    db.commit()
    return user, password
