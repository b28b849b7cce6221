"""Running the app under uvicorn (``hfs serve`` and ``hfs demo``).

- ``proxy_headers=False``: uvicorn would otherwise believe ``X-Forwarded-For`` from
  127.0.0.1 by default, so anyone on the machine (or a local tunnel) could choose the
  address the per-address limits and the audit log see. Forwarded headers are believed
  only from ``HFS_TRUSTED_PROXIES`` (:func:`hfs.web.app.create_app`).
- ``timeout_graceful_shutdown``: on SIGTERM/Ctrl-C, requests still open after this
  many seconds (a stalled upload, say) are cancelled, so the server always stops.
- ``limit_concurrency``: connections and tasks beyond this many get 503 at once, a
  last resort under a flood; far above what the per-address upload cap lets one
  client hold, so patients' pages stay up.
"""

from __future__ import annotations

#: Seconds the server waits for open requests after SIGTERM before cancelling them.
GRACEFUL_SHUTDOWN_S = 5
#: Connections + tasks served at once before uvicorn answers 503.
LIMIT_CONCURRENCY = 500
#: Longer than a person's pause between chat messages.
KEEP_ALIVE_S = 75


def uvicorn_options() -> dict:
    return {
        "proxy_headers": False,
        "timeout_graceful_shutdown": GRACEFUL_SHUTDOWN_S,
        "limit_concurrency": LIMIT_CONCURRENCY,
        "timeout_keep_alive": KEEP_ALIVE_S,
    }


def run_server(host: str, port: int, workers: int = 1) -> None:
    import uvicorn

    uvicorn.run(
        "hfs.web.app:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level="warning",
        **uvicorn_options(),
    )
