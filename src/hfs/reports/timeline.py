"""A patient's timeline as one SVG: video measures per visit with the treatments marked.

Two panels share the date axis: spasms per minute and percent of the video's time in
spasm (both measured by the video analysis on the affected side). Botulinum toxin
injections are dashed lines with a triangle and their units, medications shaded spans,
an MVD a solid line with its lateral spread response (LSR) outcome. Each mark is an SVG
group whose ``id`` is the record id (``injection-3``, ``medication-1``, ``mvd-2``,
``video-7``), so a page or a test can find them; :func:`render_timeline` also returns
a plain-text description of every mark for screen readers.
"""

from __future__ import annotations

import datetime as dt
import io
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from hfs.clinic import Injection, Medication, MVDSurgery, VideoMeasurement

if TYPE_CHECKING:  # matplotlib is imported when a plot is drawn, not at start-up
    from matplotlib.figure import Figure

INJECTION_COLOUR = "#7b3fa0"
MEDICATION_COLOUR = "#e8a33d"
MVD_COLOUR = "#a4161a"
MEASURE_COLOUR = "#1f6aa5"
LSR_TEXT = {
    "disappeared": "LSR disappeared",
    "persisted": "LSR persisted",
    "not_monitored": "LSR not monitored",
}


# matplotlib's rc settings are process-wide: one drawing at a time (the web app renders
# in a thread pool), so no drawing sees another's temporary settings.
_DRAWING = threading.Lock()


@dataclass(frozen=True)
class Timeline:
    """The rendered plot (``svg`` text) and one sentence per mark on it."""

    svg: str
    description: list[str]


def warm_up() -> None:
    """Draw one throw-away timeline. The first drawing in a process pays for
    matplotlib's imports, fonts and date machinery (0.3-1 s); a server calls this in
    the background at start so that no clinician waits for it."""
    today = dt.date.today()
    visits = [
        VideoMeasurement(
            record_id=f"warm-{k}",
            measured_on=today - dt.timedelta(days=30 * k),
            video_ref="none",
            content_type="video/mp4",
            spasms_per_min=5.0,
            spasm_time_fraction=0.1,
            longest_spasm_s=0.5,
            blinks_per_min=10.0,
            affected_side="left",
        )
        for k in range(2)
    ]
    render_timeline(visits, [], [], [], today=today)


@contextmanager
def _svg_figure(salt: str, figsize: tuple[float, float]) -> Iterator[Figure]:
    """A matplotlib figure to draw as SVG, under the drawing lock (pyplot-free figures
    share matplotlib's rc state), with text kept as text and ids stable (``salt``).
    Call :func:`_svg_text` inside the block."""
    import matplotlib
    from matplotlib.backends.backend_svg import FigureCanvasSVG
    from matplotlib.figure import Figure

    with (
        _DRAWING,
        matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": salt, "font.size": 10}),
    ):
        fig = Figure(figsize=figsize, layout="constrained")
        FigureCanvasSVG(fig)
        yield fig


def _svg_text(fig: Figure) -> str:
    buf = io.StringIO()
    fig.savefig(buf, format="svg", metadata={"Date": None})
    return buf.getvalue()


def _fmt_day(d: dt.date) -> str:
    return d.isoformat()


