"""Live page of the monitor: hub (monitor thread -> subscribers), app, server."""

from __future__ import annotations

import asyncio
import contextlib
import json
import secrets
import socket
import threading
import time
from collections import deque
from importlib import resources

import numpy as np
from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse, StreamingResponse
from pydantic import BaseModel, Field

from hfs.errors import InputError

#: Samples sent per sweep (the -5..40 ms window, decimated).
SWEEP_POINTS = 300
LSR_SHOW_MS = (-5.0, 40.0)
#: A subscriber's queue; a viewer too slow to take them loses the oldest messages.
QUEUE_MAX = 2000
#: Free-running EMG trace: one min/max pair per this many seconds, per channel.
EMG_BIN_S = 0.005
#: Trend points kept for a page that joins late (older ones are thinned).
TREND_KEEP = 4000


def _floats(a, nd=2) -> list:
    return [round(float(v), nd) for v in np.asarray(a).ravel()]


class LiveHub:
    """Fans the monitor's events out to the live pages (thread-safe).

    Used as the monitor's ``on_event`` hook (called in the monitor's thread after each
    sweep); :meth:`chunks` wraps the signal source to show the free-running EMG and to
    know when each sweep's last sample came. Keeps a bounded snapshot for pages that
    join late.
    """

    def __init__(self, sfreq: float, *, speed: float | None = None, recorder=None):
        self.sfreq = float(sfreq)
        self.speed = speed
        self.recorder = recorder
        self.lock = threading.Lock()
        self.subs: list[tuple[asyncio.AbstractEventLoop, asyncio.Queue]] = []
        self.baselines: dict[str, dict] = {}
        self.latest: dict[str, deque] = {}
        self.trend: deque = deque(maxlen=TREND_KEEP)
        self.alerts: deque = deque(maxlen=500)
        self.marks: deque = deque(maxlen=500)
        self.emg: dict[str, deque] = {}
        self._trend_i = 0
        self._chunk = (time.time(), 0)  # wall time and end sample of the last chunk
        self._keep = None
        self._show = None
        self.sent_sweeps = 0

    # ---------------------------------------------------------------- fan-out
    def subscribe(self, loop, q) -> dict:
        with self.lock:
            self.subs.append((loop, q))
            return self.snapshot()

    def unsubscribe(self, q) -> None:
        with self.lock:
            self.subs = [(lp, x) for lp, x in self.subs if x is not q]

    def publish(self, msg: dict) -> None:
        text = json.dumps(msg, separators=(",", ":"), allow_nan=False, default=float)
        with self.lock:
            subs = list(self.subs)
        for loop, q in subs:
            loop.call_soon_threadsafe(_put, q, text)

    def snapshot(self) -> dict:
        return {
            "type": "snapshot",
            "baselines": list(self.baselines.values()),
            "latest": {k: list(v) for k, v in self.latest.items()},
            "trend": list(self.trend),
            "alerts": list(self.alerts),
            "marks": list(self.marks),
            "emg": {k: list(v) for k, v in self.emg.items()},
        }

    # ---------------------------------------------------------------- sources
    def chunks(self, source, labels: list[str], rows: list[int], *, start_sample: int = 0):
        """Pass the source's items through; publish the free-running EMG trace (min and
        max per 5 ms bin) of the facial channels and note when each chunk came."""
        n_bin = max(1, round(EMG_BIN_S * self.sfreq))
        carry = None
        pos = int(start_sample)
        for item in source:
            if isinstance(item, tuple):
                chunk, _ = item
                pos += chunk.shape[0]
                self._chunk = (time.time(), pos)
                if rows and chunk.size:
                    x = chunk[:, rows] if carry is None else np.vstack([carry, chunk[:, rows]])
                    k = x.shape[0] // n_bin
                    carry = x[k * n_bin :]
                    if k:
                        b = x[: k * n_bin].reshape(k, n_bin, len(rows))
                        lo, hi = b.min(axis=1), b.max(axis=1)
                        msg = {}
                        for j, lb in enumerate(labels):
                            pts = [
                                [round(float(lo[i, j]), 1), round(float(hi[i, j]), 1)]
                                for i in range(k)
                            ]
                            self.emg.setdefault(lb, deque(maxlen=round(4.0 / EMG_BIN_S))).extend(
                                pts
                            )
                            msg[lb] = pts
                        self.publish({"type": "emg", "bin_s": EMG_BIN_S, "data": msg})
            yield item

    # ---------------------------------------------------------------- monitor hook
    def __call__(self, monitor, new: list[dict]) -> None:
        if self._keep is None:
            t = monitor.t_lsr
            self._keep = np.flatnonzero((t >= LSR_SHOW_MS[0]) & (t <= LSR_SHOW_MS[1]))
            step = max(1, self._keep.size // SWEEP_POINTS)
            self._keep = self._keep[::step]
            self._show = _floats(t[self._keep], 3)
        now = time.time()
        for p in monitor.pairs.values():
            key = f"{p.site}|{p.channel}"
            if key not in self.baselines and p.baseline_avg is not None:
                m = p.measure.to_dict() if p.measure is not None else {}
                b = {
                    "key": key,
                    "stim_site": p.site,
                    "channel": p.channel,
                    "t_ms": self._show,
                    "y": _floats(p.baseline_avg[self._keep]),
                    "onset_ms": m.get("onset_latency_ms"),
                }
                self.baselines[key] = b
                self.publish({"type": "baseline", **b})
        # The sweep just measured: the pair(s) of its stimulus.
        if monitor.trend[self._trend_i :]:
            rows = monitor.trend[self._trend_i :]
            self._trend_i = len(monitor.trend)
            wall, end_sample = self._chunk
            for r in rows:
                self.trend.append(r)
                self.publish({"type": "trend", "row": r})
                if r["kind"] != "lsr":
                    continue
                p = next(
                    (
                        q
                        for q in monitor.pairs.values()
                        if q.site == r["stim_site"] and q.channel == r["channel"]
                    ),
                    None,
                )
                if p is None or not p.latest:
                    continue
                # When the sweep's last sample existed: its chunk's arrival, less the
                # signal that came after it in that chunk (at the replay's speed).
                s_end = (r["time_s"] + 0.05) * self.sfreq
                lag = max(0.0, (end_sample - s_end) / self.sfreq / (self.speed or 1e9))
                sw = {
                    "key": f"{p.site}|{p.channel}",
                    "t": r["time_s"],
                    "y": _floats(p.latest[-1][self._keep]),
                    "ratio": r.get("ratio"),
                    "ended_wall": round(wall - lag, 4),
                    "sent_wall": round(now, 4),
                }
                self.latest.setdefault(sw["key"], deque(maxlen=8)).append(sw)
                self.sent_sweeps += 1
                self.publish({"type": "sweep", **sw})
        for a in new:
            self.alerts.append(a)
            self.publish({"type": "alert", "alert": a})

    def mark(self, kind: str, value: str, ev: dict) -> None:
        m = {"kind": kind, "value": value, "t": ev.get("t"), "wall": ev.get("wall")}
        self.marks.append(m)
        self.publish({"type": "mark", "mark": m})


def _put(q: asyncio.Queue, text: str) -> None:
    if q.full():
        with contextlib.suppress(asyncio.QueueEmpty):
            q.get_nowait()
    q.put_nowait(text)


class Note(BaseModel):
    text: str = Field(min_length=1, max_length=2000)


class Tag(BaseModel):
    tag: str = Field(min_length=1, max_length=40)


def create_live_app(hub: LiveHub, operator_token: str, viewer_token: str):
    """The FastAPI app of the live page."""
    app = FastAPI(title="hfs operating-room monitor", docs_url=None, redoc_url=None)
    page = resources.files("hfs.web.ormonitor").joinpath("page.html").read_text("utf-8")

    def role(request: Request) -> str:
        tok = request.query_params.get("token") or request.headers.get("x-token") or ""
        if secrets.compare_digest(tok, operator_token):
            return "operator"
        if secrets.compare_digest(tok, viewer_token):
            return "viewer"
        raise HTTPException(403, "a valid token is needed (the monitor printed two at start)")

    @app.get("/", response_class=HTMLResponse)
    def index(request: Request):
        r = role(request)
        return HTMLResponse(page.replace("__ROLE__", r), headers={"Cache-Control": "no-store"})

    @app.get("/api/state")
    def state(request: Request):
        role(request)
        return JSONResponse(hub.snapshot())

    @app.get("/events")
    async def events(request: Request):
        role(request)
        loop = asyncio.get_running_loop()
        q: asyncio.Queue = asyncio.Queue(maxsize=QUEUE_MAX)
        first = hub.subscribe(loop, q)

        async def stream():
            try:
                yield f"data: {json.dumps(first, separators=(',', ':'))}\n\n"
                while True:
                    try:
                        text = await asyncio.wait_for(q.get(), timeout=15)
                    except TimeoutError:
                        yield ": keep-alive\n\n"
                        continue
                    yield f"data: {text}\n\n"
            finally:
                hub.unsubscribe(q)

        return StreamingResponse(
            stream(),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
        )

    def operator(request: Request):
        if role(request) != "operator":
            raise HTTPException(403, "read-only: the viewer's token cannot add tags or notes")
        if hub.recorder is None:
            raise HTTPException(409, "no case folder: start the monitor with --case-dir")

    @app.post("/api/note")
    def note(body: Note, request: Request):
        operator(request)
        if not body.text.strip():
            raise HTTPException(422, "a note needs some text")
        ev = hub.recorder.note(body.text.strip())
        hub.mark("note", body.text.strip(), ev)
        return {"ok": True, "t": ev.get("t")}

    @app.post("/api/tag")
    def tag(body: Tag, request: Request):
        operator(request)
        try:
            ev = hub.recorder.tag(body.tag)
        except InputError as e:
            raise HTTPException(422, str(e)) from None
        hub.mark("tag", body.tag, ev)
        return {"ok": True, "t": ev.get("t")}

    return app


def serve(hub: LiveHub, host: str, port: int):
    """Start the live page in a thread; returns (server, url, operator token, viewer
    token). Port 0 picks a free one."""
    import uvicorn

    operator_token = secrets.token_urlsafe(18)
    viewer_token = secrets.token_urlsafe(18)
    app = create_live_app(hub, operator_token, viewer_token)
    fam = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(fam)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the live page did not start")
        time.sleep(0.02)
    h = f"[{host}]" if ":" in host else host
    return server, f"http://{h}:{port}", operator_token, viewer_token
