"""HTML report of an electrodiagnostic analysis or a monitoring session.

One self-contained file: tables, averaged waveforms and trend plots (matplotlib,
embedded as base64 PNG), alert markers, the methods paragraph. Nothing is fetched.
"""

from __future__ import annotations

import html
from pathlib import Path

import numpy as np

from hfs.reports.figures import png_data_uri

_ALERT_COLOURS = {
    "lsr_disappeared": "#2b8a3e",
    "lsr_reappeared": "#e67700",
    "baep_warning": "#e67700",
    "baep_wave_v_loss": "#c92a2a",
    "baep_recovered": "#1971c2",
}

_CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2em auto;max-width:1000px;color:#222}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #ddd}
table{border-collapse:collapse;margin:.5em 0;font-size:.9em}
td,th{border:1px solid #ccc;padding:.25em .6em;text-align:right}th{background:#f3f3f3}
td.l,th.l{text-align:left}.note{color:#555;font-size:.9em}
.alert{font-weight:600}img{max-width:100%}
"""


def _png(fig) -> str:
    return png_data_uri(fig, dpi=100)


def _fmt(v, nd=2) -> str:
    if v is None:
        return "–"
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, float):
        return f"{v:.{nd}f}"
    return html.escape(str(v))


def _table(rows: list[dict], cols: list[tuple[str, str]]) -> str:
    if not rows:
        return "<p class=note>None.</p>"
    head = "".join(
        f"<th class=l>{html.escape(t)}</th>" if i < 2 else f"<th>{html.escape(t)}</th>"
        for i, (_, t) in enumerate(cols)
    )
    body = []
    for r in rows:
        cells = "".join(
            f"<td class=l>{_fmt(r.get(k))}</td>" if i < 2 else f"<td>{_fmt(r.get(k))}</td>"
            for i, (k, _) in enumerate(cols)
        )
        body.append(f"<tr>{cells}</tr>")
    return f"<table><tr>{head}</tr>{''.join(body)}</table>"


def _waveforms(curves: dict, d: dict) -> str:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    out = []
    emg = {k: v for k, v in curves.items() if k[0] != "baep"}
    if emg:
        n = len(emg)
        fig, axes = plt.subplots(n, 1, figsize=(8, 1.6 * n + 0.5), sharex=True, squeeze=False)
        onsets = {
            (m["stim_site"], m["channel"]): m["onset_latency_ms"]
            for m in d.get("lsr", []) + d.get("m_response", [])
        }
        for ax, ((site, ch), (t, y)) in zip(axes[:, 0], sorted(emg.items()), strict=True):
            ax.plot(t, y, lw=0.8, color="#222")
            on = onsets.get((site, ch))
            if on is not None:
                ax.axvline(on, color="#c92a2a", lw=0.8, ls="--")
            ax.set_ylabel("uV")
            ax.set_title(f"stim {site} -> {ch}", fontsize=9, loc="left")
        axes[-1, 0].set_xlabel("ms after stimulus")
        fig.tight_layout()
        out.append(f"<img alt='averaged EMG responses' src='{_png(fig)}'>")
    for (kind, ch), (t, y) in curves.items():
        if kind != "baep":
            continue
        fig, ax = plt.subplots(figsize=(8, 2.5))
        keep = (t >= -1) & (t <= 12)
        ax.plot(t[keep], y[keep], lw=1.0, color="#222")
        for b in d.get("baep", []):
            if b["channel"] != ch:
                continue
            for name, w in b["waves"].items():
                if w["present"] and w["latency_ms"] is not None:
                    ax.axvline(w["latency_ms"], color="#1971c2", lw=0.7, ls="--")
                    ax.text(
                        w["latency_ms"],
                        ax.get_ylim()[1],
                        name,
                        ha="center",
                        va="bottom",
                        fontsize=8,
                    )
        ax.set_xlabel("ms after click")
        ax.set_ylabel("uV")
        ax.set_title(f"BAEP average {ch}", fontsize=9, loc="left")
        fig.tight_layout()
        out.append(f"<img alt='BAEP average' src='{_png(fig)}'>")
    return "\n".join(out)


def _trends(d: dict) -> str:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    trend = d.get("trend", [])
    alerts = d.get("alerts", [])
    out = []

    def mark(ax, kinds):
        for a in alerts:
            if a["kind"] in kinds:
                ax.axvline(a["time_s"], color=_ALERT_COLOURS.get(a["kind"], "k"), lw=1.2, ls="--")
                ax.text(
                    a["time_s"],
                    ax.get_ylim()[1],
                    a["kind"],
                    rotation=90,
                    fontsize=7,
                    va="top",
                    ha="right",
                )

    lsr = [t for t in trend if t["kind"] == "lsr"]
    # Pairs without a baseline have no ratio to plot.
    pairs = sorted({(t["stim_site"], t["channel"]) for t in lsr if t["ratio_median"] is not None})
    if pairs:
        fig, ax = plt.subplots(figsize=(9, 3))
        for site, ch in pairs:
            pts = [
                t
                for t in lsr
                if t["stim_site"] == site and t["channel"] == ch and t["ratio_median"] is not None
            ]
            if pts:
                ax.plot(
                    [p["time_s"] for p in pts],
                    [p["ratio_median"] for p in pts],
                    lw=1,
                    label=f"{site} -> {ch}",
                )
        ax.axhline(0.2, color="#888", lw=0.8, ls=":")
        ax.set_ylabel("LSR / baseline")
        ax.set_xlabel("time (s)")
        ax.set_ylim(-0.2, 1.8)
        ax.legend(fontsize=8, loc="upper right")
        mark(ax, ("lsr_disappeared", "lsr_reappeared", "signal_lost", "signal_restored"))
        fig.tight_layout()
        out.append(f"<img alt='LSR trend' src='{_png(fig)}'>")
    baep = [t for t in trend if t["kind"] == "baep"]
    if baep:
        fig, (a1, a2) = plt.subplots(2, 1, figsize=(9, 4.5), sharex=True)
        for ch in sorted({t["channel"] for t in baep}):
            pts = [t for t in baep if t["channel"] == ch]
            ts = [p["time_s"] for p in pts]
            a1.plot(
                ts,
                [np.nan if p["wave_v_latency_ms"] is None else p["wave_v_latency_ms"] for p in pts],
                ".-",
                ms=3,
                lw=1,
                label=ch,
            )
            a2.plot(
                ts,
                [
                    np.nan if p["wave_v_amplitude_uv"] is None else p["wave_v_amplitude_uv"]
                    for p in pts
                ],
                ".-",
                ms=3,
                lw=1,
                label=ch,
            )
        a1.set_ylabel("wave V latency (ms)")
        a2.set_ylabel("wave V amplitude (uV)")
        a2.set_xlabel("time (s)")
        kinds = ("baep_warning", "baep_wave_v_loss", "baep_recovered")
        mark(a1, kinds)
        mark(a2, kinds)
        fig.tight_layout()
        out.append(f"<img alt='BAEP trend' src='{_png(fig)}'>")
    return "\n".join(out)


def render_neuro_report(result, *, title: str | None = None) -> str:
    """Render a :class:`hfs.neurophys.NeuroAnalysis` as one HTML page (a string)."""
    d = result.to_dict()
    monitor = d.get("mode") == "monitor"
    title = title or ("Monitoring report" if monitor else "Electrodiagnostic report")
    parts = [
        "<!doctype html><html lang=en><head><meta charset=utf-8>",
        f"<title>{html.escape(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{html.escape(title)}</h1>",
        f"<p class=note>Source: {html.escape(str(d['source']))} · {d['sfreq']:g} Hz · "
        f"{d['duration_s']:.1f} s · mains {_fmt(d['mains_hz'], 0)} Hz · schema {d['schema']}</p>",
        "<p class=note>These measurements inform a clinician. They are not a diagnosis and "
        "do not replace the judgement of the neurophysiologist in the room.</p>",
    ]
    if monitor:
        if d.get("interrupted"):
            parts.append(
                f"<p class=alert>Monitoring was stopped by the user at {d['duration_s']:.1f} s: "
                "this report holds what was measured until then.</p>"
            )
        if d.get("ended_early"):
            parts.append(
                f"<p class=alert>Monitoring ended early: {html.escape(d['ended_early'])}.</p>"
            )
        parts.append("<h2>Alerts</h2>")
        if d["alerts"]:
            rows = "".join(
                f"<tr><td>{a['time_s']:.2f}</td><td class='l alert' style='color:{_ALERT_COLOURS.get(a['kind'], '#222')}'>"
                f"{html.escape(a['kind'])}</td><td class=l>{html.escape(a['detail'])}</td></tr>"
                for a in d["alerts"]
            )
            parts.append(
                f"<table><tr><th>time (s)</th><th class=l>alert</th><th class=l>detail</th></tr>{rows}</table>"
            )
        else:
            parts.append("<p class=note>No alert.</p>")
        parts.append("<h2>Trends</h2>")
        parts.append(_trends(d) or "<p class=note>No trend (no sweep after the baseline).</p>")
        bl = d.get("baseline_s")
        if bl:
            parts.append(
                f"<p class=note>Baseline: {bl[0]:g}-{bl[1]:g} s. The tables below are the baseline.</p>"
            )
        if d.get("lsr_summary"):
            parts.append("<h2>LSR at the end against baseline</h2>")
            parts.append(
                _table(
                    d["lsr_summary"],
                    [
                        ("stim_site", "stimulated"),
                        ("channel", "channel"),
                        ("baseline_uv", "baseline p-p (uV)"),
                        ("final_ratio", "final / baseline"),
                        ("state", "state"),
                        *(
                            [("reason", "why no comparison")]
                            if any(r.get("reason") for r in d["lsr_summary"])
                            else []
                        ),
                    ],
                )
            )
    if d.get("warnings") or d.get("ignored_channels"):
        parts.append("<h2>Warnings</h2><ul>")
        for c in d.get("ignored_channels", []):
            if isinstance(c, dict):
                parts.append(
                    f"<li>channel {html.escape(c['label'])} ignored: {html.escape(c['reason'])}</li>"
                )
        for w in d.get("warnings", []):
            parts.append(f"<li>{html.escape(w)}</li>")
        parts.append("</ul>")
    parts.append("<h2>Lateral spread response</h2>")
    cols = [
        ("stim_site", "stimulated"),
        ("channel", "channel"),
        ("n_sweeps", "sweeps"),
        ("present", "present"),
        ("fsp", "Fsp"),
        ("onset_latency_ms", "onset (ms)"),
        ("onset_sd_ms", "onset SD (ms)"),
        ("peak_to_peak_uv", "p-p (uV)"),
        ("duration_ms", "duration (ms)"),
        ("n_phases", "phases"),
        ("amplitude_cv", "amp. CV"),
        ("latency_sd_ms", "lat. SD (ms)"),
    ]
    cols = [*cols, ("reason", "why it cannot tell")]

    def shown(rows: list[dict]) -> list[dict]:
        # "cannot tell" (present null) is said in words, never left as a dash.
        return [{**r, "present": "cannot tell"} if r.get("present") is None else r for r in rows]

    parts.append(_table(shown(d["lsr"]), cols))
    if d.get("m_response"):
        parts.append("<h2>Direct M-responses</h2>")
        parts.append(_table(shown(d["m_response"]), cols))
    if d.get("baep"):
        parts.append("<h2>BAEP</h2>")
        rows = []
        for b in d["baep"]:
            r = {
                "channel": b["channel"],
                "n_sweeps": b["n_sweeps"],
                "present": b["present"],
                "fsp": b["fsp"],
                "split_half_r": b["split_half_r"],
            }
            for name, w in b["waves"].items():
                r[f"{name}_lat"] = w["latency_ms"] if w["present"] else None
                r[f"{name}_amp"] = w["amplitude_uv"] if w["present"] else None
            r.update({k: v for k, v in b["intervals_ms"].items()})
            rows.append(r)
        parts.append(
            _table(
                rows,
                [
                    ("channel", "channel"),
                    ("n_sweeps", "sweeps"),
                    ("present", "present"),
                    ("fsp", "Fsp"),
                    ("split_half_r", "split-half r"),
                    ("I_lat", "I (ms)"),
                    ("III_lat", "III (ms)"),
                    ("V_lat", "V (ms)"),
                    ("V_amp", "V (uV)"),
                    ("I-III", "I-III"),
                    ("III-V", "III-V"),
                    ("I-V", "I-V"),
                ],
            )
        )
    if getattr(result, "curves", None):
        parts.append("<h2>Baseline averages</h2>" if monitor else "<h2>Averaged waveforms</h2>")
        parts.append(_waveforms(result.curves, d))
    parts.append(f"<h2>Methods</h2><p>{html.escape(d['methods'])}</p>")
    parts.append("</body></html>")
    return "\n".join(parts)


def write_neuro_report(result, path: str | Path, *, title: str | None = None) -> Path:
    """Write the report of :func:`render_neuro_report` to ``path``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_neuro_report(result, title=title), encoding="utf-8")
    return path
