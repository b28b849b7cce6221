"""``hfs neuro``: electrodiagnostics and surgery monitoring (LSR, BAEP).

Also the ``hfs simulate recording`` and ``hfs simulate stream`` commands, attached to
the shared ``simulate`` group in :mod:`hfs.cli.main`. No analysis logic lives here.
"""

from __future__ import annotations

import json
import signal
import sys
import time
from pathlib import Path

import click

from hfs.errors import HFSError, InputError


def _quiet_mne() -> None:
    import mne

    mne.set_log_level("ERROR")


def _speed(value: str) -> float | None:
    if value.lower() == "max":
        return None
    try:
        v = float(value)
    except ValueError:
        raise click.BadParameter(f"expected a number or 'max', got '{value}'") from None
    if v <= 0:
        raise click.BadParameter("must be positive")
    return v


def _mains(value: str):
    v = value.lower()
    if v == "auto":
        return "auto"
    if v in ("off", "none", "0"):
        return None
    if v in ("50", "60"):
        return float(v)
    raise click.BadParameter(f"expected auto, 50, 60 or off, got '{value}'")


def _baseline(value: str) -> tuple[float, float]:
    try:
        a, b = (float(x) for x in value.split(":"))
    except ValueError:
        raise click.BadParameter(f"expected START:END in seconds, got '{value}'") from None
    if not 0 <= a < b:
        raise click.BadParameter(f"expected 0 <= START < END, got '{value}'")
    return a, b


def _one_blas_thread():
    """One BLAS thread for the analysis: its matrix products are small, threads that
    spin for a busy core cost more CPU than they save (whole ``analyze`` process 9.4 s
    CPU with two OpenBLAS threads against 5.8 s with one, on a loaded 2-core machine),
    and the numbers no longer depend on the machine's core count."""
    from threadpoolctl import threadpool_limits

    return threadpool_limits(limits=1, user_api="blas")


def _sigterm(signum, frame):
    raise KeyboardInterrupt


def _montage(path: str | None):
    if path is None:
        return None
    from hfs.neurophys.montage import read_montage

    return read_montage(path)


def _write_json(d: dict, path: str) -> None:
    text = json.dumps(d, indent=2, allow_nan=False, default=float)
    if path == "-":
        click.echo(text)
    else:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        Path(path).write_text(text + "\n", encoding="utf-8")


def _summary(d: dict) -> None:
    for m in d["lsr"]:
        if m["present"]:
            what = (
                f"present, onset {m['onset_latency_ms']:.2f} ms, {m['peak_to_peak_uv']:.0f} uV p-p, "
                f"{m['n_phases']} phases"
            )
            if m.get("onset_sd_ms") is not None:
                what += f", onset noise-limited (SD {m['onset_sd_ms']:.2f} ms"
                what += ": more sweeps would sharpen it)" if m["onset_sd_ms"] > 0.1 else ")"
        elif m["present"] is None:
            what = "cannot tell"
        else:
            what = "absent"
        click.echo(
            f"LSR  {m['stim_site']:>20} -> {m['channel']:<17} {what} ({m['n_sweeps']} sweeps)"
        )
    for m in d["m_response"]:
        if m["present"]:
            click.echo(
                f"M    {m['stim_site']:>20} -> {m['channel']:<17} onset {m['onset_latency_ms']:.2f} ms, "
                f"{m['peak_to_peak_uv']:.0f} uV p-p"
            )
    for b in d["baep"]:
        waves = ", ".join(
            f"{k} {w['latency_ms']:.2f} ms {w['amplitude_uv']:.2f} uV"
            for k, w in b["waves"].items()
            if w["present"]
        )
        state = "present" if b["present"] else "not found"
        name = b["channel"] if b["channel"].upper().startswith("BAEP") else f"BAEP {b['channel']}"
        click.echo(f"{name}: {state} ({b['n_sweeps']} sweeps) {waves}")
    for a in d.get("alerts", []):
        click.echo(f"ALERT {a['time_s']:9.2f} s  {a['kind']:<17} {a['detail']}")


@click.group()
def neuro() -> None:
    """Electrodiagnostics and surgery monitoring: lateral spread response and BAEP."""


