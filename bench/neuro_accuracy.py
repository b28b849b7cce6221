"""Accuracy of ``hfs neuro`` on simulated recordings with known truth.

All figures come from SYNTHETIC recordings (hfs.simulate.recording), not patients.

- Diagnostic set: varied seeds, 10 and 20 kHz, 50 and 60 Hz mains, cut labels and
  abbreviations, patients with and without LSR, and weak LSR (20 uV peak-to-peak in
  15 uV RMS noise, 30 sweeps per site). Prints presence accuracy and LSR onset-latency
  error. The weak LSR's noise is white over the recording's whole band (to half the
  sampling rate), so in the 30-3000 Hz analysis band it is about 11 uV RMS at 10 kHz
  and 8 uV at 20 kHz (the ``noise_uv`` the analysis reports, printed below). For each
  weak pair the script also prints the Cramer-Rao bound of its onset
  (``hfs.simulate.recording.lsr_onset_bound_ms``): the smallest SD any unbiased
  estimate from those sweeps can have, so how many misses of 0.2 ms the noise alone
  makes likely.
- BAEP: baseline averages of intraoperative BAEP recordings. Prints wave I/III/V
  latency errors.
- Alerts: intraoperative LSR stories (abrupt, gradual, transient) and BAEP stories
  (retraction, loss) monitored sweep by sweep. Prints alert delays (LSR in sweeps,
  BAEP in averaging windows), missed and false alerts.

- World set (issue 13): diagnostic recordings with all the physiology real files
  hold (spontaneous spasm bursts, realistic stimulus-artifact tails, M-response
  cross-talk into neighbouring muscles, two or three sites alternating, jittered
  intervals, modulated hum with harmonics, drift) and the file variants (label
  styles, trigger channels in mV or V with 3-sample edges, channels with an invalid
  header, too few sweeps, noise that hides a 100 uV LSR). Prints LSR presence on
  present / absent / undecidable pairs separately (the truth says which pairs the
  data can decide), false "present" (must be 0), onset errors; and diagnostic BAEP
  (700-1000 clicks at 11.1 Hz, awake-patient noise) wave errors. Its reporting seeds
  (5000+) were fixed before the analysis was tuned and not looked at while tuning;
  tuning used seeds 100-103 (diagnostic) and 0-11 (BAEP), which ``--world-tune``
  runs instead (the cross-talk regression and the BAEP template test were tuned on
  100-159 and 0-59, outside 5000-6999). The set runs twice (``--crosstalk``): with the
  simulator's ``independent`` cross-talk (a wave of its own shape, as first sealed)
  and with ``m_copy`` (the stimulated branch's own M-response, as volume conduction
  carries it); same seeds, every other draw the same.
  Seeds 5000-5035 and 6000-6017 were reported on (looked at) and are burned. The
  third round (issue 13's remaining targets) fixed, BEFORE any of its tuning, a new
  sealed reporting range, run once at the end: world seeds 5100-5171 (``--n 72``,
  ``--world-seeds sealed2``, then the default) and diagnostic BAEP seeds 6100-6135; and
  for the LSR alerts of the intraoperative stories, seed offset 700000 (``--part
  classic --seed 700000``: stories 703000-703035 with ``--n 72``). Tuning in that
  round used world seeds 100-399 (``--world-seeds tune``, ``--seed`` shifts them),
  BAEP seeds 0-199 and story seed offsets 10000-90000 only.
  Seeds 5100-5171, 6100-6135 and the classic part at 700000 were reported on in round
  3 and are burned too. Round 4 fixed, BEFORE any of its tuning, a new sealed range,
  run once at the end: world seeds 5200-5271 (``--n 72``, ``--world-seeds sealed3``,
  then the default), diagnostic BAEP seeds 6200-6235, and the classic part at seed offset
  800000 (``--part classic --seed 800000 --n 72``). Round 4 tuned on world seeds 100+
  (``--world-seeds tune``) and the classic part at seed offsets 10000-90000 only.
  Seeds 5200-5271, 6200-6235 and the classic part at 800000 were reported on in round
  4 and are burned too. Round 5 fixed, BEFORE any of its tuning, a new sealed range,
  run once at the end (by the lead, after merging): world seeds 5300-5371 (``--n 72``,
  ``--world-seeds sealed4``, the default), diagnostic BAEP seeds 6300-6335, and the
  classic part at seed offset 900000 (``--part classic --seed 900000``). Round 5 tunes
  on world seeds 100+ (``--world-seeds tune``) and classic offsets under 800000 only.
  Seeds 5300-5371, 6300-6335 and the classic part at 900000 were reported on in round
  5 and are burned too. Round 6 fixed, BEFORE any of its tuning, a new sealed range,
  run once at the end (by the lead, after merging): world seeds 5400-5471 (``--n 72``,
  ``--world-seeds sealed5``, the default), diagnostic BAEP seeds 6400-6435, and the
  classic part at seed offset 950000 (``--part classic --seed 950000 --n 24``). Round 6
  tunes on world seeds 100+ (``--world-seeds tune``) and classic offsets under 800000
  only.
  Seeds 5400-5471, 6400-6435 and the classic part at 950000 were reported on in round
  6 and are burned too (round 7 tunes on them). Round 7 fixed, BEFORE any of its
  tuning, a new sealed range, run once at the end (by the lead, after merging): world
  seeds 5500-5571 (``--n 72``, ``--world-seeds sealed6``, the default), diagnostic BAEP
  seeds 6500-6535, and the classic part at seed offset 1000000 (``--part classic --seed
  1000000 --n 24``). Round 7 tunes on world seeds 100+ (``--world-seeds tune``), on
  sealed5 and on classic offsets under 800000 and at 950000 only.
  Seeds 5500-5571, 6500-6535 and the classic part at 1000000 were reported on in round
  7 and are burned too (round 8 tunes on them). Round 8 fixed, BEFORE any of its
  tuning, a new sealed range, run once at the end (by the lead, after merging): world
  seeds 5600-5671 (``--n 72``, ``--world-seeds sealed7``, the default), diagnostic BAEP
  seeds 6600-6635, and the classic part at seed offset 1050000 (``--part classic --seed
  1050000 --n 24``). Round 8 tunes on world seeds 100+ (``--world-seeds tune``), on
  sealed4, sealed5 and sealed6 and on classic offsets under 800000 and at 950000 and
  1000000 only.
  Seeds 5600-5671, 6600-6635 and the classic part at 1050000 were reported on in round
  8 and are burned too (round 9 tunes on them). Round 9 fixed, BEFORE any of its
  tuning, a new sealed range, run once at the end (by the lead, after merging): world
  seeds 5700-5771 (``--n 72``, ``--world-seeds sealed8``, the default), diagnostic BAEP
  seeds 6700-6735, and the classic part at seed offset 1100000 (``--part classic --seed
  1100000 --n 24``). Round 9 tunes on world seeds 100+ (``--world-seeds tune``), on
  sealed4 to sealed7 and on classic offsets under 800000 and at 950000, 1000000 and
  1050000 only.
  Seeds 5700-5771, 6700-6735 and the classic part at 1100000 were reported on in round
  9 and are burned too. Before any round-10 tuning the lead fixed a new sealed range
  (``sealed9``): world seeds 5800-5871 (``--n 72``, the default), diagnostic BAEP seeds
  6800-6835 and the classic part at seed offset 1150000, run once by the lead after
  merging. Round 10 (the BAEP "absent" check) tunes on diagnostic BAEP seeds 0-71 and
  the burned ranges sealed1-sealed8 only, through ``--part baep --world-seeds NAME``
  (the world set's diagnostic BAEPs alone, then the same seeds as ears without a
  response, where "present" is wrong).

Targets (issue 5): presence 100%, latency error <= 0.2 ms, every alert within 2 sweeps
(LSR) or one averaging window (BAEP), no false alerts. This script prints figures; it
does not pass or fail.

Run: ``python bench/neuro_accuracy.py [--n 24] [--seed 0]``. The default seeds are the
reported set; tune on other seeds (``--seed 10000``) and report the default set.
``--part baep --world-seeds sealed1 --n 72``: diagnostic BAEP seeds 6000-6035 with a
response and without (``--world-seeds tune``: seeds 0 on).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import mne
import numpy as np
from scipy import stats

from hfs.neurophys import analyze_recording, read_recording
from hfs.neurophys.monitor import replay_file, run_monitor
from hfs.simulate.recording import lsr_onset_bound_ms, simulate_recording

#: The sealed ranges, each fixed before a round's tuning: name -> (first world seed,
#: first diagnostic BAEP seed). The newest is the default; a round adds one line.
SEALED = {
    "sealed1": (5000, 6000),
    "sealed2": (5100, 6100),
    "sealed3": (5200, 6200),
    "sealed4": (5300, 6300),
    "sealed5": (5400, 6400),
    "sealed6": (5500, 6500),
    "sealed7": (5600, 6600),
    "sealed8": (5700, 6700),
    "sealed9": (5800, 6800),
}


def _match(
    got: list[dict], truth: dict, tols: list | None = None, paired: list | None = None
) -> tuple[list[float], int, int]:
    """Pair true alerts with raised ones (same kind and channel, nearest in time).
    ``tols``, if given, receives each paired true alert's own tolerance (s), or None;
    ``paired`` each paired true alert."""
    left = list(got)
    delays, missed = [], 0
    for t in truth["alerts"]:
        cands = [a for a in left if a["kind"] == t["kind"] and a["channel"] == t["channel"]]
        if not cands:
            missed += 1
            continue
        a = min(cands, key=lambda a: abs(a["time_s"] - t["time_s"]))
        left.remove(a)
        delays.append(a["time_s"] - t["time_s"])
        if tols is not None:
            tols.append(t.get("tolerance_s"))
        if paired is not None:
            paired.append(t)
    return delays, missed, len(left)


def diagnostic(n: int, tmp: Path, seed: int = 0) -> None:
    pres_ok = pres_n = 0
    lat_err, m_err, weak_err = [], [], []
    weak_by_rate: dict[int, list[float]] = {10000: [], 20000: []}
    weak_sd: list[tuple[float, float | None]] = []  # (|error|, the reported onset SD)
    # (sampling rate, error, Cramer-Rao bound, the analysis's noise_uv) of weak pairs
    weak_bound: list[tuple[int, float, float, float]] = []
    absent_pairs = present_pairs = weak_pairs = 0
    for i in range(n):
        weak = i % 3 == 0
        absent = i % 4 == 3
        sim = simulate_recording(
            "diagnostic",
            duration_s=60 if weak else 40,
            sfreq=(10000, 20000)[i % 2],
            mains_hz=(50.0, 60.0)[(i // 2) % 2],
            labels=("cut", "alias")[(i // 3) % 2],
            lsr_present=not absent,
            lsr_amplitude_uv=20.0 if weak else None,
            noise_uv=15.0 if weak else None,
            rng=seed + 1000 + i,
        )
        rec = read_recording(sim.write_edf(tmp / f"diag{i}.edf"))
        d = analyze_recording(rec).to_dict()
        got = {(m["stim_site"], m["channel"]): m for m in d["lsr"]}
        for t in sim.truth["lsr"]:
            g = got[(t["stim_site"], t["channel"])]
            pres_n += 1
            pres_ok += g["present"] == t["present"]
            if t["present"]:
                present_pairs += 1
                weak_pairs += weak
                if g["present"]:
                    e = g["onset_latency_ms"] - t["onset_latency_ms"]
                    (weak_err if weak else lat_err).append(e)
                    if weak:
                        weak_by_rate[int(sim.sfreq)].append(abs(e))
                        weak_sd.append((abs(e), g.get("onset_sd_ms")))
                        bound = lsr_onset_bound_ms(
                            t["phases"], sim.sfreq, sim.truth["noise_uv"], g["n_sweeps"]
                        )
                        weak_bound.append((int(sim.sfreq), e, bound, g["noise_uv"]))
            else:
                absent_pairs += 1
        gm = {(m["stim_site"], m["channel"]): m for m in d["m_response"]}
        for t in sim.truth["m_response"]:
            g = gm[(t["stim_site"], t["channel"])]
            if g["present"]:
                m_err.append(g["onset_latency_ms"] - t["onset_latency_ms"])
    all_err = np.abs(np.array(lat_err + weak_err))
    print(
        f"Diagnostic set: {n} recordings, {pres_n} (site, muscle) LSR pairs "
        f"({present_pairs} with LSR of which {weak_pairs} weak, {absent_pairs} without)"
    )
    print(f"  LSR presence accuracy: {pres_ok}/{pres_n} = {100 * pres_ok / pres_n:.1f}%")
    print(
        f"  LSR onset latency |error|: mean {all_err.mean():.3f} ms, median {np.median(all_err):.3f} ms, "
        f"max {all_err.max():.3f} ms, within 0.2 ms: {100 * (all_err <= 0.2).mean():.1f}%"
    )
    we = np.abs(np.array(weak_err))
    if we.size:
        print(
            "    weak LSR (20 uV p-p, 15 uV RMS white noise, 30 sweeps per site): "
            f"mean {we.mean():.3f} ms, max {we.max():.3f} ms"
        )
        sds = [(e, sd) for e, sd in weak_sd if sd is not None]
        if sds:
            inside = sum(e <= 2.5 * sd for e, sd in sds)
            print(
                f"      reported onset SD (bootstrap): median {np.median([sd for _, sd in sds]):.3f} ms"
                f" on {len(sds)}/{len(weak_sd)} weak pairs; error within 2.5 SD: {inside}/{len(sds)}"
            )
        for rate, e in weak_by_rate.items():
            if e:
                e = np.array(e)
                print(
                    f"      at {rate // 1000} kHz: mean {e.mean():.3f} ms, max {e.max():.3f} ms, "
                    f"within 0.2 ms {(e <= 0.2).sum()}/{e.size}"
                )
                _bound_line(rate, weak_bound)
    ne = np.abs(np.array(lat_err))
    print(
        f"    other LSR: mean {ne.mean():.3f} ms, max {ne.max():.3f} ms, "
        f"within 0.2 ms {(ne <= 0.2).sum()}/{ne.size}"
    )
    me = np.array(m_err)
    print(f"  M-response onset error: mean {me.mean():+.3f} ms, max |{np.abs(me).max():.3f}| ms")


def _bound_line(rate: int, weak_bound: list[tuple[int, float, float, float]]) -> None:
    """The weak pairs at ``rate`` against the Cramer-Rao bounds of their onsets."""
    rows = np.array([(e, b, nz) for r, e, b, nz in weak_bound if r == rate])
    if rows.size == 0:
        return
    err, bound, noise = rows.T
    z = err / bound
    # Expected count of |error| > 0.2 ms for an unbiased estimate with SD at the bound.
    ideal = float((2 * stats.norm.sf(0.2 / bound)).sum())
    print(
        f"        noise in the analysis band (noise_uv) median {np.median(noise):.1f} uV; "
        f"Cramer-Rao bound of the onset median {np.median(bound):.3f} ms "
        f"(max {bound.max():.3f}): an unbiased estimate at the bound would miss 0.2 ms "
        f"{ideal:.2f} times in {bound.size}; error / bound: RMS {np.sqrt(np.mean(z**2)):.2f}, "
        f"largest {np.abs(z).max():.1f}"
    )


def baep(n: int, tmp: Path, seed: int = 0) -> None:
    errs = {"I": [], "III": [], "V": []}
    amp_rel = []
    for i in range(n):
        sim = simulate_recording(
            "intraop-baep", duration_s=60, sfreq=(10000, 20000)[i % 2], rng=seed + 2000 + i
        )
        rec = read_recording(sim.write_edf(tmp / f"baep{i}.edf"))
        b = analyze_recording(rec, time_range_s=(0, 30)).to_dict()["baep"][0]
        t = sim.truth["baep"][0]["waves"]
        for k in errs:
            if b["waves"][k]["present"]:
                errs[k].append(b["waves"][k]["latency_ms"] - t[k]["latency_ms"])
        if b["waves"]["V"]["present"]:
            amp_rel.append(b["waves"]["V"]["amplitude_uv"] / t["V"]["amplitude_uv"] - 1)
    print(f"BAEP: {n} baseline averages (30 s of 43.9 Hz clicks, ~1300 sweeps)")
    for k, e in errs.items():
        e = np.abs(np.array(e))
        print(
            f"  wave {k:>3} found {e.size}/{n}; latency |error| mean {e.mean():.3f} ms, max {e.max():.3f} ms"
        )
    a = np.abs(np.array(amp_rel))
    print(
        f"  wave V amplitude relative |error|: mean {100 * a.mean():.1f}%, max {100 * a.max():.1f}%"
    )


def alerts(n: int, tmp: Path, seed: int = 0) -> None:
    lsr_delay, baep_delay = [], []
    lsr_late: list[float] = []  # delay over the alert's own tolerance (sweeps)
    lsr_missed = lsr_false = baep_missed = baep_false = 0
    lsr_true = baep_true = 0
    baep_on_time = 0
    for i in range(n):
        story = ("abrupt", "gradual", "transient")[i % 3]
        sim = simulate_recording(
            "intraop-lsr", story=story, sfreq=(10000, 20000)[i % 2], rng=seed + 3000 + i
        )
        rec = read_recording(sim.write_edf(tmp / f"lsr{i}.edf"))
        mon = run_monitor(replay_file(rec), rec.channels, rec.sfreq, baseline_s=(0, 30))
        tols: list = []
        d, m, f = _match(mon.alerts, sim.truth, tols)
        lsr_delay += [x / sim.truth["stim_interval_s"] for x in d]
        lsr_late += [
            (x - (tol if tol is not None else sim.truth["alert_tolerance_s"]))
            / sim.truth["stim_interval_s"]
            for x, tol in zip(d, tols, strict=True)
        ]
        lsr_missed += m
        lsr_false += f
        lsr_true += len(sim.truth["alerts"])
    for i in range(n):
        story = ("retraction", "loss")[i % 2]
        sim = simulate_recording(
            "intraop-baep", story=story, sfreq=(10000, 20000)[(i // 2) % 2], rng=seed + 4000 + i
        )
        rec = read_recording(sim.write_edf(tmp / f"bstory{i}.edf"))
        mon = run_monitor(replay_file(rec), rec.channels, rec.sfreq, baseline_s=(0, 30))
        paired: list = []
        d, m, f = _match(mon.alerts, sim.truth, paired=paired)
        baep_delay += [x / sim.truth["alert_tolerance_s"] for x in d]
        # On time by each alert's own bounds (baep_alert_bounds_s: at most one window
        # early, the window and the confirmation's steps late).
        baep_on_time += sum(
            -t["early_s"] - 1e-6 <= x <= t["tolerance_s"] + 1e-6
            for x, t in zip(d, paired, strict=True)
        )
        baep_missed += m
        baep_false += f
        baep_true += len(sim.truth["alerts"])
    ld = np.array(lsr_delay)
    bd = np.array(baep_delay)
    print(
        f"LSR alerts: {n} intraoperative recordings (abrupt/gradual/transient), {lsr_true} true alerts"
    )
    print(
        f"  delay in sweeps: mean {ld.mean():+.2f}, min {ld.min():+.2f}, max {ld.max():+.2f}; "
        f"within 2 sweeps: {(np.abs(ld) <= 2 + 1e-6).sum()}/{ld.size}; missed {lsr_missed}; false {lsr_false}"
    )
    late = np.array(lsr_late)
    print(
        "  on time (no earlier than 2 sweeps before, no later than the alert's own tolerance: "
        "2 sweeps, 5 in the simulated gradual decline, see lsr_alert_tolerance_sweeps): "
        f"{((ld >= -2 - 1e-6) & (late <= 1e-6)).sum()}/{ld.size}"
    )
    print(
        f"BAEP alerts: {n} intraoperative recordings (retraction/loss), {baep_true} true alerts, window 1000 sweeps (22.8 s)"
    )
    print(
        f"  delay in windows: mean {bd.mean():+.2f}, min {bd.min():+.2f}, max {bd.max():+.2f}; "
        f"within one window: {(np.abs(bd) <= 1 + 1e-6).sum()}/{bd.size}; missed {baep_missed}; false {baep_false}"
    )
    print(
        "  on time (no earlier than one window, no later than the window and C steps of "
        "25 sweeps, C = 2, 3 for a loss: the confirmation; see baep_alert_bounds_s): "
        f"{baep_on_time}/{bd.size}"
    )


def world(
    n: int,
    tmp: Path,
    seed: int = 0,
    tune: bool = False,
    crosstalk: str = "independent",
    baep: bool = True,
    sealed: str = [*SEALED][-1],
    show_misses: bool = False,
) -> None:
    """Issue 13's set: the physiology and file variants of real recordings.

    ``crosstalk`` is the simulator's ``crosstalk_model``: ``independent`` (the set as
    first sealed: a cross-talk wave of its own shape, unrelated to the M-response) or
    ``m_copy`` (the stimulated branch's M-response as volume conduction carries it,
    sweep by sweep; same seeds, every other draw unchanged)."""
    base = 100 if tune else SEALED[sealed][0]
    # truth class -> answer -> count; answers True / False / None. "merged": decidable
    # by the truth's noise and sweeps, but the LSR starts within MERGED_GAP_MS of the
    # end of its channel's cross-talk (indeterminate by construction, fixed before
    # round 4's sealed run: see hfs.simulate.recording.MERGED_GAP_MS).
    table = {
        c: {True: 0, False: 0, None: 0}
        for c in ("present", "absent", "merged", "undecidable", "grey")
    }
    onset_err: list[float] = []
    rejected = hits = regressed = 0
    hits_window = 0
    # Decidable pairs with / without a sweep hit in the response window: right, total.
    by_hit = {True: [0, 0], False: [0, 0]}
    onset_hit: dict[bool, list[float]] = {True: [], False: []}
    misses: list[str] = []
    grey_false = 0
    for i in range(n):
        r = seed + base + i
        g = np.random.default_rng(r)
        variant = i % 6
        kw: dict = dict(
            sfreq=(10000, 20000)[i % 2],
            mains_hz=(50.0, 60.0)[(i // 2) % 2],
            labels=("cut", "alias", "styled")[i % 3],
            lsr_present=bool(i % 4 != 3),
            sites=(
                ("zygomatic", "marginal_mandibular"),
                ("temporal", "zygomatic", "marginal_mandibular"),
            )[(i // 3) % 2],
            duration_s=40,
            rng=r,
            crosstalk_model=crosstalk,
        )
        if variant == 1:
            kw.update(stimuli="trigger", trigger_unit="mV", trigger_label="TRIG")
        elif variant == 2:
            kw.update(stimuli="trigger", trigger_unit="V", trigger_rise_samples=3)
        elif variant == 3:
            kw.update(faults={"orbicularis_oris": ("digital_range", "flat", "no_unit")[i % 3]})
        elif variant == 4:
            kw.update(duration_s=float(g.choice([3, 6])))  # too few sweeps per site
        elif variant == 5:
            kw.update(noise_uv=float(g.uniform(150, 400)), duration_s=20)  # hides 100 uV
        sim = simulate_recording("diagnostic", **kw)
        rec = read_recording(sim.write_edf(tmp / f"world{i}.edf"))
        d = analyze_recording(rec).to_dict()
        got = {(m["stim_site"], m["channel"]): m for m in d["lsr"]}
        for t in sim.truth["lsr"]:
            m = got[(t["stim_site"], t["channel"])]
            cls = (
                "undecidable"
                if t["decidable"] is False
                else "grey"
                if t["decidable"] is None
                else "merged"
                if t.get("merged_with_crosstalk")
                else "present"
                if t["present"]
                else "absent"
            )
            table[cls][m["present"]] += 1
            # A grey pair (either answer fair) said present is false only without an LSR.
            grey_false += cls == "grey" and m["present"] is True and not t["present"]
            hit = t.get("sweeps_hit", 0) > 0
            if m["present"] and t["present"]:
                onset_err.append(abs(m["onset_latency_ms"] - t["onset_latency_ms"]))
                onset_hit[hit].append(onset_err[-1])
            if cls in ("present", "absent", "merged"):
                by_hit[hit][0] += m["present"] == t["present"]
                by_hit[hit][1] += 1
            if show_misses and cls in ("present", "absent") and m["present"] != t["present"]:
                misses.append(
                    f"    seed {r} ({kw['sfreq']} Hz, {kw['mains_hz']:.0f} Hz mains, variant "
                    f"{variant}): {t['stim_site']} -> {t['channel']}: truth {cls}"
                    + (f" (onset {t['onset_latency_ms']:.2f} ms)" if t["present"] else "")
                    + f", sweeps hit {t.get('sweeps_hit', 0)}; said {m['present']}"
                    f" (n_sweeps {m.get('n_sweeps')}, rejected {m.get('n_rejected')}, window "
                    f"start {m.get('window_start_ms')} ms, cross-talk removed "
                    f"{m.get('crosstalk_removed_uv')} uV): {m.get('reason')}"
                )
            hits_window += t.get("sweeps_hit", 0)
            rejected += m.get("n_rejected", 0)
            regressed += bool(m.get("crosstalk_removed_uv"))
        for site, h in sim.truth.get("sweeps_hit_by_spasms", {}).items():
            hits += h * sum(1 for t in sim.truth["lsr"] if t["stim_site"] == site)
    which = (
        "TUNING seeds"
        if tune
        else {
            "sealed1": "first REPORTING seeds (burned: looked at in earlier rounds)",
            "sealed2": "round 3's REPORTING seeds (burned: looked at in round 3)",
            "sealed3": "round 4's REPORTING seeds (burned: looked at in round 4)",
            "sealed4": "round 5's REPORTING seeds (burned: looked at in round 5)",
            "sealed5": "round 6's REPORTING seeds (burned: looked at in round 6, tuned on in 7)",
            "sealed6": "round 7's REPORTING seeds (burned: looked at in round 7, tuned on in 8)",
            "sealed7": "round 8's REPORTING seeds (burned: looked at in round 8, tuned on in 9)",
            "sealed8": "round 9's REPORTING seeds (burned: looked at in round 9, tuned on in 10)",
            "sealed9": "REPORTING seeds of round 10 (sealed before its tuning)",
        }[sealed]
    )

    print(
        f"World set (issue 13): {n} diagnostic recordings, {which} {seed + base}..{seed + base + n - 1}, "
        f"cross-talk model '{crosstalk}'"
    )
    false_present = table["absent"][True] + table["undecidable"][True] + grey_false
    for cls, row in table.items():
        tot = sum(row.values())
        if not tot:
            continue
        print(
            f"  truth {cls:>11} pairs: {tot:3d}; said present {row[True]:3d}, "
            f"absent {row[False]:3d}, cannot tell {row[None]:3d}"
            + (
                "  (LSR < 1 ms after its cross-talk: indeterminate by construction)"
                if cls == "merged"
                else "  (either answer fair: too few sweeps without a twitch, or noise "
                "between 3 and 8 SD; 'present' is false only without an LSR)"
                if cls == "grey"
                else ""
            )
        )
    dec = table["present"][True] + table["absent"][False]
    dec_n = sum(table["present"].values()) + sum(table["absent"].values())
    mg = table["merged"]
    wrong = table["present"][False] + table["absent"][True] + mg[False]
    print(
        f"  presence right on decidable pairs: {dec}/{dec_n} = {100 * dec / max(dec_n, 1):.1f}%"
        f" (the rest said 'cannot tell'); false 'present': {false_present};"
        f" 'absent' where undecidable: {table['undecidable'][False]}; 'absent' where an LSR "
        f"is: {wrong - table['absent'][True]}"
    )
    print(
        f"    counting the merged pairs as decidable too: {dec + mg[True]}/"
        f"{dec_n + sum(mg.values())} (merged: {mg[True]} present, {mg[None]} cannot tell, "
        f"{mg[False]} absent)"
    )
    e = np.array(onset_err)
    if e.size:
        print(
            f"  LSR onset |error| on present pairs: mean {e.mean():.3f} ms, max {e.max():.3f} ms, "
            f"within 0.3 ms {(e <= 0.3).sum()}/{e.size}"
        )
    print(
        f"  sweeps left out for spontaneous EMG: {rejected}; truth: {hits_window} pair-sweeps "
        f"with spontaneous EMG (spasm bursts, twitches) in the response window at or over "
        f"the noise, {hits} pair-sweeps a spasm burst reaches anywhere in -30..50 ms"
    )
    for h, (ok, tot) in by_hit.items():
        e = np.array(onset_hit[h])
        within = f", onsets within 0.3 ms {(e <= 0.3).sum()}/{e.size}" if e.size else ""
        print(
            f"    decidable pairs {'with' if h else 'without'} a hit sweep: right "
            f"{ok}/{tot}{within}"
        )
    print(f"  pairs with M-response cross-talk regressed out: {regressed}")
    if show_misses:
        print(f"  decidable pairs not right: {len(misses)}")
        for line in misses:
            print(line)
    if not baep:
        return
    diagnostic_baep(max(n // 2, 4), tmp, seed + (0 if tune else SEALED[sealed][1]))


def diagnostic_baep(
    nb: int, tmp: Path, first: int, absent: bool = False, mains_hz: float = 50.0
) -> None:
    """Diagnostic BAEP: 700-1000 clicks at 11.1 Hz in an awake patient, seeds ``first``
    on. ``absent``: the same seeds as ears without any response (the simulator's
    ``baep_response=False``: same clicks, EEG, bursts and hum), where "present" is
    wrong and "absent" right wherever the noise lets a small wave V be seen.
    ``mains_hz``: the hum's frequency (50 or 60; round 10b: at 50 Hz the hum's second
    harmonic is almost phase-locked to 11.1 Hz clicks)."""
    errs = {"I": [], "III": [], "V": []}
    found = absent_n = cannot = 0
    for i in range(nb):
        r = first + i
        sim = simulate_recording(
            "diagnostic-baep",
            sfreq=(10000, 20000)[i % 2],
            rng=r,
            baep_response=not absent,
            mains_hz=mains_hz,
        )
        rec = read_recording(sim.write_edf(tmp / f"wbaep{i}.edf"))
        b = analyze_recording(rec).to_dict()["baep"][0]
        found += bool(b["present"])
        absent_n += b["present"] is False
        cannot += b["present"] is None
        if absent:
            continue
        t = sim.truth["baep"][0]["waves"]
        for k in errs:
            if b["waves"][k]["present"]:
                errs[k].append(abs(b["waves"][k]["latency_ms"] - t[k]["latency_ms"]))
    if absent:
        print(
            f"  diagnostic BAEP, {mains_hz:g} Hz hum, ears WITHOUT a response (same seeds "
            f"{first}-{first + nb - 1}): "
            f"{nb} recordings, said present {found} (wrong), absent {absent_n}, cannot tell "
            f"{cannot}"
        )
        return
    print(
        f"  diagnostic BAEP (700-1000 clicks at 11.1 Hz, awake noise, {mains_hz:g} Hz hum): "
        f"{nb} recordings, "
        f"response found in {found}; said absent {absent_n} (every one has a response: an "
        f"'absent' is wrong), cannot tell {cannot}"
    )
    for k, v in errs.items():
        v = np.array(v)
        if v.size:
            print(
                f"    wave {k:>3} found {v.size}/{nb}; latency |error| mean {v.mean():.3f} ms, "
                f"max {v.max():.3f} ms, within 0.3 ms {(v <= 0.3).sum()}/{v.size}"
            )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=24, help="recordings per part")
    ap.add_argument(
        "--mains-hz",
        type=float,
        default=50.0,
        choices=[50.0, 60.0],
        help="--part baep: the simulated hum's frequency (default 50)",
    )
    ap.add_argument(
        "--seed",
        type=int,
        default=0,
        help="added to every seed; the default set is 0, use others (e.g. 10000) to tune",
    )
    ap.add_argument(
        "--part",
        choices=["all", "world", "classic", "baep"],
        default="all",
        help="'world': issue 13's set only; 'classic': the earlier sets only; 'baep': the "
        "world set's diagnostic BAEPs only (--world-seeds, --n), then the same seeds as "
        "ears without a response",
    )
    ap.add_argument(
        "--world-tune", action="store_true", help="run the world set on its tuning seeds"
    )
    ap.add_argument(
        "--world-seeds",
        choices=["tune", *SEALED],
        default=[*SEALED][-1],
        help="the world set's seeds: 'tune' (100+, as --world-tune), 'sealed1' (5000+, "
        "burned), 'sealed2' (5100+, burned), 'sealed3' (5200+, burned), 'sealed4' "
        "(5300+, burned), 'sealed5' (5400+, burned), 'sealed6' (5500+, burned, round 8 "
        "tunes on it), 'sealed7' (5600+, burned, round 9 tunes on it), 'sealed8' (5700+, "
        "burned, round 10 tunes on it) or 'sealed9' (5800+, round 10's sealed range, run "
        "once by the lead after merging)",
    )
    ap.add_argument(
        "--crosstalk",
        choices=["both", "independent", "m_copy"],
        default="both",
        help="the world set's cross-talk model (simulate_recording's crosstalk_model); "
        "'both' runs the set twice, diagnostic BAEP once",
    )
    ap.add_argument(
        "--show-misses",
        action="store_true",
        help="world set: print each decidable pair not answered right (seed, pair, truth, "
        "the answer and its reason)",
    )
    args = ap.parse_args()
    mne.set_log_level("ERROR")
    t0 = time.perf_counter()
    print(
        f"All figures below come from simulated recordings with known truth (seed offset {args.seed})."
    )
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        if args.part in ("all", "world"):
            models = ["independent", "m_copy"] if args.crosstalk == "both" else [args.crosstalk]
            for k, model in enumerate(models):
                world(
                    args.n,
                    tmp,
                    args.seed,
                    tune=args.world_tune or args.world_seeds == "tune",
                    crosstalk=model,
                    baep=k == len(models) - 1,
                    sealed=args.world_seeds if args.world_seeds != "tune" else "sealed8",
                    show_misses=args.show_misses,
                )
        if args.part == "baep":
            tune = args.world_tune or args.world_seeds == "tune"
            first = args.seed + (0 if tune else SEALED[args.world_seeds][1])
            diagnostic_baep(max(args.n // 2, 4), tmp, first, mains_hz=args.mains_hz)
            diagnostic_baep(max(args.n // 2, 4), tmp, first, absent=True, mains_hz=args.mains_hz)
        if args.part in ("all", "classic"):
            diagnostic(args.n, tmp, args.seed)
            baep(max(args.n // 2, 4), tmp, args.seed)
            alerts(args.n // 2 if args.n >= 8 else 4, tmp, args.seed)
    print(f"({time.perf_counter() - t0:.0f} s)")


if __name__ == "__main__":
    main()
