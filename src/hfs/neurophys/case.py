"""The case record of a monitored operation: one folder, appended to as it happens.

``hfs neuro monitor ... --case-dir DIR`` writes every sweep measure, alert, baseline,
waveform snapshot, surgical-step tag and note to ``DIR/events.jsonl`` (schema
``hfs.neuro.case/1``), one JSON object a line, each line flushed to the operating
system as it is written (and ``fsync``-ed at least once a second), so a process
killed with ``kill -9`` loses nothing that was written and a power cut at most the
last second. The file is only ever appended to.

A monitor started again on the same folder continues the case: it reads the record,
takes its settings (channels, baseline interval, mains frequency), restores the
baselines (so it compares with the same baseline and never re-baselines in the middle
of an operation), the alerts and the state of each pair, and goes on from where the
record ends (a replayed file from its last sweep; a stream with the wall-clock time
that passed added to its times). The rolling BAEP average refills after a restart
(one averaging window without a BAEP trend point).

:func:`read_case` rebuilds the case at any time (also while the monitor runs);
:func:`case_summary` turns it into the JSON the report is drawn from.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import time
from collections import deque
from pathlib import Path

import numpy as np

from hfs.errors import InputError

CASE_SCHEMA = "hfs.neuro.case/1"
EVENTS = "events.jsonl"
#: Surgical steps the operator can tag with one click (free text goes in a note).
TAGS = ("dura_open", "vessel_identified", "decompression", "closure")
#: A snapshot of the latest waveforms is written this often (case seconds).
WAVEFORM_EVERY_S = 60.0
#: Written at least this often (wall seconds) while sweeps come, so that the record
#: says how far monitoring got even when no trend row is due.
TICK_S = 1.0
FSYNC_S = 1.0
#: Shown part of the waveforms (ms after the stimulus).
LSR_SHOW_MS = (-5.0, 40.0)
BAEP_SHOW_MS = (-1.0, 12.0)


def _now() -> float:
    return round(time.time(), 3)


def _floats(a, nd: int = 4) -> list | None:
    if a is None:
        return None
    return [round(float(v), nd) for v in np.asarray(a, dtype=float).ravel()]


def _ends_cut(path: Path) -> bool:
    """Whether the file's last line was cut short (no final newline)."""
    if not path.exists() or not path.stat().st_size:
        return False
    with open(path, "rb") as f:
        f.seek(-1, os.SEEK_END)
        return f.read(1) != b"\n"


class CaseLog:
    """Append-only JSON lines, each written with one ``write`` call.

    The file is opened with ``O_APPEND`` and every line goes out in one system call,
    so it reaches the operating system at once (a ``kill -9`` cannot lose it) and
    never interleaves with a line another process appends (a note). Opening a file
    whose last line was cut short (a crash mid-write) first ends that line, so the cut
    line stays one unreadable line that readers skip.
    """

    def __init__(self, folder: str | Path):
        self.folder = Path(folder)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            self.path = self.folder / EVENTS
            cut = _ends_cut(self.path)
            self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        except OSError as e:
            raise InputError(f"cannot write to the case folder {folder}: {e.strerror}") from None
        if cut:
            os.write(self._fd, b"\n")
        self._synced = time.monotonic()
        self.last_wall = 0.0

    def write(self, kind: str, **fields) -> dict:
        ev = {"type": kind, "wall": _now(), **fields}
        line = json.dumps(ev, allow_nan=False, default=float, separators=(",", ":")) + "\n"
        os.write(self._fd, line.encode("utf-8"))
        self.last_wall = time.monotonic()
        if self.last_wall - self._synced >= FSYNC_S:
            os.fsync(self._fd)
            self._synced = self.last_wall
        return ev

    def close(self) -> None:
        if self._fd is not None:
            os.fsync(self._fd)
            os.close(self._fd)
            self._fd = None


