"""The exception tree of hfs, documented in one place.

Every error a user can cause derives from :class:`HFSError`. The errors say what
went wrong, not how to show it: the shells translate them. The CLI prints ``hfs:
error: <message>`` on one line and exits with the code of ``hfs.cli._common.EXIT_CODES``;
the web layer answers with the status of ``hfs.web.errors.HTTP_STATUS`` and the
message. Messages are written for the person who gave the input: what was wrong and,
where possible, what to do.

::

    HFSError                      (exit 1, HTTP 500)
    ├── InputError                (exit 2, HTTP 400)  bad input of any kind
    │   ├── VideoError            not a video, unreadable, truncated, absurd size
    │   ├── TooLargeError         (HTTP 413) an upload over its size limit
    │   ├── NoFaceError           a readable video in which no face could be followed
    │   ├── RecordingError        an electrophysiology recording that cannot be used
    │   ├── RecordError           a clinical record or scale answer that is not valid
    │   └── ConflictError         (HTTP 409) clashes with what is stored (MRN, status step)
    ├── ConfigError               (exit 3, HTTP 500)  settings or data files are wrong
    ├── NotFoundError             (exit 4, HTTP 404)  a named thing does not exist
    │   └── SessionNotFoundError  a chat session that is unknown or has expired
    ├── AuthError                 (exit 5, HTTP 401)  not logged in, bad credentials, expired
    ├── ThrottledError            (exit 5, HTTP 429)  too many failed logins or uploads; wait
    ├── PermissionDeniedError     (exit 5, HTTP 403)  logged in, but the role may not do this
    │   └── CSRFError             a state change without the CSRF token or from a foreign origin
    └── AppendOnlyError           an attempt to change or delete an audit log row

(The codes and statuses shown are the shells' tables, for reference.)
"""

from __future__ import annotations


class HFSError(Exception):
    """Base of every error hfs raises on purpose."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputError(HFSError):
    """The input (file, argument, request) cannot be used as given."""


class VideoError(InputError):
    """The file is not a usable video: not a video at all, unreadable, truncated, absurd."""


class TooLargeError(InputError):
    """An upload is larger than its limit."""


class NoFaceError(InputError):
    """The video is readable but no face could be followed in it."""


class RecordingError(InputError):
    """An electrophysiology recording cannot be used (format, channels, stimuli, rate)."""


class RecordError(InputError):
    """A clinical record (patient, treatment, measurement, scale answer) is not valid."""


class ConfigError(HFSError):
    """Settings, montage or scenario files are wrong."""


class NotFoundError(HFSError):
    """A named thing (patient, session, file) does not exist."""


class SessionNotFoundError(NotFoundError):
    """A chat session id that is unknown, expired or forgotten."""


class ConflictError(InputError):
    """The request clashes with what is stored (a duplicate MRN, a status step not allowed)."""


class AuthError(HFSError):
    """Not logged in, wrong email or password, or the session has expired."""


class ThrottledError(HFSError):
    """Too many failed logins (per account or address) or uploads (per address); wait."""


class PermissionDeniedError(HFSError):
    """Logged in, but this role may not do this (deny by default)."""


class CSRFError(PermissionDeniedError):
    """A state-changing request without a valid CSRF token, or from a foreign origin."""


class AppendOnlyError(HFSError):
    """The audit log is append-only: its rows cannot be changed or deleted."""