@neuro.command()
@click.argument("recording", type=click.Path(dir_okay=False))
@click.option(
    "--json",
    "json_out",
    metavar="FILE",
    help="Write the analysis (hfs.neuro.analysis/2); '-' for stdout.",
)
@click.option("--report", metavar="FILE", help="Write a self-contained HTML report.")
@click.option(
    "--montage", metavar="FILE", help="YAML file mapping channel and stimulus labels to roles."
)
@click.option(
    "--mains", default="auto", show_default=True, help="Mains frequency: auto, 50, 60 or off."
)
@click.option(
    "--baep-method",
    type=click.Choice(["fsp", "split-half"]),
    default="fsp",
    show_default=True,
    help="BAEP presence criterion.",
)
@click.option(
    "--baep-sweeps",
    type=click.IntRange(4, None),
    default=None,
    help="Average only the first N clicks.",
)
@click.option(
    "--latency-offset-ms",
    type=float,
    default=0.0,
    show_default=True,
    help="BAEP wave-window shift (insert earphones: 0.88).",
)
def analyze(
    recording, json_out, report, montage, mains, baep_method, baep_sweeps, latency_offset_ms
):
    """Analyse a recording (EDF+/BDF+): LSR, M-responses and BAEP."""
    _quiet_mne()
    from hfs.neurophys import analyze_recording, read_recording

    mains = _mains(mains)
    rec = read_recording(recording, montage=_montage(montage))
    with _one_blas_thread():
        result = analyze_recording(
            rec,
            mains_hz=mains,
            baep_method=baep_method.replace("-", "_"),
            baep_sweeps=baep_sweeps,
            latency_offset_ms=latency_offset_ms,
        )
    d = result.to_dict()
    if json_out:
        _write_json(d, json_out)
    if report:
        from hfs.reports.neuro import write_neuro_report

        write_neuro_report(result, report)
    if json_out != "-":
        _summary(d)
    for ch in d.get("ignored_channels", []):
        click.echo(f"hfs: warning: channel '{ch['label']}' ignored: {ch['reason']}", err=True)
    for w in d.get("warnings", []):
        click.echo(f"hfs: warning: {w}", err=True)


class _LiveView:
    """A rich live table: LSR against baseline, BAEP wave V, alerts."""

    def __init__(self, console):
        from rich.live import Live

        self.console = console
        self.live = Live(console=console, refresh_per_second=4, transient=False)
        self.last = 0.0

    def __enter__(self):
        self.live.__enter__()
        return self

    def __exit__(self, *exc):
        return self.live.__exit__(*exc)

    def render(self, status: dict):
        from rich.console import Group
        from rich.table import Table

        t = Table(
            title=f"hfs monitor · t = {status['time_s']:.1f} s · {status['n_sweeps']} sweeps",
            expand=False,
        )
        t.add_column("signal")
        t.add_column("state")
        t.add_column("now", justify="right")
        t.add_column("baseline", justify="right")
        for p in status["lsr"]:
            ratio = "–" if p["ratio"] is None else f"{p['ratio']:.0%} of baseline"
            base = "–" if p["baseline_uv"] is None else f"{p['baseline_uv']:.0f} uV p-p"
            colour = {"gone": "green", "present": "yellow"}.get(p["state"], "white")
            t.add_row(
                f"LSR {p['stim_site']} -> {p['channel']}", f"[{colour}]{p['state']}", ratio, base
            )
        for b in status["baep"]:
            lat = b.get("latency_ms")
            amp = b.get("amplitude_uv")
            now = "–" if lat is None else f"V {lat:.2f} ms {amp:.2f} uV"
            base = (
                "–"
                if b["baseline_latency_ms"] is None
                else f"V {b['baseline_latency_ms']:.2f} ms {b['baseline_amplitude_uv']:.2f} uV"
            )
            colour = {"warning": "yellow", "lost": "red", "ok": "green"}.get(b["state"], "white")
            name = (
                b["channel"] if b["channel"].upper().startswith("BAEP") else f"BAEP {b['channel']}"
            )
            t.add_row(name, f"[{colour}]{b['state']}", now, base)
        alerts = Table(title="alerts", expand=False, show_header=False)
        alerts.add_column("time", justify="right")
        alerts.add_column("kind")
        alerts.add_column("detail")
        for a in status["alerts"][-6:]:
            alerts.add_row(f"{a['time_s']:.1f} s", f"[bold]{a['kind']}", a["detail"])
        return Group(t, alerts) if status["alerts"] else t

    def __call__(self, monitor, new):
        now = time.monotonic()
        if new or now - self.last > 0.25:
            self.last = now
            self.live.update(self.render(monitor.status()))


