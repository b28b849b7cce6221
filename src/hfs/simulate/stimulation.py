"""Stimulus intensity in the annotations of a simulated recording.

Stimulators and acquisition systems write the intensity with each stimulus (an EDF+
annotation such as ``Stim zygomatic 12mA``); a surgeon's team turns it up or down
during an operation. :func:`with_intensity` writes a schedule of intensities into the
annotations of a :class:`hfs.simulate.recording.SimulatedRecording`; the truth gets
``intensity`` (the schedule) and ``intensity_changes`` (the first stimulus of each
site at a new intensity: where the monitor must say the intensity changed).
"""

from __future__ import annotations

from dataclasses import replace


def with_intensity(sim, schedule: list[tuple[float, float]]):
    """``schedule``: ``(from_s, mA)`` pairs in time order; each stimulus annotation
    (clicks excepted) gets the intensity in force at its onset."""
    sched = sorted((float(t), float(ma)) for t, ma in schedule)
    if not sched or sched[0][0] > 0:
        raise ValueError("the schedule must start at 0 s")
    ann = []
    last: dict[str, float] = {}
    changes = []
    for t, text in sim.annotations:
        if text.strip().lower() == "click":
            ann.append((t, text))
            continue
        ma = [m for t0, m in sched if t0 <= t][-1]
        site = text.split(None, 1)[-1].strip().lower()
        if site in last and last[site] != ma:
            changes.append({"time_s": round(float(t), 4), "stim_site": site, "intensity_ma": ma})
        last[site] = ma
        ann.append((t, f"{text} {ma:g}mA"))
    truth = {**sim.truth, "intensity": [list(x) for x in sched], "intensity_changes": changes}
    return replace(sim, annotations=tuple(ann), truth=truth)
