"""The store interface the assistant needs; :mod:`hfs.storage` implements it.

The assistant package never imports the database layer: a shell (web app, CLI)
hands an object with these methods to :class:`hfs.assistant.service.AssistantService`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class StoredSession:
    id: str
    state: dict
    updated_at: dt.datetime


class AssistantStore(Protocol):
    def load_session(self, session_id: str) -> StoredSession | None: ...

    def save_session(self, session_id: str, state: dict, now: dt.datetime) -> None: ...

    def delete_session(self, session_id: str) -> None:
        """Delete the session and everything stored from it (contact requests, feedback)."""

    def add_contact_request(self, session_id: str, data: dict, now: dt.datetime) -> None: ...

    def add_feedback(self, session_id: str, data: dict, now: dt.datetime) -> None: ...

    def purge_sessions(self, idle_before: dt.datetime) -> int:
        """Delete conversation states idle since before ``idle_before``; keep sent requests."""