@neuro.command()
@click.argument("recording", required=False, type=click.Path(dir_okay=False))
@click.option("--replay", is_flag=True, help="Replay RECORDING sweep by sweep.")
@click.option(
    "--speed", default="1", show_default=True, help="Replay speed: 1 real time, 2, ... or 'max'."
)
@click.option(
    "--lsl", "lsl_name", metavar="STREAM", help="Monitor a live Lab Streaming Layer stream."
)
@click.option(
    "--lsl-timeout",
    type=float,
    default=10.0,
    show_default=True,
    help="Seconds to wait for the stream.",
)
@click.option(
    "--lsl-give-up",
    type=click.FloatRange(1, None),
    default=60.0,
    show_default=True,
    help="Seconds a lost LSL stream may stay silent before monitoring ends (exit 1).",
)
@click.option(
    "--duration",
    type=click.FloatRange(0, None, min_open=True),
    default=None,
    help="Stop after this many seconds of signal (LSL): a planned end.",
)
@click.option(
    "--baseline", default="0:30", show_default=True, help="Baseline interval START:END (s)."
)
@click.option(
    "--confirm-sweeps",
    type=click.IntRange(1, 20),
    default=3,
    show_default=True,
    help="LSR sweeps that confirm a change.",
)
@click.option(
    "--baep-sweeps",
    type=click.IntRange(20, None),
    default=500,
    show_default=True,
    help="Sweeps per rolling BAEP average.",
)
@click.option(
    "--json",
    "json_out",
    metavar="FILE",
    help="Write baseline, alerts and trend (hfs.neuro.analysis/2).",
)
@click.option(
    "--report", metavar="FILE", help="Write an HTML report with trend plots and alert markers."
)
@click.option(
    "--montage", metavar="FILE", help="YAML file mapping channel and stimulus labels to roles."
)
@click.option(
    "--mains", default="auto", show_default=True, help="Mains frequency: auto, 50, 60 or off."
)
@click.option(
    "--live/--no-live",
    default=None,
    help="Live terminal view (default: when the terminal is interactive).",
)
@click.option(
    "--case-dir",
    metavar="DIR",
    help="Append everything to this case folder as it happens; a monitor started again "
    "on the same folder continues the case.",
)
@click.option(
    "--emg/--no-emg",
    "free_run",
    default=False,
    show_default=True,
    help="Also watch the free-running EMG of the facial channels between stimuli "
    "(alerts emg_a_train and emg_burst).",
)
@click.option(
    "--serve",
    "serve_at",
    metavar="HOST:PORT",
    help="Serve the live page here (port 0: any free one); two links are printed: the "
    "operator's (read-write: tags, notes) and the remote viewers' (read-only).",
)
@click.option("--patient", metavar="ID", help="Patient identifier for the case record.")
@click.option(
    "--side",
    type=click.Choice(["left", "right"]),
    default=None,
    help="Side of the operation (default: from the channel labels, when they say).",
)
def monitor(
    recording,
    replay,
    speed,
    lsl_name,
    lsl_timeout,
    lsl_give_up,
    duration,
    baseline,
    confirm_sweeps,
    baep_sweeps,
    json_out,
    report,
    montage,
    mains,
    live,
    case_dir,
    free_run,
    serve_at,
    patient,
    side,
):
    """Monitor sweep by sweep (file replay or LSL) with baseline, trends and alerts.

    Exit codes: 0 done; 2 bad input (e.g. a baseline outside the recording); 1 the
    LSL stream was lost for good before --duration (results so far are written);
    130 stopped by Ctrl-C or SIGTERM (results so far are written).
    """
    _quiet_mne()
    from rich.console import Console

    from hfs.neurophys.monitor import replay_file, replay_start_sample, run_monitor

    speed_v = _speed(speed)
    mains_v = _mains(mains)
    base = _baseline(baseline)
    mont = _montage(montage)
    if lsl_name and recording:
        raise click.UsageError("give either a RECORDING with --replay or --lsl STREAM, not both")
    if not lsl_name and not recording:
        raise click.UsageError("give a RECORDING with --replay, or --lsl STREAM")
    if recording and not replay:
        raise click.UsageError("monitoring a file needs --replay (or use 'hfs neuro analyze')")
    if lsl_name:
        from hfs.neurophys.lsl import lsl_chunks, open_lsl

        if duration is not None and base[1] > duration:
            raise InputError(
                f"baseline {base[0]:g}-{base[1]:g} s ends after --duration {duration:g} s; "
                "give --baseline START:END within the monitored time"
            )
        inlet, channels, rows, trig, codes, sfreq = open_lsl(
            lsl_name, montage=mont, timeout_s=lsl_timeout
        )
        chunks = lsl_chunks(
            inlet, rows, trig, codes, max_s=duration, sfreq=sfreq, give_up_s=lsl_give_up
        )
        source = f"lsl:{lsl_name}"
        found = {}
        rec = None
    else:
        from hfs.neurophys import read_recording

        rec = read_recording(recording, montage=mont)
        if base[1] > rec.duration_s:
            raise InputError(
                f"{Path(recording).name}: baseline {base[0]:g}-{base[1]:g} s is outside the "
                f"recording ({rec.duration_s:.1f} s long); give --baseline START:END within it"
            )
        channels, sfreq = rec.channels, rec.sfreq
        chunks = None  # made below: a continued case starts where its record ends
        source = rec.path
        found = {"warnings": rec.warnings, "ignored_channels": rec.ignored_reasons}
    console = Console()
    use_live = console.is_terminal if live is None else live

    def print_alerts(mon, new):
        for a in new:
            click.echo(f"ALERT {a['time_s']:9.2f} s  {a['kind']:<17} {a['detail']}")

    def hooked(show):
        if recorder is None and hub is None:
            return show

        def both(mon, new):
            if recorder is not None:
                recorder(mon, new)  # the record first
            if hub is not None:
                hub(mon, new)
            show(mon, new)

        return both

    kw = dict(
        mains_hz=mains_v,
        baseline_s=base,
        confirm_sweeps=confirm_sweeps,
        baep_sweeps=baep_sweeps,
        keep_on_interrupt=True,
        free_run=free_run,
    )
    recorder = None
    start_s = 0.0
    if case_dir:
        from hfs.neurophys.case import CaseRecorder

        sides = {c.side for c in channels if c.side}
        recorder = CaseRecorder(
            case_dir,
            {
                "source": source,
                "mode": "lsl" if lsl_name else "replay",
                "speed": None if lsl_name else speed_v,
                "sfreq": float(sfreq),
                "channels": [c.to_dict() for c in channels],
                "montage": Path(montage).name if montage else None,
                "patient": patient,
                "side": side or (sides.pop() if len(sides) == 1 else None),
                "baseline_s": list(base),
                "confirm_sweeps": confirm_sweeps,
                "baep_sweeps": baep_sweeps,
                "mains": mains,
                "free_run_emg": free_run,
            },
        )
        kw = recorder.monitor_kw(kw)
        kw["prepare"] = recorder.prepare
        if lsl_name:
            kw["time_offset_s"] = recorder.stream_offset_s()
        else:
            start_s = recorder.replay_start_s(sfreq)
            kw["start_sample"] = replay_start_sample(sfreq, start_s)
        if recorder.resumed:
            click.echo(
                f"continuing the case in {case_dir} from {recorder.resume_at_s():.1f} s "
                "(its baseline and settings)",
                err=True,
            )
    if chunks is None:
        # Served live: smaller chunks, so a sweep reaches the page sooner after its end.
        chunk_s = 0.04 if serve_at else 0.1
        chunks = replay_file(rec, speed=speed_v, start_s=start_s, chunk_s=chunk_s)
    hub = None
    if serve_at:
        from hfs.web.ormonitor import LiveHub
        from hfs.web.ormonitor import serve as serve_live

        host, _, port = serve_at.rpartition(":")
        host = host.strip("[]")
        if not host or not port.isdigit() or int(port) > 65535:
            raise click.BadParameter(f"expected HOST:PORT, got '{serve_at}'", param_hint="--serve")
        hub = LiveHub(sfreq, speed=None if lsl_name else speed_v, recorder=recorder)
        try:
            _, url, op_token, view_token = serve_live(hub, host, int(port))
        except OSError as e:
            raise InputError(f"cannot serve the live page at {serve_at}: {e.strerror}") from None
        click.echo(f"live page, operator (read-write): {url}/?token={op_token}", err=True)
        click.echo(f"live page, remote viewers (read-only): {url}/?token={view_token}", err=True)
        emg_rows = [i for i, c in enumerate(channels) if not c.is_baep]
        chunks = hub.chunks(
            chunks,
            [channels[i].label for i in emg_rows],
            emg_rows,
            start_sample=kw.get("start_sample", 0),
        )
    # SIGTERM stops monitoring as Ctrl-C does: run_monitor keeps what was measured.
    old_term = signal.signal(signal.SIGTERM, _sigterm)
    click.echo(
        f"monitoring {source} (baseline {base[0]:g}-{base[1]:g} s); "
        "Ctrl-C stops and keeps what was measured",
        err=True,
    )
    try:
        with _one_blas_thread():
            if use_live:
                with _LiveView(console) as view:
                    mon = run_monitor(chunks, channels, sfreq, on_event=hooked(view), **kw)
                    view.live.update(view.render(mon.status()))
                console.print()
            else:
                mon = run_monitor(chunks, channels, sfreq, on_event=hooked(print_alerts), **kw)
    finally:
        signal.signal(signal.SIGTERM, old_term)
    if mon.interrupted:
        # A second Ctrl-C must not lose what is being written.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
    if recorder is not None:
        recorder.close("interrupted" if mon.interrupted else "signal lost" if mon.ended else "done")
    if not mon.interrupted and mon.n_sweeps == 0 and not (recorder and recorder.resumed):
        why = f" ({mon.ended})" if mon.ended else ""
        raise InputError(f"{source}: no complete sweep arrived{why}; nothing was monitored")
    result = mon.finish(source, **found)
    d = result.to_dict()
    if json_out:
        _write_json(d, json_out)
    if report:
        from hfs.reports.neuro import write_neuro_report

        write_neuro_report(result, report)
    for ch in d["ignored_channels"]:
        click.echo(f"hfs: warning: channel '{ch['label']}' ignored: {ch['reason']}", err=True)
    for w in d["warnings"]:
        click.echo(f"hfs: warning: {w}", err=True)
    click.echo(
        f"monitored {mon.n_sweeps} sweeps to {mon.time_s:.1f} s: {len(d['alerts'])} alert(s); "
        f"{d['per_sweep_ms']:.2f} ms per sweep"
    )
    written = " and ".join(p for p in (json_out, report, case_dir) if p and p != "-")
    kept = f"; what was measured is in {written}" if written else ""
    if mon.interrupted:
        click.echo(f"hfs: interrupted at {mon.time_s:.1f} s{kept}", err=True)
        sys.exit(130)
    if mon.ended:
        raise HFSError(f"{source}: signal lost, monitoring ended at {mon.time_s:.1f} s{kept}")