def read_events(folder: str | Path) -> tuple[list[dict], int]:
    """All readable events of a case folder and the number of lines skipped (cut)."""
    path = Path(folder) / EVENTS
    if not path.is_file():
        raise InputError(f"{folder}: no case record here (no {EVENTS})")
    events, bad = [], 0
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            try:
                ev = json.loads(line)
            except json.JSONDecodeError:
                bad += 1
                continue
            if isinstance(ev, dict) and "type" in ev:
                events.append(ev)
            else:
                bad += 1
    return events, bad


def read_case(folder: str | Path) -> dict:
    """The case so far, grouped: sessions, settings, baselines, trend, alerts, ..."""
    events, bad = read_events(folder)
    case = {
        "folder": str(folder),
        "sessions": [],
        "settings": None,
        "baselines": {},
        "trend": [],
        "alerts": [],
        "tags": [],
        "notes": [],
        "waveforms": None,
        "stimulus": [],
        "skipped_lines": bad,
        "last_t": None,
        "last_wall": None,
    }
    for ev in events:
        k = ev["type"]
        t = ev.get("t")
        if t is not None and k not in ("tag", "note"):
            # How far monitoring got (tags and notes are stamped with it, not moving it).
            case["last_t"] = max(case["last_t"] or 0.0, float(t))
            case["last_wall"] = ev.get("wall")
        if k == "session":
            if case["settings"] is None:
                case["settings"] = dict(ev["settings"])
            case["sessions"].append(
                {
                    "session": len(case["sessions"]) + 1,
                    "started": ev["wall"],
                    "t_start": ev.get("t", 0.0),
                    "t_end": ev.get("t", 0.0),
                    "resumed": bool(ev.get("resumed")),
                    "source": ev["settings"].get("source"),
                    "ended": None,
                }
            )
        elif k == "mains" and case["settings"] is not None:
            case["settings"]["mains_hz"] = ev.get("mains_hz")
        elif k == "baseline":
            case["baselines"][_bkey(ev)] = ev
        elif k == "trend":
            case["trend"].append(ev["row"])
        elif k == "alert":
            case["alerts"].append(ev["alert"])
        elif k == "tag":
            case["tags"].append(ev)
        elif k == "note":
            case["notes"].append(ev)
        elif k == "waveforms":
            case["waveforms"] = ev
        elif k == "stimulus":
            case["stimulus"].append(ev)
        elif k == "end" and case["sessions"]:
            case["sessions"][-1]["ended"] = ev.get("reason", "done")
        if case["sessions"] and t is not None and k not in ("tag", "note"):
            s = case["sessions"][-1]
            s["t_end"] = max(s["t_end"], float(t))
    if case["settings"] is None:
        raise InputError(f"{folder}: the case record holds no session start")
    return case


def _bkey(ev: dict) -> str:
    return f"{ev['what']}|{ev.get('stim_site', '')}|{ev['channel']}"


# ------------------------------------------------------------------ the recorder


class _Stored:
    """A baseline measure read back from the record (its dict, as written)."""

    def __init__(self, d: dict):
        self._d = d

    def to_dict(self) -> dict:
        return dict(self._d)

    def __getattr__(self, name):
        try:
            return self._d[name]
        except KeyError:
            raise AttributeError(name) from None


