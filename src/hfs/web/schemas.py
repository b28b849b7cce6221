"""Shared input types for request schemas."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CONTROL_OR_NEWLINE = re.compile(r"[\x00-\x1f\x7f]")


def _line(value: str) -> str:
    if _CONTROL_OR_NEWLINE.search(value):
        raise ValueError("must be one line of text without control characters")
    return value


def _text(value: str) -> str:
    if _CONTROL.search(value):
        raise ValueError("must be text without control characters")
    return value


#: One line of text (names, codes, emails): no control characters, no line breaks.
Line = Annotated[str, AfterValidator(_line)]
#: Free text (notes): line breaks and tabs allowed, other control characters not.
Text = Annotated[str, AfterValidator(_text)]