@neuro.group()
def case() -> None:
    """A monitored case folder (``monitor --case-dir``): report, tags, notes."""


@case.command("report")
@click.argument("folder", type=click.Path(file_okay=False))
@click.option("--json", "json_out", metavar="FILE", help="Write the case (hfs.neuro.case/1).")
@click.option("--report", metavar="FILE", help="Write the HTML case report.")
def case_report(folder, json_out, report):
    """Rebuild the case's JSON and report from its folder (at any time, even while the
    monitor runs)."""
    from hfs.neurophys.case import case_summary

    c = case_summary(folder)
    if json_out:
        _write_json({k: v for k, v in c.items() if not k.startswith("_")}, json_out)
    if report:
        from hfs.reports.case import write_case_report

        write_case_report(c, report)
    if json_out != "-":
        n = len(c["sessions"])
        click.echo(
            f"case {c['patient'] or '(no patient given)'}: {c['duration_s']:.1f} s monitored in "
            f"{n} session(s), {len(c['alerts'])} alert(s) in {len(c['alert_groups'])} row(s), "
            f"{len(c['tags'])} tag(s), {len(c['notes'])} note(s)"
        )
        if c["skipped_lines"]:
            click.echo(
                f"hfs: warning: {c['skipped_lines']} line(s) cut short by a stopped process "
                "were left out",
                err=True,
            )


