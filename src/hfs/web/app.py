"""App factory: settings -> database (migrated) -> services -> routers.

The clinic web app adds its routers and services here; everything it needs from
the assistant is on ``app.state`` (``db_engine``, ``sessions``, ``assistant``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from hfs import __version__
from hfs.errors import HFSError
from hfs.settings import Settings, get_settings

MAX_BODY_BYTES = 64 * 1024


def _build_assistant(settings: Settings, sessions):
    from hfs.assistant import AssistantService, default_engine
    from hfs.storage import SqlAssistantStore

    return AssistantService(
        default_engine(),
        SqlAssistantStore(sessions),
        ttl=dt.timedelta(minutes=settings.session_ttl_minutes),
    )


def create_app(settings: Settings | None = None) -> FastAPI:
    """Create the web app. ``settings`` default to :func:`hfs.settings.get_settings`."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        from hfs.storage import create_db_engine, make_session_factory, migrate

        engine = create_db_engine(settings.sqlalchemy_url)
        migrate(engine)
        app.state.db_engine = engine
        app.state.sessions = make_session_factory(engine)
        app.state.assistant = _build_assistant(settings, app.state.sessions)
        try:
            yield
        finally:
            engine.dispose()

    app = FastAPI(title="hfs", version=__version__, lifespan=lifespan)
    app.state.settings = settings

    @app.middleware("http")
    async def _limit_body(request: Request, call_next):
        # Chat messages are small; refuse absurd bodies before reading them.
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY_BYTES):
            return JSONResponse(
                {"detail": f"request body too large (at most {MAX_BODY_BYTES} bytes)"},
                status_code=413,
            )
        return await call_next(request)

    @app.exception_handler(HFSError)
    async def _hfs_error(_request: Request, exc: HFSError) -> JSONResponse:
        status = exc.http_status if exc.http_status < 500 else 500
        detail = exc.message if status < 500 else "internal error"
        return JSONResponse({"detail": detail}, status_code=status)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        parts = []
        for err in exc.errors()[:3]:
            loc = ".".join(str(p) for p in err.get("loc", ()) if p != "body")
            msg = err.get("msg", "invalid")
            parts.append(f"{loc}: {msg}" if loc else msg)
        return JSONResponse({"detail": "; ".join(parts) or "invalid request"}, status_code=422)

    from hfs.web.routes import chat, pages

    app.include_router(chat.router)
    app.include_router(pages.router)
    return app
