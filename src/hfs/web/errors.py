"""HTTP statuses of hfs's errors: one table, used by the app's exception handler and
by the pages that show a refusal in place (the admin forms).

The nearest class in an error's MRO wins; anything not listed (a bug, a broken
configuration) is a 500 whose message is not shown.
"""

from __future__ import annotations

from hfs.errors import (
    AuthError,
    ConflictError,
    HFSError,
    InputError,
    NotFoundError,
    PermissionDeniedError,
    ThrottledError,
    TooLargeError,
)
from hfs.web.upload_io import UploadTimeoutError

HTTP_STATUS: dict[type[HFSError], int] = {
    InputError: 400,
    AuthError: 401,
    PermissionDeniedError: 403,
    NotFoundError: 404,
    UploadTimeoutError: 408,
    ConflictError: 409,
    TooLargeError: 413,
    ThrottledError: 429,
    HFSError: 500,
}


def http_status(exc: HFSError) -> int:
    """The HTTP status for ``exc`` (see :data:`HTTP_STATUS`)."""
    for cls in type(exc).__mro__:
        if cls in HTTP_STATUS:
            return HTTP_STATUS[cls]
    return 500
