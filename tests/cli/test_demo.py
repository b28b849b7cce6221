"""``hfs demo``: seeds the invented demo patients once, prints the password once, reuses."""

from __future__ import annotations

from functools import partial

from click.testing import CliRunner
from sqlalchemy import func, select

import hfs.storage.demo as demo_data
from hfs.cli.main import cli
from hfs.settings import get_settings
from hfs.storage import create_db_engine, make_session_factory
from hfs.storage.accounts import verify_password
from hfs.storage.models import Patient, User, Video


def test_demo_seeds_once_then_reuses_the_data(tmp_path, monkeypatch):
    monkeypatch.setenv("HFS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("HFS_DATABASE_URL", raising=False)
    get_settings.cache_clear()
    # One patient with 2 s videos instead of three with 10 s ones: the same code path.
    monkeypatch.setattr(
        demo_data, "seed_demo", partial(demo_data.seed_demo, patients=1, duration_s=2)
    )
    try:
        first = CliRunner().invoke(cli, ["demo", "--no-serve"])
        second = CliRunner().invoke(cli, ["demo", "--no-serve"])
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
