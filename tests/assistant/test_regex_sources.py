"""No pattern of the screen holds a control character: ``"\\b"`` written in a plain
(not raw) string is a backspace, and the branch it opens can never match. Three such
branches stood unnoticed for rounds (``redflags._GONE_NOW_27``, ``signal_es._ROUTINE_CARE_ES``,
``redflags_es._STROKE_FIGURE_ES``)."""

from __future__ import annotations

import importlib
import re

import pytest

MODULES = [
    "hfs.assistant.redflags",
    "hfs.assistant.redflags_es",
    "hfs.assistant.crisis",
    "hfs.assistant.safetynet",
    "hfs.assistant.signal_es",
    "hfs.assistant.shorthand",
    "hfs.assistant.shorthand_es",
    "hfs.assistant.engine",
]


@pytest.mark.parametrize("name", MODULES)
def test_no_control_characters_in_patterns(name):
    module = importlib.import_module(name)
    bad = [
        attr
        for attr, value in vars(module).items()
        if isinstance(value, re.Pattern)
        and isinstance(value.pattern, str)
        and re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", value.pattern)
    ]
    assert bad == [], f"{name}: {bad}"