class CaseRecorder:
    """Writes a running monitor's measures to a case folder; restores a continued case.

    Parameters
    ----------
    folder : path
    settings : dict
        What this session runs with (source, channels, sfreq, baseline_s, ...);
        patient, side and date are kept from the first session unless given again.
    """

    def __init__(self, folder: str | Path, settings: dict):
        self.folder = Path(folder)
        self.prior = None
        if (self.folder / EVENTS).is_file():
            self.prior = read_case(self.folder)
            self._check_same_case(self.prior["settings"], settings)
            merged = dict(self.prior["settings"])
            for k in ("patient", "side", "procedure"):
                if settings.get(k) and not merged.get(k):
                    merged[k] = settings[k]
            merged["source"] = settings.get("source", merged.get("source"))
            merged["speed"] = settings.get("speed")
            settings = merged
        self.settings = settings
        self.log = CaseLog(self.folder)
        self._trend_i = 0
        self._logged: set[str] = set()
        self._next_wave = None
        self._mains_logged = self.prior is not None
        self.monitor = None

    # ----------------------------------------------------------- continuing
    @property
    def resumed(self) -> bool:
        return self.prior is not None and self.prior["last_t"] is not None

    def resume_at_s(self) -> float:
        """Case time of the last thing recorded (0 for a new case)."""
        return float(self.prior["last_t"]) if self.resumed else 0.0

    def replay_start_s(self, sfreq: float) -> float:
        """Where a replay of the same file starts again: just after the last sweep."""
        return self.resume_at_s() + 2.0 / sfreq if self.resumed else 0.0

    def stream_offset_s(self) -> float:
        """A stream joined again: the case time at its first sample (the time it
        stopped, plus the wall-clock time that passed since)."""
        if not self.resumed:
            return 0.0
        gap = max(0.0, time.time() - float(self.prior["last_wall"] or time.time()))
        return self.resume_at_s() + gap

    def _check_same_case(self, old: dict, new: dict) -> None:
        a = [c["label"] for c in old.get("channels", [])]
        b = [c["label"] for c in new.get("channels", [])]
        if a != b:
            raise InputError(
                f"{self.folder}: this case was monitored with channels {', '.join(a)}; "
                f"the signal now has {', '.join(b)}: give a new --case-dir"
            )
        if old.get("sfreq") != new.get("sfreq"):
            raise InputError(
                f"{self.folder}: this case was sampled at {old.get('sfreq'):g} Hz, the signal "
                f"now at {new.get('sfreq'):g} Hz: give a new --case-dir"
            )

    def monitor_kw(self, given: dict) -> dict:
        """Monitor settings: a continued case keeps the ones it started with."""
        if not self.prior:
            return given
        s = self.prior["settings"]
        out = dict(given)
        out["baseline_s"] = tuple(s["baseline_s"])
        out["confirm_sweeps"] = s["confirm_sweeps"]
        out["baep_sweeps"] = s["baep_sweeps"]
        if "mains_hz" in s:
            out["mains_hz"] = s["mains_hz"]
        return out

    def prepare(self, monitor) -> None:
        """Attach to a new monitor (``run_monitor(prepare=...)``): restore a case."""
        self.monitor = monitor
        t0 = self.resume_at_s()
        self.log.write(
            "session",
            t=round(t0, 4),
            resumed=self.resumed,
            schema=CASE_SCHEMA,
            settings=self.settings,
        )
        if self.prior:
            self._restore(monitor)
        self._trend_i = len(monitor.trend)
        self._next_wave = t0 + WAVEFORM_EVERY_S

    def _restore(self, monitor) -> None:
        from hfs.neurophys.monitor import _BAEPChan, _LSRPair

        prior = self.prior
        monitor.alerts = list(prior["alerts"])
        monitor.trend = list(prior["trend"])
        monitor.time_s = prior["last_t"] or 0.0
        last_state: dict[tuple, str] = {}
        for a in prior["alerts"]:
            k = a["kind"]
            if k in ("lsr_disappeared", "lsr_reappeared"):
                last_state[("lsr", a["stim_site"], a["channel"])] = (
                    "gone" if k == "lsr_disappeared" else "present"
                )
            elif k in ("baep_warning", "baep_wave_v_loss", "baep_recovered"):
                last_state[("baep", a["channel"])] = {
                    "baep_warning": "warning",
                    "baep_wave_v_loss": "lost",
                    "baep_recovered": "ok",
                }[k]
        for key, ev in prior["baselines"].items():
            self._logged.add(key)
            if ev["what"] == "lsr":
                p = _LSRPair(
                    site=ev["stim_site"],
                    index=ev["index"],
                    channel=ev["channel"],
                    muscle=ev["muscle"],
                )
                p.measure = _Stored(ev["measure"])
                p.state = last_state.get(("lsr", p.site, p.channel), ev["state"])
                p.reason = ev.get("reason")
                p.baseline_uv = ev.get("baseline_uv")
                p.recent = deque(maxlen=monitor.confirm)
                if ev.get("template") is not None:
                    p.template = np.array(ev["template"])
                    p.template_span = tuple(ev["template_span"])
                    p.template_energy = float(ev["template_energy"])
                if ev.get("rms_limit") is not None:
                    p.rms_limit = np.array(ev["rms_limit"])
                if ev.get("baseline_avg") is not None:
                    p.baseline_avg = np.array(ev["baseline_avg"])
                if ev.get("tail") is not None:
                    p.tail = np.array(ev["tail"], dtype=np.float32)
                    monitor._tails.setdefault(p.site, []).append(p)
                self._resume_pair(monitor, p, prior)
                if ev.get("intensity_ma") is not None:
                    monitor.base_intensity[p.site] = float(ev["intensity_ma"])
                monitor.pairs[(p.site, p.index)] = p
            elif ev["what"] == "m":
                monitor.m_resp[(ev["stim_site"], ev["channel"])] = {
                    "base": [],
                    "baseline_uv": ev["baseline_uv"],
                    "recent": deque(maxlen=monitor.confirm),
                }
            elif ev["what"] == "baep":
                row = next((r for r, c in monitor.baep.items() if c.channel == ev["channel"]), None)
                if row is None:
                    continue
                c = monitor.baep[row]
                c.measure = _Stored(ev["measure"])
                c.state = last_state.get(("baep", c.channel), ev["state"])
                c.reason = ev.get("reason")
                c.lat0, c.amp0 = ev.get("lat0"), ev.get("amp0")
                c.lag_ms = float(ev.get("lag_ms") or 0.0)
                if ev.get("template") is not None:
                    c.template = np.array(ev["template"])
                    c.template_start = int(ev["template_start"])
                    c.template_energy = float(ev["template_energy"])
                if ev.get("baseline_avg") is not None:
                    c.baseline_avg = np.array(ev["baseline_avg"])
                assert isinstance(c, _BAEPChan)

    @staticmethod
    def _resume_pair(monitor, p, prior: dict) -> None:
        """The pair's last ratios and CUSUM, rebuilt from its recorded sweeps since its
        last alert: a restart neither delays an alert nor raises one twice."""
        from hfs.neurophys.monitor import LSR_CUSUM_REF

        since = max(
            (
                a["time_s"]
                for a in prior["alerts"]
                if a.get("stim_site") == p.site and a.get("channel") == p.channel
            ),
            default=-np.inf,
        )
        rows = [
            r
            for r in prior["trend"]
            if r["kind"] == "lsr" and r["stim_site"] == p.site and r["channel"] == p.channel
        ]
        for r in rows:
            if r["ratio"] is None or r.get("rejected"):
                continue
            p.recent.append(r["ratio"])
            if p.state == "present" and r["time_s"] > since:
                p.cusum = max(0.0, p.cusum + LSR_CUSUM_REF - max(r["ratio"], 0.0))
        if rows:
            p.last_ratio = rows[-1]["ratio_median"]

    # ----------------------------------------------------------- recording
    def __call__(self, monitor, new: list[dict]) -> None:
        """``on_event`` hook: write what the last sweep (or signal change) added."""
        if not self._mains_logged and monitor.n_sweeps:
            self.log.write("mains", mains_hz=monitor.mains_hz)
            self._mains_logged = True
        self._baselines(monitor)
        wrote = False
        for row in monitor.trend[self._trend_i :]:
            self.log.write("trend", t=row["time_s"], row=row)
            wrote = True
        self._trend_i = len(monitor.trend)
        for a in new:
            self.log.write("alert", t=a["time_s"], alert=a)
            wrote = True
        if self._next_wave is not None and monitor.time_s >= self._next_wave:
            self.waveforms(monitor)
        elif not wrote and time.monotonic() - self.log.last_wall >= TICK_S:
            self.log.write("tick", t=round(monitor.time_s, 4))

    def _baselines(self, monitor) -> None:
        t_lsr = monitor.t_lsr
        for p in monitor.pairs.values():
            key = f"lsr|{p.site}|{p.channel}"
            if p.measure is None or key in self._logged:
                continue
            self._logged.add(key)
            self.log.write(
                "baseline",
                t=round(monitor.time_s, 4),
                what="lsr",
                stim_site=p.site,
                channel=p.channel,
                index=p.index,
                muscle=p.muscle,
                state=p.state,
                reason=p.reason,
                measure=p.measure.to_dict(),
                baseline_uv=p.baseline_uv,
                template=_floats(p.template, 6),
                template_span=list(p.template_span),
                template_energy=p.template_energy,
                rms_limit=_floats(p.rms_limit, 6),
                tail=_floats(p.tail, 6),
                baseline_avg=_floats(p.baseline_avg, 6),
                t_ms=_floats(t_lsr, 4),
                intensity_ma=monitor.base_intensity.get(p.site),
            )
        for (site, ch), m in monitor.m_resp.items():
            key = f"m|{site}|{ch}"
            if m["baseline_uv"] is None or key in self._logged:
                continue
            self._logged.add(key)
            self.log.write(
                "baseline",
                t=round(monitor.time_s, 4),
                what="m",
                stim_site=site,
                channel=ch,
                baseline_uv=m["baseline_uv"],
            )
        for c in monitor.baep.values():
            key = f"baep||{c.channel}"
            if c.measure is None or key in self._logged:
                continue
            self._logged.add(key)
            self.log.write(
                "baseline",
                t=round(monitor.time_s, 4),
                what="baep",
                channel=c.channel,
                state=c.state,
                reason=c.reason,
                measure=c.measure.to_dict(),
                lat0=c.lat0,
                amp0=c.amp0,
                lag_ms=c.lag_ms,
                template=_floats(c.template, 6),
                template_start=c.template_start,
                template_energy=c.template_energy,
                baseline_avg=_floats(c.baseline_avg, 6),
                t_ms=_floats(monitor.t_baep, 4),
            )

    def waveforms(self, monitor) -> None:
        """Write the average of the latest sweeps of every pair and BAEP channel."""
        lsr, baep = [], []
        for p in monitor.pairs.values():
            if p.latest:
                lsr.append(
                    {
                        "stim_site": p.site,
                        "channel": p.channel,
                        "n": len(p.latest),
                        "y": _floats(np.mean(np.array(p.latest), axis=0), 2),
                    }
                )
        for c in monitor.baep.values():
            if c.window:
                baep.append(
                    {
                        "channel": c.channel,
                        "n": len(c.window),
                        "y": _floats(np.mean(np.array(c.window), axis=0), 4),
                    }
                )
        if lsr or baep:
            self.log.write("waveforms", t=round(monitor.time_s, 4), lsr=lsr, baep=baep)
        self._next_wave = monitor.time_s + WAVEFORM_EVERY_S

    def note(self, text: str, *, t: float | None = None, by: str = "operator") -> dict:
        t = self.monitor.time_s if t is None and self.monitor is not None else t
        return self.log.write("note", t=None if t is None else round(t, 4), text=text, by=by)

    def tag(self, tag: str, *, t: float | None = None, by: str = "operator") -> dict:
        if tag not in TAGS:
            raise InputError(f"unknown tag '{tag}': expected one of {', '.join(TAGS)}")
        t = self.monitor.time_s if t is None and self.monitor is not None else t
        return self.log.write("tag", t=None if t is None else round(t, 4), tag=tag, by=by)

    def close(self, reason: str = "done") -> None:
        """Write the final waveforms and the session's end."""
        if self.monitor is not None:
            self._baselines(self.monitor)
            self(self.monitor, [])
            self.waveforms(self.monitor)
            self.log.write("end", t=round(self.monitor.time_s, 4), reason=reason)
        self.log.close()


