"""The fine-tuned red-flag net (hfs.assistant.flagnet): shipped fresh, stored faithfully,
run inside the embedder's ONNX graph exactly as a plain numpy forward pass computes it,
and read by the matcher as the red-flag signal."""

from __future__ import annotations

import dataclasses
import shutil

import numpy as np
import pytest
import yaml

from hfs.assistant import flagnet
from hfs.assistant.classifier import TRAINING_DIR, load_training
from hfs.assistant.embedding import MiniLMEmbedder, default_embedder
from hfs.assistant.redflags import (
    FLAG_PROBABILITY,
    NET_AGREE_PROBABILITY,
    NET_ALARM_PROBABILITY,
    NET_SAFETY_PROBABILITY,
    SAFETY_PROBABILITY,
    SIGN_DESCRIPTIONS,
    screen,
)


@pytest.fixture(scope="module")
def base():
    return flagnet.checkpoint()


@pytest.fixture(scope="module")
def net(base):
    loaded = flagnet.load(base[0])
    assert loaded is not None, "flagnet.npz is missing: python -m hfs.assistant.train"
    return loaded


def test_the_shipped_net_was_trained_on_the_training_sets_as_they_are(net):
    """Stale weights fail here: retrain with ``python -m hfs.assistant.train`` (JAX)."""
    assert net.fingerprint == flagnet.fingerprint(load_training(), SIGN_DESCRIPTIONS)
    assert flagnet.packaged(SIGN_DESCRIPTIONS) is not None


def test_a_changed_training_set_makes_it_stale_and_the_regression_is_used(tmp_path):
    shutil.copytree(TRAINING_DIR, tmp_path, dirs_exist_ok=True)
    first = sorted(tmp_path.glob("*.yaml"))[0]
    data = yaml.safe_load(first.read_text("utf-8"))
    data["near_misses"].append("my neighbour's parrot has a stiff neck")
    first.write_text(yaml.safe_dump(data), "utf-8")
    assert flagnet.packaged(SIGN_DESCRIPTIONS, folder=tmp_path) is None
    assert flagnet.packaged(SIGN_DESCRIPTIONS, path=tmp_path / "none.npz") is None


def test_int8_storage_keeps_each_weight_within_half_a_step(net, base, tmp_path):
    rng = np.random.default_rng(1)
    layers = tuple(
        {n: v + rng.normal(0, 0.01, v.shape).astype(np.float32) for n, v in layer.items()}
        for layer in net.layers
    )
    other = dataclasses.replace(net, layers=layers, fingerprint="x")
    flagnet.save(other, base[0], tmp_path / "n.npz")
    back = flagnet.load(base[0], tmp_path / "n.npz")
    assert back.fingerprint == "x" and back.first_layer == net.first_layer
    for j, (a, b) in enumerate(zip(layers, back.layers, strict=True)):
        for name, value in a.items():
            if value.ndim == 1:  # biases and norms: kept as float32
                assert np.allclose(b[name], value, atol=1e-6), name
                continue
            delta = value - base[0][f"encoder.layer.{net.first_layer + j}.{name}"]
            step = np.abs(delta).max(axis=1, keepdims=True) / 127
            assert (np.abs(b[name] - value) <= step / 2 + 1e-6).all(), name
    assert np.array_equal(back.w, other.w) and (back.bias, back.scale) == (net.bias, net.scale)


def _numpy_forward(net, base, config, texts):
    """The net by hand: the checkpoint's lower layers, then the trained ones, the mean,
    L2 norm and both heads (exact GELU, as in BERT): [red flag, crisis] per text."""
    from math import erf

    from tokenizers import Tokenizer

    from hfs.assistant.embedding import find_model_dir

    heads = config["num_attention_heads"]
    tok = Tokenizer.from_file(str(find_model_dir() / "tokenizer.json"))
    tok.no_padding()  # the file pads to 128 tokens
    gelu = np.vectorize(lambda v: 0.5 * v * (1 + erf(v / np.sqrt(2))))

    def ln(x, g, b):
        mu = x.mean(-1, keepdims=True)
        return (x - mu) / np.sqrt(((x - mu) ** 2).mean(-1, keepdims=True) + 1e-12) * g + b

    def layer(p, x):
        t, h = x.shape
        d = h // heads

        def lin(v, n):
            return v @ p[n + ".weight"].T + p[n + ".bias"]

        q, k, v = (
            lin(x, f"attention.self.{n}").reshape(t, heads, d).transpose(1, 0, 2)
            for n in ("query", "key", "value")
        )
        s = q @ k.transpose(0, 2, 1) / np.sqrt(d)
        a = np.exp(s - s.max(-1, keepdims=True))
        ctx = ((a / a.sum(-1, keepdims=True)) @ v).transpose(1, 0, 2).reshape(t, h)
        x = ln(
            lin(ctx, "attention.output.dense") + x,
            *(p[f"attention.output.LayerNorm.{n}"] for n in ("weight", "bias")),
        )
        ff = lin(gelu(lin(x, "intermediate.dense")), "output.dense")
        return ln(ff + x, p["output.LayerNorm.weight"], p["output.LayerNorm.bias"])

    out = []
    for text in texts:
        ids = np.array(tok.encode(text).ids)
        e = "embeddings."
        x = (
            base[e + "word_embeddings.weight"][ids]
            + base[e + "position_embeddings.weight"][: len(ids)]
        )
        x = ln(
            x + base[e + "token_type_embeddings.weight"][0],
            base[e + "LayerNorm.weight"],
            base[e + "LayerNorm.bias"],
        )
        for i in range(net.first_layer):
            x = layer({n: base[f"encoder.layer.{i}.{n}"] for n in flagnet.LAYER_PARAMS}, x)
        for p in net.layers:
            x = layer(p, x)
        unit = x.mean(0) / np.linalg.norm(x.mean(0))
        w, b = net.head()
        out.append(1 / (1 + np.exp(-(unit @ w + b))))
    return np.array(out)


