"""Fit the assistant's classifiers and write ``classifier.npz`` and, for the Spanish
matcher, ``classifier_es.npz`` (a maintainer's tool).

    python -m hfs.assistant.train

Run it after changing the intents' examples, answers or keywords, the warning-sign
descriptions, or a training set; a test fails while the shipped file is stale.
"""

from __future__ import annotations

from hfs.assistant import build_engine
from hfs.assistant.bilingual import build_spanish
from hfs.assistant.classifier import (
    MODEL_FILE,
    MODEL_FILE_ES,
    TRAINING_DIR_ES,
    fit,
    load_training,
    save,
)


def main() -> None:
    engine = build_engine(classifiers=False, spanish=False)
    model = fit(engine.matcher, load_training())
    save(model)
    print(f"wrote {MODEL_FILE} ({model.fingerprint[:12]})")
    spanish = build_spanish(engine, classifiers=False)
    model = fit(spanish.matcher, load_training(TRAINING_DIR_ES))
    save(model, MODEL_FILE_ES)
    print(f"wrote {MODEL_FILE_ES} ({model.fingerprint[:12]})")


if __name__ == "__main__":
    main()