def render_timeline(
    videos: Sequence[VideoMeasurement],
    injections: Sequence[Injection],
    medications: Sequence[Medication],
    surgeries: Sequence[MVDSurgery],
    *,
    today: dt.date | None = None,
    narrow: bool = False,
) -> Timeline | None:
    """The timeline plot, or None when there is nothing dated to show.

    ``narrow=True`` draws it for a phone's width (taller, fewer date ticks, the legend
    in two columns), to be shown at about 350 px wide with legible text.
    """
    from matplotlib import dates as mdates
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    today = today or dt.date.today()
    days = (
        [v.measured_on for v in videos]
        + [i.given_on for i in injections]
        + [m.start_date for m in medications]
        + [m.stop_date for m in medications if m.stop_date]
        + [s.performed_on for s in surgeries]
    )
    if not days:
        return None
    first, last = min(days), max(days)
    pad = dt.timedelta(days=max(7, (last - first).days // 20))
    x0, x1 = first - pad, last + pad
    description: list[str] = []

    with _svg_figure("hfs-timeline", (4.6, 5.6) if narrow else (9.0, 5.2)) as fig:
        ax_rate, ax_frac = fig.subplots(2, 1, sharex=True, height_ratios=(1.15, 1))
        vs = sorted(videos, key=lambda v: v.measured_on)
        xs = [v.measured_on for v in vs]
        rates = [v.spasms_per_min for v in vs]
        fracs = [100 * v.spasm_time_fraction for v in vs]
        for ax, ys, label in (
            (ax_rate, rates, "Spasms per minute"),
            (ax_frac, fracs, "% of time in spasm"),
        ):
            ax.set_ylabel(label)
            ax.grid(axis="y", color="#dde3e9", linewidth=0.8)
            ax.set_axisbelow(True)
            for side in ("top", "right"):
                ax.spines[side].set_visible(False)
            if xs:
                (line,) = ax.plot(xs, ys, color=MEASURE_COLOUR, linewidth=1.6, zorder=3)
                line.set_gid(f"measures-{'rate' if ax is ax_rate else 'fraction'}")
                for v, y in zip(vs, ys, strict=True):
                    (pt,) = ax.plot(
                        [v.measured_on],
                        [y],
                        "o",
                        color=MEASURE_COLOUR,
                        ms=6,
                        zorder=4,
                        clip_on=False,
                    )
                    pt.set_gid(f"{v.record_id}-{'rate' if ax is ax_rate else 'fraction'}")
            top = max(ys, default=0.0)
            ax.set_ylim(0, max(1.0, top * 1.3 + (1 if ax is ax_rate else 2)))
        if not xs:
            ax_rate.text(
                0.5, 0.5, "No analysed videos yet", transform=ax_rate.transAxes,
                ha="center", va="center", color="#5a6773",
            )  # fmt: skip
        for v in vs:
            description.append(
                f"Video {_fmt_day(v.measured_on)}: {v.spasms_per_min:.1f} spasms per minute, "
                f"{100 * v.spasm_time_fraction:.0f}% of the time in spasm "
                f"(side found: {v.affected_side})."
            )

        for m in medications:
            stop = m.stop_date or max(today, last)
            for ax in (ax_rate, ax_frac):
                span = ax.axvspan(
                    m.start_date, stop, color=MEDICATION_COLOUR, alpha=0.18, lw=0, zorder=1
                )
                span.set_gid(m.record_id if ax is ax_rate else f"{m.record_id}-lower")
            ax_rate.text(
                mdates.date2num(m.start_date), 0.03, f" {m.name}", transform=ax_rate.get_xaxis_transform(),
                color="#8a5a00", fontsize=9, va="bottom", ha="left", zorder=5,
            )  # fmt: skip
            description.append(
                f"Medication {m.name} {m.dose} from {_fmt_day(m.start_date)}"
                + (f" to {_fmt_day(m.stop_date)}." if m.stop_date else ", ongoing.")
            )

        for i in injections:
            for ax in (ax_rate, ax_frac):
                ln = ax.axvline(i.given_on, color=INJECTION_COLOUR, ls="--", lw=1.2, zorder=2)
                ln.set_gid(f"{i.record_id}-line" if ax is ax_rate else f"{i.record_id}-lower")
            (mark,) = ax_rate.plot(
                [i.given_on], [1.0], marker="v", ms=10, color=INJECTION_COLOUR,
                transform=ax_rate.get_xaxis_transform(), clip_on=False, zorder=5,
            )  # fmt: skip
            mark.set_gid(i.record_id)
            ax_rate.annotate(
                f"{i.total_units:g} U", (mdates.date2num(i.given_on), 1.0), xycoords=ax_rate.get_xaxis_transform(),
                xytext=(0, 9), textcoords="offset points", ha="center", va="bottom",
                color=INJECTION_COLOUR, fontsize=9, annotation_clip=False,
            )  # fmt: skip
            description.append(
                f"Botulinum toxin {_fmt_day(i.given_on)}: {i.total_units:g} units "
                f"{i.product}, {i.side} side."
            )

        for s in surgeries:
            for ax in (ax_rate, ax_frac):
                ln = ax.axvline(s.performed_on, color=MVD_COLOUR, lw=2.4, zorder=2)
                ln.set_gid(s.record_id if ax is ax_rate else f"{s.record_id}-lower")
            outcome = LSR_TEXT.get(s.lsr_outcome, s.lsr_outcome)
            ax_rate.text(
                mdates.date2num(s.performed_on), 0.97, f" MVD\n {outcome}", transform=ax_rate.get_xaxis_transform(),
                color=MVD_COLOUR, fontsize=9, va="top", ha="left", zorder=5, fontweight="bold",
            )  # fmt: skip
            description.append(f"MVD {_fmt_day(s.performed_on)}, {s.side} side: {outcome}.")

        ax_frac.set_xlim(x0, x1)
        locator = mdates.AutoDateLocator(minticks=3, maxticks=5 if narrow else 9)
        ax_frac.xaxis.set_major_locator(locator)
        ax_frac.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        handles = [Line2D([], [], color=MEASURE_COLOUR, marker="o", label="Video measure")]
        if injections:
            handles.append(
                Line2D([], [], color=INJECTION_COLOUR, ls="--", marker="v", label="Botulinum toxin")
            )
        if medications:
            handles.append(Patch(color=MEDICATION_COLOUR, alpha=0.35, label="Medication"))
        if surgeries:
            handles.append(Line2D([], [], color=MVD_COLOUR, lw=2.4, label="MVD"))
        fig.legend(
            handles=handles, loc="outside lower center", ncols=2 if narrow else 4, frameon=False
        )
        svg = _svg_text(fig)
    return Timeline(svg, description)


def render_events(analysis: dict, *, narrow: bool = False) -> str | None:
    """One video's events over its time as an SVG strip (None without a duration).

    ``narrow=True`` draws it for a phone's width.

    One row per side: each spasm a bar from onset to offset (``id`` ``spasm-<k>``, k
    counting from 0 in the analysis' order), two-sided blinks as grey ticks on a third
    row (``blink-<k>``). Sides are the patient's.
    """

    duration = (analysis.get("video") or {}).get("duration_s")
    if not isinstance(duration, int | float) or duration <= 0:
        return None
    events = analysis.get("events") or []
    rows = {"left": 2, "right": 1, "both": 0}
    with _svg_figure("hfs-events", (4.6, 2.0) if narrow else (9.0, 1.9)) as fig:
        ax = fig.subplots()
        n_spasm = n_blink = 0
        for e in events:
            onset, offset = e.get("onset_s"), e.get("offset_s")
            if not isinstance(onset, int | float) or not isinstance(offset, int | float):
                continue
            if e.get("kind") == "spasm" and e.get("side") in ("left", "right"):
                colour = MVD_COLOUR if e["side"] == "left" else MEASURE_COLOUR
                bar = ax.broken_barh(
                    [(onset, max(offset - onset, duration / 400))],
                    (rows[e["side"]] - 0.35, 0.7),
                    color=colour,
                )
                bar.set_gid(f"spasm-{n_spasm}")
                n_spasm += 1
            elif e.get("kind") == "blink":
                ln = ax.vlines(onset, -0.3, 0.3, color="#7f8c8d", lw=1.4)
                ln.set_gid(f"blink-{n_blink}")
                n_blink += 1
        ax.set_xlim(0, duration)
        ax.set_ylim(-0.6, 2.6)
        ax.set_yticks(
            [0, 1, 2],
            ["blinks", "right", "left"] if narrow else ["blinks", "right side", "left side"],
        )
        ax.set_xlabel("Time in the video (s)")
        ax.grid(axis="x", color="#dde3e9", linewidth=0.8)
        ax.set_axisbelow(True)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        return _svg_text(fig)
