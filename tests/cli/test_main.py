import subprocess
import sys

from hfs import __version__


def run_hfs(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "hfs.cli.main", *args], capture_output=True, text=True, timeout=120
    )


def test_version_prints_package_version():
    r = run_hfs("--version")
    assert r.returncode == 0
    assert r.stdout.strip() == f"hfs {__version__}"


def test_unknown_command_is_one_line_error():
    r = run_hfs("no-such-command")
    assert r.returncode == 2
    lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("hfs: error:")
    assert "Traceback" not in r.stderr
