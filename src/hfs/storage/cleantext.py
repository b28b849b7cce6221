"""Text from the outside world, cleaned before it is stored.

Bidirectional formatting characters (Unicode's Bidi_Control set: the right-to-left
override U+202E and its kin) reorder what is shown after them, so a contact name like
``"Ann \\u202eFER-SFH"`` displays a faked name and reference in the inbox. They are
never needed in names, codes or notes (the text's own letters carry their direction),
so they are removed, as are the C0/C1 control characters (line breaks and tabs are
kept in free text only) and other invisible format characters that only hide or
reorder text (zero-width space, word joiner, BOM). The zero-width joiner/non-joiner
(U+200C/D) stay: scripts such as Persian and Devanagari need them.
"""

from __future__ import annotations

import re
import unicodedata

BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_INVISIBLE = "\u200b\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad"
_LINE = re.compile(f"[\\x00-\\x1f\\x7f-\\x9f{BIDI_CONTROLS}{_INVISIBLE}]")
_TEXT = re.compile(f"[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f{BIDI_CONTROLS}{_INVISIBLE}]")


def clean_line(value: str) -> str:
    """One line (a name, a code): no controls, no bidi or invisible format characters."""
    return unicodedata.normalize("NFC", _LINE.sub("", value))


def clean_text(value: str) -> str:
    """Free text (a reason, a note): as :func:`clean_line`, keeping line breaks and tabs."""
    return unicodedata.normalize("NFC", _TEXT.sub("", value))
