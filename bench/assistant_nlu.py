"""Benchmark: how well the assistant understands patients' own words.

Prints top-1 intent accuracy on paraphrased questions, red-flag recall and the
false-alarm rate on near-misses.

By default it runs the newest English HELD-OUT set, the highest
bench/data/assistant_nlu_heldout_v<N>.yaml there is (written blind by a new author,
sealed until its one run, its output kept beside it in ``...result.txt``; the burned
sets v4-v11 are training sets (v4-v8 since round 11, v9 since round 13, v10-v11 since
round 15), in src/hfs/assistant/training/, with their
``.result.txt`` files still in bench/data; ``--dev`` runs the set round 6 was tuned on):
colloquial, misspelled, rambling and very short questions, written by someone who saw
only the intent list, its vetted answers and DOMAIN.md; it is in no training file.

``--cv`` gives leave-one-set-out cross-validation figures on the TRAINING sets of the
assistant's classifiers (src/hfs/assistant/training/*.yaml, once benchmark sets
themselves): for each set, the classifiers are fitted on the others and judged on it.
Those figures are honest estimates of how the assistant does on a new author's words;
``--training`` runs the shipped assistant on the training sets themselves (figures
flattered by training, for finding errors only). The fine-tuned red-flag net learned
from every training set, so ``--cv`` reads the regression alone, unless
``--net-folds DIR`` gives it out-of-fold nets (bench/assistant_flagnet_cv.py): then
each left-out set is read with a net that never saw it (round 23).

    python bench/assistant_nlu.py [--cv | --training | --set FILE] [--show-errors]
    python bench/assistant_nlu.py --lang es [--cv | --training | --dev | --set FILE] [--show-errors]

``--lang es`` runs the Spanish assistant (issue 18) on the Spanish HELD-OUT set,
bench/data/assistant_nlu_es_heldout_v9.yaml (run blind once before round 16, burned since:
its figures now are after fixes, NOT blind). Sets v1-v8 are burned (each was run blind once and the rounds after tuned on
its errors' classes): they are training sets of the Spanish classifier now,
src/hfs/assistant/training_es/blind_v1..v8.yaml, with their one runs' output kept in
bench/data/assistant_nlu_es_heldout_v*.result.txt. ``--lang es --cv`` gives the
leave-one-set-out figures on the Spanish training sets (training_es/*.yaml), and
``--dev`` runs the Spanish tuning set src/hfs/assistant/training_es/dev_v1.yaml.
With ``--safety`` each fold refits the Spanish flag and crisis classifiers, which the
screen's Spanish learned signal reads (round 19), so its figures are honest too.
Routing is the Spanish engine's (its matcher over the multilingual embedder; the screen
is the English engine's, which reads both languages). It also prints how many replies come in the session's language: each
question is sent as the first message of a new conversation with no language given,
and every reply text must read as Spanish (:func:`hfs.assistant.language.detect_language`).

A question counts as right when the engine's free-text routing picks its intent:
crisis talk and red flags first (-> topic:crisis, topic:emergency: the patterns and the
learned signals, as the engine screens), a request to be contacted (-> the contact
request), then the matcher; "not sure" counts as wrong. A red flag of the category
``crisis`` counts only with the crisis reply. ``in_step`` answers are typed at the
scenario question they name, through the engine.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from hfs.assistant import default_engine
from hfs.assistant.classifier import (
    TRAINING_DIR,
    TRAINING_DIR_ES,
    TrainingSet,
    fit,
    fit_calm,
    fit_crisis,
    load_training_set,
)
from hfs.errors import ConfigError

DATA = Path(__file__).parent / "data"


def newest_heldout() -> Path | None:
    """The English held-out set with the highest version number in bench/data."""
    found = [
        (int(m.group(1)), p)
        for p in DATA.glob("assistant_nlu_heldout_v*.yaml")
        if (m := re.fullmatch(r"assistant_nlu_heldout_v(\d+)\.yaml", p.name))
    ]
    return max(found)[1] if found else None


DEV = DATA / "assistant_nlu_dev_v5.yaml"
HELDOUT_ES = DATA / "assistant_nlu_es_heldout_v9.yaml"
DEV_ES = TRAINING_DIR_ES / "dev_v1.yaml"


def fit_flags(matcher, sets: list[TrainingSet]):
    """The red-flag classifier alone, fitted as :func:`hfs.assistant.classifier.fit`
    fits it (warning-sign descriptions and the sets' red flags against the intents'
    texts, questions, near-misses and off-topic messages): ``--cv --safety`` refits only
    this one per fold (a fold in seconds, not minutes; the intent classifier stays the
    shipped one, so top-1 is not a cross-validated figure there)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    from hfs.assistant.classifier import FLAG_C, LinearModel

    def vec(texts):
        if not texts:
            return np.zeros((0, matcher.corpus[0].shape[1]), np.float32)
        return np.stack([matcher.message_vector(t) for t in texts])

    known = {intent.id for intent in matcher.intents}
    vectors = matcher.corpus[0]
    q_vec = vec([q for s in sets for q, i in s.questions if i in known])
    off = vec([t for s in sets for t in s.off_topic])
    r_vec = vec([t for s in sets for t in s.red_flags])
    n_vec = vec([t for s in sets for t in s.near_misses])
    alarms = matcher.alarm_vectors
    if alarms is None:
        alarms = np.zeros((0, vectors.shape[1]), np.float32)
    pos = np.vstack([alarms, r_vec])
    neg = np.vstack([vectors, q_vec, n_vec, off])
    return LinearModel.of(
        LogisticRegression(C=FLAG_C, max_iter=5000).fit(
            np.vstack([pos, neg]), np.r_[np.ones(len(pos)), np.zeros(len(neg))]
        )
    )


