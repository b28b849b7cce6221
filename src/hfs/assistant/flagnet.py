"""The fine-tuned red-flag signal: MiniLM's top layers and a head, trained on patients' words.

The first learned red-flag signal was a logistic regression over frozen all-MiniLM-L6-v2
sentence vectors (:mod:`hfs.assistant.classifier`, ``flags``). In that frozen space a
new author's near-miss ("the leaflet says ring 911 if you cannot swallow; I'm swallowing
fine") sits close to a real report, and twenty rounds of patterns around it did not
reach the next author's wordings. Here the encoder's top ``TOP_LAYERS`` layers are
trained too, with a linear head over their mean-pooled, normalised output, on the same
labelled messages: the warning-sign descriptions and the training sets' red flags
against their near-misses (weighted ``NEAR_MISS_WEIGHT``), questions and off-topic
messages. Run on sets the training never saw (bench/assistant_flags_finetune.py), it
kept about the same recall as the regression with far fewer false alarms
(docs/assistant.md, "The fine-tuned signal").

At run time the layers are a second branch of the embedder's ONNX graph
(:func:`hfs.assistant.embedding.build_bert_onnx`, ``flag_net``): the lower layers run
once for the sentence vector and the signal, and nothing needs PyTorch or JAX.

Training needs JAX (``pip install "jax[cpu]" optax``; ``make train``), about ten
minutes on two CPU cores, and is deterministic for a given machine. The trained layers
ship in ``flagnet.npz`` as int8 differences from the checkpoint's own layers (one scale
per output row: about 3.6 MB instead of 14), with a fingerprint of what they were
trained on; :func:`packaged` returns None (the regression is used, and the log says so)
when the fingerprint does not match, and a test fails while it is stale.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

import numpy as np

from hfs.assistant.classifier import TRAINING_DIR, TrainingSet, load_training
from hfs.errors import ConfigError

log = logging.getLogger(__name__)

VERSION = 3  # 2: a crisis head; 3: without it again (it never acted)
TOP_LAYERS = 2
EPOCHS = 8
BATCH = 32
LEARNING_RATE = 3e-5
NEAR_MISS_WEIGHT = 2.0
TRAIN_TOKENS = 96
SEED = 0
MODEL_FILE = Path(str(files("hfs.assistant") / "flagnet.npz"))
#: The checkpoint's parameter names inside one encoder layer.
LAYER_PARAMS = (
    "attention.self.query.weight",
    "attention.self.query.bias",
    "attention.self.key.weight",
    "attention.self.key.bias",
    "attention.self.value.weight",
    "attention.self.value.bias",
    "attention.output.dense.weight",
    "attention.output.dense.bias",
    "attention.output.LayerNorm.weight",
    "attention.output.LayerNorm.bias",
    "intermediate.dense.weight",
    "intermediate.dense.bias",
    "output.dense.weight",
    "output.dense.bias",
    "output.LayerNorm.weight",
    "output.LayerNorm.bias",
)


@dataclass(frozen=True)
class FlagNet:
    """Trained top layers (checkpoint names relative to ``encoder.layer.<i>.``, the
    first of them replacing layer ``first_layer``) and a head over the normalised mean
    of their output: the red-flag probability, sigmoid(scale * (w . pooled) + bias).

    Which reply a sign gets (crisis or emergency) is not the net's: a crisis head fitted
    on its output (round 21) rated a thunderclap headache as crisis talk as highly as
    crisis talk itself, and was removed in round 23."""

    layers: tuple[dict[str, np.ndarray], ...]
    first_layer: int
    w: np.ndarray
    bias: float
    scale: float
    fingerprint: str

    def head(self) -> tuple[np.ndarray, float]:
        """The red-flag head as one weight vector and bias: sigmoid(pooled @ w + b)."""
        return (self.w * self.scale).astype(np.float32), float(self.bias)


def training_data(
    sets: Sequence[TrainingSet], alarms: Sequence[str]
) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Texts, labels (1: a warning-sign report) and weights: the descriptions and the
    sets' red flags against their near-misses, questions and off-topic messages."""
    texts: list[str] = []
    labels: list[float] = []
    weights: list[float] = []

    def add(items, label: float, weight: float = 1.0) -> None:
        for t in items:
            texts.append(str(t))
            labels.append(label)
            weights.append(weight)

    add(alarms, 1.0)
    for s in sets:
        add(s.red_flags, 1.0)
        add(s.near_misses, 0.0, NEAR_MISS_WEIGHT)
        add([q for q, _ in s.questions], 0.0)
        add(s.off_topic, 0.0)
    return texts, np.array(labels, np.float32), np.array(weights, np.float32)


