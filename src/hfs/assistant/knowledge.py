"""Knowledge topics: vetted, short answers loaded from ``knowledge.yaml``.

Every answer the assistant gives about the condition comes from here, word for word;
nothing is generated. The required topic ids are listed in :data:`REQUIRED_TOPICS`.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from hfs.errors import ConfigError

REQUIRED_TOPICS = (
    "what_is_hfs",
    "causes",
    "risk_factors",
    "symptoms",
    "progression",
    "triggers",
    "diagnosis",
    "mri",
    "electrodiagnostic",
    "botox",
    "medications",
    "mvd_surgery",
    "mvd_risks",
    "mvd_recovery",
    "neuromonitoring",
    "differential",
    "contact",
    "emergency",
    "help",
    "terms",
    "crisis",
    "danger",
    "driving",
    "sleep",
    "pregnancy",
    "pain",
)

REQUIRED_MESSAGES = (
    "welcome",
    "menu_prompt",
    "closed",
    "not_sure",
    "anything_else",
    "back",
    "gave_up",
    "thanks",
    "continue_label",
    "start_over_idle",
    "too_long",
    "date_past",
    "know_answers",
    "know_sent",
    "know_nothing",
    "know_forget",
    "safety_line",
    "crisis_continue",
    "crisis_line",
    "net_stroke",
    "net_after_surgery",
    "net_after_botox",
    "net_headache",
    "net_senses",
    "net_crisis",
    "stopped",
    "stopped_idle",
    "back_first",
)


class Topic(BaseModel):
    """One vetted answer."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    title: str
    text: str = Field(max_length=700)
    more: str = ""
    examples: tuple[str, ...] = Field(min_length=1)
    keywords: tuple[str, ...] = ()
    #: A scenario that walks a person through this topic (``video`` -> ``video_check``):
    #: a question matched to the topic starts it, and the scenario's triggers count as
    #: the topic's examples, so the two never compete in the matcher.
    guide: str | None = None

    @property
    def answer(self) -> str:
        return f"{self.text}\n{self.more}" if self.more else self.text


#: Languages every answer and message is written in ("en" is the main text).
LANGUAGES = ("en", "es")
#: Labels and prompts the engine shows, in a translation's messages (English defaults
#: are the engine's own).
LABEL_MESSAGES = (
    "label_menu",
    "label_contact",
    "label_yes",
    "label_no",
    "asap",
    "reprompt_yesno",
    "reprompt_choice",
    "reprompt_text",
    "reprompt_phone",
    "reprompt_email",
    "reprompt_date",
)


class TopicText(BaseModel):
    """A topic in another language: the same id, its own words."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str
    text: str = Field(max_length=700)
    more: str = ""
    examples: tuple[str, ...] = Field(min_length=1)
    keywords: tuple[str, ...] = ()


class Translation(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    topics: dict[str, TopicText]
    messages: dict[str, str]


class Knowledge(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    contact_phone: str
    contact_phone_international: str
    topics: tuple[Topic, ...]
    messages: dict[str, str]
    #: The Spanish texts (issue 18): every topic and message, same ids.
    es: Translation | None = None

    def in_language(self, lang: str) -> Knowledge:
        """This knowledge with every answer and message in ``lang`` ("en" or "es"); the
        English examples stay as well as the translation's (a multilingual matcher
        uses both)."""
        if lang == "en":
            return self
        tr = getattr(self, lang, None) if lang in LANGUAGES else None
        if tr is None:
            raise ConfigError(f"no knowledge in language {lang!r}")
        topics = tuple(
            t.model_copy(
                update={
                    "title": tr.topics[t.id].title,
                    "text": tr.topics[t.id].text,
                    "more": tr.topics[t.id].more,
                    "examples": tr.topics[t.id].examples,
                    "keywords": tr.topics[t.id].keywords,
                }
            )
            for t in self.topics
        )
        return self.model_copy(update={"topics": topics, "messages": dict(tr.messages), "es": None})

    def topic(self, topic_id: str) -> Topic:
        for t in self.topics:
            if t.id == topic_id:
                return t
        raise ConfigError(f"no knowledge topic {topic_id!r}")

    @property
    def ids(self) -> list[str]:
        return [t.id for t in self.topics]


def load_knowledge(path: str | Path | None = None) -> Knowledge:
    """Read and check the knowledge file (default: the packaged one)."""
    if path is None:
        text = (resources.files("hfs.assistant") / "knowledge.yaml").read_text("utf-8")
        origin = "knowledge.yaml"
    else:
        text, origin = Path(path).read_text("utf-8"), str(path)
    try:
        kb = Knowledge.model_validate(yaml.safe_load(text))
    except (yaml.YAMLError, ValidationError) as exc:
        raise ConfigError(f"{origin}: {' '.join(str(exc).split())[:300]}") from None
    ids = kb.ids
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        raise ConfigError(f"{origin}: duplicate topic ids {sorted(dup)}")
    absent = [m for m in REQUIRED_MESSAGES if m not in kb.messages]
    if absent:
        raise ConfigError(f"{origin}: missing messages {absent}")
    missing = [t for t in REQUIRED_TOPICS if t not in ids]
    if missing:
        raise ConfigError(f"{origin}: missing required topics {missing}")
    for lang in LANGUAGES[1:]:
        tr = getattr(kb, lang)
        if tr is None:
            raise ConfigError(f"{origin}: no {lang!r} section: every answer needs its {lang} text")
        untranslated = [i for i in ids if i not in tr.topics]
        if untranslated:
            raise ConfigError(f"{origin}: topics without their {lang!r} text: {untranslated}")
        unknown = sorted(set(tr.topics) - set(ids))
        if unknown:
            raise ConfigError(f"{origin}: {lang!r} texts for unknown topics {unknown}")
        absent = [m for m in (*kb.messages, *LABEL_MESSAGES) if m not in tr.messages]
        if absent:
            raise ConfigError(f"{origin}: messages without their {lang!r} text: {absent}")
    return kb
