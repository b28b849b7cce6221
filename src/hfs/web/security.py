"""The app's secret key, client addresses and the same-origin check.

The secret key (32 random bytes) is generated on first run into ``<data dir>/secret_key``
with mode 0600 and read from there afterwards; a key file readable by others is
refused. It keys the hashes under which web sessions are stored.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from starlette.requests import Request

from hfs.errors import ConfigError
from hfs.storage.private import private_dir

SECRET_FILE = "secret_key"
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def load_or_create_secret(data_dir: Path) -> bytes:
    """The secret key of this installation; created (0600) when missing.

    The key is written to a private temporary file and then hard-linked into place,
    so a second server process starting at the same moment either creates it or reads
    the complete key, never a half-written one.
    """
    private_dir(data_dir)
    path = data_dir / SECRET_FILE
    if not path.exists():
        fd, tmp = tempfile.mkstemp(dir=data_dir, prefix=".secret_key.")  # mode 0600
        try:
            with os.fdopen(fd, "w") as f:
                f.write(secrets.token_bytes(32).hex() + "\n")
                f.flush()
                os.fsync(f.fileno())
            with contextlib.suppress(FileExistsError):
                os.link(tmp, path)
        finally:
            os.unlink(tmp)
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        raise ConfigError(
            f"{path} is readable by other users (mode {mode:o}); run: chmod 600 {path}"
        )
    try:
        key = bytes.fromhex(path.read_text().strip())
    except ValueError:
        key = b""
    if len(key) < 32:
        raise ConfigError(f"{path} does not hold a valid key; delete it to make a new one")
    return key


def client_address(request: Request) -> str:
    """The peer's address: the per-address limits and the audit log use it.

    Forwarded headers are not read here. With ``HFS_TRUSTED_PROXIES`` set the app is
    wrapped in uvicorn's ``ProxyHeadersMiddleware`` for those proxies only, which puts
    the forwarded client into the request's ``client``; ``hfs serve`` turns uvicorn's
    own default (believe ``X-Forwarded-For`` from 127.0.0.1) off."""
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