def add_entry(folder: str | Path, kind: str, value: str, *, by: str = "operator") -> dict:
    """Append a tag or a note to a case from outside the monitor (another process).

    Its case time is the last record's, plus the wall-clock time since (times the
    replay speed) while a monitor runs; the line is written in one ``write`` to the
    file opened for appending, so it never interleaves with the monitor's lines.
    """
    case = read_case(folder)
    t = case["last_t"]
    running = case["sessions"] and case["sessions"][-1]["ended"] is None
    speed = case["settings"].get("speed")
    if running and t is not None and case["last_wall"] is not None and speed is not None:
        # Between two records of a running monitor: its clock went on (capped at the
        # 1 s a running monitor lets pass without a record).
        t += min(max(0.0, time.time() - case["last_wall"]) * speed, TICK_S * speed)
    if kind == "tag" and value not in TAGS:
        raise InputError(f"unknown tag '{value}': expected one of {', '.join(TAGS)}")
    if kind == "note" and not value.strip():
        raise InputError("a note needs some text")
    ev = {"type": kind, "wall": _now(), "t": None if t is None else round(t, 4), "by": by}
    ev["tag" if kind == "tag" else "text"] = value
    line = (json.dumps(ev, separators=(",", ":")) + "\n").encode("utf-8")
    if _ends_cut(Path(folder) / EVENTS):
        line = b"\n" + line
    fd = os.open(Path(folder) / EVENTS, os.O_WRONLY | os.O_APPEND)
    try:
        os.write(fd, line)
        os.fsync(fd)
    finally:
        os.close(fd)
    return ev


