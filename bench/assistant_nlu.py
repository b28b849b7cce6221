"""Benchmark: how well the assistant understands patients' own words.

Prints top-1 intent accuracy on paraphrased questions, red-flag recall and the
false-alarm rate on near-misses.

By default it runs the HELD-OUT set, bench/data/assistant_nlu_heldout.yaml: written
before the matcher was tuned, never looked at while tuning; run it once per round and
report that figure. ``--dev`` runs the development set instead,
bench/data/assistant_nlu_dev.yaml (the first benchmark set, whose errors were studied
while tuning, so its figure is not held-out); tune on that one and on
tests/assistant/dev_questions.yaml.

    python bench/assistant_nlu.py [--dev] [--show-errors]

A question counts as right when the engine's free-text routing picks its intent:
red flags first (-> topic:emergency), then the matcher; "not sure" counts as wrong.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

import yaml

from hfs.assistant import default_engine, find_red_flag

HELDOUT = Path(__file__).parent / "data" / "assistant_nlu_heldout.yaml"
DEV = Path(__file__).parent / "data" / "assistant_nlu_dev.yaml"


def route(engine, text: str) -> tuple[str | None, float]:
    if find_red_flag(text) is not None:
        return "topic:emergency", 1.0
    m = engine.matcher.match(text)
    return m.intent, m.score


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--dev", action="store_true", help="run the development set, not the held-out one"
    )
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args()
    path = DEV if args.dev else HELDOUT
    kind = "DEVELOPMENT set (tuned on; not a held-out figure)" if args.dev else "HELD-OUT set"
    data = yaml.safe_load(path.read_text("utf-8"))

    t0 = time.perf_counter()
    engine = default_engine()
    load_s = time.perf_counter() - t0

    total = correct = unsure = 0
    errors: list[tuple[str, str, str | None, float]] = []
    per_intent: Counter[str] = Counter()
    per_intent_ok: Counter[str] = Counter()
    t0 = time.perf_counter()
    for intent, questions in data["questions"].items():
        for q in questions:
            got, score = route(engine, q)
            total += 1
            per_intent[intent] += 1
            if got == intent:
                correct += 1
                per_intent_ok[intent] += 1
            else:
                unsure += got is None
                errors.append((q, intent, got, score))
    match_ms = (time.perf_counter() - t0) / max(total, 1) * 1000

    flags = data["red_flags"]
    caught = [t for t in flags if find_red_flag(t) is not None]
    misses = data["near_misses"]
    alarms = [t for t in misses if find_red_flag(t) is not None]

    print(f"assistant NLU benchmark on the {kind}: {path.name}")
    print(f"  questions:            {total} over {len(per_intent)} intents")
    print(f"  top-1 accuracy:       {correct / total:.3f}  ({correct}/{total}; target >= 0.92)")
    print(f"    of the errors, 'not sure' (below threshold): {unsure}")
    print(
        f"  red-flag recall:      {len(caught) / len(flags):.3f}  ({len(caught)}/{len(flags)}; target 1.0)"
    )
    print(
        f"  near-miss false alarms: {len(alarms) / len(misses):.3f}  ({len(alarms)}/{len(misses)}; target <= 0.05)"
    )
    print(f"  engine load: {load_s:.2f} s; routing: {match_ms:.1f} ms per question (CPU)")
    weakest = sorted(per_intent, key=lambda i: per_intent_ok[i] / per_intent[i])[:3]
    print(
        "  weakest intents: "
        + ", ".join(f"{i} {per_intent_ok[i]}/{per_intent[i]}" for i in weakest)
    )
    if args.show_errors:
        for q, want, got, score in errors:
            print(f"  MISS {want:28s} -> {got!s:28s} {score:.2f}  {q}")
        for t in flags:
            if t not in caught:
                print(f"  RED FLAG MISSED: {t}")
        for t in alarms:
            print(f"  FALSE ALARM: {t}")


if __name__ == "__main__":
    main()
