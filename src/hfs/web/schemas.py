"""Shared input types for request schemas, and the request models of the clinic's
record types, derived from their one declaration (:mod:`hfs.clinic.records`)."""

from __future__ import annotations

import functools
import re
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, create_model

from hfs.clinic.records import Column, columns
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


class StrictIn(BaseModel):
    """A request body: unknown fields are refused."""

    model_config = ConfigDict(extra="forbid")


def _annotation(col: Column) -> Any:
    if col.choices:
        hint: Any = Literal[col.choices]
    elif col.type is str:
        hint = Text if col.text == "text" else Line
    elif col.type is list:
        item = col.items
        hint = list[Line if item is str else item if item in (int, float) else input_model(item)]
    else:
        hint = col.type
    return hint | None if col.optional else hint


def _field(col: Column) -> Any:
    kw: dict[str, Any] = {}
    if col.min_length is not None:
        kw["min_length"] = col.min_length
    if col.max_length is not None:
        kw["max_length"] = col.max_length
    if col.optional:
        return Field(default=None, **kw)
    if isinstance(col.default, list):
        return Field(default_factory=list, **kw)
    if col.default is not None:
        return Field(default=col.default, **kw)
    return Field(**kw)


@functools.cache
def input_model(cls: type) -> type[StrictIn]:
    """The request model of a record type: its :func:`~hfs.clinic.records.columns`
    (server-set fields such as ``record_id`` left out) with their types, choices as
    literals and length bounds; the record itself checks the rest (ranges, sums, dates)
    when it is made, so out-of-range values answer 400 with its message."""
    fields = {c.name: (_annotation(c), _field(c)) for c in columns(cls)}
    return create_model(f"{cls.__name__}In", __base__=StrictIn, **fields)


__all__ = ["BIDI_CONTROLS", "Line", "StrictIn", "Text", "input_model"]
