"""The operating-room monitor's live page, followed from two browsers (operator and a
remote viewer) while a file is replayed in real time (twice as fast)."""

from __future__ import annotations

import json
import subprocess
import sys
import time

from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, DESKTOP, _need_browser


def _start(tmp_path):
    from hfs.simulate.recording import simulate_recording

    sim = simulate_recording("intraop-lsr", story="abrupt", duration_s=60, sfreq=10000, rng=17)
    edf = sim.write_edf(tmp_path / "op.edf")
    case = tmp_path / "case"
    cmd = [sys.executable, "-m", "hfs.cli.main", "neuro", "monitor", str(edf), "--replay"]
    cmd += ["--speed", "2", "--baseline", "0:5", "--serve", "127.0.0.1:0"]
    cmd += ["--case-dir", str(case), "--emg", "--no-live"]
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    urls = {}
    deadline = time.monotonic() + 60
    while len(urls) < 2:
        line = p.stderr.readline()
        assert line and time.monotonic() < deadline, "the monitor did not print its links"
        if line.startswith("live page, operator"):
            urls["operator"] = line.rsplit(": ", 1)[1].strip()
        elif line.startswith("live page, remote viewers"):
            urls["viewer"] = line.rsplit(": ", 1)[1].strip()
    return p, urls, case


def test_replay_followed_live_by_operator_and_remote_viewer(tmp_path):
    _need_browser()
    from playwright.sync_api import sync_playwright

    p, urls, case = _start(tmp_path)
    try:
        with sync_playwright() as pw:
            b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            op = b.new_context(viewport=DESKTOP).new_page()
            viewer = b.new_context(viewport=DESKTOP).new_page()
            errors = []
            for page in (op, viewer):
                page.on("pageerror", lambda e: errors.append(str(e)))
            op.goto(urls["operator"])
            viewer.goto(urls["viewer"])
            bad = b.new_context().new_page()
            resp = bad.goto(urls["viewer"].split("?")[0] + "?token=wrong")
            assert resp.status == 403
            # Sweeps arrive and are drawn on both pages; the viewer has no note form.
            for page in (op, viewer):
                page.wait_for_function("window.__lat.length >= 12", timeout=45000)
                assert page.locator("#pairs canvas").count() >= 2
            assert viewer.locator("#noteform").count() == 0
            assert "read-only" in viewer.inner_text("#role")
            # The operator tags a step and types a note: both land in the case folder
            # and show on the remote viewer's page.
            op.click("button[data-tag=dura_open]")
            op.fill("#note", "AICA loop seen on the nerve")
            op.press("#note", "Enter")
            viewer.wait_for_function(
                "document.getElementById('marks').innerText.includes('AICA loop')", timeout=10000
            )
            assert "dura_open" in viewer.inner_text("#marks")
            # A viewer's token cannot write, whatever it sends.
            r = viewer.request.post(
                urls["viewer"].replace("/?", "/api/note?"), data={"text": "not allowed"}
            )
            assert r.status == 403
            viewer.wait_for_function("window.__lat.length >= 30", timeout=45000)
            assert viewer.locator("#emg").is_visible()
            assert not errors, errors  # every drawing function ran without a script error
            lat = viewer.evaluate("window.__lat")
            op_lat = op.evaluate("window.__lat")
            b.close()
    finally:
        p.terminate()
        p.wait(timeout=30)
    lines = [json.loads(ln) for ln in (case / "events.jsonl").read_text().splitlines()]
    notes = [e for e in lines if e["type"] == "note"]
    tags = [e for e in lines if e["type"] == "tag"]
    assert [n["text"] for n in notes] == ["AICA loop seen on the nerve"]
    assert [t["tag"] for t in tags] == ["dura_open"] and tags[0]["t"] > 5

    def q(x, f):
        return sorted(x)[min(len(x) - 1, int(f * len(x)))] * 1000

    print(
        f"latest sweep on screen after its end: viewer median {q(lat, 0.5):.0f} ms, "
        f"90th percentile {q(lat, 0.9):.0f} ms, max {max(lat) * 1000:.0f} ms over {len(lat)} "
        f"sweeps; operator median {q(op_lat, 0.5):.0f} ms, 90th {q(op_lat, 0.9):.0f} ms, max "
        f"{max(op_lat) * 1000:.0f} ms"
    )
    # The target (250 ms) on the median; the tail is the shared test machine's load
    # (printed above), bounded loosely so that a page that lags behind still fails.
    assert q(lat, 0.5) <= 250 and q(op_lat, 0.5) <= 250
    assert q(lat, 0.9) <= 500 and q(op_lat, 0.9) <= 500
