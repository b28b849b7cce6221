"""Shared input types for request schemas."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator

from hfs.storage.cleantext import BIDI_CONTROLS, clean_line, clean_text

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_CONTROL_OR_NEWLINE = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _line(value: str) -> str:
    if _CONTROL_OR_NEWLINE.search(value):
        raise ValueError("must be one line of text without control characters")
    return clean_line(value)


def _text(value: str) -> str:
    if _CONTROL.search(value):
        raise ValueError("must be text without control characters")
    return clean_text(value)


#: One line of text (names, codes, emails): control characters and line breaks are
#: refused; bidi overrides and invisible format characters are removed
#: (:mod:`hfs.storage.cleantext`: ``BIDI_CONTROLS`` ...).
Line = Annotated[str, AfterValidator(_line)]
#: Free text (notes): line breaks and tabs allowed, other control characters refused;
#: bidi overrides and invisible format characters removed.
Text = Annotated[str, AfterValidator(_text)]

__all__ = ["BIDI_CONTROLS", "Line", "Text"]
