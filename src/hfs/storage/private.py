"""Files under ``HFS_DATA_DIR`` are private to the account that runs hfs.

Patient data lives there (the SQLite file and its ``-wal``/``-shm``, face videos,
recordings, reports, upload temp files), so every folder is made 0700 and every file
0600 whatever the process umask: folders and files are created with those modes and
chmod-ed after (the umask can only take bits away, and a folder that already exists
keeps its mode unless fixed). :func:`check_private_tree` runs at every start (app and
clinic commands): looser modes on entries this account owns are repaired (each one
logged), an entry owned by another account is refused with a message (it cannot be
fixed from here). The secret key is not repaired: a key file others could read may
have been copied, so it stops the app (:func:`hfs.web.security.load_or_create_secret`).
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
import time
from pathlib import Path

from hfs.errors import ConfigError

log = logging.getLogger(__name__)

DIR_MODE = 0o700
FILE_MODE = 0o600
#: Upload temp files live here until accepted or refused.
TMP_DIR = "tmp"
#: The secret key is refused, not repaired, when others could read it.
NOT_REPAIRED = frozenset({"secret_key"})


def private_dir(path: Path) -> Path:
    """Create ``path`` (and missing parents) as 0700 folders; make an existing one 0700."""
    path = Path(path)
    missing = []
    p = path
    while not p.exists():
        missing.append(p)
        if p.parent == p:
            break
        p = p.parent
    for d in reversed(missing):
        with contextlib.suppress(FileExistsError):
            d.mkdir(mode=DIR_MODE)
        os.chmod(d, DIR_MODE)
    if stat.S_IMODE(path.stat().st_mode) & 0o077 and path.stat().st_uid == os.getuid():
        os.chmod(path, DIR_MODE)
    return path


def create_private_file(path: Path) -> Path:
    """Create ``path`` empty with mode 0600 if it does not exist (its folder 0700)."""
    path = Path(path)
    private_dir(path.parent)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, FILE_MODE)
    try:
        if stat.S_IMODE(os.fstat(fd).st_mode) != FILE_MODE:
            os.fchmod(fd, FILE_MODE)
    finally:
        os.close(fd)
    return path


def make_private(path: Path) -> Path:
    """chmod an existing file 0600 (e.g. one a library wrote with the umask's mode)."""
    os.chmod(path, FILE_MODE)
    return path


def check_private_tree(data_dir: Path) -> list[Path]:
    """Repair group/other permissions under ``data_dir``; the paths repaired.

    Raises :class:`ConfigError` for a loose entry owned by another account (or one
    that cannot be changed). The secret key is left for its own check.
    """
    data_dir = Path(data_dir)
    if not data_dir.exists():
        return []
    uid = os.getuid()
    repaired: list[Path] = []

    def fix(path: Path, st: os.stat_result, mode: int) -> None:
        if not stat.S_IMODE(st.st_mode) & 0o077:
            return
        if st.st_uid != uid:
            raise ConfigError(
                f"{path} is readable by other users (mode {stat.S_IMODE(st.st_mode):o}) and "
                f"belongs to another account; run: chown -R $(id -un) {data_dir} && "
                f"chmod -R go-rwx {data_dir}"
            )
        try:
            os.chmod(path, mode)
        except FileNotFoundError:
            raise
        except OSError as exc:
            raise ConfigError(f"cannot make {path} private: {exc.strerror}") from None
        log.warning("made %s private (was mode %o)", path, stat.S_IMODE(st.st_mode))
        repaired.append(path)

    fix(data_dir, data_dir.stat(), DIR_MODE)
    for root, dirs, files in os.walk(data_dir):
        for name in dirs + files:
            p = Path(root) / name
            if Path(root) == data_dir and name in NOT_REPAIRED:
                continue
            try:  # another process (a job, the demo's seeding) may remove it meanwhile
                st = p.lstat()
                if not stat.S_ISLNK(st.st_mode):
                    fix(p, st, DIR_MODE if stat.S_ISDIR(st.st_mode) else FILE_MODE)
            except FileNotFoundError:
                continue
    return repaired


def sweep_tmp(data_dir: Path, *, older_than_s: float, now: float | None = None) -> list[Path]:
    """Remove upload temp files under ``data_dir/tmp`` not modified for ``older_than_s``.

    Uploads in progress keep writing their file (and each must finish within
    ``HFS_UPLOAD_MAX_MINUTES``), so a file this old belongs to no live upload: a
    server killed mid-upload, or a crash between receiving and removing."""
    folder = Path(data_dir) / TMP_DIR
    if not folder.is_dir():
        return []
    now = time.time() if now is None else now
    removed = []
    for p in folder.iterdir():
        try:
            st = p.lstat()
        except FileNotFoundError:
            continue
        if stat.S_ISREG(st.st_mode) and now - st.st_mtime > older_than_s:
            p.unlink(missing_ok=True)
            removed.append(p)
    if removed:
        log.info("removed %d stale upload temp file(s) from %s", len(removed), folder)
    return removed
