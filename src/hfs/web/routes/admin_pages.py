"""Admin HTML pages for clinic accounts (``/admin/users``): list, create, deactivate,
reset password. Plain HTML forms (no script) that post the session's CSRF token as the
field ``csrf_token``; the work is done by the same functions as the JSON API
(:mod:`hfs.services.accounts`), so the checks and the audit lines are the same.

==========================================  ===========  ==============================
route                                       policy       does
==========================================  ===========  ==============================
GET  /admin/users                           ADMIN        the page
POST /admin/users                           ADMIN_FORM   create (``email``, ``role``)
POST /admin/users/{id}/active               ADMIN_FORM   ``active`` = true / false
POST /admin/users/{id}/reset-password       ADMIN_FORM   new password, shown once
==========================================  ===========  ==============================
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse

from hfs.errors import HFSError, InputError
from hfs.services.accounts import (
    change_account,
    create_account,
    list_accounts,
    reset_account_password,
)
from hfs.storage.models import ROLES
from hfs.web.errors import http_status
from hfs.web.policy import CurrentAdmin, CurrentAdminForm, Principal, SessionDep
from hfs.web.templating import render_page

router = APIRouter(prefix="/admin/users", tags=["admin pages"])

UserId = Annotated[int, Path(ge=1, le=2**31 - 1)]


def _page(db, admin: Principal, *, status: int = 200, **context) -> HTMLResponse:
    users = list_accounts(db, admin.actor)
    # A clinic page (nav, CSP, never cached: it may hold a one-time password).
    return render_page(
        "admin_users.html",
        admin,
        "accounts",
        http_status=status,
        users=users,
        roles=ROLES,
        me=admin.user_id,
        csrf_token=admin.csrf_token,
        **context,
    )


async def _form(request: Request) -> dict[str, str]:
    form = await request.form(max_files=0, max_fields=20, max_part_size=4096)
    return {k: v for k, v in form.items() if isinstance(v, str)}


@router.get("", response_class=HTMLResponse)
def users_page(admin: CurrentAdmin, db: SessionDep) -> HTMLResponse:
    return _page(db, admin)


@router.post("", response_class=HTMLResponse)
async def create_user_form(request: Request, admin: CurrentAdminForm, db: SessionDep):
    form = await _form(request)
    try:
        role = form.get("role", "")
        if role not in ROLES:
            raise InputError(f"role must be one of {', '.join(ROLES)}")
        user, password = await run_in_threadpool(
            create_account, db, admin.actor, form.get("email", "")[:320], role
        )
    except HFSError as exc:
        return _page(db, admin, status=http_status(exc), error=exc.message)
    return _page(db, admin, shown_password={"email": user.email, "password": password})


@router.post("/{user_id}/active", response_class=HTMLResponse)
async def set_active_form(
    user_id: UserId, request: Request, admin: CurrentAdminForm, db: SessionDep
):
    form = await _form(request)
    try:
        value = form.get("active", "")
        if value not in ("true", "false"):
            raise InputError("active must be true or false")
        user = change_account(
            db, admin.actor, admin.user_id, user_id, active=value == "true", role=None
        )
    except HFSError as exc:
        return _page(db, admin, status=http_status(exc), error=exc.message)
    state = "reactivated" if user.active else "deactivated (its sessions have ended)"
    return _page(db, admin, message=f"{user.email} is {state}.")


@router.post("/{user_id}/reset-password", response_class=HTMLResponse)
async def reset_password_form(user_id: UserId, admin: CurrentAdminForm, db: SessionDep):
    try:
        user, password = await run_in_threadpool(reset_account_password, db, admin.actor, user_id)
    except HFSError as exc:
        return _page(db, admin, status=http_status(exc), error=exc.message)
    return _page(db, admin, shown_password={"email": user.email, "password": password})
