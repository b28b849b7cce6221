"""Files the analysis jobs keep under the data dir: private (0600 in a 0700 folder)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hfs.storage.private import private_dir


def write_private(folder: Path, name: str, text: str) -> Path:
    """Write ``text`` to ``folder/name`` readable by this account only, so that a
    reader sees no file or the whole one (a failed write leaves nothing behind)."""
    private_dir(folder)
    path = folder / name
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", dir=folder)  # mkstemp: mode 0600
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
