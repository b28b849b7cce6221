"""The assistant as a service: engine + store + session lifetime. Used by web and CLI.

:class:`AssistantService` checks the text, loads the session's state, runs the pure
engine, applies the effects (stores a contact request or feedback, forgets a
session) and saves the new state. Sessions expire after ``ttl`` without activity.
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets
import threading
import unicodedata
import weakref
from collections.abc import Callable
from dataclasses import dataclass

from pydantic import ValidationError

from hfs.assistant.engine import ConversationState, Engine, Reply, Turn
from hfs.assistant.language import reply_language
from hfs.assistant.store import AssistantStore
from hfs.errors import InputError, SessionNotFoundError

log = logging.getLogger(__name__)

MAX_TEXT_CHARS = 2000
_ALLOWED_CONTROL = {"\n", "\r", "\t"}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def check_text(text: str) -> str:
    """Return ``text`` stripped, or raise InputError for empty, huge or binary text."""
    if not isinstance(text, str):
        raise InputError("text must be a string")
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(f"text is too long: {len(text)} characters, at most {MAX_TEXT_CHARS}")
    for ch in text:
        if ch in _ALLOWED_CONTROL:
            continue
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Cs", "Co", "Cn") or ch == "\ufffd":
            raise InputError("text contains control or binary characters; send plain text")
    stripped = text.strip()
    if not stripped:
        raise InputError("text is empty; type a message")
    return stripped


@dataclass(frozen=True)
class ChatResult:
    session_id: str
    replies: list[Reply]
    scenario: str | None
    ended: bool
    #: the conversation's language after the turn ("en" or "es")
    lang: str = "en"
    #: what the safety screen did: "alarm", "net" or None (:attr:`Turn.safety`)
    safety: str | None = None


class AssistantService:
    """Conversations that persist in a store.

    Parameters
    ----------
    engine : Engine
    store : AssistantStore
    ttl : timedelta
        A session idle for longer is gone (its sent requests stay for the clinic).
    clock : callable returning an aware datetime (UTC)
    on_stored : callable or None
        Called (with no argument) after a contact request or feedback was stored: the
        web app wakes its notice sender (:class:`hfs.notify.Notifier`) with it. It must
        not block; a failure in it never fails the turn.
    """

    def __init__(
        self,
        engine: Engine,
        store: AssistantStore,
        ttl: dt.timedelta = dt.timedelta(minutes=30),
        clock: Callable[[], dt.datetime] = utcnow,
        on_stored: Callable[[], None] | None = None,
    ):
        self.engine = engine
        self.on_stored = on_stored
        self.store = store
        self.ttl = ttl
        self.clock = clock
        self._purge_lock = threading.Lock()
        # Turns of one session run one at a time in this process (a double click on
        # "yes" must not send a request twice); locks vanish with their last user.
        self._session_locks: weakref.WeakValueDictionary[str, threading.Lock] = (
            weakref.WeakValueDictionary()
        )
        self._locks_lock = threading.Lock()
        self._last_purge = dt.datetime.min.replace(tzinfo=dt.UTC)

    def chat(
        self,
        session_id: str | None,
        text: str | None,
        lang: str | None = None,
        default_lang: str | None = None,
    ) -> ChatResult:
        """One turn. ``session_id`` None starts a session (welcome; then ``text`` if any).
        ``lang`` ("en", "es"): the language asked for; None: the patient's messages'
        (:meth:`Engine.language_for`). ``default_lang``: a new session's language when
        its first message cannot tell ("botox??"): the page's or the browser's (the
        web route passes ``Accept-Language`` or the language cookie); else English."""
        now = self.clock()
        self._maybe_purge(now)
        if session_id is None:
            clean = check_text(text) if text is not None and text.strip() else None
            if clean is not None and self.engine.is_greeting(clean):
                clean = None  # "hi": the welcome says hello once
            session_id = secrets.token_urlsafe(18)
            first = (
                lang or (reply_language(text) if text and text.strip() else None) or default_lang
            )
            turn = self.engine.start(nonce=secrets.token_hex(8), lang=first)
            replies = list(turn.replies)
            if clean is not None:
                turn = self.engine.turn(turn.state, clean, today=now.date(), lang=lang)
                replies += turn.replies
            return self._finish(
                session_id, Turn(turn.state, replies, turn.effects, turn.safety), now
            )
        clean = check_text(text if text is not None else "")
        with self._locks_lock:
            lock = self._session_locks.get(session_id)
            if lock is None:
                lock = threading.Lock()
                self._session_locks[session_id] = lock
        with lock:
            return self._continue(session_id, clean, now, lang)

    def _continue(
        self, session_id: str, clean: str, now: dt.datetime, lang: str | None = None
    ) -> ChatResult:
        stored = self.store.load_session(session_id)
        if stored is None or now - stored.updated_at > self.ttl:
            if stored is not None:  # expired: drop idle states now, keep sent requests
                self.store.purge_sessions(now - self.ttl)
            raise SessionNotFoundError(
                "this conversation has expired or does not exist; start a new one (session_id null)"
            )
        try:
            state = ConversationState.model_validate(stored.state)
        except ValidationError:
            state = None
        if state is None or not self.engine.can_continue(state):
            raise SessionNotFoundError(
                "this conversation can no longer be continued; start a new one (session_id null)"
            )
        turn = self.engine.turn(state, clean, today=now.date(), lang=lang)
        return self._finish(session_id, turn, now)

    def _finish(self, session_id: str, turn: Turn, now: dt.datetime) -> ChatResult:
        forgotten = False
        stored = False
        for effect in turn.effects:
            if effect.action == "store_contact_request":
                # The session row must exist before a request can point to it.
                self.store.save_session(session_id, turn.state.model_dump(), now)
                self.store.add_contact_request(session_id, effect.data, now)
                stored = True
            elif effect.action == "store_feedback":
                self.store.save_session(session_id, turn.state.model_dump(), now)
                self.store.add_feedback(session_id, effect.data, now)
                stored = True
            elif effect.action == "forget_session":
                self.store.delete_session(session_id)
                forgotten = True
        if not forgotten:
            self.store.save_session(session_id, turn.state.model_dump(), now)
        if stored and self.on_stored is not None:
            try:
                self.on_stored()
            except Exception:  # the notice is in the outbox; the sender finds it later
                log.exception("waking the notice sender failed")
        return ChatResult(
            session_id, turn.replies, turn.scenario, turn.ended, turn.state.lang, turn.safety
        )

    def _maybe_purge(self, now: dt.datetime) -> None:
        if now - self._last_purge < dt.timedelta(minutes=1):
            return
        with self._purge_lock:
            if now - self._last_purge < dt.timedelta(minutes=1):
                return
            self._last_purge = now
            self.store.purge_sessions(now - self.ttl)
