"""``hfs neuro`` and ``hfs simulate recording|stream`` end to end, in subprocesses."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from dataclasses import replace

import pytest

from hfs.simulate.recording import simulate_recording
from tests.clitools import one_line_error, run_hfs


def test_simulate_then_analyze_matches_truth(tmp_path):
    rec, truth = tmp_path / "d.edf", tmp_path / "d.json"
    r = run_hfs(
        "simulate",
        "recording",
        str(rec),
        "--truth",
        str(truth),
        "--kind",
        "diagnostic",
        "--seed",
        "4",
        "--sfreq",
        "10000",
        "--duration",
        "30",
    )
    assert r.returncode == 0, r.stderr
    out, html = tmp_path / "a.json", tmp_path / "a.html"
    r = run_hfs("neuro", "analyze", str(rec), "--json", str(out), "--report", str(html))
    assert r.returncode == 0, r.stderr
    # MNE and friends stay quiet; what hfs has to say comes as one-line warnings.
    assert all(ln.startswith("hfs: warning: ") for ln in r.stderr.splitlines()), r.stderr
    d, t = json.loads(out.read_text()), json.loads(truth.read_text())
    assert d["schema"] == "hfs.neuro.analysis/2"
    got = {(m["stim_site"], m["channel"]): m for m in d["lsr"]}
    for w in t["lsr"]:
        g = got[(w["stim_site"], w["channel"])]
        if g["present"] is None:  # cannot tell: said, with its reason, never a wrong answer
            assert g["reason"] and f"cannot tell ({g['reason']})" in r.stderr
            continue
        assert g["present"] == w["present"]
        # Issue 5's 0.2 ms; where a run-on from the stimulus (artifact tail,
        # cross-talk) moved the window's start, issue 13's 0.3 ms for recordings with
        # that physiology (zygomatic -> orbicularis oris here was "cannot tell" until
        # the run-on's quiet test used 3 SD; now decided, 0.21 ms early).
        tol = 0.2 if g["window_start_ms"] <= 6.0 else 0.3
        assert abs(g["onset_latency_ms"] - w["onset_latency_ms"]) <= tol
    assert sum(g["present"] is not None for g in got.values()) >= 2
    assert "LSR" in r.stdout
    page = html.read_text()
    assert page.startswith("<!doctype html>") and "data:image/png;base64," in page
    assert "http://" not in page and "https://" not in page  # self-contained


def test_monitor_replay_finds_the_story(tmp_path):
    rec, truth = tmp_path / "l.edf", tmp_path / "l.json"
    r = run_hfs(
        "simulate",
        "recording",
        str(rec),
        "--truth",
        str(truth),
        "--kind",
        "intraop-lsr",
        "--story",
        "abrupt",
        "--seed",
        "2",
        "--sfreq",
        "10000",
        "--duration",
        "60",
    )
    assert r.returncode == 0, r.stderr
    out, html = tmp_path / "m.json", tmp_path / "m.html"
    r = run_hfs(
        "neuro",
        "monitor",
        str(rec),
        "--replay",
        "--speed",
        "max",
        "--json",
        str(out),
        "--report",
        str(html),
    )
    assert r.returncode == 0, r.stderr
    d, t = json.loads(out.read_text()), json.loads(truth.read_text())
    want = sorted((a["kind"], a["channel"], a["time_s"]) for a in t["alerts"])
    got = sorted((a["kind"], a["channel"], a["time_s"]) for a in d["alerts"])
    assert [g[:2] for g in got] == [w[:2] for w in want]
    for g, w in zip(got, want, strict=True):
        assert 0 <= g[2] - w[2] <= t["alert_tolerance_s"] + 1e-6
    assert "ALERT" in r.stdout and "lsr_disappeared" in r.stdout
    assert "lsr_disappeared" in html.read_text()


@pytest.fixture(scope="module")
def small_sim():
    return simulate_recording("diagnostic", duration_s=10, sfreq=10000, rng=1)


def test_not_an_edf(tmp_path):
    f = tmp_path / "notes.edf"
    f.write_text("this is not a recording at all, just some text\n" * 20)
    one_line_error(run_hfs("neuro", "analyze", str(f)), 2, "not an EDF/BDF file")


def test_wrong_suffix_and_missing_file(tmp_path):
    f = tmp_path / "clip.mp4"
    f.write_bytes(b"\x00" * 1000)
    one_line_error(run_hfs("neuro", "analyze", str(f)), 2, "expected an EDF+")
    one_line_error(run_hfs("neuro", "analyze", str(tmp_path / "nope.edf")), 2, "no such file")


def test_truncated(tmp_path, small_sim):
    good = small_sim.write_edf(tmp_path / "good.edf")
    cut = tmp_path / "cut.edf"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    one_line_error(run_hfs("neuro", "analyze", str(cut)), 2, "truncated")


def test_no_stimulus_annotations(tmp_path, small_sim):
    f = replace(small_sim, annotations=()).write_edf(tmp_path / "nostim.edf")
    one_line_error(run_hfs("neuro", "analyze", str(f)), 2, "no stimuli found")


def test_sampling_rate_too_low(tmp_path):
    sim = simulate_recording("diagnostic", duration_s=10, sfreq=2000, rng=2)
    f = sim.write_edf(tmp_path / "slow.edf")
    one_line_error(run_hfs("neuro", "analyze", str(f)), 2, "too low for LSR")


def test_unknown_channels_then_montage(tmp_path, small_sim):
    f = replace(small_sim, labels=("A1", "A2", "A3")).write_edf(tmp_path / "odd.edf")
    one_line_error(run_hfs("neuro", "analyze", str(f)), 2, "--montage")
    m = tmp_path / "m.yaml"
    m.write_text("channels:\n  A1: orbicularis_oculi\n  A2: orbicularis_oris\n  A3: mentalis\n")
    r = run_hfs("neuro", "analyze", str(f), "--montage", str(m), "--json", "-")
    assert r.returncode == 0, r.stderr
    assert {c["label"] for c in json.loads(r.stdout)["channels"]} == {"A1", "A2", "A3"}
    bad = tmp_path / "bad.yaml"
    bad.write_text("channels:\n  A1: biceps\n")
    one_line_error(run_hfs("neuro", "analyze", str(f), "--montage", str(bad)), 3, "unknown role")


def test_monitor_usage_errors(tmp_path):
    one_line_error(run_hfs("neuro", "monitor"), 2, "--lsl")
    one_line_error(
        run_hfs("neuro", "monitor", "x.edf", "--replay", "--baseline", "30:10"), 2, "START < END"
    )
    one_line_error(run_hfs("neuro", "monitor", "x.edf", "--replay", "--speed", "fast"), 2, "'max'")
    one_line_error(
        run_hfs(
            "neuro", "monitor", "--lsl", f"absent-{uuid.uuid4().hex[:8]}", "--lsl-timeout", "1"
        ),
        2,
        "no LSL stream",
    )


def test_lsl_stream_on_loopback_is_monitored(tmp_path):
    rec, truth = tmp_path / "s.edf", tmp_path / "s.json"
    r = run_hfs(
        "simulate",
        "recording",
        str(rec),
        "--truth",
        str(truth),
        "--kind",
        "intraop-lsr",
        "--story",
        "abrupt",
        "--seed",
        "6",
        "--sfreq",
        "10000",
        "--duration",
        "60",
    )
    assert r.returncode == 0, r.stderr
    name = f"hfs-test-{uuid.uuid4().hex[:8]}"
    pub = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "hfs.cli.main",
            "simulate",
            "stream",
            "--from",
            str(rec),
            "--lsl",
            name,
            "--speed",
            "6",
            "--wait",
            "20",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        out = tmp_path / "live.json"
        r = run_hfs(
            "neuro", "monitor", "--lsl", name, "--lsl-timeout", "20", "--json", str(out), timeout=90
        )
    finally:
        _, perr = pub.communicate(timeout=60)
    assert pub.returncode == 0, perr
    # Without --duration the stream's end is a lost signal: results are written, the
    # last alert says so, and the exit code is not 0.
    assert r.returncode == 1, r.stderr
    assert r.stderr.splitlines()[-1].startswith("hfs: error:") and "signal lost" in r.stderr
    d, t = json.loads(out.read_text()), json.loads(truth.read_text())
    assert d["source"] == f"lsl:{name}"
    assert d["alerts"][-1]["kind"] == "signal_lost"
    assert abs(d["alerts"][-1]["time_s"] - t["duration_s"]) < 0.1
    assert "signal_lost" in r.stdout  # printed as it happened
    want = sorted((a["kind"], a["channel"], a["time_s"]) for a in t["alerts"])
    got = sorted(
        (a["kind"], a["channel"], a["time_s"])
        for a in d["alerts"]
        if not a["kind"].startswith("signal_")
    )
    assert [g[:2] for g in got] == [w[:2] for w in want]
    for g, w in zip(got, want, strict=True):
        # Stream time counts from the first sample received; the publisher waits for
        # the monitor, so no sample is lost and times match the file's.
        assert 0 <= g[2] - w[2] <= t["alert_tolerance_s"] + 1e-6


def test_monitor_baseline_outside_the_recording(tmp_path, small_sim):
    """A 10 s recording: a baseline after its end, or running past it, is refused."""
    f = small_sim.write_edf(tmp_path / "short.edf")
    for base in ("100:130", "0:30"):
        one_line_error(
            run_hfs("neuro", "monitor", str(f), "--replay", "--speed", "max", "--baseline", base),
            2,
            "outside the recording",
        )
    r = run_hfs("neuro", "monitor", str(f), "--replay", "--speed", "max", "--baseline", "0:5")
    assert r.returncode == 0, r.stderr


def _interruptible() -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_monitor_stopped_by_sigterm_or_ctrl_c_keeps_what_was_measured(tmp_path):
    """A real-time replay stopped after some seconds, by SIGTERM and by SIGINT (Ctrl-C):
    the JSON and the report of the sweeps so far are written, and the exit code is 130."""
    import signal
    import time

    sim = simulate_recording("intraop-lsr", story="abrupt", duration_s=60, sfreq=10000, rng=3)
    rec = sim.write_edf(tmp_path / "long.edf")
    procs = {}
    for sig in (signal.SIGTERM, signal.SIGINT):
        out, html = tmp_path / f"{sig.name}.json", tmp_path / f"{sig.name}.html"
        cmd = ["neuro", "monitor", str(rec), "--replay", "--speed", "1", "--baseline", "0:6"]
        p = subprocess.Popen(
            [sys.executable, "-m", "hfs.cli.main", *cmd, "--json", str(out), "--report", str(html)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            # Ctrl-C as at a terminal: a test run started in the background (a shell's `&`)
            # has SIGINT ignored, which the child would inherit and keep
            preexec_fn=_interruptible,
        )
        procs[sig] = (p, out, html)
    for p, _, _ in procs.values():
        assert p.stderr.readline().startswith("monitoring ")  # started, handlers set
    # 14 s: the 6 s baseline is complete with room to spare on a busy machine, where
    # the replay can fall seconds behind the clock (10 s failed once under load).
    time.sleep(14)
    for sig, (p, _, _) in procs.items():
        p.send_signal(sig)
    for sig, (p, out, html) in procs.items():
        _, err = p.communicate(timeout=60)
        assert p.returncode == 130, (sig, err)
        assert err.splitlines()[-1].startswith("hfs: interrupted at")
        assert "Traceback" not in err and "interrupted" in err
        d = json.loads(out.read_text())
        assert d["interrupted"] is True and d["mode"] == "monitor"
        # Some seconds of a 2 Hz stimulation were monitored, far from the 60 s file.
        assert 4 <= d["n_sweeps"] <= 60, d["n_sweeps"]
        assert d["trend"] and max(t["time_s"] for t in d["trend"]) < 30
        assert d["lsr"] and all(m["present"] for m in d["lsr"])  # the baseline's LSR
        page = html.read_text()
        assert page.startswith("<!doctype html>") and "stopped by the user" in page


def test_live_view_renders_lsr_baep_and_alerts():
    from rich.console import Console

    from hfs.cli.neuro import _LiveView

    status = {
        "time_s": 61.5,
        "n_sweeps": 120,
        "lsr": [
            {
                "stim_site": "zygomatic",
                "channel": "Mentalis",
                "state": "gone",
                "baseline_uv": 83.0,
                "ratio": 0.04,
                "peak_to_peak_uv": 12.0,
            }
        ],
        "baep": [
            {
                "channel": "BAEP Cz-A1",
                "state": "warning",
                "baseline_latency_ms": 5.7,
                "baseline_amplitude_uv": 0.8,
                "latency_ms": 6.9,
                "amplitude_uv": 0.35,
            }
        ],
        "alerts": [{"time_s": 55.2, "kind": "lsr_disappeared", "detail": "LSR gone"}],
    }
    console = Console(record=True, width=120)
    view = _LiveView(console)
    console.print(view.render(status))
    text = console.export_text()
    for needle in (
        "zygomatic -> Mentalis",
        "4% of baseline",
        "83 uV p-p",
        "V 6.90 ms 0.35 uV",
        "lsr_disappeared",
    ):
        assert needle in text, needle


def test_analyze_warns_on_stderr_for_ignored_channels_and_undecided_pairs(tmp_path):
    """Issue 13: an ECG channel and a channel with digital min = max are listed with
    their reasons as one-line warnings, the undecidable pairs say why; exit 0."""
    sim = simulate_recording(
        "diagnostic",
        extra_channels=("ECG",),
        faults={"mentalis": "digital_range"},
        duration_s=20,
        sfreq=10000,
        rng=3,
    )
    path = sim.write_edf(tmp_path / "w.edf")
    out = tmp_path / "a.json"
    r = run_hfs("neuro", "analyze", str(path), "--json", str(out))
    assert r.returncode == 0, r.stderr
    lines = r.stderr.splitlines()
    assert lines and all(ln.startswith("hfs: warning: ") for ln in lines), r.stderr
    assert any("'ECG' ignored" in ln for ln in lines)
    assert any("'Mentalis' ignored" in ln and "digital min = digital max" in ln for ln in lines)
    d = json.loads(out.read_text())
    assert {c["label"] for c in d["ignored_channels"]} == {"ECG", "Mentalis"}
    assert all(m["present"] is None for m in d["lsr"] if m["channel"] == "Mentalis")
    assert "cannot tell" in r.stdout


def test_analyze_with_an_ambiguous_trigger_exits_2_naming_the_codes(tmp_path):
    """A TTL trigger (every pulse 5 V): exit 2 with one line naming what was found and
    how to map it; with a montage mapping the code, the analysis runs."""
    sim = simulate_recording(
        "diagnostic",
        sites=("zygomatic",),
        stimuli="trigger",
        trigger_unit="V",
        trigger_ttl=5.0,
        trigger_rise_samples=3,
        duration_s=20,
        sfreq=10000,
        rng=6,
    )
    path = sim.write_edf(tmp_path / "ttl.edf")
    r = run_hfs("neuro", "analyze", str(path))
    assert r.returncode == 2
    msg = one_line_error(r)
    assert "code 5" in msg and "--montage" in msg and "trigger_codes" in msg
    montage = tmp_path / "m.yaml"
    montage.write_text("trigger_codes:\n  5: zygomatic\n", encoding="utf-8")
    r = run_hfs("neuro", "analyze", str(path), "--montage", str(montage), "--json", "-")
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    assert {m["stim_site"] for m in d["lsr"]} == {"zygomatic"}
