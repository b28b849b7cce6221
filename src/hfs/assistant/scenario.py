"""Scenarios as data: the YAML schema, the loader and the validator.

A scenario is a list of steps; the first step is where it starts. Each step has an
``id`` and a ``kind``:

``say``     show ``text`` (and optional ``topic``), go to ``next``
``ask``     show ``text``, wait for an answer of type ``input`` (choice, yesno, text,
            phone, email, date), validate it, store it in ``save``, go to ``next``;
            after ``max_retries`` failed answers go to ``on_fail``
``branch``  go to the first ``cases[].next`` whose ``when`` matches the saved answers,
            else to ``default``
``begin``   start ``scenario`` as a child; when it ends, continue at ``next``
``action``  ask the shell to do ``action`` (store a contact request, store feedback,
            forget this session), go to ``next``
``end``     optional ``text``; the scenario is over and its parent (if any) resumes

:func:`load_scenarios` reads every ``*.yaml`` in a folder, checks the shape with
pydantic and the graph by hand (duplicate ids, missing targets, unreachable steps,
unknown scenarios, loops that never wait for the person) and raises
:class:`hfs.errors.ConfigError` naming the scenario and the step.
"""

from __future__ import annotations

from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from hfs.errors import ConfigError

INPUT_KINDS = ("choice", "yesno", "text", "phone", "email", "date")
ACTIONS = ("store_contact_request", "store_feedback", "forget_session")


