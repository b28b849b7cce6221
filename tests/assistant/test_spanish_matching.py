"""The Spanish matcher's own classifier (issue 18, round 2): a logistic regression over
the multilingual vectors, fitted on the Spanish tuning sets and shipped in
classifier_es.npz. Wordings here are in no tuning set."""

from __future__ import annotations

import pytest

from hfs.assistant import classifier as clf


@pytest.fixture(scope="module")
def spanish(engine):
    return engine.translations["es"]


def test_the_shipped_spanish_weights_are_fitted_from_the_current_texts(spanish):
    """Changing a Spanish or English example, answer or keyword, or a Spanish tuning set,
    without running ``python -m hfs.assistant.train`` fails here."""
    saved = clf.load(clf.MODEL_FILE_ES)
    assert saved is not None
    sets = clf.load_training(clf.TRAINING_DIR_ES)
    assert saved.fingerprint == clf.fingerprint(spanish.matcher, sets)
    assert spanish.matcher.classifiers.fingerprint == saved.fingerprint
    assert saved.intents.coef.shape[1] == 512  # the multilingual vectors, not MiniLM's


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # no word shared with the danger topic's texts: the shared-word guard alone
        # answered "not sure"
        ("¿esto me puede causar la muerte?", "topic:danger"),
        ("¿de esto se muere uno?", "topic:danger"),
        # "operación" and "nervio" pulled it to the monitoring during the operation
        ("¿qué le hacen a uno en la operación del nervio?", "topic:mvd_surgery"),
    ],
)
def test_spanish_questions_the_similarity_alone_missed(spanish, text, intent):
    assert spanish.matcher.match(text).intent == intent


@pytest.mark.parametrize(
    "text", ["me encanta el béisbol", "tengo hambre", "¿dónde compro zapatos?", "sí", "el martes"]
)
def test_spanish_off_topic_stays_not_sure(spanish, text):
    assert spanish.matcher.match(text).intent is None
