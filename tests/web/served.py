"""The app served by uvicorn on a loopback socket (real connections, real event loop),
and raw-socket clients that start an upload and then stop sending."""

from __future__ import annotations

import contextlib
import socket
import threading
import time

import httpx
import uvicorn

from hfs.web import create_app
from hfs.web.server import uvicorn_options

BOUNDARY = "hfsboundary"


class Served:
    def __init__(self, settings):
        self.settings = settings
        self.app = create_app(settings)
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(self.app, log_level="warning", lifespan="on", **uvicorn_options())
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]})
        self.thread.daemon = True

    def __enter__(self) -> Served:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=20)
        self.sock.close()

    def client(self, timeout: float = 5.0) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=timeout)


def stalled_upload(port: int, path: str = "/api/uploads", headers: str = "") -> socket.socket:
    """Announce a 10 MB upload, send its first bytes, then send nothing more."""
    s = socket.create_connection(("127.0.0.1", port), timeout=10)
    head = (
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="video"; filename="a.mp4"\r\n'
        "Content-Type: video/mp4\r\n\r\n"
    ).encode() + b"\0" * 1000
    s.sendall(
        (
            f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
            f"Content-Type: multipart/form-data; boundary={BOUNDARY}\r\n"
            f"Content-Length: {10 * 2**20}\r\n{headers}\r\n"
        ).encode()
        + head
    )
    return s


def status_of(s: socket.socket, wait: float) -> int | None:
    """The HTTP status the server answered on ``s`` within ``wait`` seconds (None: none)."""
    s.settimeout(wait)
    try:
        data = s.recv(200)
    except (TimeoutError, OSError):
        return None
    if not data.startswith(b"HTTP/1.1 "):
        return None
    return int(data[9:12])


def close_all(socks) -> None:
    for s in socks:
        with contextlib.suppress(OSError):
            s.close()
