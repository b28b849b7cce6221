"""Scenario files are validated on load; every error names the scenario and the step."""

from __future__ import annotations

import textwrap

import pytest

from hfs.assistant.scenario import load_scenarios, parse_scenarios
from hfs.errors import ConfigError

BASE = {
    "menu.yaml": """
        id: menu
        title: Menu
        steps:
          - {id: pick, kind: ask, input: choice, save: c, text: Pick, choices: [A, B], next: done}
          - {id: done, kind: end}
    """,
    "feedback.yaml": """
        id: feedback
        title: Feedback
        steps:
          - {id: done, kind: end, text: Thanks}
    """,
    "forget_me.yaml": """
        id: forget_me
        title: Forget
        steps:
          - {id: done, kind: end, text: Gone}
    """,
}


def parse(extra: str):
    docs = [(n, textwrap.dedent(t)) for n, t in BASE.items()]
    docs.append(("bad.yaml", textwrap.dedent(extra)))
    # The graph's checks; the Spanish texts' own are in test_spanish_conversation.py.
    return parse_scenarios(docs, languages=("en",))


def test_packaged_scenarios_load():
    scenarios = load_scenarios()
    for required in (
        "menu",
        "screening",
        "contact_request",
        "feedback",
        "video_check",
        "forget_me",
    ):
        assert required in scenarios


def test_a_valid_scenario_parses():
    sc = parse(
        """
        id: ok
        title: OK
        steps:
          - {id: hello, kind: say, text: Hi, next: q}
          - {id: q, kind: ask, input: yesno, save: a, text: Well, next: b}
          - id: b
            kind: branch
            cases: [{when: {a: "yes"}, next: child}]
            default: done
          - {id: child, kind: begin, scenario: feedback, next: done}
          - {id: done, kind: end}
        """
    )["ok"]
    assert sc.first == "hello"


@pytest.mark.parametrize(
    ("yaml_text", "message"),
    [
        (
            """
            id: s
            title: S
            steps:
              - {id: a, kind: shout, text: Hi, next: b}
              - {id: b, kind: end}
            """,
            "step 'a': unknown step kind 'shout'",
        ),
        (
            """
            id: s
            title: S
            steps:
              - {id: a, kind: say, text: Hi, next: b}
              - {id: b, kind: end}
              - {id: lost, kind: end}
            """,
            "step 'lost': unreachable",
        ),
        (
            """
            id: s
            title: S
            steps:
              - {id: a, kind: say, text: Hi, next: nowhere}
              - {id: b, kind: end}
            """,
            "step 'a': next points to missing step 'nowhere'",
        ),
        (
            """
            id: s
            title: S
            steps:
              - {id: a, kind: say, text: Hi, next: a2}
              - {id: a2, kind: say, text: Hi, next: b}
              - {id: a2, kind: end}
              - {id: b, kind: end}
            """,
            "duplicate step id 'a2'",
        ),
        (
            """
            id: s
            title: S
            steps:
              - {id: a, kind: begin, scenario: nope, next: b}
              - {id: b, kind: end}
            """,
            "step 'a': begins unknown scenario 'nope'",
        ),
        (
            """
            id: s
            title: S
            steps:
              - {id: a, kind: say, text: Hi, next: c}
              - id: c
                kind: branch
                cases: [{when: {x: "1"}, next: a}]
                default: d
              - {id: d, kind: end}
            """,
            "loop that never asks",
        ),
        (
            """
            id: s
            title: S
            steps:
              - {id: a, kind: ask, input: choice, save: x, text: Q, next: b}
              - {id: b, kind: end}
            """,
            "step 'a': a choice ask needs choices",
        ),
        (
            """
            id: s
            title: S
            steps:
              - {id: a, kind: ask, input: colour, save: x, text: Q, next: b}
              - {id: b, kind: end}
            """,
            "step 'a'",
        ),
        (
            """
            id: s
            title: S
            steps:
              - {id: a, kind: ask, input: text, save: x, text: Q, next: b, on_fail: zz}
              - {id: b, kind: end}
            """,
            "step 'a': on_fail points to missing step 'zz'",
        ),
        (
            """
            id: s
            title: S
            steps:
              - {id: a, kind: say, next: b}
              - {id: b, kind: end}
            """,
            "step 'a': text: Field required",
        ),
        ("id: s\ntitle: [unclosed\n", "not valid YAML"),
    ],
)
def test_broken_scenarios_are_config_errors_naming_the_step(yaml_text, message):
    with pytest.raises(ConfigError) as info:
        parse(yaml_text)
    assert message in str(info.value)
    assert "bad.yaml" in str(info.value) or "scenario 's'" in str(info.value)


def test_a_missing_required_scenario_is_an_error(tmp_path):
    (tmp_path / "menu.yaml").write_text(textwrap.dedent(BASE["menu.yaml"]))
    with pytest.raises(ConfigError, match="no 'feedback' scenario"):
        load_scenarios(tmp_path)


def test_no_scenario_text_claims_a_diagnosis():
    import re

    claim = re.compile(
        r"\byou (definitely |probably |likely )?(have|suffer from) (hemifacial|hfs)", re.I
    )
    for sc in load_scenarios().values():
        for step in sc.steps:
            text = getattr(step, "text", None) or ""
            assert not claim.search(text), (sc.id, step.id)


def test_screening_outcomes_name_a_next_step():
    sc = load_scenarios()["screening"]
    outcomes = [s for s in sc.steps if s.kind == "end"]
    assert len(outcomes) >= 6
    for step in outcomes:
        low = step.text.lower()
        assert any(w in low for w in ("doctor", "emergency", "clinic", "neurologist")), step.id
