"""HTML report of a monitored case (``hfs neuro case report``), rebuilt from its folder.

Patient, date, side, montage and stimulation; the sessions (a restart shows); the
alerts as conditions with their span; surgical-step tags and notes; trends whose time
axis reads in h:mm for a long case, with alert spans shaded and tag labels thinned so
that none overlaps another; baseline and final waveforms side by side. One file,
nothing fetched.
"""

from __future__ import annotations

import html
from pathlib import Path

import numpy as np

from hfs.reports.figures import png_data_uri, pyplot
from hfs.reports.neuro import _ALERT_COLOURS, _CSS, _fmt, _table

_SPAN_COLOURS = {
    "LSR gone": "#2b8a3e",
    "BAEP wave V change": "#e67700",
    "signal lost": "#868e96",
    "emg_a_train": "#c92a2a",
    "emg_burst": "#f08c00",
    "stim_intensity_changed": "#1971c2",
}


def clock(t_s: float | None) -> str:
    """Case time as h:mm:ss."""
    if t_s is None:
        return "–"
    t = int(round(t_s))
    return f"{t // 3600}:{t % 3600 // 60:02d}:{t % 60:02d}"


def place_labels(xs: list[float], span: float, *, width_frac: float = 0.04, rows: int = 3):
    """Rows for labels at ``xs`` so that no two on a row are closer than
    ``width_frac`` of ``span``; a label with no free row gets ``None`` (not drawn: the
    table lists it). Returns one row index (or None) per x, in the given order."""
    gap = width_frac * max(span, 1e-9)
    last = [-np.inf] * rows
    out: list[int | None] = []
    for x in xs:
        for r in range(rows):
            if x - last[r] >= gap:
                last[r] = x
                out.append(r)
                break
        else:
            out.append(None)
    return out


def _time_axis(ax, end_s: float) -> None:
    """Ticks in h:mm (or m:ss for a short case), about 8 of them."""
    import matplotlib.ticker as mt

    steps = [10, 30, 60, 120, 300, 600, 900, 1800, 3600]
    step = next((s for s in steps if end_s / s <= 9), 3600)
    ax.xaxis.set_major_locator(mt.MultipleLocator(step))
    if end_s >= 3600:
        ax.xaxis.set_major_formatter(
            mt.FuncFormatter(lambda v, _: f"{int(v) // 3600}:{int(v) % 3600 // 60:02d}")
        )
        ax.set_xlabel("case time (h:mm)")
    else:
        ax.xaxis.set_major_formatter(
            mt.FuncFormatter(lambda v, _: f"{int(v) // 60}:{int(v) % 60:02d}")
        )
        ax.set_xlabel("case time (m:ss)")
    ax.set_xlim(0, max(end_s, 1.0))


def _marks(ax, c: dict, end_s: float, kinds: tuple[str, ...], *, labels: bool) -> list:
    """Shade alert spans; draw tags as numbered lines. Returns the drawn label texts."""
    for g in c["alert_groups"]:
        if g["condition"] not in kinds:
            continue
        colour = _SPAN_COLOURS.get(g["condition"], "#888")
        for a, b in g["spans"]:
            b = end_s if b is None else b
            ax.axvspan(a, max(b, a + end_s * 0.002), color=colour, alpha=0.18, lw=0)
    texts = []
    marks = [e for e in c["tags"] + c["notes"] if e["t"] is not None]
    marks.sort(key=lambda e: e["t"])
    rows = place_labels([e["t"] for e in marks], end_s) if labels else [None] * len(marks)
    y0, y1 = ax.get_ylim()
    for i, (e, r) in enumerate(zip(marks, rows, strict=True)):
        ax.axvline(e["t"], color="#495057", lw=0.6, ls=":")
        if r is not None:
            texts.append(
                ax.text(
                    e["t"],
                    y1 - (y1 - y0) * (0.06 + 0.09 * r),
                    str(i + 1),
                    fontsize=7,
                    ha="center",
                    va="center",
                    bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "#495057", "lw": 0.5},
                )
            )
    return texts


