"""App factory: settings -> database (migrated) -> services -> routers.

``app.state`` holds ``db_engine``, ``sessions``, ``assistant``, ``secret_key`` and
``jobs`` (the background job runner) and ``executor`` (where analyses run: None for
this process, or the Dask cluster of ``HFS_DASK_SCHEDULER``). Every route declares an access policy
(:mod:`hfs.web.policy`); the app refuses to start while one does not (deny by
default). State-changing requests from a foreign Origin/Referer are refused here.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import re
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import MutableHeaders

from hfs import __version__
from hfs.errors import ConfigError, HFSError
from hfs.settings import Settings, get_settings
from hfs.video.intake import MAX_UPLOAD_BYTES
from hfs.web.errors import http_status

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 64 * 1024
UPLOAD_PATH = "/api/uploads"
# multipart framing around the video; the exact video limit is enforced while streaming
MAX_UPLOAD_BODY_BYTES = MAX_UPLOAD_BYTES + 1024 * 1024
# clinicians' EDF/BDF uploads: HFS_RECORDING_MAX_BYTES plus the multipart framing
RECORDING_UPLOAD_PATH = re.compile(r"^/api/patients/[^/]+/recordings$")
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}


def _build_assistant(settings: Settings, sessions):
    from hfs.assistant import AssistantService, default_engine
    from hfs.storage import SqlAssistantStore

    return AssistantService(
        default_engine(),
        SqlAssistantStore(sessions),
        ttl=dt.timedelta(minutes=settings.session_ttl_minutes),
    )


class _Guard:
    """Every request: absurd bodies and cross-site state changes are refused before the
    body is read; responses get :data:`SECURITY_HEADERS` (and ``Cache-Control:
    no-store`` under ``/api/``: patient data must not linger in caches).

    A plain ASGI middleware, not ``@app.middleware("http")`` (Starlette's
    ``BaseHTTPMiddleware``), which costs a task and a stream per request (issue 15,
    chat latency)."""

    def __init__(self, app, settings: Settings):
        self.app = app
        self.settings = settings

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        from hfs.web.security import UNSAFE_METHODS, foreign_origin

        request = Request(scope)
        path = scope["path"]
        # Chat messages are small; refuse absurd bodies before reading them. Uploads
        # have their own limit, checked again while the body streams in.
        limit = MAX_UPLOAD_BODY_BYTES if path == UPLOAD_PATH else MAX_BODY_BYTES
        if request.method == "POST" and RECORDING_UPLOAD_PATH.match(path):
            limit = self.settings.recording_max_bytes + 1024 * 1024
        length = request.headers.get("content-length")
        refusal = None
        if length is not None and (not length.isdigit() or int(length) > limit):
            refusal = (413, f"request body too large (at most {limit} bytes)")
        elif request.method in UNSAFE_METHODS and foreign_origin(request) is not None:
            refusal = (403, "cross-site request refused (foreign Origin or Referer)")
        if refusal is not None:
            from hfs.web.i18n import patient_message

            status, detail = refusal
            body = {"detail": detail}
            # A patient page in Spanish gets the refusal in Spanish too (issue 18).
            message = patient_message(request, detail)
            if message is not None:
                body["message"] = message
            await JSONResponse(body, status_code=status)(scope, receive, send)
            return
        api = path.startswith("/api/")

        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    if name not in headers:
                        headers[name] = value
                if api and "cache-control" not in headers:
                    headers["Cache-Control"] = "no-store"
            await send(message)

        await self.app(scope, receive, send_with_headers)


#: The logged-in HTML pages (hfs.web.routes.clinic_pages and admin_pages): their errors
#: are pages too.
CLINIC_PAGE_PREFIXES = ("/inbox", "/patients", "/admin/")


def is_clinic_page(request: Request) -> bool:
    path = request.url.path
    return request.method == "GET" and (
        path == "/login" or any(path.startswith(p) for p in CLINIC_PAGE_PREFIXES)
    )


def clinic_error_page(request: Request, status: int, detail: str) -> Response:
    """No login (or an ended session) -> the login page; other refusals -> an HTML page."""
    from urllib.parse import urlencode

    from hfs.web.templating import page_user, render_page

    if status == 401:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse("/login?" + urlencode({"next": target, "ended": 1}), 303)
    user = page_user(request)
    return render_page("clinic_error.html", user, http_status=status, code=status, detail=detail)


#: How often the upload temp folder is swept while the server runs.
TMP_SWEEP_SECONDS = 600.0


def stale_tmp_seconds(settings: Settings) -> float:
    """An upload temp file untouched this long belongs to no upload in progress (each
    must finish within ``HFS_UPLOAD_MAX_MINUTES``)."""
    return settings.upload_max_minutes * 60 + 300


async def _sweep_periodically(settings: Settings, every_s: float = TMP_SWEEP_SECONDS) -> None:
    from hfs.storage.private import sweep_tmp

    while True:
        await asyncio.sleep(every_s)
        try:
            await run_in_threadpool(
                sweep_tmp, settings.data_dir, older_than_s=stale_tmp_seconds(settings)
            )
        except OSError:  # a full or vanished disk: try again next time
            log.exception("sweeping upload temp files failed")


async def _uploads_drained(app: FastAPI, timeout_s: float) -> None:
    gate = getattr(app.state, "upload_gate", None)
    deadline = asyncio.get_running_loop().time() + timeout_s
    while gate is not None and gate.in_progress and asyncio.get_running_loop().time() < deadline:
        await asyncio.sleep(0.02)


def create_app(settings: Settings | None = None) -> FastAPI:
    """Create the web app. ``settings`` default to :func:`hfs.settings.get_settings`."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        from hfs.assistant.bilingual import warm_up as warm_up_languages
        from hfs.jobs import JobRunner
        from hfs.reports.timeline import warm_up as warm_up_plots
        from hfs.services.analyses import Retries, connect_executor, unfinished
        from hfs.services.retention import purge_stale_uploads
        from hfs.storage import create_db_engine, make_session_factory, migrate
        from hfs.storage.private import check_private_tree, sweep_tmp
        from hfs.web.analyses import submit_recording, submit_video
        from hfs.web.policy import undeclared_routes
        from hfs.web.security import load_or_create_secret

        missing = undeclared_routes(app)
        if missing:
            raise ConfigError("routes without an access policy: " + "; ".join(missing))
        # Patient data: private folders and files, whatever the umask; upload temp
        # files a stopped server left behind are removed.
        check_private_tree(settings.data_dir)
        sweep_tmp(settings.data_dir, older_than_s=stale_tmp_seconds(settings))
        app.state.secret_key = load_or_create_secret(settings.data_dir)
        engine = create_db_engine(settings.sqlalchemy_url)
        migrate(engine)
        app.state.db_engine = engine
        app.state.sessions = make_session_factory(engine)
        app.state.assistant = _build_assistant(settings, app.state.sessions)
        # E-mail notices to the clinic ("a request is waiting"), sent from the outbox in
        # a background thread; the chat only wakes it.
        app.state.notifier = None
        if settings.notify_configured:
            from hfs.notify import Notifier

            app.state.notifier = Notifier(
                app.state.sessions,
                settings.smtp_url,
                settings.notify_to,
                settings.notify_from,
                settings.base_url,
            )
            app.state.assistant.on_stored = app.state.notifier.wake
            app.state.notifier.start()
        # Analyses run here (one at a time: each uses the machine's cores), or on the
        # Dask cluster of HFS_DASK_SCHEDULER, where a job thread only waits for its task.
        app.state.executor = connect_executor(settings)
        workers = 1 if app.state.executor is None else app.state.executor.capacity()
        app.state.jobs = JobRunner(workers=workers)
        # Jobs whose cluster went away are tried again after a pause.
        app.state.retries = Retries()
        # The clinicians' first timeline would pay for matplotlib's start-up: pay it now.
        app.state.jobs.submit(warm_up_plots)
        # The Spanish assistant (issue 18) is built beside the server, not before it.
        threading.Thread(
            target=warm_up_languages, args=(app.state.assistant.engine,), daemon=True
        ).start()
        purge_stale_uploads(app.state.sessions, settings)
        # Jobs a stopped server (or a lost cluster) left queued or running start again.
        video_ids, recording_ids = unfinished(app.state.sessions)
        for video_id in video_ids:
            submit_video(app, video_id)
        for recording_id in recording_ids:
            submit_recording(app, recording_id)
        sweeper = asyncio.create_task(_sweep_periodically(settings))
        try:
            yield
        finally:
            sweeper.cancel()
            # On SIGTERM uvicorn cancels requests still open after its graceful timeout
            # (a stalled upload), then runs this, then re-raises the signal: give the
            # cancelled uploads a moment to remove their temp files first.
            await _uploads_drained(app, timeout_s=3.0)
            if app.state.notifier is not None:
                app.state.notifier.stop()
            app.state.retries.close()
            app.state.jobs.shutdown(wait=False)
            if app.state.executor is not None:
                app.state.executor.close()
            engine.dispose()

    # No /docs, /redoc or /openapi.json: every route must have a declared policy.
    app = FastAPI(
        title="hfs",
        version=__version__,
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
    )
    app.state.settings = settings

    app.add_middleware(_Guard, settings=settings)

    @app.exception_handler(HFSError)
    async def _hfs_error(request: Request, exc: HFSError) -> Response:
        from hfs.web.i18n import patient_message

        status = http_status(exc)
        detail = exc.message if status < 500 else "internal error"
        if is_clinic_page(request):
            return await run_in_threadpool(clinic_error_page, request, status, detail)
        body = {"detail": detail}
        # A patient page in Spanish also gets the refusal in Spanish (issue 18).
        message = patient_message(request, detail) if status < 500 else None
        if message is not None:
            body["message"] = message
        return JSONResponse(body, status_code=status)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        parts = []
        for err in exc.errors()[:3]:
            loc = ".".join(str(p) for p in err.get("loc", ()) if p != "body")
            msg = err.get("msg", "invalid")
            parts.append(f"{loc}: {msg}" if loc else msg)
        detail = "; ".join(parts) or "invalid request"
        if is_clinic_page(request):
            return await run_in_threadpool(clinic_error_page, request, 422, detail)
        from hfs.web.i18n import patient_validation_message

        body = {"detail": detail}
        # A patient page in Spanish gets which field is wrong in Spanish (issue 18).
        message = patient_validation_message(request, exc.errors())
        if message is not None:
            body["message"] = message
        return JSONResponse(body, status_code=422)

    from fastapi import Depends

    from hfs.web.policy import PUBLIC
    from hfs.web.routes import (
        accounts,
        admin_pages,
        audit,
        auth,
        chat,
        clinic_pages,
        contact,
        inbox,
        notifications,
        pages,
        patients,
        recordings,
        uploads,
    )

    app.include_router(chat.router, dependencies=[Depends(PUBLIC)])
    app.include_router(pages.router, dependencies=[Depends(PUBLIC)])
    for module in (
        auth,
        patients,
        recordings,
        inbox,
        audit,
        accounts,
        uploads,
        contact,
        notifications,
    ):
        app.include_router(module.router)
    for module in (clinic_pages, admin_pages):
        app.include_router(module.router)
    if settings.trusted_proxy_list:
        # X-Forwarded-For is believed only from the listed reverse proxies (uvicorn's
        # own handling: the right-most address not itself a trusted proxy).
        from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

        app.add_middleware(ProxyHeadersMiddleware, trusted_hosts=settings.trusted_proxy_list)
    return app
