"""Experiment: fine-tune MiniLM's top layers for the red-flag signal, beside the shipped one.

The shipped learned red-flag signal (:mod:`hfs.assistant.classifier`, ``flags``) is a
logistic regression over frozen all-MiniLM-L6-v2 sentence vectors. Round after round,
new authors' near-misses ("the leaflet says call 911 if you have trouble swallowing;
I'm swallowing fine") sit close to real reports in that frozen space. This script asks
whether letting the encoder's top layers learn the difference does better, on sets the
training never saw:

- training: every English training set (``hfs/assistant/training/*.yaml``): red flags
  (crisis included) against near-misses (weighted 2), questions and off-topic messages;
- the lower ``6 - layers`` layers stay frozen (their outputs are computed once); the top
  ``layers`` layers, a mean pool and a linear head are trained (AdamW, linear decay);
- evaluation: the named bench sets (default: the burned blind sets EN v15 and v16, in no
  training file), at several thresholds, beside the shipped logistic regression's
  probabilities on the same texts.

It is not part of the assistant: it needs JAX (``pip install "jax[cpu]" optax``, not a
dependency of hfs) and about 15 minutes on two CPU cores. Figures are printed, nothing
is written unless ``--save`` names a file (the trained top layers and head, float32).

    python bench/assistant_flags_finetune.py [--layers 2] [--epochs 8]
        [--sets heldout_v17] [--save weights.npz]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parents[1]
HEADS = 12


def load(paths: list[Path]) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Texts, labels (1: a red flag) and kinds (RF, NM near-miss, Q question/off-topic)."""
    texts: list[str] = []
    labels: list[int] = []
    kinds: list[str] = []

    def add(items, label: int, kind: str) -> None:
        for t in items or ():
            texts.append(str(t))
            labels.append(label)
            kinds.append(kind)

    for path in paths:
        data = yaml.safe_load(path.read_text("utf-8"))
        flags = data["red_flags"]
        add(
            [t for v in flags.values() for t in v or ()] if isinstance(flags, dict) else flags,
            1,
            "RF",
        )
        add(data.get("near_misses"), 0, "NM")
        add([t for v in (data.get("questions") or {}).values() for t in v or ()], 0, "Q")
        add(data.get("off_topic"), 0, "Q")
    return texts, np.array(labels), np.array(kinds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--layers", type=int, default=2, help="top layers to fine-tune")
    parser.add_argument("--epochs", type=int, default=8)
    parser.add_argument("--sets", nargs="+", default=["heldout_v17"])
    parser.add_argument("--save", type=Path, help="write the trained top layers and head here")
    args = parser.parse_args()

    import jax
    import jax.numpy as jnp
    import optax
    from safetensors.numpy import load_file
    from tokenizers import Tokenizer

    from hfs.assistant import default_engine
    from hfs.assistant.classifier import TRAINING_DIR
    from hfs.assistant.embedding import find_model_dir

    model_dir = find_model_dir()
    weights = {
        k: jnp.asarray(v) for k, v in load_file(str(model_dir / "model.safetensors")).items()
    }
    tok = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
    tok.enable_truncation(max_length=96)
    tok.enable_padding(pad_id=0)
    top = args.layers

    x_train, y_train, k_train = load(sorted(Path(TRAINING_DIR).glob("*.yaml")))
    held = {
        name: load([ROOT / "bench" / "data" / f"assistant_nlu_{name}.yaml"]) for name in args.sets
    }
    print(
        f"training texts: {len(x_train)} ({int(y_train.sum())} red flags); fine-tuned layers: {top}"
    )

    def layer_norm(x, g, b):
        mu = x.mean(-1, keepdims=True)
        var = ((x - mu) ** 2).mean(-1, keepdims=True)
        return (x - mu) / jnp.sqrt(var + 1e-12) * g + b

    def layer(p, x, bias):
        b, t, h = x.shape
        d = h // HEADS

        def heads(n):
            return (x @ p[n + ".w"] + p[n + ".b"]).reshape(b, t, HEADS, d).transpose(0, 2, 1, 3)

        q, k, v = heads("q"), heads("k"), heads("v")
        scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(d) + bias
        ctx = (jax.nn.softmax(scores, -1) @ v).transpose(0, 2, 1, 3).reshape(b, t, h)
        x = layer_norm(ctx @ p["ao.w"] + p["ao.b"] + x, p["aln.g"], p["aln.b"])
        ff = jax.nn.gelu(x @ p["i.w"] + p["i.b"], approximate=False) @ p["o.w"] + p["o.b"]
        return layer_norm(ff + x, p["oln.g"], p["oln.b"])

    def layer_params(i: int) -> dict:
        p = f"encoder.layer.{i}."
        a = p + "attention."
        names = {
            "q": a + "self.query", "k": a + "self.key", "v": a + "self.value",
            "ao": a + "output.dense", "i": p + "intermediate.dense", "o": p + "output.dense",
        }  # fmt: skip
        out = {}
        for short, long in names.items():
            out[short + ".w"] = weights[long + ".weight"].T
            out[short + ".b"] = weights[long + ".bias"]
        for short, long in (("aln", a + "output.LayerNorm"), ("oln", p + "output.LayerNorm")):
            out[short + ".g"] = weights[long + ".weight"]
            out[short + ".b"] = weights[long + ".bias"]
        return out

    layers = [layer_params(i) for i in range(6)]
    e = "embeddings."

    @jax.jit
    def frozen(ids, mask):
        t = ids.shape[1]
        x = (
            weights[e + "word_embeddings.weight"][ids]
            + weights[e + "position_embeddings.weight"][:t][None]
            + weights[e + "token_type_embeddings.weight"][0]
        )
        x = layer_norm(x, weights[e + "LayerNorm.weight"], weights[e + "LayerNorm.bias"])
        bias = ((1 - mask) * -1e4)[:, None, None, :]
        for p in layers[: 6 - top]:
            x = layer(p, x, bias)
        return x

    def lower_states(texts: list[str]) -> list[np.ndarray]:
        out: list[np.ndarray] = [np.zeros(0)] * len(texts)
        order = np.argsort([len(t) for t in texts])
        for s in range(0, len(order), 64):
            idx = order[s : s + 64]
            enc = tok.encode_batch([texts[i] for i in idx])
            ids = np.array([x.ids for x in enc])
            mask = np.array([x.attention_mask for x in enc])
            h = np.asarray(frozen(jnp.asarray(ids), jnp.asarray(mask)))
            for j, i in enumerate(idx):
                out[i] = h[j][mask[j] > 0]
        return out

    def pad(items: list[np.ndarray]):
        t = -(-max(len(h) for h in items) // 16) * 16  # few shapes, few recompilations
        x = np.zeros((len(items), t, 384), np.float32)
        m = np.zeros((len(items), t), np.float32)
        for i, h in enumerate(items):
            x[i, : len(h)] = h
            m[i, : len(h)] = 1
        return jnp.asarray(x), jnp.asarray(m)

    t0 = time.perf_counter()
    h_train = lower_states(x_train)
    h_held = {name: lower_states(d[0]) for name, d in held.items()}
    print(f"frozen layers: {time.perf_counter() - t0:.0f} s")

    params = {
        "top": layers[6 - top :],
        "head": {"w": jnp.zeros((384,)), "b": jnp.zeros(()), "s": jnp.asarray(10.0)},
    }

    def forward(params, x, m):
        bias = ((1 - m) * -1e4)[:, None, None, :]
        for p in params["top"]:
            x = layer(p, x, bias)
        pooled = (x * m[..., None]).sum(1) / m.sum(1, keepdims=True)
        pooled = pooled / jnp.linalg.norm(pooled, axis=-1, keepdims=True)
        return pooled @ params["head"]["w"] * params["head"]["s"] + params["head"]["b"]

    def loss(params, x, m, y, w):
        return (w * optax.sigmoid_binary_cross_entropy(forward(params, x, m), y)).sum() / w.sum()

    steps = args.epochs * (len(x_train) // 32 + 1)
    opt = optax.adamw(optax.linear_schedule(3e-5, 0.0, steps), weight_decay=0.01)
    state = opt.init(params)

    @jax.jit
    def step(params, state, x, m, y, w):
        value, grads = jax.value_and_grad(loss)(params, x, m, y, w)
        updates, state = opt.update(grads, state, params)
        return optax.apply_updates(params, updates), state, value

    rng = np.random.default_rng(0)
    weight = np.where(k_train == "NM", 2.0, 1.0)
    t0 = time.perf_counter()
    for epoch in range(args.epochs):
        order = rng.permutation(len(x_train))
        total = 0.0
        for s in range(0, len(order), 32):
            idx = order[s : s + 32]
            x, m = pad([h_train[i] for i in idx])
            y = jnp.asarray(y_train[idx], jnp.float32)
            params, state, value = step(
                params, state, x, m, y, jnp.asarray(weight[idx], jnp.float32)
            )
            total += float(value) * len(idx)
        print(f"epoch {epoch}: loss {total / len(order):.4f} ({time.perf_counter() - t0:.0f} s)")

    predict = jax.jit(forward)
    engine = default_engine()
    for name, (texts, _, kinds) in held.items():
        tuned = np.concatenate(
            [
                np.asarray(jax.nn.sigmoid(predict(params, *pad(h_held[name][s : s + 64]))))
                for s in range(0, len(texts), 64)
            ]
        )
        shipped = np.array(
            [(a.probability if (a := engine.matcher.alarm(t)) else 0.0) for t in texts]
        )
        print(f"\n{name}: red flags / near-miss alarms / question alarms at p >= threshold")
        for th in (0.3, 0.5, 0.7, 0.9):
            row = []
            for label, p in (("fine-tuned", tuned), ("shipped LR", shipped)):
                counts = [
                    f"{int((p[kinds == k] >= th).sum())}/{int((kinds == k).sum())}"
                    for k in ("RF", "NM", "Q")
                ]
                row.append(f"{label} {' '.join(counts)}")
            print(f"  {th:.1f}: " + "   |   ".join(row))

    if args.save is not None:
        flat = {
            f"top{i}.{k}": np.asarray(v, np.float32)
            for i, p in enumerate(params["top"])
            for k, v in p.items()
        }
        flat.update({f"head.{k}": np.asarray(v, np.float32) for k, v in params["head"].items()})
        np.savez_compressed(args.save, **flat)
        print(f"wrote {args.save}")


if __name__ == "__main__":
    main()
