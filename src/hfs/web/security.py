"""The app's secret key, client addresses and the same-origin check.

The secret key (32 random bytes) is generated on first run into ``<data dir>/secret_key``
with mode 0600 and read from there afterwards; a key file readable by others is
refused. It keys the hashes under which web sessions are stored.
"""

from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path
from urllib.parse import urlsplit

from starlette.requests import Request

from hfs.errors import ConfigError

SECRET_FILE = "secret_key"
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def load_or_create_secret(data_dir: Path) -> bytes:
    """The secret key of this installation; created (0600) when missing."""
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = data_dir / SECRET_FILE
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            raise ConfigError(
                f"{path} is readable by other users (mode {mode:o}); run: chmod 600 {path}"
            ) from None
        try:
            key = bytes.fromhex(path.read_text().strip())
        except ValueError:
            key = b""
        if len(key) < 32:
            raise ConfigError(
                f"{path} does not hold a valid key; delete it to make a new one"
            ) from None
        return key
    key = secrets.token_bytes(32)
    with os.fdopen(fd, "w") as f:
        f.write(key.hex() + "\n")
    return key


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def foreign_origin(request: Request) -> str | None:
    """For a state-changing request: the foreign Origin/Referer it came from, else None.

    Browsers send ``Origin`` (or at least ``Referer``) with cross-site form posts and
    fetches; a request naming another host than the one it was sent to is refused.
    A request with neither header (not from a browser page) passes this check; those
    that act on a login still need the session's CSRF token.
    """
    host = request.headers.get("host", "").lower()
    origin = request.headers.get("origin")
    if origin is not None:
        if origin == "null":
            return origin
        return None if urlsplit(origin).netloc.lower() == host else origin
    referer = request.headers.get("referer")
    if referer is not None and urlsplit(referer).netloc.lower() != host:
        return referer
    return None