def fingerprint(sets: Sequence[TrainingSet], alarms: Sequence[str]) -> str:
    """What the trained layers depend on: settings and every text with its label."""
    texts, labels, weights = training_data(sets, alarms)
    parts = {
        "version": VERSION,
        "settings": [
            TOP_LAYERS,
            EPOCHS,
            BATCH,
            LEARNING_RATE,
            NEAR_MISS_WEIGHT,
            TRAIN_TOKENS,
        ],
        "seed": SEED,
        "texts": texts,
        "labels": labels.tolist(),
        "weights": weights.tolist(),
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


def checkpoint() -> tuple[dict[str, np.ndarray], dict]:
    """The packaged MiniLM checkpoint's weights and config."""
    from safetensors.numpy import load_file

    from hfs.assistant.embedding import find_model_dir

    path = find_model_dir()
    return load_file(str(path / "model.safetensors")), json.loads(
        (path / "config.json").read_text()
    )


def save(net: FlagNet, base: dict[str, np.ndarray], path: Path = MODEL_FILE) -> None:
    """Write ``net`` as int8 differences from the checkpoint ``base`` (one scale per
    output row; vectors as float32)."""
    arrays: dict[str, np.ndarray] = {
        "fingerprint": np.array(net.fingerprint),
        "first_layer": np.array(net.first_layer),
        "head": np.array([net.bias, net.scale], np.float32),
        "head_w": net.w.astype(np.float32),
    }
    for j, layer in enumerate(net.layers):
        for name in LAYER_PARAMS:
            value = layer[name].astype(np.float32)
            delta = value - base[f"encoder.layer.{net.first_layer + j}.{name}"]
            key = f"{j}.{name}"
            if value.ndim == 2:
                scale = np.abs(delta).max(axis=1) / 127.0
                scale[scale == 0] = 1.0
                arrays[key + ".q"] = np.round(delta / scale[:, None]).astype(np.int8)
                arrays[key + ".s"] = scale.astype(np.float32)
            else:
                arrays[key] = delta
    tmp = path.with_suffix(".tmp.npz")
    np.savez_compressed(tmp, **arrays)
    tmp.replace(path)


def load(base: dict[str, np.ndarray], path: Path = MODEL_FILE) -> FlagNet | None:
    """The saved net on top of the checkpoint ``base``, or None without a readable file."""
    try:
        with np.load(path) as z:
            first = int(z["first_layer"])
            count = 1 + max(int(k.split(".", 1)[0]) for k in z.files if k[0].isdigit())
            layers = []
            for j in range(count):
                layer = {}
                for name in LAYER_PARAMS:
                    b = base[f"encoder.layer.{first + j}.{name}"].astype(np.float32)
                    key = f"{j}.{name}"
                    if key + ".q" in z:
                        delta = z[key + ".q"].astype(np.float32) * z[key + ".s"][:, None]
                    else:
                        delta = z[key]
                    layer[name] = b + delta
                layers.append(layer)
            bias, scale = (float(v) for v in z["head"])
            return FlagNet(
                tuple(layers), first, z["head_w"].astype(np.float32), bias, scale,
                str(z["fingerprint"]),
            )  # fmt: skip
    except (OSError, KeyError, ValueError):
        return None


def packaged(
    alarms: Sequence[str],
    folder: Path = TRAINING_DIR,
    path: Path = MODEL_FILE,
    base: dict[str, np.ndarray] | None = None,
) -> FlagNet | None:
    """The shipped net when it was trained on exactly these texts, else None (logged:
    the caller falls back to the regression; ``make train`` retrains it). ``base``: the
    checkpoint's weights when the caller has read them (:func:`checkpoint`)."""
    if not path.is_file():
        log.warning("%s is missing: the red-flag signal is the regression's", path.name)
        return None
    if base is None:
        base, _ = checkpoint()
    net = load(base, path)
    if net is None or net.fingerprint != fingerprint(load_training(folder), alarms):
        log.warning("%s is stale: the red-flag signal is the regression's", path.name)
        return None
    return net


def train(
    texts: list[str],
    labels: np.ndarray,
    weights: np.ndarray,
    prepare=lambda t: t,
    progress=print,
    epochs: int = EPOCHS,
) -> tuple[FlagNet, dict[str, np.ndarray]]:
    """Fine-tune the top layers and the head (JAX, AdamW with a linear decay). Returns
    the net (its fingerprint empty: the caller sets it) and the checkpoint's weights.
    ``prepare``: what the matcher does to a message before embedding it."""
    try:
        import jax
        import jax.numpy as jnp
        import optax
    except ImportError as exc:
        raise ConfigError(
            "training the red-flag net needs JAX: pip install 'jax[cpu]' optax (make train)"
        ) from exc
    from tokenizers import Tokenizer

    from hfs.assistant.embedding import find_model_dir

    base, config = checkpoint()
    n_layers = int(config["num_hidden_layers"])
    heads = int(config["num_attention_heads"])
    eps = float(config.get("layer_norm_eps", 1e-12))
    first = n_layers - TOP_LAYERS
    w = {k: jnp.asarray(v) for k, v in base.items()}
    tok = Tokenizer.from_file(str(find_model_dir() / "tokenizer.json"))
    tok.enable_truncation(max_length=TRAIN_TOKENS)
    tok.enable_padding(pad_id=0)

    def layer_norm(x, g, b):
        mu = x.mean(-1, keepdims=True)
        var = ((x - mu) ** 2).mean(-1, keepdims=True)
        return (x - mu) / jnp.sqrt(var + eps) * g + b

    def layer(p, x, bias):
        b, t, h = x.shape
        d = h // heads

        def lin(x, n):
            return x @ p[n + ".weight"].T + p[n + ".bias"]

        def split(n):
            return lin(x, n).reshape(b, t, heads, d).transpose(0, 2, 1, 3)

        q, k, v = (split(f"attention.self.{n}") for n in ("query", "key", "value"))
        scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(d) + bias
        ctx = (jax.nn.softmax(scores, -1) @ v).transpose(0, 2, 1, 3).reshape(b, t, h)
        a = "attention.output."
        x = layer_norm(
            lin(ctx, a + "dense") + x, p[a + "LayerNorm.weight"], p[a + "LayerNorm.bias"]
        )
        ff = lin(jax.nn.gelu(lin(x, "intermediate.dense"), approximate=False), "output.dense")
        return layer_norm(ff + x, p["output.LayerNorm.weight"], p["output.LayerNorm.bias"])

    def params_of(i: int) -> dict:
        return {n: w[f"encoder.layer.{i}.{n}"] for n in LAYER_PARAMS}

    e = "embeddings."

    @jax.jit
    def frozen(ids, mask):
        t = ids.shape[1]
        x = (
            w[e + "word_embeddings.weight"][ids]
            + w[e + "position_embeddings.weight"][:t][None]
            + w[e + "token_type_embeddings.weight"][0]
        )
        x = layer_norm(x, w[e + "LayerNorm.weight"], w[e + "LayerNorm.bias"])
        bias = ((1 - mask) * -1e4)[:, None, None, :]
        for i in range(first):
            x = layer(params_of(i), x, bias)
        return x

    prepared = [prepare(t) for t in texts]
    states: list[np.ndarray] = [np.zeros(0)] * len(texts)
    order = np.argsort([len(t) for t in prepared])
    for s in range(0, len(order), 64):
        idx = order[s : s + 64]
        enc = tok.encode_batch([prepared[i] for i in idx])
        ids = np.array([x.ids for x in enc])
        mask = np.array([x.attention_mask for x in enc])
        h = np.asarray(frozen(jnp.asarray(ids), jnp.asarray(mask)))
        for j, i in enumerate(idx):
            states[i] = h[j][mask[j] > 0]

    def pad(items: list[np.ndarray]):
        t = -(-max(len(h) for h in items) // 16) * 16  # few shapes, few recompilations
        x = np.zeros((len(items), t, h_dim), np.float32)
        m = np.zeros((len(items), t), np.float32)
        for i, h in enumerate(items):
            x[i, : len(h)] = h
            m[i, : len(h)] = 1
        return jnp.asarray(x), jnp.asarray(m)

    h_dim = int(config["hidden_size"])
    params = {
        "top": [params_of(i) for i in range(first, n_layers)],
        "head": {"w": jnp.zeros((h_dim,)), "b": jnp.zeros(()), "s": jnp.asarray(10.0)},
    }

    def pool(params, x, m):
        bias = ((1 - m) * -1e4)[:, None, None, :]
        for p in params["top"]:
            x = layer(p, x, bias)
        pooled = (x * m[..., None]).sum(1) / m.sum(1, keepdims=True)
        return pooled / jnp.linalg.norm(pooled, axis=-1, keepdims=True)

    def forward(params, x, m):
        return pool(params, x, m) @ params["head"]["w"] * params["head"]["s"] + params["head"]["b"]

    def loss(params, x, m, y, wt):
        return (wt * optax.sigmoid_binary_cross_entropy(forward(params, x, m), y)).sum() / wt.sum()

    steps = epochs * (len(texts) // BATCH + 1)
    opt = optax.adamw(optax.linear_schedule(LEARNING_RATE, 0.0, steps), weight_decay=0.01)
    state = opt.init(params)

    @jax.jit
    def step(params, state, x, m, y, wt):
        value, grads = jax.value_and_grad(loss)(params, x, m, y, wt)
        updates, state = opt.update(grads, state, params)
        return optax.apply_updates(params, updates), state, value

    rng = np.random.default_rng(SEED)
    for epoch in range(epochs):
        order = rng.permutation(len(texts))
        total = 0.0
        for s in range(0, len(order), BATCH):
            idx = order[s : s + BATCH]
            x, m = pad([states[i] for i in idx])
            y, wt = jnp.asarray(labels[idx]), jnp.asarray(weights[idx])
            params, state, value = step(params, state, x, m, y, wt)
            total += float(value) * len(idx)
        progress(f"epoch {epoch + 1}/{epochs}: loss {total / len(order):.4f}")
    head = params["head"]
    net = FlagNet(
        tuple({n: np.asarray(v, np.float32) for n, v in p.items()} for p in params["top"]),
        first,
        np.asarray(head["w"], np.float32),
        float(head["b"]),
        float(head["s"]),
        "",
    )
    return net, base


def fit(matcher, sets: Sequence[TrainingSet], alarms: Sequence[str], progress=print) -> FlagNet:
    """Train on ``sets`` and ``alarms``, each message prepared as ``matcher`` prepares
    it before embedding (typos repaired, names neutralised), and save nothing."""
    from hfs.assistant.matcher import neutralise

    speller = getattr(matcher, "speller", None)

    def prepare(text: str) -> str:
        return neutralise(speller.correct(text) if speller is not None else text)

    texts, labels, weights = training_data(sets, alarms)
    progress(f"training the red-flag net on {len(texts)} texts ({int(labels.sum())} signs)")
    net, _ = train(texts, labels, weights, prepare=prepare, progress=progress)
    return dataclasses.replace(net, fingerprint=fingerprint(sets, alarms))
