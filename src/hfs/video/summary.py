"""Events -> summary figures, video-derived clinical grades, and quality checks.

The grades are *estimates from one video*, not the clinical scales themselves: the
Jankovic Rating Scale and the SMC grade are meant to be scored by a clinician who
examines the patient. The rules used are written out in :data:`JRS_RULE` and
:data:`SMC_RULE` and travel with every result.
"""

from __future__ import annotations

import numpy as np

from hfs.video.events import REGIONS, Activations, Event

JRS_RULE = (
    "Video estimate of the Jankovic Rating Scale. Severity: 0 no spasm; 1 one-sided "
    "activity only, never closing the eye by half; 2 spasms that close the eye, all brief "
    "(< 1 s) and confined to the eye region; 3 a tonic spasm (>= 1 s) or spread beyond the "
    "eye region; 4 the affected eye at least half closed for >= 50% of the video. "
    "Frequency: 0 no spasm and blink rate <= 21/min; 1 no spasm, blink rate > 21/min; "
    "2 spasms, all < 1 s; 3 a spasm >= 1 s, affected eye closed < 50% of the time; "
    "4 affected eye closed >= 50% of the time."
)
SMC_RULE = (
    "Video estimate of the SMC grade (Lee et al. 2012). 0 no spasm; I spasms confined to "
    "the eye and brow; II spread to the cheek or mouth; III tonic spasms (>= 1 s) that close "
    "the affected eye at least 80%, at >= 2 per minute or >= 10% of the time; IV the face "
    "stays asymmetric at rest (resting lid aperture of the affected side < 70% of the "
    "other, or mouth corner > 0.06 inter-ocular distances higher or lower)."
)
#: Normal spontaneous blink rate at rest is about 8-21/min (Bentivoglio 1997).
BLINK_RATE_HIGH = 21.0
#: Why a landmark model that does not follow the cheek leaves the spread undecided.
CHEEK_NOT_READ = (
    "the cheek's rise is not read reliably from this video: the landmark model moves its "
    "cheek points about as much when the eye closes as when the cheek rises, so a cheek "
    "that took part in the spasms may not have been named"
)
SPREAD_CANNOT_TELL = (
    "cannot tell whether the spasms spread beyond the eye: they were read at the eye only "
    "(no mouth or brow), and " + CHEEK_NOT_READ
)
GRADES_CANNOT_TELL = (
    "cannot tell the grade: it depends on whether the cheek took part (grade I or II on "
    "the SMC scale; severity 1-2 or 3 on the Jankovic scale), and " + CHEEK_NOT_READ
)


def _union_time(events: list[Event]) -> float:
    spans = sorted((e.onset_s, e.offset_s) for e in events)
    total, cur0, cur1 = 0.0, None, None
    for a, b in spans:
        if cur1 is None or a > cur1:
            if cur1 is not None:
                total += cur1 - cur0
            cur0, cur1 = a, b
        else:
            cur1 = max(cur1, b)
    if cur1 is not None:
        total += cur1 - cur0
    return total


def _not_read(image_reason: str | None) -> str:
    if not image_reason:
        return CHEEK_NOT_READ
    return f"{CHEEK_NOT_READ}; nor could it be read from the image: {image_reason}"


