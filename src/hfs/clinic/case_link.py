"""An operating-room case (``hfs.neurophys.case``) as the patient's MVD record.

:func:`mvd_from_case` reads what the case record says about the decompression (date,
side, the LSR at the end against baseline, the BAEP alert conditions) and returns the
clinic's :class:`hfs.clinic.records.MVDSurgery`, or None with the reason when the case
cannot tell (no side given, a final LSR between the "gone" and "back" levels, pairs
that disagree). Attaching the case report file itself to the record needs a document
store in the clinic app (see the issue's closing note); this gives the record's
fields.
"""

from __future__ import annotations

from hfs.clinic.records import MVDSurgery

#: The monitor's levels (``hfs.neurophys.monitor``): under GONE the LSR has
#: disappeared, at BACK or above it persists; between them the case cannot tell.
GONE = 0.2
BACK = 0.35


def _clock(t: float) -> str:
    t = int(round(t))
    return f"{t // 3600}:{t % 3600 // 60:02d}"


def mvd_from_case(summary: dict, record_id: str) -> tuple[MVDSurgery | None, str | None]:
    """``summary``: :func:`hfs.neurophys.case.case_summary`. Returns (record, None) or
    (None, why the case cannot fill the record)."""
    side = summary.get("side")
    if side not in ("left", "right"):
        return None, "the case does not say the side of the operation (monitor with --side)"
    if not summary.get("date"):
        return None, "the case holds no session, so no date"
    pairs = summary.get("final_lsr") or []
    decided = [p["final_ratio"] for p in pairs if p.get("final_ratio") is not None]
    if not pairs:
        outcome = "not_monitored"
    elif not decided:
        return None, "no LSR pair was compared with its baseline: cannot tell the outcome"
    elif all(r < GONE for r in decided):
        outcome = "disappeared"
    elif all(r >= BACK for r in decided):
        outcome = "persisted"
    else:
        got = ", ".join(
            f"{p['stim_site']} -> {p['channel']} {p['final_ratio']:.0%}"
            for p in pairs
            if p.get("final_ratio") is not None
        )
        return None, (
            f"the final LSR ({got}) is neither under {GONE:.0%} of baseline on every pair nor "
            f"at {BACK:.0%} or more on every pair: cannot tell whether it disappeared"
        )
    baep = [g for g in summary.get("alert_groups", []) if g["condition"].startswith("BAEP")]
    notes = None
    if summary.get("baseline", {}).get("baep"):
        notes = (
            "; ".join(
                f"{g['channel']}: {g['worst'].replace('_', ' ')} from {_clock(g['start_s'])}"
                + (" to the end of the case" if g["holds_at_end"] else f" to {_clock(g['end_s'])}")
                for g in baep
            )
            or "BAEP monitored: no alert"
        )
    rec = MVDSurgery(
        record_id=record_id,
        performed_on=summary["date"][:10],
        side=side,
        lsr_outcome=outcome,
        baep_notes=notes,
    )
    return rec, None
