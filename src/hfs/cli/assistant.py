"""``hfs chat`` (the assistant in the terminal) and ``hfs serve`` (the web app)."""

from __future__ import annotations

import datetime as dt
import sys

import click


def _service(settings):
    from hfs.assistant import AssistantService, default_engine
    from hfs.storage import SqlAssistantStore, create_db_engine, make_session_factory, migrate

    engine = create_db_engine(settings.sqlalchemy_url)
    migrate(engine)
    store = SqlAssistantStore(make_session_factory(engine))
    ttl = dt.timedelta(minutes=settings.session_ttl_minutes)
    return AssistantService(default_engine(), store, ttl=ttl)


def _show(replies, out) -> list[str]:
    choices: list[str] = []
    for reply in replies:
        out(reply.text)
        if reply.choices:
            choices = list(reply.choices)
            for i, choice in enumerate(choices, 1):
                out(f"  [{i}] {choice}")
    return choices


@click.command()
@click.option("--session", "session_id", default=None, help="Continue a stored conversation by id.")
def chat(session_id: str | None) -> None:
    """Talk to the patient assistant in the terminal.

    Type a number to pick one of the listed choices. "exit" or an empty input at the
    end of the stream closes the conversation. Keywords: cancel, exit, start over,
    help, terms, feedback, menu, forget me.
    """
    from hfs.errors import InputError
    from hfs.settings import get_settings

    service = _service(get_settings())
    out = click.echo
    interactive = sys.stdin.isatty()
    # A resumed conversation opens on the menu, which offers to continue where it was.
    result = service.chat(session_id, None if session_id is None else "menu")
    session_id = result.session_id
    choices = _show(result.replies, out)
    while True:
        if interactive:
            click.echo("> ", nl=False)
        line = sys.stdin.readline()
        if not line:  # end of input
            break
        text = line.rstrip("\n")
        if not text.strip():
            continue
        if text.strip().isdigit() and 1 <= int(text.strip()) <= len(choices):
            text = choices[int(text.strip()) - 1]
        if not interactive:
            out(f"> {text}")
        try:
            result = service.chat(session_id, text)
        except InputError as exc:
            out(f"(not sent: {exc.message})")
            continue
        choices = _show(result.replies, out)
        if result.ended:
            break
    out(f"(conversation {session_id})" if not result.ended else "(conversation closed)")


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64))
def serve(host: str, port: int, workers: int) -> None:
    """Start the web server (patient pages at /, the JSON API under /api)."""
    import socket

    from hfs.errors import InputError
    from hfs.settings import get_settings
    from hfs.web.server import run_server

    try:  # a clear one-line error instead of a server log when the port is taken
        with socket.create_server((host, port)):
            pass
    except OSError as exc:
        raise InputError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    settings = get_settings()
    if settings.dask_scheduler:  # the same one-line error for a cluster out of reach
        from hfs.services.analyses import connect_executor

        connect_executor(settings).close()
    click.echo(f"hfs: serving on http://{host}:{port} (data in {settings.data_dir})", err=True)
    run_server(host, port, workers)  # uvicorn with hfs.web.server's options