def summarize(
    events: list[Event],
    act: Activations,
    duration_s: float,
    *,
    visible_s: float | None = None,
    cannot_tell: str | None = None,
    reads_cheek: bool = True,
    cheek_not_read: str | None = None,
) -> dict:
    """Summary figures and grades for a video's events.

    Rates and time fractions use ``visible_s``, the time the face was in view (the
    whole duration when not given). With ``cannot_tell`` (a reason), the side, the
    rates and the grades are ``None`` and the reason is given instead: too little
    visible face, or landmarks too poor, to tell spasms from normal blinking.
    """
    visible = duration_s if visible_s is None else visible_s
    minutes = max(visible, 1e-9) / 60.0
    spasms = [e for e in events if e.kind == "spasm"]
    blinks = [e for e in events if e.kind == "blink"]
    per_side = {}
    for s in ("left", "right"):
        mine = [e for e in spasms if e.side == s]
        per_side[s] = {"n_spasms": len(mine), "spasm_time_s": round(_union_time(mine), 3)}
    if not spasms:
        affected = "none"
    else:
        affected = max(
            ("left", "right"), key=lambda s: (per_side[s]["n_spasms"], per_side[s]["spasm_time_s"])
        )
    mine = [e for e in spasms if e.side == affected]
    other = [e for e in spasms if e.side not in (affected,)]
    regions = {r: sum(r in e.regions for e in mine) for r in REGIONS}
    involved = [r for r in REGIONS if regions[r] > 0]
    closed_frac = 0.0
    if affected != "none":
        c = act.act[affected]["eye"]
        ok = np.isfinite(c)
        closed_frac = float(np.mean(c[ok] >= 0.5)) if ok.any() else 0.0
    longest = max((e.duration_s for e in mine), default=0.0)
    tonic = [e for e in mine if e.pattern == "tonic"]
    out = {
        "affected_side": affected,
        "cannot_tell": None,
        "visible_s": round(visible, 3),
        "spasms_per_min": round(len(mine) / minutes, 3),
        "spasm_time_fraction": round(min(_union_time(mine) / max(visible, 1e-9), 1.0), 4),
        "longest_spasm_s": round(longest, 3),
        "blinks_per_min": round(len(blinks) / minutes, 3),
        "n_spasms": len(mine),
        "n_clonic": len(mine) - len(tonic),
        "n_tonic": len(tonic),
        "n_blinks": len(blinks),
        "regions": involved,
        "region_counts": regions,
        "spread_beyond_eye": any(r in involved for r in ("brow", "cheek", "mouth")),
        "spread_cannot_tell": None,
        "grades_cannot_tell": None,
        "regions_not_read": {} if reads_cheek else {"cheek": _not_read(cheek_not_read)},
        "affected_eye_closed_fraction": round(closed_frac, 4),
        "max_eye_closure": round(max((e.peak.get("eye", 0.0) for e in mine), default=0.0), 3),
        "per_side": per_side,
        "contralateral_spasms": len(other),
    }
    if cannot_tell:
        out.update(
            affected_side=None,
            cannot_tell=cannot_tell,
            spasms_per_min=None,
            spasm_time_fraction=None,
            blinks_per_min=None,
            spread_beyond_eye=None,
            jankovic=None,
            smc=None,
        )
        return out
    out["jankovic"] = jankovic(out)
    out["smc"] = smc_grade(out, act, mine, visible)
    # Without the cheek, spasms read at the eye (and brow) only may still have spread to it.
    lower_unknown = (
        not reads_cheek and bool(mine) and not any(r in involved for r in ("cheek", "mouth"))
    )
    if lower_unknown:
        if not out["spread_beyond_eye"]:
            out.update(spread_beyond_eye=None, spread_cannot_tell=SPREAD_CANNOT_TELL)
        hangs = False
        if out["jankovic"]["severity"] in (1, 2):
            out["jankovic"], hangs = None, True
        if out["smc"]["grade"] == 1:
            out["smc"], hangs = None, True
        if hangs:
            out["grades_cannot_tell"] = GRADES_CANNOT_TELL
    return out


def jankovic(s: dict) -> dict:
    """Video estimate of the Jankovic Rating Scale (see :data:`JRS_RULE`)."""
    n, closed = s["n_spasms"], s["affected_eye_closed_fraction"]
    tonic = s["longest_spasm_s"] >= 1.0
    spread = any(r in s["regions"] for r in ("cheek", "mouth"))
    if n == 0:
        sev = 0
        freq = 1 if s["blinks_per_min"] > BLINK_RATE_HIGH else 0
    else:
        if closed >= 0.5:
            sev = 4
        elif tonic or spread:
            sev = 3
        elif s["max_eye_closure"] < 0.5:
            sev = 1
        else:
            sev = 2
        freq = 4 if closed >= 0.5 else (3 if tonic else 2)
    return {"severity": sev, "frequency": freq, "total": sev + freq, "rule": JRS_RULE}