# ------------------------------------------------------------------ the summary

#: Alerts that open a condition, and the alert that closes it.
_OPENS = {
    "lsr_disappeared": ("LSR gone", "lsr_reappeared"),
    "baep_warning": ("BAEP wave V warning", "baep_recovered"),
    "baep_wave_v_loss": ("BAEP wave V loss", "baep_recovered"),
    "signal_lost": ("signal lost", "signal_restored"),
    # Only an ``ongoing`` A-train (alerted while it lasts) opens; a short one, alerted
    # when it ended, holds for its duration like any EMG alert.
    "emg_a_train": ("emg_a_train", "emg_a_train_end"),
}
#: Episodes of one condition on one channel this close together make one row.
GROUP_GAP_S = 60.0


def _chan_key(a: dict) -> tuple:
    return (a.get("stim_site"), a.get("channel"))


def group_alerts(alerts: list[dict], end_s: float, gap_s: float = GROUP_GAP_S) -> list[dict]:
    """Alerts as conditions with a span: one row per condition and channel.

    An opening alert (``lsr_disappeared``, ``baep_warning``, ``baep_wave_v_loss``,
    ``signal_lost``) holds until its closing alert (``..._reappeared``,
    ``baep_recovered``, ``signal_restored``) or the end of the case (``end_s`` null).
    A BAEP warning that turns into a loss is one condition whose worst is the loss.
    Episodes of the same condition on the same channel less than ``gap_s`` apart are
    one row with their count; an alert of a kind without a closing alert (EMG) holds
    from its ``onset_s`` for its ``duration_s``; an ``ongoing`` ``emg_a_train`` (a long
    train, alerted while it lasts) holds from its onset to its ``emg_a_train_end``.
    """
    episodes: list[dict] = []
    open_: dict[tuple, dict] = {}
    for a in sorted(alerts, key=lambda a: a["time_s"]):
        k, key = a["kind"], _chan_key(a)
        closes = [c for c, ep in open_.items() if c[1] == key and _OPENS[ep["kinds"][0]][1] == k]
        if closes:
            for c in closes:
                ep = open_.pop(c)
                ep["end_s"] = a["time_s"]
                if k == "emg_a_train_end":  # the train's own end, not when it was seen
                    ep["end_s"] = a["onset_s"] + a["duration_s"]
                    ep["details"].append(a["detail"])
                ep["closed_by"] = k
            continue
        if k in _OPENS and (k != "emg_a_train" or a.get("ongoing")):
            cond = "baep" if k.startswith("baep_") else k
            c = (cond, key)
            if c in open_:  # warning -> loss: the same condition, worse
                ep = open_[c]
                ep["kinds"].append(k)
                ep["worst"] = k
                ep["details"].append(a["detail"])
                continue
            ep = {
                "kinds": [k],
                "worst": k,
                "stim_site": a.get("stim_site"),
                "channel": a.get("channel"),
                "start_s": a["onset_s"] if k.startswith("emg_") else a["time_s"],
                "end_s": None,
                "details": [a["detail"]],
            }
            open_[c] = ep
            episodes.append(ep)
        else:
            # EMG: from its onset for its duration (the alert came at its end).
            dur = a.get("duration_s")
            t0 = a.get("onset_s", a["time_s"])
            episodes.append(
                {
                    "kinds": [k],
                    "worst": k,
                    "stim_site": a.get("stim_site"),
                    "channel": a.get("channel"),
                    "start_s": t0,
                    "end_s": t0 + dur if dur is not None else a["time_s"],
                    "details": [a["detail"]],
                }
            )
    rows: list[dict] = []
    last: dict[tuple, dict] = {}
    for ep in episodes:
        cond = _OPENS[ep["kinds"][0]][0] if ep["kinds"][0] in _OPENS else ep["kinds"][0]
        if cond.startswith("BAEP"):
            cond = "BAEP wave V change"
        key = (cond, ep["stim_site"], ep["channel"])
        prev = last.get(key)
        if prev is not None and prev["end_s"] is not None and ep["start_s"] - prev["end_s"] < gap_s:
            prev["episodes"] += 1
            prev["spans"].append([ep["start_s"], ep["end_s"]])
            prev["end_s"] = ep["end_s"]
            prev["n_alerts"] += len(ep["kinds"]) + (1 if ep.get("closed_by") else 0)
            if ep["worst"] == "baep_wave_v_loss":
                prev["worst"] = ep["worst"]
            prev["last_detail"] = ep["details"][-1]
            continue
        row = {
            "condition": cond,
            "worst": ep["worst"],
            "stim_site": ep["stim_site"],
            "channel": ep["channel"],
            "start_s": ep["start_s"],
            "end_s": ep["end_s"],
            "holds_at_end": ep["end_s"] is None,
            "episodes": 1,
            "spans": [[ep["start_s"], ep["end_s"]]],
            "n_alerts": len(ep["kinds"]) + (1 if ep.get("closed_by") else 0),
            "first_detail": ep["details"][0],
            "last_detail": ep["details"][-1],
        }
        rows.append(row)
        last[key] = row
    for r in rows:
        r["holds_at_end"] = r["end_s"] is None
        end = end_s if r["end_s"] is None else r["end_s"]
        r["duration_s"] = round(max(0.0, end - r["start_s"]), 3)
    return rows


