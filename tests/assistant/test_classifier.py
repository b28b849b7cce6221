"""The assistant's classifiers (hfs.assistant.classifier): shipped weights, refitting,
the off-topic class and the red-flag signal, on the real MiniLM matcher."""

from __future__ import annotations

import numpy as np
import pytest

from hfs.assistant import classifier as clf
from hfs.assistant.matcher import Matcher


def test_the_shipped_weights_are_fitted_from_the_current_texts(engine):
    """Changing an example, an answer, a warning-sign description or a training set
    without running ``python -m hfs.assistant.train`` fails here."""
    saved = clf.load()
    assert saved is not None and saved.flags is not None
    assert saved.fingerprint == clf.fingerprint(engine.matcher, clf.load_training())
    assert engine.matcher.classifiers.fingerprint == saved.fingerprint


def test_stale_or_missing_weights_are_refitted(engine, tmp_path):
    (tmp_path / "tiny.yaml").write_text(
        "questions:\n  topic:botox:\n    - jabs in the face, how long till they wear off\n"
        "red_flags:\n  - my arm went dead an hour ago and my words are slurred\n"
        "near_misses:\n  - my eyelid flickers when I am tired\n"
        "off_topic:\n  - what is the weather tomorrow\n",
        "utf-8",
    )
    m = engine.matcher
    fresh = clf.packaged(m, folder=tmp_path, path=tmp_path / "none.npz")
    assert fresh.fingerprint == clf.fingerprint(m, clf.load_training(tmp_path))
    clf.save(fresh, tmp_path / "w.npz")
    again = clf.load(tmp_path / "w.npz")
    assert again.fingerprint == fresh.fingerprint
    assert np.allclose(again.intents.coef, fresh.intents.coef)
    # a file fitted from other texts is not used
    (tmp_path / "tiny.yaml").write_text("questions: {}\nred_flags: []\nnear_misses: []\n", "utf-8")
    other = clf.packaged(m, folder=tmp_path, path=tmp_path / "w.npz")
    assert other.fingerprint != fresh.fingerprint
    assert clf.load(tmp_path / "broken.npz") is None


def test_a_bad_training_file_is_a_config_error(tmp_path):
    from hfs.errors import ConfigError

    (tmp_path / "bad.yaml").write_text("questions: [\n", "utf-8")
    with pytest.raises(ConfigError, match="bad"):
        clf.load_training(tmp_path)
    (tmp_path / "bad.yaml").write_text("just: text\n", "utf-8")
    with pytest.raises(ConfigError, match="needs questions"):
        clf.load_training(tmp_path)


def test_probabilities_are_probabilities(engine):
    m = engine.matcher
    vecs = m._message_vectors("does botox hurt? my friend said it stings")[1]
    p = m.classifiers.intents.proba(vecs)
    assert p.shape == (len(vecs), len(m.intents) + 1)  # every intent and "none of them"
    assert np.allclose(p.sum(axis=1), 1.0, atol=1e-5)
    f = m.classifiers.flags.proba(vecs)
    assert f.shape == (len(vecs), 1) and ((f >= 0) & (f <= 1)).all()


# Off-topic messages in our own words (not the training set's): the assistant says it is
# not sure rather than answer a topic, and raises no alarm.
OFF_TOPIC = [
    "what's the weather like tomorrow",
    "who won the football last night",
    "can you tell me a joke",
    "how do I reset my wifi router",
    "my knee hurts when I run",
    "what time does the supermarket close",
    "help me write a birthday card for my sister",
    "how many calories are in a banana",
    "my cat keeps scratching the sofa",
    "how do I get to the train station",
    "best way to cook rice",
    "my toddler won't sleep through the night",
    "how much is a flight to Spain",
    "I need a plumber",
    "tell me about the history of Rome",
    "how do I lose weight fast",
    "my back is sore from gardening",
    "where can I buy cheap shoes",
    "how do I change a tyre",
    "what's the best phone to buy",
]


