"""`hfs serve` for real on loopback: stop the server mid-conversation, start it again."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time

import httpx


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(tmp_path, port):
    env = {**os.environ, "HFS_DATA_DIR": str(tmp_path)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "hfs.cli.main", "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"server exited: {proc.stderr.read().decode()}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise AssertionError("server did not start within 60 s")


def stop(proc, sig=signal.SIGTERM):
    proc.send_signal(sig)
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def test_restart_mid_conversation(tmp_path):
    port = free_port()
    url = f"http://127.0.0.1:{port}/api/chat"
    server = start(tmp_path, port)
    try:
        sid = httpx.post(url, json={"session_id": None, "text": None}).json()["session_id"]
        for text in ["check my symptoms", "right", "The eye and the cheek or mouth"]:
            body = httpx.post(url, json={"session_id": sid, "text": text}).json()
        assert "How long" in body["replies"][-1]["text"]
    finally:
        stop(server, signal.SIGKILL)  # an abrupt stop: nothing is flushed on the way out
    server = start(tmp_path, port)
    try:
        body = httpx.post(url, json={"session_id": sid, "text": "years"}).json()
        assert body["scenario"] == "screening"
        assert "bursts" in body["replies"][-1]["text"]
    finally:
        stop(server)


def test_serve_on_a_taken_port_is_a_one_line_error(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        proc = subprocess.run(
            [sys.executable, "-m", "hfs.cli.main", "serve", "--port", str(port)],
            env={**os.environ, "HFS_DATA_DIR": str(tmp_path)},
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert proc.returncode == 2
    assert proc.stderr.startswith("hfs: error: cannot listen on 127.0.0.1:")