@case.command("mvd")
@click.argument("folder", type=click.Path(file_okay=False))
@click.argument("record_id")
def case_mvd(folder, record_id):
    """The case as the patient's MVD record (JSON): date, side, LSR outcome, BAEP notes;
    an error saying why when the case cannot tell."""
    from hfs.clinic.case_link import mvd_from_case
    from hfs.neurophys.case import case_summary

    rec, why = mvd_from_case(case_summary(folder), record_id)
    if rec is None:
        raise InputError(f"{folder}: {why}")
    _write_json(rec.to_dict(), "-")


@case.command("attach")
@click.argument("folder", type=click.Path(file_okay=False, exists=True))
@click.option("--patient", "mrn", required=True, metavar="MRN", help="The patient's MRN.")
def case_attach(folder, mrn):
    """Attach the case report to patient MRN's MVD record in the clinic database
    (HFS_DATA_DIR / HFS_DATABASE_URL): the MVD record is filled from the case (or the
    one of the same date and side is used) and the report stored with its SHA-256."""
    from hfs.cli.clinic import _cli_actor, _sessions
    from hfs.services.case_documents import attach_case_report
    from hfs.settings import get_settings

    sessions = _sessions()
    with sessions() as db:
        out = attach_case_report(db, _cli_actor(), mrn, folder, get_settings().documents_dir)
    made = "new MVD record" if out["mvd_created"] else "existing MVD record"
    click.echo(
        f"attached the case report to {made} mvd-{out['mvd_id']} of patient "
        f"{out['patient_id']} (document {out['document_id']}, sha256 {out['sha256'][:12]}...)"
    )


