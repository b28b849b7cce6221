"""X-Forwarded-For is believed only from HFS_TRUSTED_PROXIES.

On e85a7dd `hfs serve` left uvicorn's default (believe the header from 127.0.0.1), so a
client on loopback chose its own address: the per-address login limit never tripped
and the audit log recorded invented addresses.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import httpx
from sqlalchemy import select

from hfs.settings import Settings
from hfs.storage import create_db_engine, make_session_factory
from hfs.storage.models import AuditEntry
from tests.web.served import Served


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _audit_clients(data_dir, action: str) -> list[str]:
    engine = create_db_engine(f"sqlite:///{data_dir / 'hfs.sqlite3'}")
    try:
        with make_session_factory(engine)() as db:
            return list(db.scalars(select(AuditEntry.client).where(AuditEntry.action == action)))
    finally:
        engine.dispose()


def test_hfs_serve_ignores_a_spoofed_forwarded_for(tmp_path):
    port = _free_port()
    data = tmp_path / "data"
    env = {**os.environ, "HFS_DATA_DIR": str(data), "HFS_LOGIN_MAX_FAILURES_PER_CLIENT": "3"}
    env.pop("HFS_DATABASE_URL", None)
    env.pop("HFS_TRUSTED_PROXIES", None)
    proc = subprocess.Popen(
        [sys.executable, "-c", "from hfs.cli.main import run; run()", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 180  # a loaded machine starts slowly
        while True:
            try:
                if httpx.get(url + "/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline and proc.poll() is None, "server did not start"
            time.sleep(0.2)
        codes = []
        for i in range(5):
            r = httpx.post(
                url + "/api/auth/login",
                json={"email": f"nobody{i}@clinic.example", "password": "wrong password!!"},
                headers={"X-Forwarded-For": f"198.51.100.{i + 1}"},
                timeout=10,
            )
            codes.append(r.status_code)
        # Three failures from this one address, then the address is throttled.
        assert codes == [401, 401, 401, 429, 429]
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    assert set(_audit_clients(data, "login")) == {"127.0.0.1"}


def test_a_trusted_proxy_gives_the_client_address(tmp_path):
    settings = Settings(data_dir=tmp_path / "data", trusted_proxies="127.0.0.1")
    body = {"name": "Ann", "phone": "+1 412 647 3685", "reason": "twitching"}
    with Served(settings) as served, served.client() as c:
        for addr in ("203.0.113.7", "203.0.113.8"):
            r = c.post("/api/contact", json=body, headers={"X-Forwarded-For": f"{addr}, 127.0.0.1"})
            assert r.status_code == 201, r.text
    # The right-most address that is not a trusted proxy is the client's.
    assert _audit_clients(settings.data_dir, "create") == ["203.0.113.7", "203.0.113.8"]


def test_an_untrusted_peer_cannot_choose_its_address(tmp_path):
    settings = Settings(data_dir=tmp_path / "data", trusted_proxies="10.0.0.1")
    body = {"name": "Ann", "phone": "+1 412 647 3685", "reason": "twitching"}
    with Served(settings) as served, served.client() as c:
        r = c.post("/api/contact", json=body, headers={"X-Forwarded-For": "203.0.113.7"})
        assert r.status_code == 201, r.text
    assert _audit_clients(settings.data_dir, "create") == ["127.0.0.1"]
