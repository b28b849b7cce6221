"""A plain-language summary of a video analysis for the person who filmed it.

Measurements only, in everyday words; never a diagnosis (docs/video.md).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

DISCLAIMER = (
    "These are measurements from one video, made by software. They are not a diagnosis. "
    "A clinician looks at them together with your history and an examination."
)


def side_convention(analysis: Mapping[str, Any]) -> str | None:
    """One sentence on how left and right were read: as filmed, or un-mirrored."""
    v = analysis.get("video") or {}
    if "mirrored" not in v:
        return None
    if v.get("mirrored"):
        return (
            "Left and right: the video was treated as a mirrored selfie (front camera) and "
            "flipped back, so sides are your own."
        )
    return (
        "Left and right: the video was treated as filmed by someone else or with the back "
        "camera (not mirrored); sides are your own."
    )


def plain_summary(analysis: Mapping[str, Any]) -> dict:
    """``{"headline", "details": [...], "warnings": [...], "disclaimer"}`` for a patient."""
    s = analysis.get("summary") or {}
    q = analysis.get("quality") or {}
    side = s.get("affected_side", "none")
    dur = (analysis.get("video") or {}).get("duration_s")
    details = []
    if side is None:
        reason = s.get("cannot_tell") or "the video could not be measured well enough"
        headline = "The software cannot tell from this video: " + reason.rstrip(".") + "."
    elif side == "none":
        headline = "The software found no one-sided twitches in this video."
    else:
        n = s.get("n_spasms", 0)
        headline = (
            f"The software found {n} one-sided twitch{'es' if n != 1 else ''} "
            f"on the {side} side of your face"
            + (f" in {dur:.0f} seconds of video." if isinstance(dur, int | float) else ".")
        )
    if side not in ("none", None):
        details.append(f"About {s.get('spasms_per_min') or 0:.1f} twitches per minute.")
        frac = s.get("spasm_time_fraction", 0) or 0
        details.append(f"Twitching took up about {100 * frac:.0f}% of the video's time.")
        details.append(f"The longest lasted {s.get('longest_spasm_s', 0):.1f} seconds.")
        regions = s.get("regions") or []
        if regions:
            details.append("Parts of the face involved: " + ", ".join(regions) + ".")
    if side is not None:
        details.append(
            f"Normal two-sided blinks: about {s.get('blinks_per_min') or 0:.0f} per minute."
        )
    seg = s.get("segments") or {}
    kinds = (seg.get("voluntary") or {}).get("movements") or {}
    if kinds:
        names = {
            "talk": "talking",
            "chew": "chewing",
            "smile": "smiling",
            "eye_closure": "closing your eyes",
            "brow_raise": "raising your eyebrows",
        }
        done = ", ".join(names.get(k, k) for k in kinds)
        n_during = (seg.get("voluntary") or {}).get("n_spasms", 0)
        details.append(
            f"The software recognised {done} and did not count these movements as "
            f"twitches; {n_during} one-sided twitch{'es' if n_during != 1 else ''} came "
            "during them and are counted apart from those at rest."
        )
    convention = side_convention(analysis)
    if convention:
        details.append(convention)
    warnings = list(q.get("warnings") or [])
    return {
        "headline": headline,
        "details": details,
        "warnings": warnings,
        "disclaimer": DISCLAIMER,
    }


#: Colours of the patient's two sides (as in the clinicians' video report) and of blinks.
_COLOURS = {"left": "#c0392b", "right": "#2471a3", "both": "#7f8c8d"}


def event_plot(analysis: Mapping[str, Any]) -> dict:
    """A picture of when the twitches happened, for the person who filmed them.

    ``{"image": "data:image/png;base64,...", "alt": "..."}``: one row per side of the
    face (the person's own left and right) with a bar for each one-sided twitch, and a
    row of two-sided blinks for comparison; time in seconds along the bottom. Drawn
    from the stored events only, so it needs neither the video nor the signals.
    """
    from hfs.reports.figures import png_data_uri, pyplot

    plt = pyplot()
    events = analysis.get("events") or []
    duration = float((analysis.get("video") or {}).get("duration_s") or 0.0)
    rows = [
        ("spasm", "left", "Twitches, your left side"),
        ("spasm", "right", "Twitches, your right side"),
        ("blink", "both", "Blinks (both eyes)"),
    ]
    fig, ax = plt.subplots(figsize=(5.6, 2.3))
    counts = []
    for y, (kind, side, _label) in enumerate(rows):
        spans = [
            (float(e["onset_s"]), max(float(e["duration_s"]), 0.05))
            for e in events
            if e.get("kind") == kind and e.get("side") == side
        ]
        counts.append(len(spans))
        if spans:
            ax.broken_barh(spans, (y - 0.32, 0.64), color=_COLOURS[side])
    ax.set_yticks(range(len(rows)), [label for *_, label in rows])
    ax.set_xlim(0.0, duration or max((e["offset_s"] for e in events), default=1.0))
    ax.set_ylim(len(rows) - 0.5, -0.5)
    ax.set_xlabel("seconds into the video")
    ax.grid(axis="x", alpha=0.3)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()

    def n(count: int, word: str) -> str:
        return f"{count} {word}{'' if count == 1 else ('es' if word.endswith('h') else 's')}"

    alt = (
        f"Timeline of the {duration:.0f}-second video: {n(counts[0], 'twitch')} marked on "
        f"your left side, {counts[1]} on your right side, and {n(counts[2], 'blink')}."
    )
    return {"image": png_data_uri(fig, dpi=100), "alt": alt}