@case.command("note")
@click.argument("folder", type=click.Path(file_okay=False))
@click.argument("text")
def case_note(folder, text):
    """Add a free-text note to a case (its time: now, on the case's clock)."""
    from hfs.neurophys.case import add_entry

    ev = add_entry(folder, "note", text)
    click.echo(f"note added at {ev['t'] if ev['t'] is not None else 'unknown'} s")


@case.command("tag")
@click.argument("folder", type=click.Path(file_okay=False))
@click.argument("tag")
def case_tag(folder, tag):
    """Tag a surgical step: dura_open, vessel_identified, decompression, closure."""
    from hfs.neurophys.case import add_entry

    ev = add_entry(folder, "tag", tag)
    click.echo(f"{tag} tagged at {ev['t'] if ev['t'] is not None else 'unknown'} s")


@click.command("recording")
@click.argument("out", type=click.Path(dir_okay=False))
@click.option("--truth", metavar="FILE", help="Write the ground truth (hfs.neuro.truth/1) here.")
@click.option(
    "--kind",
    type=click.Choice(["diagnostic", "intraop-lsr", "intraop-baep", "diagnostic-baep"]),
    default="diagnostic",
    show_default=True,
    help="diagnostic-baep: 700-1000 clicks at 11.1 Hz in an awake patient.",
)
@click.option(
    "--story",
    default=None,
    help="intraop-lsr: abrupt|gradual|transient|stim_failure; "
    "intraop-baep: retraction|loss|late_loss.",
)
@click.option(
    "--duration", type=click.FloatRange(1, 7200), default=None, help="Seconds (default by kind)."
)
@click.option("--sfreq", type=click.FloatRange(100, 100000), default=20000.0, show_default=True)
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--no-lsr", is_flag=True, help="Diagnostic: a patient without lateral spread.")
@click.option(
    "--lsr-amplitude-uv",
    type=float,
    default=None,
    help="LSR peak-to-peak (default: drawn 40-400 uV).",
)
@click.option(
    "--noise-uv", type=float, default=None, help="White-noise RMS (default: drawn 4-10 uV)."
)
@click.option("--mains", type=click.Choice(["50", "60", "0"]), default="50", show_default=True)
@click.option(
    "--labels",
    type=click.Choice(["cut", "alias", "styled"]),
    default="cut",
    show_default=True,
    help="16-char cut names, abbreviations (OOc, OOr, Ment) or other styles "
    "('L Orb Oculi', 'EMG L OOc', 'OOc-L', 'Ment_R').",
)
@click.option(
    "--sites",
    default=None,
    help="Comma list of branches stimulated alternately (e.g. temporal,zygomatic,"
    "marginal_mandibular).",
)
@click.option(
    "--physiology/--no-physiology",
    default=True,
    show_default=True,
    help="Spasm bursts, artifact tails, M-response cross-talk, jitter and modulated hum "
    "where they occur in life (diagnostic; intraop-lsr: all but spasms and jitter); "
    "--no-physiology gives the plain recording.",
)
@click.option(
    "--fault",
    "faults",
    multiple=True,
    metavar="MUSCLE=FAULT",
    help="A channel fault: digital_range, flat or no_unit (e.g. mentalis=digital_range).",
)
@click.option("--extra-channel", "extra", multiple=True, help="An extra channel (e.g. ECG).")
@click.option("--trigger-unit", default="", help="Trigger channel unit ('', uV, mV, V).")
@click.option(
    "--trigger-rise-samples", type=click.IntRange(0, 50), default=0, help="Trigger edge length."
)
@click.option(
    "--stimuli",
    type=click.Choice(["annotations", "trigger"]),
    default="annotations",
    show_default=True,
)
def simulate_recording(
    out,
    truth,
    kind,
    story,
    duration,
    sfreq,
    seed,
    no_lsr,
    lsr_amplitude_uv,
    noise_uv,
    mains,
    labels,
    sites,
    physiology,
    faults,
    extra,
    trigger_unit,
    trigger_rise_samples,
    stimuli,
):
    """Simulate an EMG/BAEP recording (EDF+) with ground truth."""
    from hfs.simulate.recording import simulate_recording as sim

    fault_map = {}
    for f in faults:
        muscle, _, what = f.partition("=")
        if not what:
            raise click.BadParameter(f"expected MUSCLE=FAULT, got '{f}'", param_hint="--fault")
        fault_map[muscle.strip()] = what.strip()
    extra_kw = {}
    if not physiology:
        extra_kw = dict(
            spasms=False,
            crosstalk=False,
            artifact_tail=False,
            stim_jitter=0.0,
            mains_modulation=False,
        )
    s = sim(
        kind,
        duration_s=duration,
        sfreq=sfreq,
        story=story,
        lsr_present=not no_lsr,
        lsr_amplitude_uv=lsr_amplitude_uv,
        noise_uv=noise_uv,
        mains_hz=float(mains),
        labels=labels,
        stimuli=stimuli,
        rng=seed,
        sites=tuple(x.strip() for x in sites.split(",")) if sites else None,
        faults=fault_map or None,
        extra_channels=tuple(extra),
        trigger_unit=trigger_unit,
        trigger_rise_samples=trigger_rise_samples,
        **extra_kw,
    )
    path = s.write_edf(out)
    if truth:
        _write_json(s.truth, truth)
    n_stim = len(s.annotations) if s.annotations else "trigger-coded"
    click.echo(
        f"wrote {path} ({s.truth['duration_s']:g} s, {len(s.labels)} channels, {n_stim} stimuli)"
    )


