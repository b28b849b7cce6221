"""The operating-room monitor's live page (``hfs neuro monitor --serve HOST:PORT``).

A small FastAPI app of its own (not the clinic app), served by uvicorn in a thread of
the monitor. Two tokens are made at start: the operator's (read-write: tags and
notes, which go to the case folder) and the remote viewers' (read-only). Updates are
pushed with server-sent events; the page is plain JavaScript drawing on canvases,
nothing fetched from elsewhere.
"""

from hfs.web.ormonitor.app import LiveHub, create_live_app, serve

__all__ = ["LiveHub", "create_live_app", "serve"]
