"""Fixtures for the clinic web app: an app on a fresh SQLite database, accounts per role,
logged-in clients, and short synthetic videos."""

from __future__ import annotations

import io
import os
import time
import zipfile
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from hfs.settings import Settings
from hfs.storage.accounts import create_user
from hfs.web import create_app

PASSWORD = "correct horse battery staple"
ROLES = ("staff", "clinician", "admin")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    # The clinic's own settings are given here; nothing comes from the environment.
    return Settings(data_dir=tmp_path / "data", database_url=None)


class Clinic:
    """The app under test, with helpers to make accounts and log in."""

    def __init__(self, app, client: TestClient):
        self.app = app
        self.client = client

    @property
    def sessions(self):
        return self.app.state.sessions

    def user(self, role: str, email: str | None = None) -> str:
        email = email or f"{role}@clinic.example"
        with self.sessions() as db:
            create_user(db, email, role, PASSWORD)
            db.commit()
        return email

    def new_client(self) -> TestClient:
        # Shares the running app (its lifespan is held by self.client); own cookie jar.
        return TestClient(self.app)

    def login(self, email: str, password: str = PASSWORD, client: TestClient | None = None):
        c = client or self.new_client()
        r = c.post("/api/auth/login", json={"email": email, "password": password})
        assert r.status_code == 200, r.text
        c.headers["X-CSRF-Token"] = r.json()["csrf_token"]
        return c


@pytest.fixture
def clinic(settings):
    app = create_app(settings)
    with TestClient(app) as client:
        yield Clinic(app, client)


@pytest.fixture
def clinician(clinic) -> TestClient:
    return clinic.login(clinic.user("clinician"))


@pytest.fixture
def staff(clinic) -> TestClient:
    return clinic.login(clinic.user("staff"))


@pytest.fixture
def admin(clinic) -> TestClient:
    return clinic.login(clinic.user("admin"))


PATIENT = {
    "mrn": "MRN-0001",
    "family_name": "Testperson",
    "given_names": ["Alma"],
    "birth_date": "1961-05-02",
    "sex": "female",
    "affected_side": "left",
}


@pytest.fixture
def patient_id(clinician) -> str:
    r = clinician.post("/api/patients", json=PATIENT)
    assert r.status_code == 201, r.text
    return r.json()["id"]


@pytest.fixture(scope="session")
def short_video(tmp_path_factory) -> Path:
    from hfs.simulate.video import simulate_video

    path = tmp_path_factory.mktemp("video") / "clip.mp4"
    simulate_video(path, duration_s=3, size="320x240", rng=1)
    return path


def files_under(folder: Path) -> list[Path]:
    if not folder.exists():
        return []
    return [Path(root) / f for root, _, names in os.walk(folder) for f in names]


def wait_done(client, url: str, timeout: float = 60.0) -> dict:
    """Poll a job's status URL until it is done or failed; its last answer."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        d = client.get(url).json()
        if d["status"] in ("done", "failed"):
            return d
        time.sleep(0.1)
    raise AssertionError(f"analysis did not finish: {d}")


def assert_nothing_left(clinic, folder: str, model) -> None:
    """No file under the data dir's ``folder`` or its tmp, and no ``model`` row: what a
    refused upload must leave."""
    from sqlalchemy import select

    data_dir = clinic.app.state.settings.data_dir
    assert files_under(data_dir / folder) == []
    assert files_under(data_dir / "tmp") == []
    with clinic.sessions() as db:
        assert db.scalars(select(model)).all() == []


def zip_bytes() -> bytes:
    """A small ZIP archive: what a renamed non-media upload looks like."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("a.txt", "hello" * 100)
    return buf.getvalue()
