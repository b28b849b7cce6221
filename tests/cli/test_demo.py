"""``hfs demo``: seeds the invented demo patients once, prints the password once, reuses."""

from __future__ import annotations

from click.testing import CliRunner
from sqlalchemy import func, select

import hfs.services.demo as demo_data
from hfs.cli.main import cli
from hfs.settings import get_settings
from hfs.storage import create_db_engine, make_session_factory
from hfs.storage.accounts import verify_password
from hfs.storage.models import Patient, RecordingRow, User, Video


def test_demo_seeds_once_then_reuses_the_data(tmp_path, monkeypatch):
    monkeypatch.setenv("HFS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("HFS_DATABASE_URL", raising=False)
    get_settings.cache_clear()
    # One patient with 2 s videos instead of three with 10 s ones: the same code path.
    small = ["--patients", "1", "--duration", "2"]
    try:
        first = CliRunner().invoke(cli, ["demo", "--no-serve", *small])
        second = CliRunner().invoke(cli, ["demo", "--no-serve", *small])
    finally:
        get_settings.cache_clear()
    assert first.exit_code == 0, first.output
    password = first.output.split("Password (shown only now): ")[1].split()[0]
    db_url = f"sqlite:///{tmp_path / 'data' / 'hfs.sqlite3'}"
    with make_session_factory(create_db_engine(db_url))() as db:
        user = db.scalar(select(User).where(User.email == demo_data.DEMO_EMAIL))
        assert user.role == "clinician" and verify_password(user.password_hash, password)
        assert db.scalar(select(func.count()).select_from(Patient)) == 1
        videos = db.scalars(select(Video)).all()
        assert len(videos) == len(demo_data.DEMO_PATIENTS[0]["visits"])
        assert all(v.status == "done" and v.analysis for v in videos)
    assert second.exit_code == 0, second.output
    assert "already there" in second.output and password not in second.output


def _env(data_dir) -> dict:
    import os

    env = {**os.environ, "HFS_DATA_DIR": str(data_dir)}
    env.pop("HFS_DATABASE_URL", None)
    return env


def test_demo_serves_while_its_media_are_made_and_its_hints_work_as_typed(tmp_path):
    # On e85a7dd `hfs demo` made and analysed every video before serving (~2.5 min,
    # silent), and its "hfs admin reset-password" hint looked in another data folder.
    import re
    import socket
    import subprocess
    import sys
    import time

    import httpx

    from tests.clitools import run_hfs

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    data = tmp_path / "data"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "hfs.cli.main",
            "demo",
            "--port",
            str(port),
            "--patients",
            "2",  # Korhonen: the MVD and its recordings
            "--duration",
            "2",
        ],
        env=_env(data),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/login", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline and proc.poll() is None, "not served"
            time.sleep(0.2)
        # Served while the videos and recordings are still being made.
        assert (data / "demo-pending.json").exists()
    finally:
        proc.terminate()
        out = proc.communicate(timeout=60)[1]
    assert "Adding the invented demo patients" in out
    assert "in the background" in out
    password = out.split("Password (shown only now): ")[1].split()[0]
    # The next run resumes the rest, and prints a reset command that works as typed
    # from any folder (it names the data folder).
    again = run_hfs("demo", "--no-serve", env=_env(data), timeout=600)
    assert again.returncode == 0, again.stderr
    assert not (data / "demo-pending.json").exists()
    hint = re.search(r"a new one: (HFS_DATA_DIR=\S+ \S*hfs admin reset-password \S+)", again.stderr)
    assert hint, again.stderr
    import os

    clean_env = {k: v for k, v in os.environ.items() if k != "HFS_DATA_DIR"}
    reset = subprocess.run(
        hint.group(1).replace("hfs admin", f"{sys.executable} -m hfs.cli.main admin"),
        shell=True,
        cwd="/",
        env=clean_env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert reset.returncode == 0, reset.stderr
    assert password not in reset.stdout and "password" in reset.stdout.lower()
    with make_session_factory(create_db_engine(f"sqlite:///{data / 'hfs.sqlite3'}"))() as db:
        assert db.scalar(select(func.count()).select_from(Patient)) == 2
        videos = db.scalars(select(Video)).all()
        assert len(videos) == sum(len(p["visits"]) for p in demo_data.DEMO_PATIENTS[:2])
        assert all(v.status == "done" for v in videos)
        assert db.scalar(select(func.count()).select_from(RecordingRow)) == 2


def test_admin_and_clinic_commands_do_not_create_an_empty_database(tmp_path):
    from tests.clitools import one_line_error, run_hfs

    for args in (
        ("admin", "list-users"),
        ("admin", "reset-password", "x@clinic.example"),
        ("clinic", "purge-uploads"),
        ("clinic", "export-fhir", "0" * 32, "--out", str(tmp_path / "b.json")),
    ):
        r = run_hfs(*args, env=_env(tmp_path / "nowhere"), timeout=120)
        line = one_line_error(r, 3, "no hfs database in")
        assert str(tmp_path / "nowhere") in line and "HFS_DATA_DIR" in line
        assert not (tmp_path / "nowhere" / "hfs.sqlite3").exists()
    # Creating the first account is how a new installation starts: it may create one.
    r = run_hfs(
        "admin",
        "create-user",
        "a@clinic.example",
        "--role",
        "admin",
        "--generate",
        env=_env(tmp_path / "new"),
    )
    assert r.returncode == 0, r.stderr
    assert "creating a new database in" in r.stderr
    assert run_hfs("admin", "list-users", env=_env(tmp_path / "new")).returncode == 0