def smc_grade(s: dict, act: Activations, mine: list[Event], duration_s: float) -> dict:
    """Video estimate of the SMC grade (see :data:`SMC_RULE`)."""
    side = s["affected_side"]
    if side == "none":
        return {"grade": 0, "label": "0", "rule": SMC_RULE}
    other = "right" if side == "left" else "left"
    ap_a = act.baseline[side].get("aperture", np.nan)
    ap_o = act.baseline[other].get("aperture", np.nan)
    my_a = act.baseline[side].get("mouth_y", np.nan)
    my_o = act.baseline[other].get("mouth_y", np.nan)
    asym_rest = bool(
        (np.isfinite(ap_a) and np.isfinite(ap_o) and ap_o > 0 and ap_a / ap_o < 0.7)
        or (np.isfinite(my_a) and np.isfinite(my_o) and abs(my_a - my_o) > 0.06)
    )
    tonic_closing = [e for e in mine if e.pattern == "tonic" and e.peak.get("eye", 0.0) >= 0.8]
    tonic_rate = len(tonic_closing) / (max(duration_s, 1e-9) / 60.0)
    tonic_time = _union_time(tonic_closing)
    if asym_rest:
        g = 4
    elif tonic_closing and (tonic_rate >= 2.0 or tonic_time >= 0.1 * max(duration_s, 1e-9)):
        g = 3
    elif any(r in s["regions"] for r in ("cheek", "mouth")):
        g = 2
    else:
        g = 1
    return {
        "grade": g,
        "label": ["0", "I", "II", "III", "IV"][g],
        "rest_asymmetry": asym_rest,
        "rule": SMC_RULE,
    }


def quality(
    *,
    duration_s: float,
    fps: float,
    n_frames: int,
    valid: np.ndarray,
    head: dict,
    iod_px: float,
    frame_width: int,
    brightness: float,
    visible_s: float | None = None,
    face_gaps: list[tuple[float, float]] | None = None,
) -> dict:
    """Quality figures and the warnings a person filming should act on."""
    found = float(np.mean(valid)) if len(valid) else 0.0
    yaw = head["yaw_deg"][valid] if len(valid) else np.array([])
    pitch = head["pitch_deg"][valid] if len(valid) else np.array([])
    rot = np.hypot(yaw - np.median(yaw), pitch - np.median(pitch)) if len(yaw) else np.array([0.0])
    shift = head["shift_iod"][valid] if len(valid) else np.array([0.0])
    q = {
        "face_found_fraction": round(found, 4),
        "fps": round(fps, 3),
        "n_frames": n_frames,
        "duration_s": round(duration_s, 3),
        "visible_s": round(duration_s * found if visible_s is None else visible_s, 3),
        "face_gaps": [[round(a, 3), round(b, 3)] for a, b in (face_gaps or [])],
        "iod_px": round(iod_px, 1) if np.isfinite(iod_px) else None,
        "face_width_fraction": round(2.2 * iod_px / frame_width, 3)
        if np.isfinite(iod_px)
        else None,
        "brightness": round(brightness, 1),
        "head_rotation_median_deg": round(float(np.median(rot)), 2) if len(rot) else 0.0,
        "head_rotation_p95_deg": round(float(np.percentile(rot, 95)), 2) if len(rot) else 0.0,
        "head_shift_p95_iod": round(float(np.nanpercentile(shift, 95)), 3)
        if np.isfinite(shift).any()
        else 0.0,
        "turned_fraction": round(float(np.mean(rot > 10.0)), 4) if len(rot) else 0.0,
        "warnings": [],
    }
    w = q["warnings"]
    if duration_s < 20.0:
        w.append(f"too short: {duration_s:.0f} s; film at least 20 s (30-60 s is better)")
    if np.isfinite(iod_px) and iod_px < 40:
        w.append("face too small: move the camera closer so the face fills about half the frame")
    if brightness < 50:
        w.append("too dark: film facing a window or a lamp")
    if found < 0.9:
        w.append(
            f"face lost often: found in {100 * found:.0f}% of frames "
            f"({q['visible_s']:.0f} s of {duration_s:.0f} s); keep the face in view. "
            "Rates use the visible time; moments the face left or came back are not counted"
        )
    if fps < 15:
        w.append(f"low frame rate ({fps:.0f} fps): brief twitches may be missed")
    if q["turned_fraction"] > 0.2:
        w.append("head turned a lot: look at the camera and keep the head still")
    return q
