"""``POST /api/chat``: one turn of the patient assistant.

Request ``{"session_id": null | "<id>", "text": "...", "lang": "en" | "es" (optional)}``;
a null session starts a conversation with the welcome. Without ``lang`` the language is
the patient's messages' (and follows a switch); a new conversation whose first message
cannot tell ("botox??") takes the language the request's ``Accept-Language`` prefers
(the widget sends its page's: ``es`` on ``/es/`` pages), else the ``hfs_lang`` cookie's
(the patient's choice), else English. Answers ``{"session_id", "replies":
[{"text", "topic", "choices"}], "scenario", "ended", "lang", "safety"}`` (``safety``:
"alarm" for the emergency or crisis reply, "net" when the answer carries a safety
line, else null). Empty, over-long (> 2000 characters)
or binary text: 400; an unknown or expired session: 404; a malformed body: 422.
"""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from hfs.web import i18n
from hfs.web.deps import AssistantDep

router = APIRouter(prefix="/api", tags=["chat"])


class ChatRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    session_id: str | None = Field(default=None, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")
    # Length and content are checked by the assistant, which explains what is wrong.
    text: str | None = Field(default=None, max_length=100_000)
    lang: Literal["en", "es"] | None = None


class ReplyPublic(BaseModel):
    text: str
    topic: str | None
    choices: list[str]


class ChatResponse(BaseModel):
    session_id: str
    replies: list[ReplyPublic]
    scenario: str | None
    ended: bool
    lang: str
    safety: Literal["alarm", "net"] | None = None


@router.post("/chat", response_model=ChatResponse)
async def chat(body: ChatRequest, request: Request, assistant: AssistantDep) -> ChatResponse:
    default = None
    if body.session_id is None and body.lang is None:
        default = i18n.request_language(request)
    # The turn (database, embedding model) blocks: one trip to the thread pool for it;
    # the rest of the request stays on the event loop (issue 15, latency).
    result = await run_in_threadpool(assistant.chat, body.session_id, body.text, body.lang, default)
    return ChatResponse(
        session_id=result.session_id,
        replies=[ReplyPublic(**r.model_dump()) for r in result.replies],
        scenario=result.scenario,
        ended=result.ended,
        lang=result.lang,
        safety=result.safety,
    )
