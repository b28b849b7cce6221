"""Browser tests: Playwright driving Debian's chromium against a live server.

The server is uvicorn on ``create_app`` in a thread, on 127.0.0.1 with a random port
and a temporary ``HFS_DATA_DIR``. No browser is ever downloaded: the tests use
``/usr/bin/chromium`` (``HFS_CHROMIUM`` overrides). Without it they FAIL with a
message, unless ``HFS_SKIP_BROWSER=1`` (nothing sets it in CI, where ``.ci/run``
installs chromium). Screenshots go to the pytest temporary directory
(``screens/`` under it); their folder is printed.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("HFS_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}


def _need_browser() -> None:
    skip = os.environ.get("HFS_SKIP_BROWSER") == "1"
    problem = None
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        problem = f"chromium not found at {CHROMIUM} (install it: apt-get install -y chromium)"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            problem = "the playwright package is missing (pip install -e '.[dev]')"
    if problem:
        if skip:
            pytest.skip(problem + "; HFS_SKIP_BROWSER=1")
        pytest.fail(problem + ". Set HFS_SKIP_BROWSER=1 to skip the browser tests.", pytrace=False)


class LiveServer:
    def __init__(self, app, url: str):
        self.app, self.url = app, url


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    _need_browser()
    import uvicorn

    from hfs.settings import Settings
    from hfs.web import create_app

    data = tmp_path_factory.mktemp("hfsdata")
    app = create_app(Settings(data_dir=data, database_url=None))
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    # The app's start-up loads the assistant's models (several seconds on a quiet
    # machine); a loaded CI machine can take several times that. A failed start ends
    # the thread, which the loop notices at once, so a long limit costs nothing.
    deadline = time.monotonic() + 90
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    yield LiveServer(app, f"http://127.0.0.1:{port}")
    server.should_exit = True
    thread.join(10)
    sock.close()


@pytest.fixture(scope="module")
def browser():
    _need_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="session")
def screens(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("screens")
    print(f"\nscreenshots: {folder}")
    return folder


@pytest.fixture
def page_at(browser, live):
    """``page_at(size)`` -> a fresh page (own cookies) with that viewport.

    Script errors and console errors (a CSP violation is one) fail the test; a refused
    request (4xx the page handles, e.g. an unreadable phone number) is not one.
    """
    contexts, errors = [], []

    def on_console(msg):
        if msg.type == "error" and "Failed to load resource" not in msg.text:
            errors.append(msg.text)

    def make(size=DESKTOP):
        ctx = browser.new_context(viewport=size)
        contexts.append(ctx)
        page = ctx.new_page()
        page.set_default_timeout(15_000)
        page.on("console", on_console)
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        return page

    yield make
    for ctx in contexts:
        ctx.close()
    assert not errors, f"errors in the browser console: {errors}"
