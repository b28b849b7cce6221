"""The exception tree of hfs, documented in one place.

Every error a user can cause derives from :class:`HFSError`. Shells translate them:
the CLI prints ``hfs: error: <message>`` on one line and exits with ``exit_code``;
the web layer answers with ``http_status`` and the message. Messages are written for
the person who gave the input: what was wrong and, where possible, what to do.

::

    HFSError                      (exit 1, HTTP 500)
    ├── InputError                (exit 2, HTTP 400)  bad input of any kind
    │   ├── VideoError            not a video, unreadable, truncated, absurd size
    │   ├── TooLargeError         (HTTP 413) an upload over its size limit
    │   ├── NoFaceError           a readable video in which no face could be followed
    │   ├── RecordingError        an electrophysiology recording that cannot be used
    │   └── RecordError           a clinical record or scale answer that is not valid
    ├── ConfigError               (exit 3, HTTP 500)  settings or data files are wrong
    └── NotFoundError             (exit 4, HTTP 404)  a named thing does not exist
        └── SessionNotFoundError  a chat session that is unknown or has expired
"""

from __future__ import annotations


class HFSError(Exception):
    """Base of every error hfs raises on purpose."""

    exit_code: int = 1
    http_status: int = 500

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputError(HFSError):
    """The input (file, argument, request) cannot be used as given."""

    exit_code = 2
    http_status = 400


class VideoError(InputError):
    """The file is not a usable video: not a video at all, unreadable, truncated, absurd."""


class TooLargeError(InputError):
    """An upload is larger than its limit."""

    http_status = 413


class NoFaceError(InputError):
    """The video is readable but no face could be followed in it."""


class RecordingError(InputError):
    """An electrophysiology recording cannot be used (format, channels, stimuli, rate)."""


class RecordError(InputError):
    """A clinical record (patient, treatment, measurement, scale answer) is not valid."""


class ConfigError(HFSError):
    """Settings, montage or scenario files are wrong."""

    exit_code = 3


class NotFoundError(HFSError):
    """A named thing (patient, session, file) does not exist."""

    exit_code = 4
    http_status = 404


class SessionNotFoundError(NotFoundError):
    """A chat session id that is unknown, expired or forgotten."""