class _Step(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")


class Choice(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    value: str
    label: str
    aliases: tuple[str, ...] = ()
    #: Values of other choices this one stands for when an answer names all of them
    #: ("it started in my eye and now the cheek and mouth go too": eye AND mouth).
    covers: tuple[str, ...] = ()


class SayStep(_Step):
    kind: Literal["say"]
    text: str
    topic: str | None = None
    next: str


class AskStep(_Step):
    kind: Literal["ask"]
    text: str
    input: Literal["choice", "yesno", "text", "phone", "email", "date"]
    save: str
    choices: tuple[Choice, ...] = ()
    optional: bool = False  # text answers: "skip" is accepted
    max_length: int = 500
    max_retries: int = Field(default=2, ge=0, le=5)
    reprompt: str | None = None
    on_fail: str | None = None
    #: Whether a knowledge question typed here is answered (and this question asked
    #: again) instead of being taken as the answer. Default: yes for every input but
    #: ``text``, where the words typed ARE the answer (a reason, a comment); a text step
    #: such as a name sets it to true.
    interrupt: bool | None = None
    #: yes/no questions where "not sure" is a fair answer (stored as "unsure").
    unsure: bool = False
    #: The question asks about the twitch itself (side, parts, course): an answer that
    #: describes the spasm is read as the answer first, and the learned red-flag signal
    #: alone never turns it into an emergency (the patterns still do).
    about_twitch: bool = False
    #: Answers of another kind taken here: ``contact`` (a phone number or e-mail typed
    #: at "how should we contact you?" picks that choice and fills its slot),
    #: ``time`` (a time of day or date in words: "tomorrow after 3").
    infer: Literal["contact", "time"] | None = None
    next: str

    @property
    def answers_questions(self) -> bool:
        return self.input != "text" if self.interrupt is None else self.interrupt

    @field_validator("choices", mode="before")
    @classmethod
    def _choices(cls, value: Any) -> Any:
        # Shorthand: a plain string is a choice whose value is its label in snake case.
        if isinstance(value, list):
            return [
                {"value": "_".join(v.lower().split()), "label": v} if isinstance(v, str) else v
                for v in value
            ]
        return value


class Case(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    when: dict[str, str | list[str]]
    next: str


class BranchStep(_Step):
    kind: Literal["branch"]
    cases: tuple[Case, ...]
    default: str


class BeginStep(_Step):
    kind: Literal["begin"]
    scenario: str
    next: str


class ActionStep(_Step):
    kind: Literal["action"]
    action: Literal["store_contact_request", "store_feedback", "forget_session"]
    next: str


class EndStep(_Step):
    kind: Literal["end"]
    text: str | None = None
    topic: str | None = None
    choices: tuple[str, ...] = ()


Step = Annotated[
    SayStep | AskStep | BranchStep | BeginStep | ActionStep | EndStep,
    Field(discriminator="kind"),
]
STEP_KINDS = ("say", "ask", "branch", "begin", "action", "end")


class ChoiceText(BaseModel):
    """A choice in another language: its label and the words that pick it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    label: str
    aliases: tuple[str, ...] = ()


class StepText(BaseModel):
    """A step's words in another language (ids, inputs and routes stay the scenario's)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str | None = None
    reprompt: str | None = None
    #: an ask: value -> label and aliases; an end: its button labels, in order
    choices: dict[str, ChoiceText] | tuple[str, ...] | None = None


class ScenarioText(BaseModel):
    """A scenario in another language (issue 18): the ``es:`` key of its YAML."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str
    description: str = ""
    triggers: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    steps: dict[str, StepText] = Field(default_factory=dict)


#: The languages every scenario is written in ("en": the scenario's own texts).
LANGUAGES = ("en", "es")


class Scenario(BaseModel):
    """One validated scenario."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    title: str
    description: str = ""
    triggers: tuple[str, ...] = ()  # example phrasings that start it from the idle state
    keywords: tuple[str, ...] = ()  # words that point to it (the matcher's lexical signal)
    steps: tuple[Step, ...] = Field(min_length=1)
    #: The Spanish words of the scenario (required: :func:`validate_translation`).
    es: ScenarioText | None = None

    @property
    def first(self) -> str:
        return self.steps[0].id

    def step(self, step_id: str):
        for s in self.steps:
            if s.id == step_id:
                return s
        raise ConfigError(f"scenario {self.id!r} has no step {step_id!r}")


def _targets(step) -> list[tuple[str, str]]:
    """(field, target) pairs a step can go to."""
    out: list[tuple[str, str]] = []
    if getattr(step, "next", None):
        out.append(("next", step.next))
    if isinstance(step, AskStep) and step.on_fail:
        out.append(("on_fail", step.on_fail))
    if isinstance(step, BranchStep):
        out += [(f"cases[{i}].next", c.next) for i, c in enumerate(step.cases)]
        out.append(("default", step.default))
    return out


def _parse(raw: Any, origin: str) -> Scenario:
    if not isinstance(raw, dict):
        raise ConfigError(f"{origin}: a scenario must be a mapping, got {type(raw).__name__}")
    sid = raw.get("id", "?")
    steps = raw.get("steps")
    if isinstance(steps, list):
        for i, step in enumerate(steps):
            name = step.get("id", f"#{i + 1}") if isinstance(step, dict) else f"#{i + 1}"
            kind = step.get("kind") if isinstance(step, dict) else None
            if kind not in STEP_KINDS:
                raise ConfigError(
                    f"{origin}: scenario {sid!r} step {name!r}: unknown step kind {kind!r} "
                    f"(expected one of {', '.join(STEP_KINDS)})"
                )
    try:
        return Scenario.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = first["loc"]
        where = ""
        if (
            len(loc) >= 2
            and loc[0] == "steps"
            and isinstance(loc[1], int)
            and isinstance(steps, list)
        ):
            step = steps[loc[1]] if loc[1] < len(steps) else {}
            where = f" step {step.get('id', '#' + str(loc[1] + 1))!r}"
            loc = loc[3:] if len(loc) > 2 else ()
        field = ".".join(str(p) for p in loc)
        raise ConfigError(
            f"{origin}: scenario {sid!r}{where}: {field + ': ' if field else ''}{first['msg']}"
        ) from None


def validate_scenario(sc: Scenario, known: Iterable[str] | None = None) -> None:
    """Check a scenario's graph; raise ConfigError naming the step at fault."""
    ids: dict[str, Any] = {}
    for step in sc.steps:
        if step.id in ids:
            raise ConfigError(f"scenario {sc.id!r}: duplicate step id {step.id!r}")
        ids[step.id] = step
    for step in sc.steps:
        for field, target in _targets(step):
            if target not in ids:
                raise ConfigError(
                    f"scenario {sc.id!r} step {step.id!r}: {field} points to missing step {target!r}"
                )
        if isinstance(step, AskStep):
            if step.input == "choice" and not step.choices:
                raise ConfigError(
                    f"scenario {sc.id!r} step {step.id!r}: a choice ask needs choices"
                )
            if step.input != "choice" and step.choices:
                raise ConfigError(
                    f"scenario {sc.id!r} step {step.id!r}: only a choice ask may list choices"
                )
            values = [c.value for c in step.choices]
            if len(set(values)) != len(values):
                raise ConfigError(f"scenario {sc.id!r} step {step.id!r}: duplicate choice values")
        if isinstance(step, BeginStep) and known is not None and step.scenario not in known:
            raise ConfigError(
                f"scenario {sc.id!r} step {step.id!r}: begins unknown scenario {step.scenario!r}"
            )
    # Reachability from the first step.
    seen = {sc.first}
    todo = [sc.first]
    while todo:
        for _, target in _targets(ids[todo.pop()]):
            if target not in seen:
                seen.add(target)
                todo.append(target)
    for step in sc.steps:
        if step.id not in seen:
            raise ConfigError(
                f"scenario {sc.id!r} step {step.id!r}: unreachable from the first step"
            )
    # A loop must pass through an ask (or a begin, which waits in the child), or the
    # engine would spin without ever waiting for the person.
    waits = {s.id for s in sc.steps if isinstance(s, AskStep | BeginStep)}
    state: dict[str, int] = {}

    def visit(node: str) -> None:
        state[node] = 1
        for _, target in _targets(ids[node]):
            if target in waits:
                continue
            if state.get(target) == 1:
                raise ConfigError(
                    f"scenario {sc.id!r} step {target!r}: part of a loop that never asks anything"
                )
            if target not in state:
                visit(target)
        state[node] = 2

    for sid in ids:
        if sid not in state and sid not in waits:
            visit(sid)


def validate_translation(sc: Scenario, lang: str = "es") -> None:
    """Every text of ``sc`` has its ``lang`` text: title, each step's text and reprompt,
    each choice's label, each end's buttons; raise ConfigError naming what is missing."""
    tr = getattr(sc, lang)
    if tr is None:
        raise ConfigError(f"scenario {sc.id!r}: no {lang!r} texts (every scenario needs them)")
    ids = {step.id for step in sc.steps}
    unknown = sorted(set(tr.steps) - ids)
    if unknown:
        raise ConfigError(f"scenario {sc.id!r}: {lang!r} texts for unknown steps {unknown}")
    if sc.triggers and not tr.triggers:
        raise ConfigError(f"scenario {sc.id!r}: no {lang!r} triggers")
    for step in sc.steps:
        own = tr.steps.get(step.id, StepText())
        where = f"scenario {sc.id!r} step {step.id!r}"
        if getattr(step, "text", None) and not own.text:
            raise ConfigError(f"{where}: no {lang!r} text")
        if isinstance(step, AskStep):
            if step.reprompt and not own.reprompt:
                raise ConfigError(f"{where}: no {lang!r} reprompt")
            given = own.choices if isinstance(own.choices, dict) else {}
            missing = [c.value for c in step.choices if c.value not in given]
            if missing:
                raise ConfigError(f"{where}: choices without their {lang!r} label: {missing}")
        if isinstance(step, EndStep) and step.choices:
            given = own.choices if isinstance(own.choices, tuple) else ()
            if len(given) != len(step.choices):
                raise ConfigError(f"{where}: {len(step.choices)} buttons, {len(given)} in {lang!r}")


def in_language(sc: Scenario, lang: str) -> Scenario:
    """``sc`` with every text in ``lang`` (checked by :func:`validate_translation`)."""
    if lang == "en":
        return sc
    tr: ScenarioText = getattr(sc, lang)
    steps = []
    for step in sc.steps:
        own = tr.steps.get(step.id)
        if own is None:
            steps.append(step)
            continue
        update: dict[str, Any] = {}
        if own.text:
            update["text"] = own.text
        if own.reprompt:
            update["reprompt"] = own.reprompt
        if isinstance(step, AskStep) and isinstance(own.choices, dict):
            update["choices"] = tuple(
                c.model_copy(
                    update={
                        "label": own.choices[c.value].label,
                        "aliases": own.choices[c.value].aliases,
                    }
                )
                for c in step.choices
            )
        if isinstance(step, EndStep) and isinstance(own.choices, tuple):
            update["choices"] = own.choices
        steps.append(step.model_copy(update=update))
    return sc.model_copy(
        update={
            "title": tr.title,
            "description": tr.description or sc.description,
            "triggers": tr.triggers,
            "keywords": tr.keywords,
            "steps": tuple(steps),
            "es": None,
        }
    )


def parse_scenarios(
    docs: Iterable[tuple[str, str]], languages: tuple[str, ...] = LANGUAGES
) -> dict[str, Scenario]:
    """Parse and validate scenarios from (origin, YAML text) pairs; each must have its
    texts in every one of ``languages`` (:func:`validate_translation`)."""
    out: dict[str, Scenario] = {}
    for origin, text in docs:
        try:
            raw = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            raise ConfigError(f"{origin}: not valid YAML: {' '.join(str(exc).split())}") from None
        sc = _parse(raw, origin)
        if sc.id in out:
            raise ConfigError(f"{origin}: duplicate scenario id {sc.id!r}")
        out[sc.id] = sc
    for sc in out.values():
        validate_scenario(sc, known=out.keys())
    for required in ("menu", "feedback", "forget_me"):
        if required not in out:
            raise ConfigError(f"the scenario set has no {required!r} scenario")
    for sc in out.values():
        for lang in languages:
            if lang != "en":
                validate_translation(sc, lang)
    return out


def load_scenarios(folder: str | Path | None = None) -> dict[str, Scenario]:
    """Load every ``*.yaml`` scenario from ``folder`` (default: the packaged ones)."""
    if folder is None:
        base = resources.files("hfs.assistant") / "scenarios"
        files = sorted(
            (p for p in base.iterdir() if p.name.endswith(".yaml")), key=lambda p: p.name
        )
        return parse_scenarios((f"scenarios/{p.name}", p.read_text("utf-8")) for p in files)
    path = Path(folder)
    if not path.is_dir():
        raise ConfigError(f"scenario folder {path} does not exist")
    return parse_scenarios((str(p), p.read_text("utf-8")) for p in sorted(path.glob("*.yaml")))