def _iso(wall: float | None) -> str | None:
    if wall is None:
        return None
    return dt.datetime.fromtimestamp(wall, tz=dt.UTC).isoformat(timespec="seconds")


def case_summary(folder: str | Path) -> dict:
    """The case as one JSON-able dict (``hfs.neuro.case/1``): what the report shows."""
    case = read_case(folder)
    s = case["settings"]
    end_s = case["last_t"] or 0.0
    sessions = []
    for i, ses in enumerate(case["sessions"]):
        ended = ses["ended"]
        if ended is None:
            ended = (
                "no end record: the monitor stopped without closing (killed or crashed)"
                if i < len(case["sessions"]) - 1
                else "running, or stopped without closing (killed or crashed)"
            )
        sessions.append({**ses, "started": _iso(ses["started"]), "ended": ended})
    lsr_base = [
        ev["measure"] for ev in case["baselines"].values() if ev["what"] == "lsr" and ev["measure"]
    ]
    baep_base = [
        ev["measure"] for ev in case["baselines"].values() if ev["what"] == "baep" and ev["measure"]
    ]
    m_base = [
        {"stim_site": ev["stim_site"], "channel": ev["channel"], "baseline_uv": ev["baseline_uv"]}
        for ev in case["baselines"].values()
        if ev["what"] == "m"
    ]
    trend = case["trend"]
    # Stimulation per site: count, rate, from the LSR trend (one row per pair a sweep).
    stim = []
    for site in sorted({r["stim_site"] for r in trend if r["kind"] == "lsr"}):
        times = sorted(
            {r["time_s"] for r in trend if r["kind"] == "lsr" and r["stim_site"] == site}
        )
        rate = (len(times) - 1) / (times[-1] - times[0]) if len(times) > 2 else None
        # Intensity as the annotations stated it: (from case time, mA) at each change.
        steps: list[list[float]] = []
        for r in trend:
            if (
                r["kind"] == "lsr"
                and r["stim_site"] == site
                and "intensity_ma" in r
                and (not steps or steps[-1][1] != r["intensity_ma"])
            ):
                steps.append([r["time_s"], r["intensity_ma"]])
        stim.append(
            {
                "stim_site": site,
                "n_sweeps": len(times),
                "rate_hz": None if rate is None else round(rate, 2),
                "intensity_ma": steps or None,
            }
        )
    final = []
    for ev in case["baselines"].values():
        if ev["what"] != "lsr":
            continue
        pts = [
            r["ratio"]
            for r in trend
            if r["kind"] == "lsr"
            and r["stim_site"] == ev["stim_site"]
            and r["channel"] == ev["channel"]
            and r["ratio"] is not None
            and not r.get("rejected")
        ][-5:]
        final.append(
            {
                "stim_site": ev["stim_site"],
                "channel": ev["channel"],
                "baseline_uv": ev.get("baseline_uv"),
                "final_ratio": round(float(np.median(pts)), 3) if pts else None,
                "reason": None if pts else (ev.get("reason") or "no sweep compared with baseline"),
            }
        )
    waves = case["waveforms"] or {}
    return {
        "schema": CASE_SCHEMA,
        "folder": case["folder"],
        "patient": s.get("patient"),
        "side": s.get("side"),
        "procedure": s.get("procedure"),
        "date": _iso(case["sessions"][0]["started"] if case["sessions"] else None),
        "source": s.get("source"),
        "montage": s.get("montage"),
        "channels": s.get("channels", []),
        "sfreq": s.get("sfreq"),
        "mains_hz": s.get("mains_hz"),
        "baseline_s": s.get("baseline_s"),
        "confirm_sweeps": s.get("confirm_sweeps"),
        "baep_sweeps": s.get("baep_sweeps"),
        "stimulation": stim,
        "duration_s": round(end_s, 3),
        "sessions": sessions,
        "skipped_lines": case["skipped_lines"],
        "baseline": {"lsr": lsr_base, "baep": baep_base, "m_response": m_base},
        "final_lsr": final,
        "alerts": case["alerts"],
        "alert_groups": group_alerts(case["alerts"], end_s),
        "tags": [
            {"t": e.get("t"), "time": _iso(e["wall"]), "tag": e["tag"], "by": e.get("by")}
            for e in case["tags"]
        ],
        "notes": [
            {"t": e.get("t"), "time": _iso(e["wall"]), "text": e["text"], "by": e.get("by")}
            for e in case["notes"]
        ],
        "final_waveforms_t": waves.get("t"),
        "trend": trend,
        "_curves": _curves(case),
    }


def _curves(case: dict) -> dict:
    """Baseline and latest averages per pair / BAEP channel (for the report's plots)."""
    out: dict = {}
    for ev in case["baselines"].values():
        if ev["what"] == "lsr" and ev.get("baseline_avg") is not None:
            out[("lsr", ev["stim_site"], ev["channel"])] = {
                "t_ms": ev["t_ms"],
                "baseline": ev["baseline_avg"],
                "onset_ms": (ev["measure"] or {}).get("onset_latency_ms"),
                "final": None,
            }
        elif ev["what"] == "baep" and ev.get("baseline_avg") is not None:
            out[("baep", None, ev["channel"])] = {
                "t_ms": ev["t_ms"],
                "baseline": ev["baseline_avg"],
                "onset_ms": None,
                "final": None,
            }
    w = case["waveforms"] or {}
    for x in w.get("lsr", []):
        k = ("lsr", x["stim_site"], x["channel"])
        if k in out:
            out[k]["final"], out[k]["final_n"] = x["y"], x["n"]
    for x in w.get("baep", []):
        k = ("baep", None, x["channel"])
        if k in out:
            out[k]["final"], out[k]["final_n"] = x["y"], x["n"]
    return out
