"""Benchmark: the chat API under concurrent sessions, against a real `hfs serve`.

Starts `hfs serve` on 127.0.0.1 (a free port, a temporary HFS_DATA_DIR), then runs
``--sessions`` concurrent conversations of ``--turns`` turns each (the first turn
opens the session) and prints p50/p95/max latency per request and the error count.
Sessions open at random moments over ``--ramp`` seconds (``--ramp 0``: all in the
same instant); between turns each simulated person pauses up to ``--think`` seconds
(uniform, seeded); ``--think 0`` sends back-to-back (a saturation test). The client
runs on the same machine and takes CPU from the server.

    python bench/assistant_load.py [--sessions 50] [--turns 10] [--think 2] [--ramp 2]
        [--unique] [--baseline-src OTHER/src --rounds 2]

``--unique`` makes every free-text question distinct (a session and turn number is
appended), so the matcher's embedding cache cannot help: the honest worst case.
``--baseline-src`` also serves the assistant from another source tree (for example
an export of main's ``src``) and runs the two servers in turn, ``--rounds`` times
each, so a before/after comparison shares the same moment of a noisy machine.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time

import httpx

SCRIPT = [
    None,
    "what causes hemifacial spasm",
    "how long does botox last",
    "check my symptoms",
    "left",
    "The eye and the cheek or mouth",
    "help",
    "more than a year",
    "is the operation risky?",
    "exit",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(
    data_dir: str, port: int, workers: int, src: str | None = None
) -> subprocess.Popen:
    env = {**os.environ, "HFS_DATA_DIR": data_dir}
    if src is not None:  # serve another source tree (a baseline) with the same venv
        env["PYTHONPATH"] = os.path.abspath(src)
    cmd = [
        sys.executable,
        "-m",
        "hfs.cli.main",
        "serve",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
    ]
    cmd += ["--workers", str(workers)]
    log = open(os.path.join(data_dir, "server.log"), "w")  # noqa: SIM115 (lives with the server)
    proc = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT)
    for _ in range(300):  # bounded: 60 s
        if proc.poll() is not None:
            raise SystemExit(f"server exited: {server_log(data_dir)[-2000:]}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("server did not start within 60 s")


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of a process (Linux /proc), or None elsewhere."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def server_log(data_dir: str) -> str:
    with open(os.path.join(data_dir, "server.log")) as f:
        return f.read()


FREE_TEXT = {1, 2, 8}  # turns of SCRIPT that are matched questions, not answers or keywords


async def session(client, url, turns, think, ramp, rng, latencies, errors, tag=None) -> None:
    if ramp > 0:  # sessions open spread over the ramp, as a load tool's spawn rate does
        await asyncio.sleep(rng.uniform(0, ramp))
    sid = None
    for i in range(turns):
        text = SCRIPT[i % len(SCRIPT)]
        if tag is not None and i % len(SCRIPT) in FREE_TEXT:
            text = f"{text} ({tag}-{i})"
        t0 = time.perf_counter()
        try:
            r = await client.post(url, json={"session_id": sid, "text": text})
            latencies.append((time.perf_counter() - t0) * 1000)
            if r.status_code != 200:
                errors.append(f"{r.status_code}: {r.text[:120]}")
                return
            body = r.json()
            sid = None if body["ended"] else body["session_id"]
        except httpx.HTTPError as exc:
            errors.append(repr(exc))
            return
        if think > 0:
            await asyncio.sleep(rng.uniform(0, think))


async def run(
    port: int, sessions: int, turns: int, think: float, ramp: float, seed: int, unique=False
):
    url = f"http://127.0.0.1:{port}/api/chat"
    latencies: list[float] = []
    errors: list[str] = []
    limits = httpx.Limits(max_connections=sessions, max_keepalive_connections=sessions)
    async with httpx.AsyncClient(timeout=30, limits=limits) as client:
        rngs = [random.Random(seed + i) for i in range(sessions)]
        t0 = time.perf_counter()
        await asyncio.gather(
            *(
                session(
                    client,
                    url,
                    turns,
                    think,
                    ramp,
                    rngs[i],
                    latencies,
                    errors,
                    f"s{seed}-{i}" if unique else None,
                )
                for i in range(sessions)
            )
        )
        wall = time.perf_counter() - t0
    return latencies, errors, wall


def measure(args, src: str | None, seed: int) -> dict:
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="hfs-load-") as data_dir:
        server = start_server(data_dir, port, args.workers, src)
        try:
            # Warm-up conversations so model loading (per worker) is not timed: the
            # English ones, and Spanish turns, which wait for the Spanish engine the
            # server builds in a background thread after it starts (timed, its build
            # would take the GIL from the first seconds of the run).
            asyncio.run(run(port, 2 * args.workers, 3, 0.0, 0.0, seed + 10_000))
            for _ in range(2 * args.workers):
                httpx.post(
                    f"http://127.0.0.1:{port}/api/chat",
                    json={"session_id": None, "text": "¿cuánto dura el bótox?", "lang": "es"},
                    timeout=120,
                )
            cpu0 = cpu_seconds(server.pid)
            lat, errors, wall = asyncio.run(
                run(port, args.sessions, args.turns, args.think, args.ramp, seed, args.unique)
            )
            cpu1 = cpu_seconds(server.pid)
        finally:
            server.terminate()
            server.wait(timeout=20)
        log = server_log(data_dir)
    server_errors = [ln for ln in log.splitlines() if "Traceback" in ln or "ERROR" in ln]
    lat.sort()
    q = statistics.quantiles(lat, n=100) if len(lat) > 1 else lat * 99
    return {
        "n": len(lat),
        "wall": wall,
        "p50": q[49],
        "p95": q[94],
        "max": lat[-1],
        "errors": errors,
        "server_errors": server_errors,
        "load": ", ".join(f"{x:.1f}" for x in os.getloadavg()),
        # Server CPU per request: robust to a noisy machine, unlike latency (workers=1).
        "cpu_ms": None if cpu0 is None or cpu1 is None else (cpu1 - cpu0) * 1000 / len(lat),
    }


def report(name: str, r: dict) -> None:
    print(
        f"  {name:9s} requests {r['n']} in {r['wall']:.1f} s | p50 {r['p50']:6.1f} ms | "
        f"p95 {r['p95']:6.1f} ms | max {r['max']:6.1f} ms | errors {len(r['errors'])} | "
        f"server log errors {len(r['server_errors'])} | load avg {r['load']}"
        + (f" | server CPU {r['cpu_ms']:.1f} ms/request" if r["cpu_ms"] is not None else "")
    )
    for e in [*r["errors"][:5], *r["server_errors"][:5]]:
        print(f"    {e}")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sessions", type=int, default=50)
    p.add_argument("--turns", type=int, default=10)
    p.add_argument("--think", type=float, default=2.0, help="max pause between turns, s")
    p.add_argument(
        "--ramp", type=float, default=2.0, help="sessions open spread over this many s (0: at once)"
    )
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--workers", type=int, default=1, help="uvicorn worker processes")
    p.add_argument("--unique", action="store_true", help="no two questions alike (no cache hits)")
    p.add_argument("--baseline-src", help="also serve this source tree (its src folder)")
    p.add_argument("--rounds", type=int, default=1, help="runs of each server, interleaved")
    args = p.parse_args()
    print(f"assistant load benchmark: hfs serve on 127.0.0.1, {os.cpu_count()} CPU(s)")
    print(
        f"  sessions x turns:  {args.sessions} x {args.turns}, think time up to {args.think:.1f} s, "
        f"opened over {args.ramp:.1f} s; server workers {args.workers}; "
        f"{'unique questions' if args.unique else 'the same script for every session'}"
    )
    print("  (load avg = 1/5/15 min after the run, other work on this machine included)")
    print("  target: p95 <= 50 ms, zero errors")
    results: dict[str, list[dict]] = {"baseline": [], "this tree": []}
    for r in range(args.rounds):
        seed = args.seed + 1000 * r
        if args.baseline_src:
            results["baseline"].append(measure(args, args.baseline_src, seed))
            report("baseline", results["baseline"][-1])
        results["this tree"].append(measure(args, None, seed))
        report("this tree", results["this tree"][-1])
    worst = max(results["this tree"], key=lambda x: x["p95"])
    ok = worst["p95"] <= 50 and not worst["errors"] and not worst["server_errors"]
    print(f"  this tree, worst round: p95 {worst['p95']:.1f} ms -> {'MET' if ok else 'MISSED'}")


if __name__ == "__main__":
    main()
