"""Clinic accounts, for admins (JSON; every call audited).

==========================================  ======  ====================================
route                                       policy  does
==========================================  ======  ====================================
GET   /api/admin/users                      ADMIN   list accounts
POST  /api/admin/users                      ADMIN   create ``{"email", "role"}``; the
                                                    generated password is answered once
PATCH /api/admin/users/{id}                 ADMIN   ``{"active"?, "role"?}``; deactivating
                                                    ends the account's sessions
POST  /api/admin/users/{id}/reset-password  ADMIN   new generated password (once); ends
                                                    the account's sessions
==========================================  ======  ====================================

An admin cannot deactivate their own account or change their own role (400).
Passwords are generated (about 120 bits), shown in the one answer and stored only as
argon2 hashes.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from fastapi import APIRouter, Path
from pydantic import BaseModel, ConfigDict, Field

from hfs.services import accounts as service
from hfs.storage.models import User
from hfs.web.policy import CurrentAdmin, SessionDep

router = APIRouter(prefix="/api/admin/users", tags=["accounts"])

UserId = Annotated[int, Path(ge=1, le=2**31 - 1)]
Role = Literal["clinician", "staff", "admin"]


class UserCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    email: str = Field(min_length=3, max_length=320)
    role: Role


class UserUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    active: bool | None = None
    role: Role | None = None


class UserPublic(BaseModel):
    id: int
    email: str
    role: str
    active: bool
    created_at: dt.datetime | None

    @classmethod
    def of(cls, u: User) -> UserPublic:
        return cls(id=u.id, email=u.email, role=u.role, active=u.active, created_at=u.created_at)


class UserWithPassword(UserPublic):
    password: str = Field(description="generated; shown in this answer only")


@router.get("", response_model=list[UserPublic])
def list_users(admin: CurrentAdmin, db: SessionDep) -> list[UserPublic]:
    users = service.list_accounts(db, admin.actor)
    return [UserPublic.of(u) for u in users]


@router.post("", response_model=UserWithPassword, status_code=201)
def create_user(body: UserCreate, admin: CurrentAdmin, db: SessionDep) -> UserWithPassword:
    user, password = service.create_account(db, admin.actor, body.email, body.role)
    return UserWithPassword(**UserPublic.of(user).model_dump(), password=password)


@router.patch("/{user_id}", response_model=UserPublic)
def update_user(user_id: UserId, body: UserUpdate, admin: CurrentAdmin, db: SessionDep):
    user = service.change_account(
        db, admin.actor, admin.user_id, user_id, active=body.active, role=body.role
    )
    return UserPublic.of(user)


@router.post("/{user_id}/reset-password", response_model=UserWithPassword)
def reset_password(user_id: UserId, admin: CurrentAdmin, db: SessionDep) -> UserWithPassword:
    user, password = service.reset_account_password(db, admin.actor, user_id)
    return UserWithPassword(**UserPublic.of(user).model_dump(), password=password)
