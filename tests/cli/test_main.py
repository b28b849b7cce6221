from hfs import __version__
from tests.clitools import one_line_error, run_hfs


def test_version_prints_package_version():
    r = run_hfs("--version")
    assert r.returncode == 0
    assert r.stdout.strip() == f"hfs {__version__}"


def test_unknown_command_is_one_line_error():
    one_line_error(run_hfs("no-such-command"), 2)
