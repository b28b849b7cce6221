"""The patient assistant: scenarios as data, a pure engine, vetted knowledge.

Build one with :func:`build_engine`; run conversations that persist with
:class:`AssistantService` and a store (:mod:`hfs.storage`). See docs/assistant.md.
"""

from __future__ import annotations

import re
from functools import lru_cache

from hfs.assistant import flagnet
from hfs.assistant.classifier import packaged as packaged_classifiers
from hfs.assistant.embedding import Embedder, MiniLMEmbedder, default_embedder
from hfs.assistant.engine import KEYWORDS, ConversationState, Engine, Reply, Turn
from hfs.assistant.knowledge import Knowledge, load_knowledge
from hfs.assistant.matcher import Intent, Matcher
from hfs.assistant.redflags import SIGN_DESCRIPTIONS, find_red_flag
from hfs.assistant.scenario import Scenario, load_scenarios
from hfs.assistant.service import AssistantService, ChatResult, check_text
from hfs.errors import ConfigError

__all__ = [
    "KEYWORDS",
    "AssistantService",
    "ChatResult",
    "ConversationState",
    "Embedder",
    "Engine",
    "Intent",
    "Knowledge",
    "Matcher",
    "MiniLMEmbedder",
    "Reply",
    "Scenario",
    "Turn",
    "build_engine",
    "build_intents",
    "check_text",
    "default_engine",
    "find_red_flag",
    "load_knowledge",
    "load_scenarios",
]


def build_intents(knowledge: Knowledge, scenarios: dict[str, Scenario]) -> list[Intent]:
    """Intents for the matcher: every topic (title + examples) and every scenario with triggers.

    A scenario that is a topic's ``guide`` is not an intent of its own: its title and
    triggers join the topic's examples (one intent, one answer: the guide).
    """
    guides = {t.guide for t in knowledge.topics if t.guide}
    unknown = guides - set(scenarios)
    if unknown:
        raise ConfigError(f"knowledge.yaml: guide scenarios {sorted(unknown)} do not exist")
    intents = []
    for t in knowledge.topics:
        examples = (t.title, *t.examples)
        keywords = t.keywords
        if t.guide:
            guide = scenarios[t.guide]
            examples += (guide.title, *guide.triggers)
            keywords += tuple(k for k in guide.keywords if k not in keywords)
        intents.append(Intent(f"topic:{t.id}", examples, keywords, _sentences(t.text)))
    intents += [
        Intent(f"scenario:{s.id}", (s.title, *s.triggers), s.keywords)
        for s in scenarios.values()
        if s.triggers and s.id != "menu" and s.id not in guides
    ]
    return intents


def _sentences(text: str) -> tuple[str, ...]:
    parts = re.split(r"(?<=[.!?])\s+", " ".join(text.split()))
    return tuple(p for p in parts if len(p.split()) >= 4)


def build_engine(
    embedder: Embedder | None = None,
    threshold: float | None = None,
    classifiers: bool = True,
    spanish: bool = True,
) -> Engine:
    """The assistant with the packaged scenarios, knowledge and the MiniLM matcher, and
    the packaged classifiers (:func:`hfs.assistant.classifier.packaged`) unless
    ``classifiers`` is False (then the matcher has none: similarity and patterns only).
    ``spanish``: with the Spanish engine attached (:mod:`hfs.assistant.bilingual`; built
    on its first use or by :func:`hfs.assistant.bilingual.warm_up`)."""
    knowledge = load_knowledge()
    scenarios = load_scenarios()
    kwargs = {} if threshold is None else {"threshold": threshold}
    matcher = Matcher(
        build_intents(knowledge, scenarios),
        embedder or (_scored_embedder() if classifiers else default_embedder()),
        alarms=SIGN_DESCRIPTIONS,
        classifiers=False,
        **kwargs,
    )
    if classifiers:
        matcher.classifiers = packaged_classifiers(matcher)
    engine = Engine(scenarios, knowledge, matcher)
    if spanish:
        from hfs.assistant.bilingual import attach_spanish

        attach_spanish(engine, lazy=True, classifiers=classifiers)
    return engine


@lru_cache(maxsize=1)
def _scored_embedder() -> MiniLMEmbedder:
    """The packaged embedder with the fine-tuned red-flag layers when they are up to
    date (:func:`hfs.assistant.flagnet.packaged`), else the plain one. The checkpoint
    is read once for both."""
    base, _ = flagnet.checkpoint()
    net = flagnet.packaged(SIGN_DESCRIPTIONS, base=base)
    return default_embedder() if net is None else MiniLMEmbedder(flag_net=net, weights=base)


@lru_cache(maxsize=1)
def default_engine() -> Engine:
    """The packaged assistant, built once per process (the engine holds no conversation)."""
    return build_engine()