def trend_figures(c: dict):
    """The trend figures (matplotlib) of a case summary: LSR, then BAEP."""
    plt = pyplot()
    end_s = max(c["duration_s"], 1.0)
    figs = []
    lsr = [t for t in c["trend"] if t["kind"] == "lsr" and t["ratio_median"] is not None]
    pairs = sorted({(t["stim_site"], t["channel"]) for t in lsr})
    if pairs:
        fig, ax = plt.subplots(figsize=(10, 3.2))
        for site, ch in pairs:
            pts = [t for t in lsr if t["stim_site"] == site and t["channel"] == ch]
            ax.plot(
                [p["time_s"] for p in pts],
                [p["ratio_median"] for p in pts],
                lw=0.9,
                label=f"{site} -> {ch}",
            )
        ax.axhline(0.2, color="#888", lw=0.8, ls=":")
        ax.set_ylim(-0.2, 1.8)
        ax.set_ylabel("LSR / baseline")
        _time_axis(ax, end_s)
        _marks(ax, c, end_s, ("LSR gone", "signal lost"), labels=True)
        ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.0, 1.0))
        fig.tight_layout()
        figs.append(("LSR trend", fig))
    baep = [t for t in c["trend"] if t["kind"] == "baep"]
    if baep:
        fig, (a1, a2) = plt.subplots(2, 1, figsize=(10, 4.6), sharex=True)
        for ch in sorted({t["channel"] for t in baep}):
            pts = [t for t in baep if t["channel"] == ch]
            ts = [p["time_s"] for p in pts]

            def col(key, pts=pts):
                return [np.nan if p.get(key) is None else p[key] for p in pts]

            a1.plot(ts, col("wave_v_latency_ms"), lw=0.9, label=f"V {ch}")
            if any(p.get("wave_iii_latency_ms") is not None for p in pts):
                a1.plot(ts, col("wave_iii_latency_ms"), lw=0.7, label=f"III {ch}")
            if any(p.get("wave_i_latency_ms") is not None for p in pts):
                a1.plot(ts, col("wave_i_latency_ms"), lw=0.7, label=f"I {ch}")
            a2.plot(ts, col("wave_v_amplitude_uv"), lw=0.9, label=f"V {ch}")
        a1.set_ylabel("latency (ms)")
        a2.set_ylabel("wave V (uV)")
        _time_axis(a2, end_s)
        _marks(a1, c, end_s, ("BAEP wave V change", "signal lost"), labels=True)
        _marks(a2, c, end_s, ("BAEP wave V change", "signal lost"), labels=False)
        a1.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.0, 1.0))
        fig.tight_layout()
        figs.append(("BAEP trend", fig))
    return figs


def _waveform_figure(c: dict):
    curves = c["_curves"]
    if not curves:
        return None
    plt = pyplot()
    keys = sorted(curves, key=lambda k: (k[0] == "baep", str(k[1]), k[2]))
    fig, axes = plt.subplots(
        len(keys), 2, figsize=(10, 1.7 * len(keys) + 0.6), squeeze=False, sharex="row"
    )
    for row, k in enumerate(keys):
        cv = curves[k]
        t = np.array(cv["t_ms"])
        show = (-5, 40) if k[0] == "lsr" else (-1, 12)
        keep = (t >= show[0]) & (t <= show[1])
        ys = [np.array(cv["baseline"])]
        if cv["final"] is not None:
            ys.append(np.array(cv["final"]))
        lim = max(float(np.abs(y[keep]).max()) for y in ys) * 1.1 or 1.0
        name = f"{k[1]} -> {k[2]}" if k[0] == "lsr" else f"BAEP {k[2]}"
        for col, (what, y) in enumerate(
            (("baseline", cv["baseline"]), (f"final (last {cv.get('final_n', 0)})", cv["final"]))
        ):
            ax = axes[row, col]
            ax.set_ylim(-lim, lim)
            ax.set_title(f"{name}: {what}", fontsize=8, loc="left")
            if y is None:
                ax.text(
                    0.5, 0.5, "no sweep after the baseline", ha="center", transform=ax.transAxes
                )
                continue
            ax.plot(t[keep], np.array(y)[keep], lw=0.8, color="#222")
            if cv["onset_ms"] is not None:
                ax.axvline(cv["onset_ms"], color="#c92a2a", lw=0.7, ls="--")
        axes[row, 0].set_ylabel("uV")
    for ax in axes[-1]:
        ax.set_xlabel("ms after stimulus")
    fig.tight_layout()
    return fig