@click.command("stream")
@click.option(
    "--from", "source", required=True, type=click.Path(dir_okay=False), help="Recording to replay."
)
@click.option(
    "--lsl", "lsl_name", required=True, metavar="STREAM", help="Name of the LSL stream to publish."
)
@click.option("--speed", default="1", show_default=True, help="1 real time, 2, ... or 'max'.")
@click.option(
    "--wait",
    type=float,
    default=10.0,
    show_default=True,
    help="Seconds to wait for a consumer before sending (0: send at once).",
)
@click.option(
    "--montage", metavar="FILE", help="YAML file mapping channel and stimulus labels to roles."
)
def simulate_stream(source, lsl_name, speed, wait, montage):
    """Replay a recording as a live Lab Streaming Layer stream."""
    _quiet_mne()
    from hfs.neurophys import read_recording
    from hfs.neurophys.lsl import publish_recording

    speed_v = _speed(speed)
    rec = read_recording(source, montage=_montage(montage))
    click.echo(f"streaming {Path(source).name} as LSL '{lsl_name}' ({rec.sfreq:g} Hz)", err=True)
    n = publish_recording(rec, lsl_name, speed=speed_v, wait_for_consumer_s=wait)
    click.echo(f"sent {n} samples", err=True)
    sys.stdout.flush()
