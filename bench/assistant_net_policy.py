"""The learned signals' thresholds in the red-flag screen, chosen by cross-validation.

For each English training set, the regression refitted without it and the out-of-fold
fine-tuned net that never saw it (bench/assistant_flagnet_cv.py) read its red flags,
near-misses and questions, and the whole screen (:func:`hfs.assistant.redflags.screen`,
patterns included) runs under each candidate policy: the thresholds of
:mod:`hfs.assistant.redflags` that read ``Alarm.net``. Each message is embedded once per
fold; a policy only reruns the screen.

    python bench/assistant_net_policy.py [--net-folds bench/_out/flagnet_cv]
    python bench/assistant_net_policy.py --set bench/data/assistant_nlu_heldout_v31.yaml

``--set``: a set in no training file, read by the shipped regression and net instead.

Prints, per policy, red flags strict and safe (crisis: the crisis reply), near-miss
alarms and safety lines, and question alarms, merged over the sets.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

#: name -> the redflags constants it sets (the others as shipped)
POLICIES: dict[str, dict[str, float]] = {
    "shipped": {},
    "semantic without body": {"SEMANTIC_NEEDS_BODY": False},
    "no body, the line": {"SEMANTIC_WITHOUT_BODY_ASKS": False},
    "no net": {
        "NET_AGREE_PROBABILITY": 0.0,
        "NET_SAFETY_PROBABILITY": 2.0,
        "NET_ALARM_PROBABILITY": 2.0,
    },
    "no net alarm": {"NET_ALARM_PROBABILITY": 2.0},
    "net alarm 0.8": {"NET_ALARM_PROBABILITY": 0.8},
    "net alarm 0.95": {"NET_ALARM_PROBABILITY": 0.95},
    "agree 0.3": {"NET_AGREE_PROBABILITY": 0.3},
    "agree 0.7": {"NET_AGREE_PROBABILITY": 0.7},
    "safety 0.8": {"NET_SAFETY_PROBABILITY": 0.8},
    "safety 0.95": {"NET_SAFETY_PROBABILITY": 0.95},
    # round 30 (hfs.assistant.engine's constants: "engine." before the name)
    "no crisis reading": {"engine.CRISIS_READ_PROBABILITY": 2.0},
    "crisis reading 0.5": {"engine.CRISIS_READ_PROBABILITY": 0.5},
    "crisis reading 0.9": {"engine.CRISIS_READ_PROBABILITY": 0.9},
    "no topic rule": {"engine.TOPIC_NET_BELOW": -1.0},
    "topic rule, now or not": {"engine.TOPIC_NEEDS_NO_NOW": False},
    "topic net 0.3": {"engine.TOPIC_NET_BELOW": 0.3},
    "topic net 0.3 reg 0.9": {"engine.TOPIC_NET_BELOW": 0.3, "engine.TOPIC_REGRESSION_BELOW": 0.9},
    "topic net 0.08": {"engine.TOPIC_NET_BELOW": 0.08},
    # round 31: the crisis reading on a bodiless alarm (the direct question before)
    "no bodiless crisis reading": {"engine.CRISIS_BODILESS_PROBABILITY": 2.0},
    "bodiless crisis 0.7": {"engine.CRISIS_BODILESS_PROBABILITY": 0.7},
    "bodiless crisis 0.5": {"engine.CRISIS_BODILESS_PROBABILITY": 0.5},
    "bodiless crisis 0.97": {"engine.CRISIS_BODILESS_PROBABILITY": 0.97},
    # round 32: the crisis and calm classifiers on a learned signal's line
    "crisis readings ignore everyday reasons": {"engine.CRISIS_READING_HEEDS_EVERYDAY": False},
    "no demoted crisis reading": {"engine.CRISIS_DEMOTED_PROBABILITY": 2.0},
    "demoted reply, calm 0.9": {"engine.CRISIS_DEMOTED_CALM_PROBABILITY": 0.9},
    "demoted reply, no calm": {"engine.CRISIS_DEMOTED_CALM_PROBABILITY": 0.0},
    "demoted reply 0.95, calm 0.95": {
        "engine.CRISIS_DEMOTED_PROBABILITY": 0.95,
        "engine.CRISIS_DEMOTED_CALM_PROBABILITY": 0.95,
    },
    "demoted reply, calm 0.9, any line": {
        "engine.CRISIS_DEMOTED_CALM_PROBABILITY": 0.9,
        "engine.CRISIS_DEMOTED_NEEDS_ALARM": False,
    },
    "demoted crisis net 0.7": {"engine.CRISIS_DEMOTED_NET_CALM": 0.7},
    "no crisis net on an unsure line": {"engine.CRISIS_UNSURE_NET_CALM": 2.0},
    "crisis net on an unsure line 0.7": {"engine.CRISIS_UNSURE_NET_CALM": 0.7},
    # round 33: the net doubting a pattern's sign; a sure net not demoted by the gates
    "net veto 0.05": {"NET_VETO_PROBABILITY": 0.05},
    "net veto 0.1": {"NET_VETO_PROBABILITY": 0.1},
    "net veto 0.3": {"NET_VETO_PROBABILITY": 0.3},
    "net sure 0.97": {"NET_SURE_PROBABILITY": 0.97},
    "net sure 0.9": {"NET_SURE_PROBABILITY": 0.9},
    "net veto 0.1, sure 0.97": {"NET_VETO_PROBABILITY": 0.1, "NET_SURE_PROBABILITY": 0.97},
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--net-folds", type=Path, default=ROOT / "bench" / "_out" / "flagnet_cv")
    parser.add_argument("--sets", nargs="*", help="only these training sets (names)")
    parser.add_argument("--set", type=Path, help="a set in no training file (shipped signals)")
    parser.add_argument("--policies", nargs="*", help="only these policies (names; default all)")
    parser.add_argument(
        "--show", action="store_true", help="print each text the policies read differently"
    )
    args = parser.parse_args()
    policies = {k: v for k, v in POLICIES.items() if not args.policies or k in args.policies}

    from assistant_nlu import load_fold_nets, load_set, refit_safety
    from hfs.assistant import build_engine, redflags
    from hfs.assistant import engine as engine_module
    from hfs.assistant.classifier import TRAINING_DIR
    from hfs.assistant.embedding import default_embedder

    folds = None if args.set else load_fold_nets(args.net_folds)
    engine = build_engine(embedder=None if args.set else default_embedder(), spanish=False)
    engine.matcher.cache_size = 100_000
    shipped = engine.matcher.classifiers
    every = [load_set(p) for p in sorted(TRAINING_DIR.glob("*.yaml"))]
    sets = [s for s in every if not args.sets or s.name in args.sets]
    if args.set:
        sets = [load_set(args.set)]
    else:
        sets.sort(key=lambda s: folds.fold_of(s.name))
    modules = {"": redflags, "engine.": engine_module}

    def where(key: str):
        prefix = "engine." if key.startswith("engine.") else ""
        return modules[prefix], key.removeprefix(prefix)

    defaults = {k: getattr(*where(k)) for p in policies.values() for k in p}
    totals = {name: [0] * 9 for name in policies}
    fitted = {}
    if folds is not None:
        # every regression first: the sentence vectors are the same under every net,
        # so the training texts are embedded once (a net switch empties the cache)
        for data in sets:
            others = [s for s in every if s.name != data.name]
            fitted[data.name] = refit_safety(engine.matcher, shipped, others)
        print(f"{len(fitted)} regressions fitted", flush=True)
    for data in sets:
        if folds is not None:
            folds.use(engine.matcher, data.name)
            engine.matcher.classifiers = fitted[data.name]
        cats = data.flag_categories or ("",) * len(data.red_flags)
        readings: dict[str, list[str]] = {}
        for name, policy in policies.items():
            for k, v in defaults.items():
                setattr(*where(k), policy.get(k, v))
            t = totals[name]
            seen_by = readings.setdefault(name, [])
            for text, cat in zip(data.red_flags, cats, strict=True):
                seen = engine.safety.screen(text)
                seen_by.append(_reading(seen))
                ok = seen.flag is not None and (cat == "crisis") == (seen.flag.name == "crisis")
                t[0] += ok
                t[1] += ok or seen.flag is not None or seen.mention is not None
                t[2] += 1
            for text in data.near_misses:
                seen = engine.safety.screen(text)
                seen_by.append(_reading(seen))
                t[3] += seen.flag is not None
                t[4] += seen.flag is None and seen.mention is not None
                t[7] += seen.flag is None and seen.net == "crisis"
            for q, _ in data.questions:
                seen = engine.safety.screen(q)
                seen_by.append(_reading(seen))
                t[5] += seen.flag is not None
                t[8] += seen.flag is None and seen.net == "crisis"
            t[6] += len(data.questions)
        for k, v in defaults.items():
            setattr(*where(k), v)
        if args.show:
            kinds = [f"red flag ({c or '?'})" for c in cats] + ["near-miss"] * len(data.near_misses)
            kinds += ["question"] * len(data.questions)
            texts = list(data.red_flags) + list(data.near_misses) + [q for q, _ in data.questions]
            for i, (kind, text) in enumerate(zip(kinds, texts, strict=True)):
                seen = [r[i] for r in readings.values()]
                if len(set(seen)) > 1:
                    print(f"  {kind}: {' | '.join(seen)}: {text}")
        print(f"{data.name}: done", flush=True)
    n_miss = sum(len(s.near_misses) for s in sets)
    where = args.set.name if args.set else f"{len(sets)} sets, out-of-fold nets of {args.net_folds}"
    print(f"\n{where}")
    print(
        "policy                      strict       safe         near-miss alarms  nets (crisis)"
        "  question alarms (crisis nets)"
    )
    for name, t in totals.items():
        print(
            f"{name:27s} {t[0]:>4}/{t[2]:<5} {t[1]:>4}/{t[2]:<5}   {t[3]:>4}/{n_miss:<5}"
            f"  {t[4]:>4} ({t[7]:>3})   {t[5]:>3}/{t[6]} ({t[8]})"
        )


def _reading(seen) -> str:
    """A screen's outcome in a word: the flag's name, the net's, or nothing."""
    if seen.flag is not None:
        return f"ALARM {seen.flag.name}"[:24]
    if seen.mention is not None:
        return f"line {seen.net or ''}".strip()
    return "-"


if __name__ == "__main__":
    main()
