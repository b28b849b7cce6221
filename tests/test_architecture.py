"""The architecture's arrows (docs/architecture.md) hold: checked by import-linter's
contracts in pyproject.toml, and the shells run no queries of their own.

On the starting commit (07c7ef4) each of these failed: route modules imported one
another, ``storage.demo`` imported ``jobs`` (a cycle storage <-> jobs), the assistant's
classifier and matcher imported each other, routes ran ``select()``, and the errors
carried their own HTTP statuses and exit codes.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from hfs import errors

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "hfs"


def _lint_imports() -> str:
    exe = Path(sys.executable).with_name("lint-imports")
    return str(exe) if exe.exists() else (shutil.which("lint-imports") or "lint-imports")


def test_import_contracts_are_kept():
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    run = subprocess.run(
        [_lint_imports(), "--no-cache"], cwd=ROOT, env=env, capture_output=True, text=True
    )
    out = run.stdout + run.stderr
    assert run.returncode == 0, out
    for name in (
        "shells -> services -> jobs -> tasks/executor -> storage -> domain KEPT",
        "route modules do not import one another KEPT",
        "domain packages and tasks use no database, web framework or CLI library KEPT",
        "no import cycles between sibling modules KEPT",
    ):
        assert name in out, out


def test_a_route_importing_another_route_breaks_the_contract(tmp_path):
    # The contract is not vacuous: a copy of the package with one route module
    # importing another fails it.
    shutil.copytree(ROOT / "src", tmp_path / "src", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    inbox = tmp_path / "src" / "hfs" / "web" / "routes" / "inbox.py"
    inbox.write_text(inbox.read_text() + "\nfrom hfs.web.routes import patients  # noqa\n")
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "src")}
    run = subprocess.run(
        [_lint_imports(), "--no-cache"], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    out = run.stdout + run.stderr
    assert run.returncode == 1, out
    assert "route modules do not import one another BROKEN" in out
    assert "hfs.web.routes.inbox -> hfs.web.routes.patients" in out


def test_the_shells_run_no_queries():
    found = [
        f"{path.relative_to(ROOT)}:{n}"
        for folder in ("web", "cli")
        for path in sorted((SRC / folder).rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if re.search(r"\bselect\(", line)
    ]
    assert found == []


# What each error was answered with before the tables moved into the shells.
STATUSES = [
    (errors.HFSError, 500, 1),
    (errors.InputError, 400, 2),
    (errors.VideoError, 400, 2),
    (errors.TooLargeError, 413, 2),
    (errors.NoFaceError, 400, 2),
    (errors.RecordingError, 400, 2),
    (errors.RecordError, 400, 2),
    (errors.ConflictError, 409, 2),
    (errors.ConfigError, 500, 3),
    (errors.NotFoundError, 404, 4),
    (errors.SessionNotFoundError, 404, 4),
    (errors.AuthError, 401, 5),
    (errors.ThrottledError, 429, 5),
    (errors.PermissionDeniedError, 403, 5),
    (errors.CSRFError, 403, 5),
    (errors.AppendOnlyError, 500, 1),
]


@pytest.mark.parametrize(
    ("cls", "status", "code"), STATUSES, ids=lambda x: getattr(x, "__name__", x)
)
def test_errors_map_to_statuses_in_the_shells(cls, status, code):
    from hfs.cli._common import exit_code
    from hfs.web.errors import http_status

    exc = cls("x")
    assert http_status(exc) == status
    assert exit_code(exc) == code
    # The domain's errors say what went wrong, not how a shell shows it.
    assert not hasattr(exc, "http_status") and not hasattr(exc, "exit_code")


def test_an_upload_that_stalls_is_408():
    from hfs.web.errors import http_status
    from hfs.web.upload_io import UploadTimeoutError

    assert http_status(UploadTimeoutError("slow")) == 408