def render_case_report(c: dict) -> str:
    """One HTML page from :func:`hfs.neurophys.case.case_summary`."""
    title = "Operating-room monitoring: case report"
    ch = ", ".join(f"{x['label']} ({x['role']})" for x in c["channels"])
    p = [
        "<!doctype html><html lang=en><head><meta charset=utf-8>",
        f"<title>{html.escape(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{html.escape(title)}</h1>",
        "<p class=note>These measurements inform the team. They are not a diagnosis and "
        "do not replace the judgement of the neurophysiologist in the room.</p>",
        "<table>",
    ]
    facts = [
        ("patient", c["patient"] or "not given"),
        ("date (UTC)", c["date"]),
        ("side", c["side"] or "not given"),
        ("procedure", c.get("procedure") or "not given"),
        ("signal", c["source"]),
        ("montage", f"{c['montage'] or 'recognised from the labels'}: {ch}"),
        ("sampling", f"{_fmt(c['sfreq'], 0)} Hz, mains {_fmt(c['mains_hz'], 0)} Hz"),
        (
            "baseline",
            f"{c['baseline_s'][0]:g}-{c['baseline_s'][1]:g} s" if c["baseline_s"] else "–",
        ),
        ("monitored", clock(c["duration_s"])),
    ]
    for site in c["stimulation"]:
        rate = "–" if site["rate_hz"] is None else f"{site['rate_hz']:.2f} Hz"
        ma = site.get("intensity_ma")
        how = (
            "intensity not stated in the annotations"
            if not ma
            else ", ".join(f"{m:g} mA from {clock(t)}" for t, m in ma)
        )
        facts.append(
            (f"stimulation {site['stim_site']}", f"{site['n_sweeps']} sweeps at {rate}; {how}")
        )
    for k, v in facts:
        p.append(
            f"<tr><th class=l>{html.escape(k)}</th><td class=l>{html.escape(str(v))}</td></tr>"
        )
    p.append("</table>")
    p.append("<h2>Sessions</h2>")
    p.append(
        _table(
            [{**s, "from": clock(s["t_start"]), "to": clock(s["t_end"])} for s in c["sessions"]],
            [
                ("session", "session"),
                ("started", "started (UTC)"),
                ("from", "from"),
                ("to", "to"),
                ("resumed", "continued the case"),
                ("ended", "how it ended"),
            ],
        )
    )
    if c["skipped_lines"]:
        p.append(
            f"<p class=note>{c['skipped_lines']} line(s) of the record were cut short (a "
            "process stopped mid-write) and are left out.</p>"
        )
    p.append("<h2>Alerts</h2>")
    if c["alert_groups"]:
        rows = []
        for g in c["alert_groups"]:
            colour = _ALERT_COLOURS.get(g["worst"], "#222")
            until = "end of case (holds)" if g["holds_at_end"] else clock(g["end_s"])
            where = g["channel"] or ""
            if g["stim_site"]:
                where = f"{g['stim_site']} -> {where}"
            eps = f"{g['episodes']} episodes" if g["episodes"] > 1 else ""
            rows.append(
                f"<tr><td class=l>{clock(g['start_s'])}</td><td class=l>{until}</td>"
                f"<td>{clock(g['duration_s'])}</td>"
                f"<td class='l alert' style='color:{colour}'>{html.escape(g['condition'])}</td>"
                f"<td class=l>{html.escape(where)}</td><td class=l>{eps}</td>"
                f"<td class=l>{html.escape(g['last_detail'])}</td></tr>"
            )
        p.append(
            "<table><tr><th class=l>from</th><th class=l>until</th><th>lasting</th>"
            "<th class=l>condition</th><th class=l>where</th><th class=l></th>"
            f"<th class=l>latest detail</th></tr>{''.join(rows)}</table>"
        )
        p.append(
            f"<p class=note>{len(c['alerts'])} alert(s) in {len(c['alert_groups'])} row(s): a "
            "condition that holds is one row from the alert that opened it to the one that "
            "closed it; episodes of one condition on one channel less than 60 s apart share "
            "a row.</p>"
        )
    else:
        p.append("<p class=note>No alert.</p>")
    p.append("<h2>Surgical steps and notes</h2>")
    marks = sorted(
        [{**e, "what": e["tag"].replace("_", " ")} for e in c["tags"]]
        + [{**e, "what": e["text"]} for e in c["notes"]],
        key=lambda e: (e["t"] is None, e["t"] or 0.0),
    )
    p.append(
        _table(
            [{**e, "n": i + 1, "at": clock(e["t"])} for i, e in enumerate(marks)],
            [("n", "#"), ("at", "case time"), ("time", "clock (UTC)"), ("what", "tag or note")],
        )
    )
    p.append("<h2>Trends</h2>")
    figs = trend_figures(c)
    if figs:
        p.append(
            "<p class=note>Shaded: alert conditions while they held. Numbered lines: the "
            "steps and notes above (a number is left off where it would overlap another).</p>"
        )
    for name, fig in figs:
        p.append(f"<img alt='{name}' src='{png_data_uri(fig, dpi=100)}'>")
    if not figs:
        p.append("<p class=note>No trend (no sweep after the baseline).</p>")
    p.append("<h2>LSR at the end against baseline</h2>")
    p.append(
        _table(
            c["final_lsr"],
            [
                ("stim_site", "stimulated"),
                ("channel", "channel"),
                ("baseline_uv", "baseline p-p (uV)"),
                ("final_ratio", "final / baseline"),
                ("reason", "why no comparison"),
            ],
        )
    )
    fig = _waveform_figure(c)
    if fig is not None:
        p.append("<h2>Baseline and final waveforms</h2>")
        t = c.get("final_waveforms_t")
        p.append(
            "<p class=note>Left the baseline average, right the average of the latest "
            f"sweeps (at {clock(t)}); dashed: the baseline onset.</p>"
        )
        p.append(f"<img alt='baseline and final waveforms' src='{png_data_uri(fig, dpi=100)}'>")
    p.append("<h2>Baseline measures</h2>")
    lsr = [
        {**m, "present": "cannot tell" if m.get("present") is None else m["present"]}
        for m in c["baseline"]["lsr"]
    ]
    p.append(
        _table(
            lsr,
            [
                ("stim_site", "stimulated"),
                ("channel", "channel"),
                ("n_sweeps", "sweeps"),
                ("present", "present"),
                ("onset_latency_ms", "onset (ms)"),
                ("peak_to_peak_uv", "p-p (uV)"),
                ("reason", "why it cannot tell"),
            ],
        )
    )
    if c["baseline"]["baep"]:
        rows = []
        for b in c["baseline"]["baep"]:
            r = {"channel": b["channel"], "n_sweeps": b["n_sweeps"], "present": b["present"]}
            for name, w in b["waves"].items():
                r[f"{name}_lat"] = w["latency_ms"] if w["present"] else None
            r["V_amp"] = b["waves"]["V"]["amplitude_uv"] if b["waves"]["V"]["present"] else None
            rows.append(r)
        p.append(
            _table(
                rows,
                [
                    ("channel", "BAEP channel"),
                    ("n_sweeps", "sweeps"),
                    ("present", "present"),
                    ("I_lat", "I (ms)"),
                    ("III_lat", "III (ms)"),
                    ("V_lat", "V (ms)"),
                    ("V_amp", "V (uV)"),
                ],
            )
        )
    p.append("</body></html>")
    return "\n".join(p)


def write_case_report(c: dict, path: str | Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_case_report(c), encoding="utf-8")
    return path
