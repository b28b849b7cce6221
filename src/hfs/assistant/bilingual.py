"""The Spanish assistant beside the English one (issue 18).

:func:`attach_spanish` builds a second :class:`~hfs.assistant.engine.Engine` over the
same scenarios and topics in Spanish (the ``es:`` texts of knowledge.yaml and of each
scenario's YAML; the loaders refuse one that lacks them), with a matcher over the
multilingual embedder (:class:`hfs.assistant.multilingual.USEEmbedder`), and hangs it
on the English engine: ``engine.translations["es"]``. The English engine stays the
entry point: each turn goes to the engine of the conversation's language
(:meth:`Engine.language_for`), and the English engine's screen (crisis and red flags
in both languages, :mod:`hfs.assistant.redflags_es`) runs on every message whatever
the language. Topic and scenario ids are the same in both.

Spanish matching: each Spanish intent's examples are its Spanish examples and its
English ones (one vector space), scored like the English matcher, with its own
multinomial logistic regression over the multilingual vectors
(:mod:`hfs.assistant.classifier`), fitted on those texts and the Spanish tuning sets
(``training_es/*.yaml``) and shipped in ``classifier_es.npz``
(``python -m hfs.assistant.train`` writes it). The threshold and
:data:`GUARD_PROBABILITY` were tuned on the tuning sets only.

The Spanish learned signal (round 19): the same file's flag classifier (warning signs
against everything else) and crisis classifier, read by
:meth:`hfs.assistant.engine.Engine._spanish_signal` on a Spanish message no pattern
found anything in, with the thresholds and guards of :mod:`hfs.assistant.signal_es`.
"""

from __future__ import annotations

import dataclasses
import re
import threading

from hfs.assistant.engine import Engine
from hfs.assistant.knowledge import Knowledge
from hfs.assistant.matcher import Intent, Match, Matcher
from hfs.assistant.scenario import Scenario, in_language
from hfs.assistant.text import normalise

#: The Spanish matcher's acceptance threshold (tuned on the Spanish tuning set).
THRESHOLD_ES = 0.55
#: Spanish words too common to tie a message to a topic.
STOPWORDS_ES = frozenset(
    [
        "que",
        "como",
        "cual",
        "cuales",
        "cuando",
        "donde",
        "quien",
        "por",
        "para",
        "con",
        "sin",
        "una",
        "uno",
        "unos",
        "unas",
        "los",
        "las",
        "del",
        "al",
        "el",
        "la",
        "lo",
        "le",
        "les",
        "se",
        "me",
        "mi",
        "mis",
        "su",
        "sus",
        "tu",
        "te",
        "es",
        "son",
        "esta",
        "estan",
        "estoy",
        "esto",
        "eso",
        "este",
        "ese",
        "hay",
        "muy",
        "mas",
        "pero",
        "porque",
        "puedo",
        "puede",
        "pueden",
        "tengo",
        "tiene",
        "tienen",
        "hace",
        "hacer",
        "quiero",
        "quisiera",
        "saber",
        "favor",
        "algo",
        "todo",
        "nada",
        "otra",
        "otro",
        "cosa",
        "cosas",
        "bien",
        "mal",
        "asi",
        "tambien",
        "ya",
        "yo",
        "usted",
    ]
)
#: How many letters of a word must agree with a word of the intent's texts (so
#: "operarme" finds "operacion" and "embarazada" finds "embarazo").
STEM = 5
#: The shared-word guard is waived when the classifier is at least this sure of the best
#: intent (and surer than of "none of them"): "¿me puedo morir de esto?" shares no word
#: with the danger topic's texts, but many tuning wordings like it were labelled so.
GUARD_PROBABILITY = 0.6


#: Spellings and words of a region that the multilingual embedder does not tie to the
#: topics' words (round 13): the silent "h" dropped ("emifacial"), the scan's initials
#: ("RM", "IRM", "RMN"), the twitch called "brinco", a spasm that "se activa". Rewritten
#: before embedding, for the training texts and the messages alike.
VARIANTS_ES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p, re.IGNORECASE), r)
    for p, r in (
        (r"\bh?emi[ -]?facial(es)?\b", "hemifacial"),
        (r"\b(i?rmn?|i\.r\.m\.|r\.m\.)(?=\W|$)", "resonancia magnética"),
        (r"\bbrinc(o|os|ito|itos|quito|quitos)\b", "espasmo"),
        (r"\b(se (me|le|te) )(activa|dispara|alborota)\b", r"\1empeora"),
    )
)


#: A message whose letters are at least this share capitals is read in lower case
#: (round 30). The multilingual embedder is cased, and a grandparent's "ESA OPERACION
#: DETRAS DE LA OREJA COMO ES" lands nowhere near the same words in lower case: on the
#: burned ES v23, 10 of 11 questions in capitals were "not sure" or wrong, and 9 of them
#: were right once lower-cased. (The English embedder is uncased; the screens read
#: normalised, lower-case text already.)
SHOUTING_SHARE = 0.6
#: ... counted only over this many letters or more ("OK", "RM" stay as they are).
SHOUTING_LETTERS = 8


def unshout(text: str) -> str:
    """``text`` in lower case when it is written in capitals, else unchanged."""
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) < SHOUTING_LETTERS:
        return text
    if sum(ch.isupper() for ch in letters) < SHOUTING_SHARE * len(letters):
        return text
    return text.lower()


