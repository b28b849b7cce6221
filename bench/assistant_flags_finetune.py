"""The red-flag signals alone, side by side: the fine-tuned net and the regression.

The assistant's learned red-flag signal is the fine-tuned net (:mod:`hfs.assistant.flagnet`:
MiniLM's top two layers and a head) when ``flagnet.npz`` is up to date, else the logistic
regression over frozen vectors (:mod:`hfs.assistant.classifier`, ``flags``). This prints,
on bench sets that are in no training file, how many red flags, near-misses and
questions each signal alone scores at several thresholds (whole message, and the best
over the message and its pieces as the matcher reads it). The whole screen, patterns
included, is bench/assistant_nlu.py's.

    python bench/assistant_flags_finetune.py [--sets heldout_v31 ...] [--train]

``--train`` first retrains the net on the training sets (needs JAX:
``pip install "jax[cpu]" optax``; about ten minutes on two cores) and evaluates that one
without writing it; otherwise the shipped ``flagnet.npz`` is evaluated.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parents[1]


def load(path: Path) -> tuple[list[str], np.ndarray]:
    """Texts and kinds (RF red flag, NM near-miss, Q question or off-topic)."""
    data = yaml.safe_load(path.read_text("utf-8"))
    flags = data["red_flags"]
    flags = [t for v in flags.values() for t in v or ()] if isinstance(flags, dict) else flags
    kinds = {"RF": flags, "NM": data.get("near_misses") or ()}
    kinds["Q"] = [t for v in (data.get("questions") or {}).values() for t in v or ()]
    kinds["Q"] += data.get("off_topic") or []
    texts = [str(t) for k in ("RF", "NM", "Q") for t in kinds[k]]
    return texts, np.array([k for k in ("RF", "NM", "Q") for _ in kinds[k]])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="+", default=["heldout_v31"])
    parser.add_argument("--train", action="store_true", help="retrain the net first")
    args = parser.parse_args()

    from hfs.assistant import build_engine, flagnet
    from hfs.assistant.classifier import load_training
    from hfs.assistant.embedding import MiniLMEmbedder
    from hfs.assistant.matcher import neutralise, pieces
    from hfs.assistant.redflags import SIGN_DESCRIPTIONS

    engine = build_engine(spanish=False)
    matcher = engine.matcher
    if args.train:
        net = flagnet.fit(matcher, load_training(), SIGN_DESCRIPTIONS)
    else:
        net = flagnet.load(flagnet.checkpoint()[0])
        if net is None:
            raise SystemExit("no flagnet.npz: run with --train")
    tuned = MiniLMEmbedder(flag_net=net)
    lr = matcher.classifiers.flags
    for name in args.sets:
        texts, kinds = load(ROOT / "bench" / "data" / f"assistant_nlu_{name}.yaml")
        whole, best, shipped = [], [], []
        for text in texts:
            corrected = matcher.speller.correct(text) if matcher.speller else text
            parts = list(
                dict.fromkeys([neutralise(corrected), *map(neutralise, pieces(corrected))])
            )
            _, p = tuned.embed_scored(parts)
            whole.append(p[0])
            best.append(p.max())
            shipped.append(float(lr.proba(matcher.message_vectors(text))[:, 0].max()))
        print(f"\n{name}: red flags / near-misses / questions reaching the threshold")
        for th in (0.1, 0.3, 0.5, 0.7, 0.9):
            row = []
            for label, p in (("net", whole), ("net+pieces", best), ("regression", shipped)):
                p = np.array(p)
                counts = [
                    f"{int((p[kinds == k] >= th).sum())}/{int((kinds == k).sum())}"
                    for k in ("RF", "NM", "Q")
                ]
                row.append(f"{label} {' '.join(counts)}")
            print(f"  {th:.1f}: " + "  |  ".join(row))


if __name__ == "__main__":
    main()
