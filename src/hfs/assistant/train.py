"""Fit the assistant's classifiers and write ``classifier.npz`` and, for the Spanish
matcher, ``classifier_es.npz``; retrain the fine-tuned red-flag net (``flagnet.npz``)
when what it was trained on changed (a maintainer's tool).

    python -m hfs.assistant.train [--flagnet]

Run it after changing the intents' examples, answers or keywords, the warning-sign
descriptions, or a training set; a test fails while a shipped file is stale. The net
needs JAX (``make train`` installs it) and about ten minutes; ``--flagnet`` retrains it
even when it is up to date.
"""

from __future__ import annotations

import sys

from hfs.assistant import build_engine, flagnet
from hfs.assistant.bilingual import build_spanish
from hfs.assistant.classifier import (
    MODEL_FILE,
    MODEL_FILE_ES,
    TRAINING_DIR,
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
    sets, alarms = load_training(TRAINING_DIR), engine.matcher.alarms
    base, _ = flagnet.checkpoint()
    saved = flagnet.load(base)
    if (
        "--flagnet" in sys.argv
        or saved is None
        or saved.fingerprint != flagnet.fingerprint(sets, alarms)
    ):
        net = flagnet.fit(engine.matcher, sets, alarms)
        flagnet.save(net, base)
        print(f"wrote {flagnet.MODEL_FILE} ({net.fingerprint[:12]})")
    else:
        print(f"{flagnet.MODEL_FILE.name} is up to date ({saved.fingerprint[:12]})")


if __name__ == "__main__":
    main()