def refit_safety(matcher, shipped, sets: list[TrainingSet]):
    """The shipped classifiers with the red-flag, crisis and calm ones refitted on ``sets``
    (``--cv --safety``: the Spanish learned signal reads the crisis one, round 19; the
    English crisis readings both, round 32)."""
    return replace(
        shipped,
        flags=fit_flags(matcher, sets),
        crisis=fit_crisis(matcher, sets),
        calm=fit_calm(matcher, sets),
    )


class FoldNets:
    """The out-of-fold nets of bench/assistant_flagnet_cv.py: each training set's net is
    one that never saw it."""

    def __init__(self, folder: Path, manifest: dict):
        self.folder = folder
        self.files = {name: net["file"] for net in manifest["nets"] for name in net["held_out"]}
        self.current: str | None = None

    def fold_of(self, name: str) -> str:
        if name not in self.files:
            sys.exit(
                f"error: {name} is in no fold of {self.folder}: rerun"
                " bench/assistant_flagnet_cv.py (the training sets changed)"
            )
        return self.files[name]

    def use(self, matcher, name: str) -> None:
        """Give ``matcher`` the net that never saw the set ``name`` (its cache emptied:
        the cached probabilities were another net's)."""
        file = self.fold_of(name)
        if file == self.current:
            return
        from hfs.assistant import flagnet
        from hfs.assistant.embedding import MiniLMEmbedder

        base, _ = flagnet.checkpoint()
        net = flagnet.load(base, self.folder / file)
        if net is None:
            sys.exit(f"error: {self.folder / file} is missing or unreadable")
        matcher.embedder = MiniLMEmbedder(flag_net=net, weights=base)
        matcher.clear_cache()
        self.current = file


def load_fold_nets(folder: Path) -> FoldNets:
    import json

    try:
        manifest = json.loads((folder / "folds.json").read_text("utf-8"))
    except (OSError, ValueError):
        sys.exit(f"error: no folds.json in {folder}: run bench/assistant_flagnet_cv.py first")
    return FoldNets(folder, manifest)


def route(engine, text: str) -> tuple[str | None, float]:
    flag = engine.safety.screen(text).flag
    if flag is not None:
        return ("topic:crisis" if flag.name == "crisis" else "topic:emergency"), 1.0
    if engine.wants_contact(text):  # the engine's rule before the matcher
        return "scenario:contact_request", 1.0
    m = engine.matcher.match(text)
    return m.intent, m.score


