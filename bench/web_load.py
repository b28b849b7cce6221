"""Benchmark: the clinic web app under 20 concurrent users, against a real `hfs serve`.

Seeds a temporary data folder with the demo patients (`hfs clinic seed-demo`: short
synthetic videos measured by the real pipeline), starts `hfs serve` on 127.0.0.1 and
runs ``--users`` simulated people at once for ``--rounds`` rounds each:

- patients (most users): the condition, contact, "Check my twitch" and chat pages
  with their CSS/JS, and a short chat (menu, two questions, the symptom check's first
  answers, exit);
- clinicians (``--clinicians`` of the users): log in, the patient list, a patient's
  page (its timeline plot drawn on the first visit of the day, then cached), the
  inbox, and their JSON twins with a search.

People arrive at random moments over ``--ramp`` seconds; a login costs two cores for
a fraction of a second (argon2id, RFC 9106 parameters), so logins in the same instant
slow everything else on a 2-core machine. Between requests each person pauses up to
``--think`` seconds (seeded). It prints
p50/p95/max per kind of request (page GETs, chat POSTs, API GETs, logins) and the
errors (any answer other than the expected status, or an error in the server log).

Meanwhile an attacker on another address (127.0.0.2) keeps ``--stalled`` (40) uploads
open that announce 10 MB and then stop sending: the server takes 3 per address
(``HFS_UPLOADS_IN_PROGRESS_PER_CLIENT``) and answers the rest 429 at once; those it
took end with 408 after ``HFS_UPLOAD_IDLE_SECONDS``; each one answered is opened again
a second later.
Their counts are printed.

The upload-to-result time of a 30 s 720p clip (made once by hfs.simulate into
bench/_data), from the first byte of `POST /api/uploads` to the status page saying
``done``: once sent by one more person while the others browse (the analysis then
shares the CPU with the load, and the load's page times include it), once on the idle
server afterwards.

    python bench/web_load.py [--users 20] [--clinicians 5] [--rounds 3] [--think 1.0] [--ramp 5]
        [--no-upload] [--stalled 40]

Targets (issue 4, and 16 with the stalled uploads): p95 page time <= 300 ms, zero
errors, upload-to-result <= 20 s.
The client runs on the same machine and takes CPU from the server.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import httpx

from assistant_load import cpu_seconds, free_port, server_log, start_server

DATA = Path(__file__).parent / "_data"
PATIENT_PAGES = ["/", "/contact", "/check", "/assistant", "/static/site.css", "/static/site.js"]
CHAT = [
    None,
    "menu",
    "what causes hemifacial spasm",
    "how long does botox last",
    "check my symptoms",
    "left",
    "exit",
]


def seed(data_dir: str) -> tuple[str, str]:
    """Demo patients and clinician in ``data_dir``; returns (email, password)."""
    env = {**os.environ, "HFS_DATA_DIR": data_dir}
    out = subprocess.run(
        [sys.executable, "-m", "hfs.cli.main", "clinic", "seed-demo", "--duration", "4"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    fields = dict(
        line.split(": ", 1) for line in out.splitlines() if line.startswith(("demo clin", "pass"))
    )
    return fields["demo clinician"], fields["password (shown once)"]


class Recorder:
    def __init__(self) -> None:
        self.times: dict[str, list[float]] = defaultdict(list)
        self.errors: list[str] = []

    async def call(self, kind, client, method, url, expect=200, **kw) -> httpx.Response | None:
        t0 = time.perf_counter()
        try:
            r = await client.request(method, url, **kw)
        except httpx.HTTPError as exc:
            self.errors.append(f"{method} {url}: {exc!r}")
            return None
        self.times[kind].append((time.perf_counter() - t0) * 1000)
        if r.status_code != expect:
            self.errors.append(f"{method} {url}: {r.status_code} {r.text[:120]}")
            return None
        return r


async def patient(base, rec: Recorder, rounds, think, rng, ramp=0.0) -> None:
    await asyncio.sleep(rng.uniform(0, ramp))
    async with httpx.AsyncClient(base_url=base, timeout=30) as c:
        for _ in range(rounds):
            for path in PATIENT_PAGES:
                await rec.call("page", c, "GET", path)
                await asyncio.sleep(rng.uniform(0, think))
            sid = None
            for text in CHAT:
                body = {"session_id": sid, "text": text}
                r = await rec.call("chat", c, "POST", "/api/chat", json=body)
                if r is None:
                    break
                body = r.json()
                sid = None if body["ended"] else body["session_id"]
                await asyncio.sleep(rng.uniform(0, think))


async def clinician(base, rec: Recorder, rounds, think, rng, email, password, pages, ramp) -> None:
    await asyncio.sleep(rng.uniform(0, ramp))
    async with httpx.AsyncClient(base_url=base, timeout=30) as c:
        r = await rec.call(
            "login", c, "POST", "/api/auth/login", json={"email": email, "password": password}
        )
        if r is None:
            return
        r = await rec.call("api", c, "GET", "/api/patients")
        if r is None:
            return
        ids = [p["id"] for p in r.json()]
        for _ in range(rounds):
            pid = rng.choice(ids)
            urls = [("api", "/api/patients?q=DEMO"), ("api", f"/api/patients/{pid}")]
            urls += [("api", "/api/inbox/contact-requests")]
            urls += [("clinic page", p.format(pid=pid)) for p in pages]
            for kind, url in urls:
                await rec.call(kind, c, "GET", url)
                await asyncio.sleep(rng.uniform(0, think))


async def run_users(base, args, email, password, pages, clip) -> tuple[Recorder, float, tuple]:
    rec = Recorder()
    rngs = [random.Random(args.seed + i) for i in range(args.users)]
    t0 = time.perf_counter()
    # One patient sends a video while the others browse: its upload-to-result time.
    upload = asyncio.to_thread(upload_to_result, base, clip) if clip else asyncio.sleep(0)
    results = await asyncio.gather(
        upload,
        *(
            clinician(
                base, rec, args.rounds, args.think, rngs[i], email, password, pages, args.ramp
            )
            if i < args.clinicians
            else patient(base, rec, args.rounds, args.think, rngs[i], args.ramp)
            for i in range(args.users)
        ),
    )
    return rec, time.perf_counter() - t0, results[0]


def clinician_pages(base: str) -> list[str]:
    """The logged-in HTML pages this version of the app has (the API is always there)."""
    candidates = ["/patients", "/patients/{pid}", "/inbox"]
    found = []
    with httpx.Client(base_url=base, timeout=10) as c:
        for p in candidates:
            # Without a login, an existing page redirects to /login or says 401/403.
            if c.get(p.format(pid="x"), follow_redirects=False).status_code != 404:
                found.append(p)
    return found


def demo_clip() -> Path:
    clip = DATA / "web_load_30s_720p.mp4"
    if not clip.exists():
        from hfs.simulate.video import simulate_video
        from hfs.video.landmarks import native_stderr_silenced

        DATA.mkdir(parents=True, exist_ok=True)
        tmp = clip.with_suffix(".part.mp4")
        with native_stderr_silenced():
            simulate_video(tmp, side="left", duration_s=30, size="1280x720", spasm_rate=10, rng=3)
        tmp.rename(clip)
    return clip


def upload_to_result(base: str, clip: Path) -> tuple[float, str]:
    with httpx.Client(base_url=base, timeout=120) as c:
        t0 = time.perf_counter()
        with clip.open("rb") as f:
            r = c.post("/api/uploads", files={"video": (clip.name, f, "video/mp4")})
        if r.status_code != 202:
            return float("nan"), f"upload answered {r.status_code}: {r.text[:120]}"
        url = r.json()["status_url"]
        while time.perf_counter() - t0 < 300:
            s = c.get(url).json()
            if s["status"] in ("done", "failed"):
                return time.perf_counter() - t0, s["status"] + (
                    f" ({s['error']})" if s.get("error") else ""
                )
            time.sleep(0.1)
    return float("nan"), "no result within 300 s"


class StalledUploads:
    """Keeps ``n`` stalled uploads open from another loopback address (a thread)."""

    BOUNDARY = "stalledboundary"
    RETRY_S = 1.0

    def __init__(self, port: int, n: int, source: str = "127.0.0.2"):
        import threading

        self.port, self.n, self.source = port, n, source
        self.counts: dict[str, int] = defaultdict(int)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _open(self):
        import socket

        s = socket.socket()
        s.bind((self.source, 0))
        s.settimeout(5)
        s.connect(("127.0.0.1", self.port))
        head = (
            f'--{self.BOUNDARY}\r\nContent-Disposition: form-data; name="video"; '
            'filename="a.mp4"\r\nContent-Type: video/mp4\r\n\r\n'
        ).encode() + b"\0" * 1000
        s.sendall(
            (
                f"POST /api/uploads HTTP/1.1\r\nHost: 127.0.0.1:{self.port}\r\n"
                f"Content-Type: multipart/form-data; boundary={self.BOUNDARY}\r\n"
                f"Content-Length: {10 * 2**20}\r\n\r\n"
            ).encode()
            + head
        )
        s.setblocking(False)
        self.counts["opened"] += 1
        return s

    def _run(self) -> None:
        import select

        socks = [self._open() for _ in range(self.n)]
        reopen: list[float] = []  # when each answered one is opened again
        while not self._stop.is_set():
            now = time.monotonic()
            while reopen and reopen[0] <= now:
                reopen.pop(0)
                socks.append(self._open())
            ready, _, _ = select.select(socks, [], [], 0.2) if socks else ([], [], [])
            if not socks:
                time.sleep(0.2)
            for s in ready:
                try:
                    data = s.recv(64)
                except OSError:
                    data = b""
                code = data[9:12].decode() if data.startswith(b"HTTP/1.1 ") else "closed"
                self.counts[code] += 1
                s.close()
                socks.remove(s)
                # The attacker tries again a second later (no tight loop: that would be
                # a flood of refused requests, not stalled uploads).
                reopen.append(time.monotonic() + self.RETRY_S)
        self.counts["held at the end"] = len(socks)
        for s in socks:
            s.close()

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join(timeout=10)


def pct(values: list[float]) -> str:
    v = sorted(values)
    q = statistics.quantiles(v, n=100, method="inclusive") if len(v) > 1 else v * 99
    return f"n {len(v):4d} | p50 {q[49]:6.1f} ms | p95 {q[94]:6.1f} ms | max {v[-1]:6.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--clinicians", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--think", type=float, default=1.0, help="max pause between requests")
    parser.add_argument("--ramp", type=float, default=5.0, help="users arrive over this long")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-upload", action="store_true")
    parser.add_argument("--stalled", type=int, default=40, help="stalled uploads kept open")
    args = parser.parse_args()
    clip = None if args.no_upload else demo_clip()

    with tempfile.TemporaryDirectory(prefix="hfs-webload-") as data_dir:
        t0 = time.perf_counter()
        email, password = seed(data_dir)
        print(f"seeded demo data in {time.perf_counter() - t0:.1f} s")
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = start_server(data_dir, port, 1)
        try:
            pages = clinician_pages(base)
            # Warm-up (model loading, first template renders) is not timed.
            asyncio.run(patient(base, Recorder(), 1, 0.0, random.Random(0)))
            cpu0 = cpu_seconds(server.pid)
            with StalledUploads(port, args.stalled) as stalled:
                rec, wall, busy_upload = asyncio.run(
                    run_users(base, args, email, password, pages, clip)
                )
            cpu1 = cpu_seconds(server.pid)
            idle_upload = None if clip is None else upload_to_result(base, clip)
        finally:
            server.terminate()
            server.wait(timeout=20)
        log = server_log(data_dir)
    server_errors = [ln for ln in log.splitlines() if "Traceback" in ln or "ERROR" in ln]
    n = sum(len(v) for v in rec.times.values())
    print(
        f"{args.users} users ({args.clinicians} clinicians), {args.rounds} rounds, think <= "
        f"{args.think} s: {n} requests in {wall:.1f} s; load avg "
        + ", ".join(f"{x:.1f}" for x in os.getloadavg())
    )
    print(f"clinician pages found: {', '.join(pages) or 'none (API only)'}")
    print(
        f"stalled uploads from 127.0.0.2, {args.stalled} kept open: "
        + ", ".join(f"{k} {v}" for k, v in sorted(stalled.counts.items()))
    )
    for kind in ("page", "clinic page", "chat", "api", "login"):
        if rec.times[kind]:
            print(f"  {kind:11s} {pct(rec.times[kind])}")
    all_pages = rec.times["page"] + rec.times["clinic page"]
    if cpu0 is not None and cpu1 is not None and n:
        print(f"  server CPU {(cpu1 - cpu0) * 1000 / n:.1f} ms/request")
    print(f"errors: {len(rec.errors)} (client) + {len(server_errors)} (server log)")
    for e in [*rec.errors[:5], *server_errors[:5]]:
        print(f"    {e}")
    page_p95 = statistics.quantiles(sorted(all_pages), n=100, method="inclusive")[94]
    print(
        f"p95 page time (patients' and clinic pages) {page_p95:.1f} ms (target <= 300): "
        + ("met" if page_p95 <= 300 and not rec.errors and not server_errors else "MISSED")
    )
    if clip is not None:
        size = f"{clip.stat().st_size / 1e6:.1f} MB"
        for when, (secs, status) in (("under load", busy_upload), ("idle server", idle_upload)):
            print(
                f"upload-to-result, 30 s 720p clip ({size}), {when}: {secs:.1f} s, {status} "
                "(target <= 20 s)"
            )


if __name__ == "__main__":
    main()
