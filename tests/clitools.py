"""Running the ``hfs`` command in a subprocess, as a person does, and checking its errors."""

import subprocess
import sys


def run_hfs(*args, timeout=300, env=None, stdin=None) -> subprocess.CompletedProcess:
    """Run ``hfs ARGS`` with this interpreter; text output captured."""
    return subprocess.run(
        [sys.executable, "-m", "hfs.cli.main", *map(str, args)],
        capture_output=True,
        text=True,
        input=stdin,
        env=env,
        timeout=timeout,
    )


def one_line_error(r: subprocess.CompletedProcess, code: int = 2, needle: str | None = None) -> str:
    """Assert the run failed with ``code`` and exactly one ``hfs: error:`` line, no
    traceback (and ``needle`` in it); return that line."""
    assert r.returncode == code, (r.returncode, r.stderr)
    assert "Traceback" not in r.stderr
    lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, r.stderr
    assert lines[0].startswith("hfs: error:")
    if needle is not None:
        assert needle in lines[0], lines[0]
    return lines[0]