def test_off_topic_messages_stay_not_sure(engine):
    answered = [t for t in OFF_TOPIC if engine.matcher.match(t).intent is not None]
    assert len(answered) <= 1, answered
    assert [t for t in OFF_TOPIC if engine.screen(t).flag is not None] == []


def test_the_classifier_lets_a_clear_question_through_that_similarity_finds_weak(engine):
    """Below the similarity threshold, but the classifier is sure: answered."""
    m = engine.matcher
    plain = Matcher(m.intents, m.embedder, speller=m.speller, classifiers=False)
    text = "WHAT WILL IT BE LIKE IN TEN YEARS"
    assert plain.match(text).intent is None
    got = m.match(text)
    assert got.intent == "topic:progression" and got.score < m.threshold, got


@pytest.mark.parametrize(
    "text",
    [
        "dad's talking rubbish and doesn't know where he is, came on this evening",
        "grandma one side no move, arm and leg, started one hour",
        "after my op clear water keeps running from my nose",
    ],
)
def test_the_classifier_finds_reports_no_pattern_knows(engine, text):
    from hfs.assistant.redflags import find_red_flag

    check = engine.screen(text)
    assert check.flag is not None, (text, engine.matcher.alarm(text), find_red_flag(text))


@pytest.mark.parametrize(
    "text",
    [
        # round 31: was "can botox near the eye give you double vision at all?", which the
        # rule of a question of possibility opened by a modal (redflags._modal_question)
        # now quiets by itself; this wording keeps it a test of the classifier's doubt
        "is double vision from botox near the eye a thing at all?",
        # round 23: was "... last month, long gone now", which the rule of an episode
        # over (redflags._episode_over, "last month" + "gone now") now quiets by itself;
        # "a while back" keeps this a test of the classifier's doubt
        "I had a numb cheek after a filling a while back, long gone now",
    ],
)
def test_the_classifiers_doubt_quiets_a_pattern_in_a_general_or_past_message(engine, text):
    from hfs.assistant.redflags import find_red_flag

    check = engine.screen(text)
    assert check.flag is None and check.mention is not None, (text, engine.matcher.alarm(text))
    assert screen_without_alarm_flags(text), find_red_flag(text)


def test_once_long_ago_never_since_is_a_mention(engine):
    """Round 18: this message was the third case of the test above until the refit on
    the burned sets v13 and v14 made the classifier sure of any double vision (0.64, over
    CALM_VETO_PROBABILITY); the rule of round 18 ("once, long ago, never since") now
    quiets it in the patterns themselves."""
    check = engine.screen("years ago I had double vision once after a migraine, never since")
    assert check.flag is None and check.mention is not None


def screen_without_alarm_flags(text: str) -> bool:
    """The patterns alone take it for a report: it is the classifier that quiets it."""
    from hfs.assistant.redflags import screen

    return screen(text).flag is not None


def test_the_spanish_rewrites_are_part_of_the_fingerprint(monkeypatch):
    """Rewrites applied before embedding change every vector: changing them must make
    the shipped weights stale (a fingerprint that ignored them kept old weights)."""
    import re
    from types import SimpleNamespace

    import numpy as np

    from hfs.assistant import bilingual
    from hfs.assistant.classifier import fingerprint

    matcher = SimpleNamespace(
        intents=[], corpus=(None, None, np.ones(2)), alarms=[], speller=bilingual.SpanishVariants()
    )
    before = fingerprint(matcher, [])
    monkeypatch.setattr(
        bilingual, "VARIANTS_ES", (*bilingual.VARIANTS_ES, (re.compile(r"\bcachete\b"), "mejilla"))
    )
    assert fingerprint(matcher, []) != before
    plain = SimpleNamespace(intents=[], corpus=(None, None, np.ones(2)), alarms=[], speller=None)
    assert fingerprint(plain, []) != before
