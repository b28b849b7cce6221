"""A minimal page with the chat widget at /assistant (the clinic app builds the real pages)."""

from __future__ import annotations

from importlib import resources

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

router = APIRouter(tags=["pages"])


@router.get("/assistant", response_class=HTMLResponse)
def assistant_page() -> HTMLResponse:
    html = (resources.files("hfs.web") / "templates" / "chat.html").read_text("utf-8")
    return HTMLResponse(html)


@router.get("/healthz")
def healthz() -> dict:
    return {"status": "ok"}
