"""A self-contained HTML report of a video analysis (figures embedded as PNG)."""

from __future__ import annotations

from importlib import resources

import numpy as np

from hfs.reports.figures import png_data_uri
from hfs.video.analysis import VideoAnalysis
from hfs.video.io import read_frame_at
from hfs.video.landmarks import (
    BROW,
    CHEEK,
    EYE_LOWER,
    EYE_UPPER,
    MOUTH_CORNER,
    SUBSET_POS,
)

SIDE_COLOURS = {"left": "#c0392b", "right": "#2471a3"}
BLINK_COLOUR = "#7f8c8d"


def _png(fig) -> str:
    return png_data_uri(fig, dpi=110)


def _shade(ax, events, *, sides=("left", "right")) -> None:
    for e in events:
        if e.kind == "spasm" and e.side in sides:
            ax.axvspan(e.onset_s, e.offset_s, color=SIDE_COLOURS[e.side], alpha=0.18, lw=0)
        elif e.kind == "blink":
            ax.axvspan(e.onset_s, e.offset_s, color=BLINK_COLOUR, alpha=0.12, lw=0)


def _traces(res: VideoAnalysis) -> str:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    t = res.signals.t_s
    fig, axes = plt.subplots(3, 1, figsize=(10, 6.4), sharex=True)
    for side in ("right", "left"):
        c = SIDE_COLOURS[side]
        ap = res.signals.side[side]["aperture"]
        base = res.act.baseline[side]["aperture"]
        axes[0].plot(t, ap / base if base else ap, color=c, lw=1, label=f"patient's {side}")
        axes[1].plot(t, res.act.act[side]["mouth"], color=c, lw=1, label=f"patient's {side}")
        axes[2].plot(t, res.act.act[side]["cheek"], color=c, lw=1, label=f"patient's {side}")
    axes[0].set_ylabel("eye opening\n(1 = own resting)")
    axes[1].set_ylabel("mouth-corner pull\n(IOD)")
    axes[2].set_ylabel("cheek raise\n(IOD)")
    axes[2].set_xlabel("time (s)")
    for ax in axes:
        _shade(ax, res.events)
        ax.grid(alpha=0.3)
        ax.spines[["top", "right"]].set_visible(False)
    axes[0].legend(loc="lower left", ncol=2, fontsize=8, frameon=False)
    axes[0].set_ylim(bottom=min(0.0, float(np.nanmin(axes[0].get_ylim()))))
    fig.tight_layout()
    return _png(fig)


def _raster(res: VideoAnalysis) -> str:
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(10, 1.9))
    rows = [("spasm", "left"), ("spasm", "right"), ("blink", "both")]
    labels = ["spasm, patient's left", "spasm, patient's right", "blink (both eyes)"]
    for y, (kind, side) in enumerate(rows):
        spans = [(e.onset_s, e.duration_s) for e in res.events if e.kind == kind and e.side == side]
        colour = SIDE_COLOURS.get(side, BLINK_COLOUR)
        if spans:
            ax.broken_barh(spans, (y - 0.35, 0.7), color=colour)
    ax.set_yticks(range(len(rows)), labels)
    t = res.signals.t_s
    ax.set_xlim(float(t[0]), float(t[-1]) if len(t) else 1.0)
    ax.set_xlabel("time (s)")
    ax.invert_yaxis()
    ax.grid(axis="x", alpha=0.3)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return _png(fig)


def _strongest_frame(res: VideoAnalysis) -> tuple[str | None, str]:
    import matplotlib.pyplot as plt

    found = res.strongest_spasm
    if found is None:
        return None, ""
    ev, t_peak = found
    try:
        frame = read_frame_at(
            res.info.path, t_peak, max_side=max(res.analysis_size), mirrored=res.mirrored
        )
    except Exception:  # the picture is a courtesy; the numbers stand without it
        return None, ""
    if frame is None:
        return None, ""
    idx = int(np.argmin(np.abs(res.signals.t_s - frame.t_s)))
    pts = res.points[idx]
    fig, ax = plt.subplots(figsize=(6, 6 * frame.rgb.shape[0] / frame.rgb.shape[1]))
    ax.imshow(frame.rgb)
    if np.isfinite(pts).all():
        for side in ("left", "right"):
            c = SIDE_COLOURS[side]
            for group in (EYE_UPPER[side], EYE_LOWER[side], BROW[side][:5]):
                p = pts[[SUBSET_POS[k] for k in group]]
                ax.plot(p[:, 0], p[:, 1], "-", color=c, lw=1.2)
            p = pts[[SUBSET_POS[k] for k in CHEEK[side]]]
            ax.plot(p[:, 0], p[:, 1], ".", color=c, ms=4)
            m = pts[SUBSET_POS[MOUTH_CORNER[side]]]
            ax.plot(m[0], m[1], "o", color=c, ms=5)
        lo = pts[:, :2].min(axis=0)
        hi = pts[:, :2].max(axis=0)
        pad = 0.35 * (hi - lo)
        ax.set_xlim(lo[0] - pad[0], hi[0] + pad[0])
        ax.set_ylim(hi[1] + pad[1], lo[1] - pad[1])
    ax.axis("off")
    caption = (
        f"{ev.pattern} spasm of the patient's {ev.side} side at {frame.t_s:.2f} s "
        f"({', '.join(ev.regions)}); landmarks: red = patient's left, blue = patient's right."
    )
    return _png(fig), caption


def render_report(res: VideoAnalysis) -> str:
    """The report as one HTML string, with no external files or links to load."""
    import jinja2

    data = res.to_dict()
    env = jinja2.Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True)
    template = env.from_string(
        resources.files("hfs.reports").joinpath("templates/video.html.j2").read_text("utf-8")
    )
    frame_png, frame_caption = _strongest_frame(res)
    return template.render(
        d=data,
        s=data["summary"],
        q=data["quality"],
        m=data["method"],
        traces=_traces(res),
        raster=_raster(res),
        frame_png=frame_png,
        frame_caption=frame_caption,
    )
