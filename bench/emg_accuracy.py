"""Accuracy of the free-running EMG detector (``hfs.neurophys.freerun``) on simulated
surgery EMG with known truth (``hfs.simulate.freerun``). SYNTHETIC data, not patients.

Each seed is 5 minutes of 4 facial channels at 10 kHz with A-trains, bursts, spikes,
electrocautery, the drill and movement, fed to the detector in 0.1 s chunks as the
monitor does. Prints per set: A-train sensitivity (target >= 0.95) and false A-trains
per hour of surgery EMG (target <= 1), bursts found and false separately, and the CPU
time per hour of signal.

Seeds: the detector was tuned on 100-119 (``--set tune``); 6000-6039 (``--set sealed``,
the default) were fixed before tuning and run only to report. Last figures (docs/neuro.md):
tune 105/110 A-trains (0.955), 0 false per hour; sealed 189/203 (0.931, under the 0.95
target), 0 false per hour; bursts 0.943 / 0.952. Round 2 (issue 19; trains under
electrocautery now counted apart as masked, sensitivity on the visible ones): tune
106/110 (visible 106/108, 0.981), 0 false; sealed visible 188/200 (0.940), all
188/203, 4 false = 1.20 per hour (3 of them the 60 Hz notch ringing after a spike,
fixed after the sealed run, not re-measured on it). The final detector, once each:
fresh 7000-7019 visible 104/109 (0.954), 0 false; sealed3 8000-8039 (fixed before any
run) visible 199/208 (0.957), all 199/212 (4 masked), 0 false per hour; bursts 269/284
(0.947), 0.30 false per hour (bench/data/emg_accuracy_sealed3.result.txt).

Run: ``python bench/emg_accuracy.py [--set sealed|tune] [--minutes 5]``.
"""

from __future__ import annotations

import argparse
import time

from hfs.neurophys.freerun import FreeRunEMG
from hfs.simulate.freerun import score_freerun, simulate_surgery_emg

SETS = {
    "tune": range(100, 120),
    "sealed": range(6000, 6040),
    # run once on round 2's final detector (never tuned on)
    "fresh": range(7000, 7020),
    # fixed 2026-12-06 after round 2, before any run: the final detector's report set
    "sealed3": range(8000, 8040),
}


def run_seed(seed: int, minutes: float) -> tuple[dict, float, dict]:
    sim = simulate_surgery_emg(
        minutes * 60.0, sfreq=10000.0, rng=seed, mains_hz=(50.0, 60.0)[seed % 2]
    )
    det = FreeRunEMG(sim.labels, sim.sfreq, mains_hz=sim.truth["mains_hz"])
    step = int(0.1 * sim.sfreq)
    alerts = []
    c0 = time.process_time()
    for a in range(0, sim.data_uv.shape[1], step):
        alerts += det.push(sim.data_uv[:, a : a + step].T)
    alerts += det.flush()
    cpu = time.process_time() - c0
    return score_freerun(alerts, sim.truth), cpu, sim.truth


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", choices=sorted(SETS), default="sealed")
    ap.add_argument("--minutes", type=float, default=5.0)
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    seeds = SETS[args.set]
    tot = {
        k: {
            "true": 0,
            "found": 0,
            "false": 0,
            "alerts": 0,
            "other": 0,
            "masked": 0,
            "masked_found": 0,
        }
        for k in ("emg_a_train", "emg_burst")
    }
    hours = cpu = 0.0
    for seed in seeds:
        sc, c, _ = run_seed(seed, args.minutes)
        hours += sc["hours"]
        cpu += c
        for k in tot:
            for f in ("true", "found", "false", "alerts", "masked", "masked_found"):
                tot[k][f] += sc[k][f]
            tot[k]["other"] += sc[k]["other_nerve_activity"]
        if args.verbose:
            for e in sc["emg_a_train"]["missed"]:
                print(
                    f"  seed {seed}: missed A-train {','.join(e['channels'])} {e['onset_s']:.2f}"
                    f"+{e['duration_s']:.3f} s {e['freq_hz']} Hz {e['pp_uv']} uV"
                )
            for a in sc["emg_a_train"]["false_alerts"]:
                print(
                    f"  seed {seed}: false A-train {a['channel']} {a['onset_s']:.2f}+{a['duration_s']:.2f} s {a['detail']}"
                )
            for a in sc["emg_burst"]["false_alerts"][:3]:
                print(
                    f"  seed {seed}: false burst {a['channel']} {a['onset_s']:.2f}+{a['duration_s']:.2f} s"
                )
    print(
        f"set {args.set} (seeds {seeds.start}-{seeds.stop - 1}), {hours:.2f} h of simulated surgery EMG"
    )
    a = tot["emg_a_train"]
    seen, seen_found = a["true"] - a["masked"], a["found"] - a["masked_found"]
    print(
        f"A-trains: {seen_found}/{seen} visible found, sensitivity {seen_found / max(seen, 1):.3f} "
        f"(target >= 0.95); false {a['false']} = {a['false'] / hours:.2f} per hour (target <= 1)"
    )
    print(
        f"          {a['masked']} more under electrocautery (masked: no system sees them), "
        f"{a['masked_found']} of them alerted; all {a['true']}: {a['found']} found, "
        f"{a['found'] / max(a['true'], 1):.3f}"
    )
    b = tot["emg_burst"]
    print(
        f"bursts:   {b['found']}/{b['true']} found, sensitivity {b['found'] / max(b['true'], 1):.3f}; "
        f"false {b['false']} = {b['false'] / hours:.2f} per hour; {b['other']} over other nerve "
        "activity (A-train or spike)"
    )
    print(f"CPU {cpu / hours:.1f} s per hour of 4-channel signal at 10 kHz")


if __name__ == "__main__":
    main()
