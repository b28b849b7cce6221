"""Small helpers shared by the command modules: exit codes, progress bars and safe
file output."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from hfs.errors import (
    AuthError,
    ConfigError,
    HFSError,
    InputError,
    NotFoundError,
    PermissionDeniedError,
    ThrottledError,
)

console = Console(stderr=True)

#: The exit status of each kind of error (the nearest class in an error's MRO wins);
#: usage errors exit 2 as well, an interrupt 130.
EXIT_CODES: dict[type[HFSError], int] = {
    InputError: 2,
    ConfigError: 3,
    NotFoundError: 4,
    AuthError: 5,
    ThrottledError: 5,
    PermissionDeniedError: 5,
    HFSError: 1,
}


def exit_code(exc: HFSError) -> int:
    """The exit status for ``exc`` (see :data:`EXIT_CODES`)."""
    for cls in type(exc).__mro__:
        if cls in EXIT_CODES:
            return EXIT_CODES[cls]
    return 1


@contextmanager
def progress_bar(label: str, *, enabled: bool = True) -> Iterator[Callable[[int, int], None]]:
    """A progress bar on stderr; yields ``update(done, total)``."""
    if not enabled:
        yield lambda done, total: None
        return
    with Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=True,
    ) as bar:
        task = bar.add_task(label, total=None)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=max(total, done))

        yield update


def check_writable(path: str | Path | None) -> Path | None:
    """Fail early, before long work, if ``path`` cannot be written."""
    if path is None:
        return None
    p = Path(path)
    if p.is_dir():
        raise InputError(f"{p} is a folder; give a file name")
    parent = p.parent if str(p.parent) else Path(".")
    if not parent.exists():
        raise InputError(f"folder {parent} does not exist")
    if not os.access(parent, os.W_OK):
        raise InputError(f"cannot write to folder {parent}")
    return p


def write_atomic(path: str | Path, text: str) -> None:
    """Write ``text`` to ``path`` so that a reader sees the old file or the whole new one."""
    p = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", dir=p.parent if str(p.parent) else ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # as a plain open() would create it
        os.replace(tmp, p)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_json(path: str | Path, data: dict) -> None:
    write_atomic(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