class SpanishVariants:
    """The Spanish matcher's "speller": a message in capitals lower-cased
    (:func:`unshout`), then :data:`VARIANTS_ES` rewritten to the topics' own words (the
    English matcher repairs typos with :class:`hfs.assistant.spelling.Speller`)."""

    def signature(self) -> list[list[str]]:
        """The rules, for the classifier's fingerprint."""
        shouting = [["unshout", f"{SHOUTING_SHARE}:{SHOUTING_LETTERS}"]]
        return shouting + [[pattern.pattern, repl] for pattern, repl in VARIANTS_ES]

    def correct(self, text: str) -> str:
        text = unshout(text)
        for pattern, repl in VARIANTS_ES:
            text = pattern.sub(repl, text)
        return text


def _stems(text: str) -> set[str]:
    return {w[:STEM] for w in normalise(text).split() if len(w) >= 3 and w not in STOPWORDS_ES}


class SpanishMatcher(Matcher):
    """The matcher over the multilingual embedder, with one more "cannot tell": the
    best intent is accepted only when the message shares a content word (its first
    letters) with that intent's own texts. Without it a short answer out of context
    ("sí", "en la mañana") or a question about something else ("¿qué hora es?") can
    land near some topic in the shared vector space."""

    def __init__(self, intents, *args, **kwargs):
        super().__init__(intents, *args, **kwargs)
        self._stems = {
            i.id: set().union(*(_stems(t) for t in (*i.examples, *i.keywords, *i.passages)))
            for i in intents
        }

    def match(self, text: str) -> Match:
        m = super().match(text)
        sure = m.probability >= GUARD_PROBABILITY and m.probability > m.off_topic
        words = _stems(self.speller.correct(text) if self.speller is not None else text)
        if m.intent is not None and not sure and not (words & self._stems[m.intent]):
            return dataclasses.replace(m, intent=None)
        return m


def spanish_intents(
    english: list[Intent], knowledge_es: Knowledge, scenarios_es: dict[str, Scenario]
) -> list[Intent]:
    """The Spanish intents: the same ids, the Spanish examples before the English ones."""
    from hfs.assistant import build_intents

    spanish = {i.id: i for i in build_intents(knowledge_es, scenarios_es)}
    out = []
    for intent in english:
        es = spanish[intent.id]
        out.append(
            Intent(
                intent.id,
                (*es.examples, *intent.examples),
                (*es.keywords, *intent.keywords),
                es.passages,
            )
        )
    return out


def build_spanish(
    english: Engine, embedder=None, threshold: float = THRESHOLD_ES, classifiers: bool = True
) -> Engine:
    """The Spanish engine for ``english`` (same ids, Spanish texts and matcher, and the
    packaged Spanish classifier unless ``classifiers`` is False)."""
    from hfs.assistant.classifier import MODEL_FILE_ES, TRAINING_DIR_ES, packaged
    from hfs.assistant.multilingual import USEEmbedder

    knowledge_es = english.kb.in_language("es")
    scenarios_es = {k: in_language(v, "es") for k, v in english.scenarios.items()}
    intents = spanish_intents(english.matcher.intents, knowledge_es, scenarios_es)
    matcher = SpanishMatcher(
        intents,
        embedder or USEEmbedder(),
        threshold=threshold,
        classifiers=False,
        speller=SpanishVariants(),
    )
    if classifiers:
        matcher.classifiers = packaged(matcher, TRAINING_DIR_ES, MODEL_FILE_ES)
    spanish = Engine(scenarios_es, knowledge_es, matcher, lang="es")
    spanish.safety = english
    return spanish


class LazyTranslations(dict):
    """``engine.translations`` whose engines are built on first use (the Spanish one
    embeds every Spanish text: seconds that an English-only start need not wait for).
    ``"es" in translations`` is true before it is built."""

    def __init__(self, builders: dict):
        super().__init__()
        self._builders = builders
        self._lock = threading.Lock()

    def __contains__(self, lang) -> bool:
        return lang in self._builders or dict.__contains__(self, lang)

    def __bool__(self) -> bool:
        return bool(self._builders) or dict.__len__(self) > 0

    def __missing__(self, lang):
        builder = self._builders[lang]  # KeyError: no such language
        with self._lock:
            if not dict.__contains__(self, lang):
                self[lang] = builder()
            return dict.__getitem__(self, lang)


def attach_spanish(
    english: Engine, embedder=None, lazy: bool = False, classifiers: bool = True
) -> Engine:
    """Hang the Spanish engine on ``english`` (returned, for chaining); ``lazy``: built
    on the first Spanish turn (or by :func:`warm_up`)."""

    def build() -> Engine:
        return build_spanish(english, embedder, classifiers=classifiers)

    if lazy:
        english.translations = LazyTranslations({"es": build})
    else:
        english.translations["es"] = build()
    return english


def warm_up(engine: Engine) -> None:
    """Build the engines of the other languages now (the web app does it in the
    background after it starts), and load the word frequencies that tell a bare
    message's language (:func:`hfs.assistant.language.warm_up`), the red-flag
    speller's everyday words (:func:`hfs.assistant.redflags.repair`) and the Spanish
    screen's words by sound (round 31: about a second on the first Spanish message)."""
    from hfs.assistant.language import warm_up as warm_up_words
    from hfs.assistant.redflags import repair
    from hfs.assistant.redflags_es import warm_up_es

    warm_up_words()
    repair("warm up")
    warm_up_es()
    for lang in ("es",):
        if lang in engine.translations:
            engine.translations[lang]