def test_the_graph_computes_the_net_as_numpy_does_and_keeps_the_vectors(net, base):
    texts = [
        "since the operation clear water drips from my nose when I bend over",
        "the leaflet says to ring if I cannot swallow. I can swallow fine, just checking",
        "what is hemifacial spasm",
    ]
    expected = _numpy_forward(net, *base, texts)
    plain = default_embedder().embed(texts)
    for fused in (True, False):
        emb = MiniLMEmbedder(flag_net=net)
        if not fused:
            import onnxruntime as ort

            from hfs.assistant.embedding import build_bert_onnx

            model = build_bert_onnx(*base, fused_attention=False, flag_net=net)
            emb._session = ort.InferenceSession(
                model.SerializeToString(), providers=["CPUExecutionProvider"]
            )
        vectors, probs = emb.embed_scored(texts)
        assert np.allclose(probs, expected, atol=1e-4), (fused, probs, expected)
        assert np.allclose(vectors, plain, atol=1e-5)  # the sentence vectors are untouched
    # one at a time (no padding) equals in a batch (padding masked out)
    assert np.allclose([emb.embed_scored([t])[1][0] for t in texts], probs, atol=1e-5)
    assert probs[0] > 0.5 > probs[1] and probs[2] < 0.5  # the sign, the quote, a question


def test_the_matcher_gives_the_nets_probability_beside_the_regressions(engine, net):
    text = "my wound behind the ear has been weeping yellow stuff since yesterday"
    alarm = engine.matcher.alarm(text)
    _, probs = MiniLMEmbedder(flag_net=net).embed_scored([text])
    assert engine.matcher.embedder.flag_net is not None
    assert alarm.net >= probs[0] - 1e-5  # the best over the message and its pieces
    assert alarm.net >= 0.5
    assert alarm.probability == pytest.approx(
        engine.matcher.classifiers.flags.proba(engine.matcher.message_vectors(text))[:, 0].max()
    )


@pytest.mark.parametrize(
    "text",
    [  # training near-misses that the regression alone put over FLAG_PROBABILITY (round 21)
        "I don't think I'll be here much longer today, my lift is outside",
        "my grandmother left letters for us to read after she had passed",
        "counted out my tablets into the weekly organiser before the holiday",
    ],
)
def test_where_no_pattern_matches_the_alarm_needs_the_net_to_agree(engine, text):
    """The gate itself, on the regression's own probability for each message: without
    the net the regression alarms; a net below NET_AGREE_PROBABILITY turns the alarm
    into the safety line, one above it keeps the alarm. (Which side the shipped net
    puts a message moves with each retraining; the gate does not.)"""
    alarm = dataclasses.replace(engine.matcher.alarm(text), probability=0.95)
    alone = screen(text, dataclasses.replace(alarm, net=None))
    assert alone.flag is not None
    doubted = screen(text, dataclasses.replace(alarm, net=NET_AGREE_PROBABILITY - 0.3))
    assert doubted.flag is None and doubted.mention == alone.flag
    agreed = screen(text, dataclasses.replace(alarm, net=NET_AGREE_PROBABILITY + 0.3))
    assert agreed.flag == alone.flag


def test_where_the_regression_is_unsure_the_sure_net_gives_the_safety_line(engine):
    """No pattern, the regression under SAFETY_PROBABILITY: the net at
    NET_SAFETY_PROBABILITY or more gives the safety line, never the alarm; under it,
    nothing (forced probabilities on a real message: the rule, not the weights)."""
    text = "out of nowhere my whole head started throbbing while I was gardening"
    alarm = dataclasses.replace(engine.matcher.alarm(text), probability=SAFETY_PROBABILITY - 0.1)
    sure = screen(text, dataclasses.replace(alarm, net=NET_SAFETY_PROBABILITY + 0.05))
    assert sure.flag is None and sure.mention is not None
    unsure = screen(text, dataclasses.replace(alarm, net=NET_SAFETY_PROBABILITY - 0.3))
    assert unsure.flag is None and unsure.mention is None
    assert screen(text, dataclasses.replace(alarm, net=None)) == unsure


def test_where_the_regression_is_unsure_a_sure_net_raises_the_alarm(engine):
    """Round 23: no pattern, the regression between SAFETY_PROBABILITY and
    FLAG_PROBABILITY: the net from NET_ALARM_PROBABILITY raises the alarm; under it the
    answer carries the safety line (forced probabilities on a real message)."""
    text = "out of nowhere my whole head started throbbing while I was gardening"
    unsure = (SAFETY_PROBABILITY + FLAG_PROBABILITY) / 2
    alarm = dataclasses.replace(engine.matcher.alarm(text), probability=unsure)
    sure = screen(text, dataclasses.replace(alarm, net=NET_ALARM_PROBABILITY + 0.02))
    assert sure.flag is not None
    doubtful = screen(text, dataclasses.replace(alarm, net=NET_ALARM_PROBABILITY - 0.2))
    assert doubtful.flag is None and doubtful.mention == sure.flag
    assert screen(text, dataclasses.replace(alarm, net=None)) == doubtful
