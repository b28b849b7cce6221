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


def plain_summary(analysis: Mapping[str, Any]) -> dict:
    """``{"headline", "details": [...], "warnings": [...], "disclaimer"}`` for a patient."""
    s = analysis.get("summary") or {}
    q = analysis.get("quality") or {}
    side = s.get("affected_side", "none")
    dur = (analysis.get("video") or {}).get("duration_s")
    if side == "none":
        headline = "The software found no one-sided twitches in this video."
    else:
        n = s.get("n_spasms", 0)
        headline = (
            f"The software found {n} one-sided twitch{'es' if n != 1 else ''} "
            f"on the {side} side of your face"
            + (f" in {dur:.0f} seconds of video." if isinstance(dur, int | float) else ".")
        )
    details = []
    if side != "none":
        details.append(f"About {s.get('spasms_per_min', 0):.1f} twitches per minute.")
        frac = s.get("spasm_time_fraction", 0) or 0
        details.append(f"Twitching took up about {100 * frac:.0f}% of the video's time.")
        details.append(f"The longest lasted {s.get('longest_spasm_s', 0):.1f} seconds.")
        regions = s.get("regions") or []
        if regions:
            details.append("Parts of the face involved: " + ", ".join(regions) + ".")
    details.append(f"Normal two-sided blinks: about {s.get('blinks_per_min', 0):.0f} per minute.")
    warnings = list(q.get("warnings") or [])
    return {
        "headline": headline,
        "details": details,
        "warnings": warnings,
        "disclaimer": DISCLAIMER,
    }
