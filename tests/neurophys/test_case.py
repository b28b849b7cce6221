"""The operating-room case record: survives kill -9, continues, rebuilds its report."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time

import pytest

from hfs.neurophys import read_recording
from hfs.neurophys.case import EVENTS, add_entry, case_summary, group_alerts, read_case
from hfs.neurophys.monitor import replay_file, run_monitor
from hfs.simulate.recording import simulate_recording
from tests.clitools import one_line_error, run_hfs


def _last_event(folder):
    lines = (folder / EVENTS).read_text().splitlines()
    for line in reversed(lines):
        try:
            return json.loads(line)
        except json.JSONDecodeError:
            continue
    return None


def _last_t(folder) -> float:
    try:
        return read_case(folder)["last_t"] or 0.0
    except Exception:
        return 0.0


def test_case_killed_mid_replay_and_restarted_loses_at_most_a_second(tmp_path):
    """A replay (4x real time) killed with SIGKILL after its baseline, 2 s before the
    LSR vanishes; started again on the same folder. The record held everything up to
    the last second before the kill, and the continued case has every sweep of the
    file once, the first session's baseline, and the alerts at the times an
    uninterrupted monitor raises them (no alert delayed, none twice)."""
    sim = simulate_recording("intraop-lsr", story="abrupt", duration_s=60, sfreq=10000, rng=17)
    edf = sim.write_edf(tmp_path / "op.edf")
    t_loss = next(a["time_s"] for a in sim.truth["alerts"])
    folder = tmp_path / "case"
    cmd = [sys.executable, "-m", "hfs.cli.main", "neuro", "monitor", str(edf), "--replay"]
    cmd += ["--case-dir", str(folder), "--patient", "DEMO-1002", "--side", "left", "--no-live"]
    p = subprocess.Popen(
        [*cmd, "--speed", "4"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 60
        while _last_t(folder) < t_loss - 3.0:
            assert p.poll() is None and time.monotonic() < deadline, "the monitor did not get far"
            time.sleep(0.05)
        time.sleep(0.5)
        p.send_signal(signal.SIGKILL)
        killed = time.time()
        p.wait(timeout=10)
    finally:
        if p.poll() is None:
            p.kill()
    last = _last_event(folder)
    lost_s = killed - last["wall"]
    print(f"kill -9: the last record was written {lost_s:.2f} s before the kill")
    assert lost_s <= 1.1, lost_s
    t_killed = _last_t(folder)
    assert t_killed < t_loss  # killed before the alert: the restart must raise it
    r = subprocess.run([*cmd, "--speed", "max"], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "continuing the case" in r.stderr

    rec = read_recording(edf)
    whole = run_monitor(replay_file(rec), rec.channels, rec.sfreq, baseline_s=(0, 30))
    c = case_summary(folder)
    key = lambda a: (a["kind"], a["channel"], a["time_s"])  # noqa: E731
    assert sorted(map(key, c["alerts"])) == sorted(map(key, whole.alerts))
    assert len(c["alerts"]) == len(sim.truth["alerts"])
    rows = [(t["time_s"], t["channel"]) for t in c["trend"]]
    assert sorted(rows) == sorted((t["time_s"], t["channel"]) for t in whole.trend)
    assert [s["resumed"] for s in c["sessions"]] == [False, True]
    assert "killed or crashed" in c["sessions"][0]["ended"] and c["sessions"][1]["ended"] == "done"
    assert c["patient"] == "DEMO-1002" and c["side"] == "left"
    # One baseline per pair, the first session's (none taken again after the restart).
    base = [ev for ev in read_case(folder)["baselines"].values() if ev["what"] == "lsr"]
    assert base and all(ev["t"] < t_killed for ev in base)

    out, html = tmp_path / "case.json", tmp_path / "case.html"
    r = run_hfs("neuro", "case", "report", folder, "--json", out, "--report", html)
    assert r.returncode == 0, r.stderr
    d = json.loads(out.read_text())
    assert d["schema"] == "hfs.neuro.case/1" and len(d["sessions"]) == 2
    page = html.read_text()
    for needle in ("DEMO-1002", "left", "Sessions", "LSR gone", "Baseline and final waveforms"):
        assert needle in page, needle
    assert "http://" not in page and "https://" not in page
    # The case as the MVD record: the LSR vanished at the end, on the left.
    r = run_hfs("neuro", "case", "mvd", folder, "mvd-7")
    assert r.returncode == 0, r.stderr
    mvd = json.loads(r.stdout)
    assert mvd["lsr_outcome"] == "disappeared" and mvd["side"] == "left"


def test_tags_and_notes_from_another_process_land_in_the_case(tmp_path, intraop_lsr_transient):
    path, _ = intraop_lsr_transient
    folder = tmp_path / "case"
    r = run_hfs("neuro", "monitor", path, "--replay", "--speed", "max", "--case-dir", folder)
    assert r.returncode == 0, r.stderr
    assert run_hfs("neuro", "case", "tag", folder, "decompression").returncode == 0
    assert run_hfs("neuro", "case", "note", folder, "Teflon pad placed").returncode == 0
    one_line_error(run_hfs("neuro", "case", "tag", folder, "coffee"), 2, "unknown tag")
    one_line_error(run_hfs("neuro", "case", "report", tmp_path / "nothing"), 2, "no case record")
    c = case_summary(folder)
    assert [t["tag"] for t in c["tags"]] == ["decompression"]
    assert [n["text"] for n in c["notes"]] == ["Teflon pad placed"]
    # The monitor had ended: the entries carry the time it stopped, not a later one.
    assert c["notes"][0]["t"] == pytest.approx(c["duration_s"])


def test_a_line_cut_by_a_crash_is_skipped_and_the_case_goes_on(tmp_path, intraop_lsr_transient):
    path, _ = intraop_lsr_transient
    folder = tmp_path / "case"
    rec = read_recording(path)
    from hfs.neurophys.case import CaseRecorder

    rc = CaseRecorder(folder, {"channels": [c.to_dict() for c in rec.channels], "sfreq": 1.0})
    rc.log.write("session", t=0.0, settings={"channels": [], "baseline_s": [0, 30]})
    rc.log.close()
    with open(folder / EVENTS, "a") as f:
        f.write('{"type":"trend","wall":1,"t":3.0,"row":{"time_')  # cut mid-write
    add_entry(folder, "note", "after the crash")
    case = read_case(folder)
    assert case["skipped_lines"] == 1
    assert [n["text"] for n in case["notes"]] == ["after the crash"]


def test_alerts_are_grouped_into_conditions_with_their_span():
    """A flapping LSR (gone/back every 10 s for 20 min: 240 alerts) is one row per
    channel; a BAEP warning that turns into a loss and recovers is one row whose worst
    is the loss; a signal loss still open at the end holds to the end."""
    alerts = []
    for i in range(120):
        t = 100.0 + 10 * i
        alerts.append({"time_s": t, "kind": "lsr_disappeared", "stim_site": "z", "channel": "M"})
        alerts.append({"time_s": t + 5, "kind": "lsr_reappeared", "stim_site": "z", "channel": "M"})
    for t, k in ((2000, "baep_warning"), (2100, "baep_wave_v_loss"), (2500, "baep_recovered")):
        alerts.append({"time_s": t, "kind": k, "channel": "BAEP"})
    alerts.append({"time_s": 3000.0, "kind": "signal_lost", "channel": None})
    for a in alerts:
        a["detail"] = a["kind"]
    rows = group_alerts(alerts, end_s=3600.0)
    assert [(r["condition"], r["start_s"], r["end_s"]) for r in rows] == [
        ("LSR gone", 100.0, 1295.0),
        ("BAEP wave V change", 2000, 2500),
        ("signal lost", 3000.0, None),
    ]
    assert rows[0]["episodes"] == 120 and rows[0]["n_alerts"] == 240
    assert rows[1]["worst"] == "baep_wave_v_loss" and rows[1]["episodes"] == 1
    assert rows[2]["holds_at_end"] and rows[2]["duration_s"] == 600.0


def test_trend_labels_of_a_four_hour_case_never_overlap():
    """A 4-hour case with 40 tags and notes, some seconds apart: the drawn labels'
    boxes do not overlap, and the time axis reads in h:mm."""
    import numpy as np

    from hfs.reports.case import trend_figures

    rng = np.random.default_rng(0)
    trend = [
        {
            "time_s": float(t),
            "kind": "lsr",
            "stim_site": "zygomatic",
            "channel": "Mentalis",
            "ratio_median": float(1 - t / 14400),
        }
        for t in np.arange(30, 14400, 5.0)
    ]
    marks = np.sort(np.concatenate([rng.uniform(0, 14400, 30), 5000 + np.arange(10) * 7.0]))
    case = {
        "duration_s": 14400.0,
        "trend": trend,
        "alert_groups": [],
        "tags": [{"t": float(t), "tag": "closure"} for t in marks[::2]],
        "notes": [{"t": float(t), "text": "x"} for t in marks[1::2]],
    }
    ((_, fig),) = trend_figures(case)
    fig.canvas.draw()
    r = fig.canvas.get_renderer()
    ax = fig.axes[0]
    boxes = [t.get_window_extent(r) for t in ax.texts]
    assert 10 <= len(boxes) < 40  # some dropped (the table lists them), most drawn
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not a.overlaps(b), (a, b)
    ticks = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
    assert "1:00" in ticks and "4:00" in ticks
    import matplotlib.pyplot as plt

    plt.close(fig)


def test_a_case_folder_of_another_montage_is_refused(tmp_path, intraop_lsr_transient):
    path, _ = intraop_lsr_transient
    folder = tmp_path / "case"
    run_hfs("neuro", "monitor", path, "--replay", "--speed", "max", "--case-dir", folder)
    other = simulate_recording("intraop-baep", duration_s=60, sfreq=10000, rng=3)
    f = other.write_edf(tmp_path / "baep.edf")
    one_line_error(
        run_hfs("neuro", "monitor", f, "--replay", "--speed", "max", "--case-dir", folder),
        2,
        "new --case-dir",
    )
