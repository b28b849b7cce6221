"""Accuracy of `hfs video analyze` on a varied set of synthetic clips with ground truth.

Prints event precision/recall/F1 for spasms (matched by side and time overlap), side
accuracy, false spasms on control clips per voluntary movement type (blinks, smiles of
any intensity, talking, chewing, firm eye closure, brow raising, head turns during
them, the face leaving the frame), blink recall/precision, spasm-rate error, region
Jaccard per matched spasm and the "spread beyond the eye" flag that the SMC estimate
uses. These figures come from SYNTHETIC videos (one real face photo, warped), not
from patients.

Seed sets: ``--set tune`` (seeds as written below, used while tuning the detector),
``--set report2`` (the default: every seed + 7000, sealed before the image-read cheek
and brow were tuned, run once at the end) and ``--set report`` (every seed + 5000: the
earlier reporting set, since looked at, kept for comparison only). ``--set report3``
(every seed + 9000) was sealed before the landmarking was split over two Face Mesh
instances (bench/video_speed.py), for one run after that change is merged. The output
says which.

    python bench/video_accuracy.py                 # sealed reporting seeds, generated once into bench/_data/
    python bench/video_accuracy.py --set tune      # tuning seeds
    python bench/video_accuracy.py --fresh         # regenerate
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("GLOG_minloglevel", "2")

from hfs.simulate.score import Score, match_events, pair_events
from hfs.simulate.video import simulate_video
from hfs.video.analysis import analyze_video
from hfs.video.landmarks import native_stderr_silenced

DATA = Path(__file__).parent / "_data" / "video_accuracy"

# name: simulate_video keyword arguments. Sides, rates 2-20/min, both face geometries
# (the photo and its mirror image), sizes, frame rates, codecs, head motion, turns,
# smiles, selfie mirroring and portrait rotation. Controls have side "none".
CLIPS: dict[str, dict] = {
    "L_eye_r4": dict(side="left", spasm_rate=4, regions=("eye",), rng=101),
    "R_eye_r8": dict(side="right", spasm_rate=8, regions=("eye",), rng=102),
    "L_full_r12": dict(
        side="left", spasm_rate=12, regions=("eye", "brow", "cheek", "mouth"), rng=103
    ),
    "R_full_r20": dict(side="right", spasm_rate=20, regions=("eye", "cheek", "mouth"), rng=104),
    "L_lower_r10": dict(side="left", spasm_rate=10, regions=("cheek", "mouth"), rng=105),
    "R_lower_r6": dict(side="right", spasm_rate=6, regions=("mouth",), rng=106),
    "L_r2_long": dict(side="left", spasm_rate=2, regions=("eye", "cheek"), duration_s=60, rng=107),
    "R_tonic_r8": dict(
        side="right", spasm_rate=8, tonic_fraction=0.8, regions=("eye", "mouth"), rng=108
    ),
    "L_mirrorface_r10": dict(
        side="left", spasm_rate=10, mirror_face=True, regions=("eye", "mouth"), rng=109
    ),
    "R_mirrorface_r14": dict(side="right", spasm_rate=14, mirror_face=True, rng=110),
    "L_headmove_r8": dict(side="left", spasm_rate=8, head_motion=2.5, rng=111),
    "R_turns_r10": dict(
        side="right", spasm_rate=10, head_turns=2, regions=("eye", "mouth"), rng=112
    ),
    "L_smiles_r8": dict(side="left", spasm_rate=8, smiles=2, regions=("eye", "cheek"), rng=113),
    "R_720p_r12": dict(side="right", spasm_rate=12, size="1280x720", rng=114),
    "L_60fps_r10": dict(side="left", spasm_rate=10, fps=60, regions=("eye", "mouth"), rng=115),
    "R_25fps_hevc_r8": dict(side="right", spasm_rate=8, fps=25, codec="hevc", rng=116),
    "L_webm_r12": dict(side="left", spasm_rate=12, codec="vp9", suffix=".webm", rng=117),
    "R_portrait_r10": dict(side="right", spasm_rate=10, size="480x854", rotate=90, rng=118),
    "L_selfie_r10": dict(side="left", spasm_rate=10, selfie_mirrored=True, mirrored=True, rng=119),
    "L_dim_noisy_r8": dict(side="left", spasm_rate=8, noise=6, light_drift=2.0, crf=30, rng=120),
    "L_voluntary_r10": dict(
        side="left",
        spasm_rate=10,
        regions=("eye", "cheek", "mouth"),
        smiles=2,
        talks=1,
        eye_closures=1,
        rng=121,
    ),
    "R_voluntary_r8": dict(
        side="right",
        spasm_rate=8,
        regions=("eye", "brow", "cheek", "mouth"),
        talks=1,
        chews=1,
        brow_raises=1,
        head_turns=1,
        rng=122,
    ),
    "L_exit_r10": dict(side="left", spasm_rate=10, regions=("eye", "mouth"), face_exits=1, rng=123),
    # Controls, one set per voluntary movement (head turns ride on several).
    "C_blinks": dict(side="none", blink_rate=20, rng=201),
    "C_smiles": dict(side="none", smiles=5, rng=202),
    "C_turns": dict(side="none", head_turns=3, smiles=2, talks=1, rng=203),
    "C_mirrorface_mixed": dict(side="none", smiles=2, head_turns=2, mirror_face=True, rng=204),
    "C_talk": dict(side="none", talks=3, head_turns=1, rng=205),
    "C_chew": dict(side="none", chews=2, head_turns=1, rng=206),
    "C_eye_closure": dict(side="none", eye_closures=4, rng=207),
    "C_brow_raise": dict(side="none", brow_raises=4, head_turns=1, rng=208),
    "C_face_exit": dict(side="none", face_exits=1, smiles=1, rng=209),
}
#: Offset added to every seed for each reporting set. "report" (+5000) was looked at
#: after the release that reported it; "report2" (+7000) is sealed: run once, at the end;
#: "report3" (+9000) is sealed too, fixed before the split landmarking, run once after it.
SEED_OFFSETS = {"tune": 0, "report": 5000, "report2": 7000, "report3": 9000}


def build(name: str, spec: dict, fresh: bool, which: str) -> tuple[Path, dict, bool]:
    spec = dict(spec)
    mirrored = spec.pop("mirrored", False)
    suffix = spec.pop("suffix", ".mp4")
    spec.setdefault("duration_s", 30.0)
    spec.setdefault("size", "854x480")
    spec["rng"] += SEED_OFFSETS[which]
    folder = DATA / which
    folder.mkdir(parents=True, exist_ok=True)
    clip, truth_path = folder / f"{name}{suffix}", folder / f"{name}.truth.json"
    if fresh or not (clip.exists() and truth_path.exists()):
        truth = simulate_video(clip, **spec)
        truth_path.write_text(json.dumps(truth, indent=1))
    return clip, json.loads(truth_path.read_text()), mirrored


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fresh", action="store_true", help="regenerate the clips")
    ap.add_argument("--only", help="comma list of clip names")
    ap.add_argument(
        "--set",
        choices=tuple(SEED_OFFSETS),
        default="report2",
        help="seed set: 'tune' (used while tuning), 'report2' (sealed, the default),"
        " 'report3' (sealed, for the split landmarking) or 'report' (the earlier"
        " reporting set, since looked at)",
    )
    args = ap.parse_args()
    DATA.mkdir(parents=True, exist_ok=True)
    names = args.only.split(",") if args.only else list(CLIPS)
    print(
        f"seed set: {args.set} "
        + {
            "tune": "(seeds as listed; used for tuning)",
            "report": f"(seeds + {SEED_OFFSETS['report']}; the earlier reporting set, since looked at)",
            "report2": f"(seeds + {SEED_OFFSETS['report2']}; sealed, never used for tuning)",
            "report3": f"(seeds + {SEED_OFFSETS['report3']}; sealed before the split landmarking)",
        }[args.set]
    )
    jaccard: list[float] = []
    jaccard_read: list[float] = []  # over the regions the landmark model reads
    spread_ok = spread_n = spread_unknown = 0
    control_rows: list[str] = []

    spasm, blink = Score(0, 0, 0), Score(0, 0, 0)
    side_ok = side_n = control_false = control_side_bad = 0
    rate_err = []
    regions = ("eye", "brow", "cheek", "mouth")
    region_tp = dict.fromkeys(regions, 0)
    region_true = dict.fromkeys(regions, 0)
    region_named = dict.fromkeys(regions, 0)
    print(
        f"{'clip':22s} {'truth':>5s} {'found':>5s} {'match':>5s} {'side':>11s} {'blinks t/f':>10s} {'s':>5s}"
    )
    for name in names:
        t0 = time.perf_counter()
        clip, truth, mirrored = build(name, CLIPS[name], args.fresh, args.set)
        d = analyze_video(clip, mirrored=mirrored).to_dict()
        dt = time.perf_counter() - t0
        sc = match_events(truth["events"], d["events"], kind="spasm")
        bl = match_events(truth["events"], d["events"], kind="blink")
        spasm, blink = spasm + sc, blink + bl
        not_read = set(d["summary"].get("regions_not_read") or {})
        for tr, fd in pair_events(truth["events"], d["events"]):
            a, b = set(tr["regions"]), set(fd["regions"])
            jaccard.append(len(a & b) / len(a | b))
            ar, br = a - not_read, b - not_read
            if ar | br:
                jaccard_read.append(len(ar & br) / len(ar | br))
            for r in regions:
                region_true[r] += r in tr["regions"]
                region_named[r] += r in fd["regions"]
                region_tp[r] += r in tr["regions"] and r in fd["regions"]
        t_side, f_side = truth["summary"]["affected_side"], d["summary"]["affected_side"]
        if t_side == "none":
            control_false += sc.n_found
            control_rows.append(
                f"  {name:22s} false spasms {sc.n_found}  side {f_side}"
                + ("" if f_side == "none" else "  <- WRONG")
            )
            control_side_bad += f_side != "none"
        else:
            if d["summary"].get("spread_beyond_eye") is None and d["summary"]["affected_side"]:
                spread_unknown += 1
            if d["summary"].get("spread_beyond_eye") is not None:
                spread_n += 1
                spread_ok += d["summary"]["spread_beyond_eye"] == any(
                    r != "eye" for r in truth["summary"]["regions"]
                )
            side_n += 1
            side_ok += t_side == f_side
            rate_err.append(
                abs(d["summary"]["spasms_per_min"] - truth["summary"]["spasms_per_min"])
            )
        print(
            f"{name:22s} {sc.n_true:5d} {sc.n_found:5d} {sc.n_matched:5d} {t_side + '/' + f_side:>11s} "
            f"{bl.n_true:4d}/{bl.n_found:<5d} {dt:5.1f}"
        )
    print()
    print(
        f"clips: {len(names)} ({side_n} with spasms, {len(names) - side_n} controls); synthetic data"
    )
    print(
        f"spasm events: precision {spasm.precision:.3f}  recall {spasm.recall:.3f}  F1 {spasm.f1:.3f}"
        f"  (target F1 >= 0.95)"
    )
    print(f"side accuracy: {side_ok}/{side_n} = {side_ok / max(side_n, 1):.3f}  (target 1.0)")
    print(
        f"false spasms on controls: {control_false}  (target 0); controls not 'none': "
        f"{control_side_bad}  (target 0)"
    )
    for row in control_rows:
        print(row)
    if jaccard:
        print(
            f"region Jaccard per matched spasm: mean {sum(jaccard) / len(jaccard):.3f}"
            f"  (target >= 0.8; {len(jaccard)} spasms; all four regions)"
        )
    if jaccard_read:
        print(
            f"region Jaccard over the regions read (cheek left out where the analysis says it"
            f" is not read): mean {sum(jaccard_read) / len(jaccard_read):.3f}"
            f"  ({len(jaccard_read)} spasms)"
        )
    print(
        f"spread beyond the eye (SMC I vs II) right when told: {spread_ok}/{spread_n}"
        f" = {spread_ok / max(spread_n, 1):.3f}  (target >= 0.9); 'cannot tell': "
        f"{spread_unknown} of {spread_n + spread_unknown} patient clips"
    )
    print(f"blinks: precision {blink.precision:.3f}  recall {blink.recall:.3f}  F1 {blink.f1:.3f}")
    print(
        "regions named in matched spasms (recall = named when involved; precision = involved when named):"
    )
    for r in regions:
        rec = region_tp[r] / region_true[r] if region_true[r] else float("nan")
        prec = region_tp[r] / region_named[r] if region_named[r] else float("nan")
        print(
            f"  {r:6s} recall {rec:.2f}  precision {prec:.2f}  ({region_true[r]} involved, {region_named[r]} named)"
        )
    if rate_err:
        print(
            f"spasm rate error: mean {sum(rate_err) / len(rate_err):.2f}/min, max {max(rate_err):.2f}/min"
        )
    return 0


if __name__ == "__main__":
    with native_stderr_silenced():
        code = main()
    sys.exit(code)