@dataclass
class Result:
    name: str
    total: int = 0
    correct: int = 0
    unsure: int = 0
    flags: int = 0
    caught: int = 0
    misses: int = 0
    alarms: int = 0
    #: safety nets (round 11): a red flag answered with the net line for its category
    #: instead of the alarm; a near-miss or a question that got a net
    nets: int = 0
    miss_nets: int = 0
    q_alarms: int = 0
    q_nets: int = 0
    off_topic: int = 0
    off_topic_kept: int = 0
    seconds: float = 0.0
    per_intent: Counter = field(default_factory=Counter)
    per_intent_ok: Counter = field(default_factory=Counter)
    per_category: Counter = field(default_factory=Counter)
    per_category_ok: Counter = field(default_factory=Counter)
    per_category_net: Counter = field(default_factory=Counter)
    steps: int = 0
    steps_ok: int = 0
    replies: int = 0
    replies_in_lang: int = 0
    errors: list = field(default_factory=list)

    def add(self, other: Result) -> None:
        for name in (
            "total",
            "correct",
            "unsure",
            "flags",
            "caught",
            "misses",
            "alarms",
            "nets",
            "miss_nets",
            "q_alarms",
            "q_nets",
            "off_topic",
            "off_topic_kept",
            "seconds",
            "steps",
            "steps_ok",
            "replies",
            "replies_in_lang",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.per_intent.update(other.per_intent)
        self.per_intent_ok.update(other.per_intent_ok)
        self.per_category.update(other.per_category)
        self.per_category_ok.update(other.per_category_ok)
        self.per_category_net.update(other.per_category_net)
        self.errors += other.errors


def load_set(path: Path) -> TrainingSet:
    """A set in the training sets' format (one loader for both), or exit with a line."""
    try:
        return load_training_set(path)
    except ConfigError as exc:
        sys.exit(f"error: {exc}")


def run_set(engine, path: Path, data: TrainingSet) -> Result:
    res = Result(path.name)
    t0 = time.perf_counter()
    for q, intent in data.questions:
        got, score = route(engine, q)
        seen = engine.safety.screen(q)
        if seen.flag is not None:
            res.q_alarms += 1
        elif seen.mention is not None:
            res.q_nets += 1
        res.total += 1
        res.per_intent[intent] += 1
        if got == intent:
            res.correct += 1
            res.per_intent_ok[intent] += 1
        else:
            res.unsure += got is None
            res.errors.append(f"  MISS {intent:28s} -> {got!s:28s} {score:.2f}  {q}")
    res.seconds = time.perf_counter() - t0
    res.flags = len(data.red_flags)
    categories = data.flag_categories or ("",) * len(data.red_flags)
    for t, category in zip(data.red_flags, categories, strict=True):
        seen = engine.safety.screen(t)
        flag = seen.flag
        res.per_category[category] += 1
        # A crisis message must get the crisis reply (988), not only the emergency one.
        if flag is None or ((category == "crisis") != (flag.name == "crisis")):
            got = "nothing" if flag is None else flag.name
            if flag is not None or seen.mention is not None:
                # not the full alarm, but the answer carries a safety line (the net) or
                # the other alarm: "safe" recall counts it, strict recall does not
                res.nets += 1
                res.per_category_net[category] += 1
                got = got if flag is not None else f"a safety net ({seen.mention.name})"
            res.errors.append(f"  RED FLAG MISSED ({category or '-'}; got {got}): {t}")
        else:
            res.caught += 1
            res.per_category_ok[category] += 1
    for at, t, must_flag in data.in_step:
        res.steps += 1
        flagged = at_step(engine, at, t)
        if flagged == must_flag:
            res.steps_ok += 1
        else:
            res.errors.append(f"  IN STEP {at}: {'missed' if must_flag else 'false alarm'}: {t}")
    for t in data.off_topic:
        res.off_topic += 1
        got = engine.matcher.match(t).intent
        if got is None and engine.safety.screen(t).flag is None:
            res.off_topic_kept += 1
        else:
            res.errors.append(f"  OFF-TOPIC ANSWERED as {got}: {t}")
    if engine.lang != "en":
        in_language(engine, data, res)
    res.misses = len(data.near_misses)
    for t in data.near_misses:
        seen = engine.safety.screen(t)
        if seen.flag is not None:
            res.alarms += 1
            res.errors.append(f"  FALSE ALARM: {t}")
        elif seen.mention is not None:
            res.miss_nets += 1
            res.errors.append(f"  NET ON A NEAR-MISS ({seen.mention.name}): {t}")
    return res


def in_language(engine, data: TrainingSet, res: Result) -> None:
    """Every question and red flag as the first message of a new conversation, with no
    language given: each reply must be in the engine's language."""
    from hfs.assistant.language import detect_language

    entry = engine.safety  # the English engine: the entry point that picks the language
    for i, text in enumerate([q for q, _ in data.questions] + list(data.red_flags)):
        start = entry.start(nonce=f"langbench{i:04d}")
        turn = entry.turn(start.state, text)
        for r in turn.replies:
            res.replies += 1
            if detect_language(r.text) == engine.lang:
                res.replies_in_lang += 1
            else:
                res.errors.append(f"  REPLY NOT IN {engine.lang}: {text!r} -> {r.text[:60]!r}")


def at_step(engine, at: str, text: str) -> bool:
    """Whether ``text`` typed at the question ``scenario/step`` gets the emergency (or
    crisis) reply."""
    from hfs.assistant.engine import ConversationState, Frame

    scenario, _, step = at.partition("/")
    state = ConversationState(nonce="benchstep", stack=[Frame(scenario=scenario, step=step)])
    turn = engine.turn(state, text)
    return any(r.topic in ("emergency", "crisis") for r in turn.replies)


def report(res: Result, show_errors: bool, top1_target: float = 0.92) -> None:
    """Print the figures; ``top1_target``: issue 15's 0.92 for English, issue 18's 0.90
    for Spanish."""
    total, flags, misses = max(res.total, 1), max(res.flags, 1), max(res.misses, 1)
    if res.total:  # a set of off-topic messages only has none of these
        print(f"  questions:            {res.total} over {len(res.per_intent)} intents")
        print(
            f"  top-1 accuracy:       {res.correct / total:.3f}  ({res.correct}/{res.total}; target >= {top1_target:.2f})"
        )
        print(f"    of the errors, 'not sure' (below threshold): {res.unsure}")
        print(
            f"  red-flag recall:      {res.caught / flags:.3f}  ({res.caught}/{res.flags}; target 1.0)"
            "  strict: the full alarm (crisis: the crisis reply)"
        )
        safe = res.caught + res.nets
        print(
            f"  red-flag safe recall: {safe / flags:.3f}  ({safe}/{res.flags})"
            "  the alarm or a safety net"
        )
        if len(res.per_category) > 1 or "" not in res.per_category:
            print(
                "    per category (alarm/net/nothing): "
                + ", ".join(
                    f"{c} {res.per_category_ok[c]}/{res.per_category_net[c]}/"
                    f"{n - res.per_category_ok[c] - res.per_category_net[c]}"
                    for c, n in sorted(res.per_category.items())
                )
            )
        print(
            f"  near-miss false alarms: {res.alarms / misses:.3f}  ({res.alarms}/{res.misses}; target <= 0.05)"
        )
        print(
            f"  near-miss safety nets:  {res.miss_nets / misses:.3f}  ({res.miss_nets}/{res.misses})"
        )
        print(
            f"  questions: alarms {res.q_alarms / total:.3f} ({res.q_alarms}/{res.total}),"
            f" safety nets {res.q_nets / total:.3f} ({res.q_nets}/{res.total})"
        )
        if res.steps:
            print(f"  answers in a scenario step read right: {res.steps_ok}/{res.steps}")
        if res.replies:
            print(
                f"  replies in the session's language: {res.replies_in_lang / res.replies:.3f}"
                f"  ({res.replies_in_lang}/{res.replies}; target >= 0.99)"
            )
    if res.off_topic:
        print(
            f"  off-topic kept 'not sure': {res.off_topic_kept / res.off_topic:.3f}"
            f"  ({res.off_topic_kept}/{res.off_topic})"
        )
    if res.total:
        print(f"  routing: {res.seconds / total * 1000:.1f} ms per question (CPU)")
        weakest = sorted(res.per_intent, key=lambda i: res.per_intent_ok[i] / res.per_intent[i])
        print(
            "  weakest intents: "
            + ", ".join(f"{i} {res.per_intent_ok[i]}/{res.per_intent[i]}" for i in weakest[:3])
        )
    if show_errors:
        print("\n".join(res.errors))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    which = parser.add_mutually_exclusive_group()
    parser.add_argument(
        "--no-net",
        action="store_true",
        help="read the regression as the red-flag signal, not the fine-tuned net",
    )
    which.add_argument(
        "--cv",
        action="store_true",
        help="leave-one-set-out cross-validation on the classifiers' training sets",
    )
    which.add_argument(
        "--training",
        action="store_true",
        help="the shipped assistant on its own training sets (flattered; to find errors)",
    )
    which.add_argument("--set", type=Path, help="run this benchmark file")
    which.add_argument(
        "--dev", action="store_true", help="the development set of this round (tuned on)"
    )
    parser.add_argument("--show-errors", action="store_true")
    parser.add_argument(
        "--safety",
        action="store_true",
        help="with --cv: refit only the red-flag classifier per fold (fast; top-1 is then"
        " the shipped intent classifier's, not cross-validated)",
    )
    parser.add_argument(
        "--net-folds",
        type=Path,
        help="with --cv (English): read, for each left-out set, the fine-tuned net of"
        " bench/assistant_flagnet_cv.py that never saw it (its folder)",
    )
    parser.add_argument(
        "--lang", choices=("en", "es"), default="en", help="which assistant and sets (default en)"
    )
    args = parser.parse_args()
    if args.net_folds is not None and not (args.cv and args.lang == "en"):
        sys.exit("error: --net-folds goes with --cv on the English sets")
    fold_nets = load_fold_nets(args.net_folds) if args.net_folds is not None else None
    training = sorted((TRAINING_DIR_ES if args.lang == "es" else TRAINING_DIR).glob("*.yaml"))
    if args.dev:
        args.set = DEV_ES if args.lang == "es" else DEV
    elif args.lang == "es" and args.set is None and not (args.cv or args.training):
        if not HELDOUT_ES.exists():
            sys.exit(
                f"error: no Spanish held-out set yet ({HELDOUT_ES.name}); "
                "use --cv, --dev or --set FILE"
            )
        args.set = HELDOUT_ES
    if not (args.cv or args.training or args.set):
        args.set = newest_heldout()
        if args.set is None:
            sys.exit("error: no English held-out set in bench/data; use --set FILE, --cv or --dev")
    paths = training if (args.cv or args.training) else (args.set,)
    sets = [(p, load_set(p)) for p in paths]

    t0 = time.perf_counter()
    if args.cv or args.no_net:
        # The fine-tuned red-flag net (hfs.assistant.flagnet) was trained on every
        # training set, so cross-validation reads the regression, refitted per fold.
        from hfs.assistant import build_engine
        from hfs.assistant.embedding import default_embedder

        engine = build_engine(embedder=default_embedder())
        if fold_nets is None:
            print("red-flag signal: the regression (the fine-tuned net is not used)")
        else:
            print(f"red-flag signal: the regression and {args.net_folds.name}'s out-of-fold nets")
    else:
        engine = default_engine()
        net = getattr(engine.matcher.embedder, "flag_net", None)
        print(f"red-flag signal: {'the fine-tuned net' if net else 'the regression'}")
    print(f"engine load: {time.perf_counter() - t0:.2f} s")
    if args.lang != "en":
        engine = engine.translations[args.lang]
    shipped = engine.matcher.classifiers
    if args.cv or args.training:
        engine.matcher.cache_size = 100_000  # every training text and its pieces, once
    if args.cv:
        print(f"fitting {len(sets)} folds (every training text is embedded once)...")

    merged = Result("all sets")
    table = []
    top1_target = 0.92 if engine.lang == "en" else 0.90
    try:
        fitted = {}
        if fold_nets is not None:
            # one net per fold, switched as rarely as possible; every fold's classifiers
            # first, while the cache holds the training texts' vectors (the same under
            # every net; a net switch empties it)
            sets.sort(key=lambda item: fold_nets.fold_of(item[1].name))
            for _, data in sets:
                others = [s for _, s in sets if s.name != data.name]
                if args.safety:
                    fitted[data.name] = refit_safety(engine.matcher, shipped, others)
                else:
                    fitted[data.name] = fit(engine.matcher, others)
        for path, data in sets:
            if fold_nets is not None:
                fold_nets.use(engine.matcher, data.name)
            if data.name in fitted:
                engine.matcher.classifiers = fitted[data.name]
                kind = "left-out training set (classifiers fitted on the others, out-of-fold net)"
            elif args.cv and args.safety:
                others = [s for _, s in sets if s.name != data.name]
                engine.matcher.classifiers = refit_safety(engine.matcher, shipped, others)
                kind = "left-out training set (red-flag classifier fitted on the others)"
            elif args.cv:
                others = [s for _, s in sets if s.name != data.name]
                engine.matcher.classifiers = fit(engine.matcher, others)
                kind = "left-out training set (classifiers fitted on the others)"
            elif args.training:
                kind = "TRAINING set (flattered: fitted on it)"
            elif args.set == HELDOUT_ES:
                kind = "Spanish HELD-OUT set"
            elif args.set == newest_heldout():
                kind = "HELD-OUT set"
            else:
                kind = "set"
            res = run_set(engine, path, data)
            print(f"assistant NLU benchmark on the {kind}: {path.name}")
            report(res, args.show_errors, top1_target)
            merged.add(res)
            table.append(res)
    finally:
        engine.matcher.classifiers = shipped
    if len(sets) > 1:
        what = "cross-validated" if args.cv else "training"
        print(f"assistant NLU benchmark, TOTAL over {len(sets)} {what} sets (merged)")
        report(merged, False, top1_target)
        print(
            "\nper set: red flags strict | safe recall | near-miss false alarms | near-miss"
            " nets | question alarms | question nets"
        )
        for r in [*table, merged]:
            print(
                f"  {r.name:28s} {r.caught:>3}/{r.flags:<3} | {r.caught + r.nets:>3}/{r.flags:<3} |"
                f" {r.alarms:>2}/{r.misses:<3} | {r.miss_nets:>2}/{r.misses:<3} |"
                f" {r.q_alarms:>2}/{r.total:<3} | {r.q_nets:>2}/{r.total:<3}"
            )


if __name__ == "__main__":
    main()
