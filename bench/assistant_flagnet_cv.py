"""Out-of-fold fine-tuned red-flag nets, to cross-validate the whole screen with the net.

The shipped net (:mod:`hfs.assistant.flagnet`) learned from every training set, so the
screen's leave-one-set-out figures (``bench/assistant_nlu.py --cv``) cannot read it:
they would be in-sample. This trains one net per fold, each on the training sets of the
other folds (and the warning-sign descriptions), and writes them with a manifest of the
sets each one never saw:

    python bench/assistant_flagnet_cv.py [--folds 4] [--out bench/_out/flagnet_cv]
    python bench/assistant_nlu.py --cv --safety --net-folds bench/_out/flagnet_cv

The second command then reads, for each left-out set, the net that never saw it, beside
the regression refitted without that set: the figures for choosing the net's thresholds.
Needs JAX (``pip install "jax[cpu]" optax``); a fold takes about as long as training the
shipped net (7 minutes on two idle cores) times the share of texts it learns from. A
fold whose file is already there, trained on the same texts, is kept.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def folds_of(names: list[str], k: int) -> dict[str, int]:
    """Each training set's fold: round-robin over the sorted names (deterministic, and
    the sets of one era, written by similar briefs, are spread over the folds)."""
    return {name: i % k for i, name in enumerate(sorted(names))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", type=int, default=4)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "_out" / "flagnet_cv")
    args = parser.parse_args()
    if args.folds < 2:
        raise SystemExit("error: --folds needs at least 2")

    from hfs.assistant import build_engine, flagnet
    from hfs.assistant.classifier import load_training
    from hfs.assistant.redflags import SIGN_DESCRIPTIONS

    engine = build_engine(classifiers=False, spanish=False)
    sets = load_training()
    fold = folds_of([s.name for s in sets], args.folds)
    args.out.mkdir(parents=True, exist_ok=True)
    base, _ = flagnet.checkpoint()
    manifest = {"folds": args.folds, "nets": []}
    for k in range(args.folds):
        train = [s for s in sets if fold[s.name] != k]
        held = sorted(s.name for s in sets if fold[s.name] == k)
        path = args.out / f"fold{k}.npz"
        want = flagnet.fingerprint(train, SIGN_DESCRIPTIONS)
        saved = flagnet.load(base, path) if path.is_file() else None
        if saved is not None and saved.fingerprint == want:
            print(f"fold {k}: {path.name} is up to date (held out: {', '.join(held)})")
        else:
            print(f"fold {k}: training without {', '.join(held)}", flush=True)
            net = flagnet.fit(engine.matcher, train, SIGN_DESCRIPTIONS)
            flagnet.save(net, base, path)
            print(f"fold {k}: wrote {path}", flush=True)
        manifest["nets"].append({"file": path.name, "held_out": held})
    (args.out / "folds.json").write_text(json.dumps(manifest, indent=1), "utf-8")
    print(f"wrote {args.out / 'folds.json'}")


if __name__ == "__main__":
    main()
