"""Red flags: words that mean "call emergency services now", checked on every message.

Hemifacial spasm is not an emergency; a stroke is. Sudden facial droop or weakness,
slurred speech, weakness or numbness of an arm or leg, a sudden severe headache,
sudden loss of hearing or vision, double vision, confusion or collapse can be signs
of one. :func:`find_red_flag` looks for them anywhere in a message, after
normalisation, and ignores a match that is plainly negated just before it
("no weakness", "I don't have slurred speech").

The patterns are deliberately broad for weakness and droop of the face: facial
WEAKNESS is not a twitch and is never reassured away. Twitch words on their own
("my eye twitches more when I'm tired") never match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from hfs.assistant.text import normalise

_FACE = r"(face|facial|mouth|smile|lip|lips|cheek|side of (my|his|her|their|the) face)"
_WEAK = (
    r"(droop\w*|sag\w*|weak\w*|paraly[sz]\w*|palsy|numb\w*|frozen|dropp\w*|fallen|"
    r"lopsided|wont move|cant move|not moving|doesnt move|stopped moving|gone slack|slack)"
)
_LIMB = r"(arm|arms|leg|legs|hand|hands|limb|limbs|foot)"

#: (name shown in logs and tests, compiled pattern)
RED_FLAGS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        ("facial droop or weakness", rf"\b{_FACE}\b(\s+\w+){{0,5}}\s+{_WEAK}\b"),
        ("facial droop or weakness", rf"\b{_WEAK}\b(\s+\w+){{0,4}}\s+{_FACE}\b"),
        (
            "facial droop or weakness",
            r"\bcant (smile|close my eye|close (one|my) eyes?|move (my|one side of my) face)\b",
        ),
        (
            "facial droop or weakness",
            r"\bhalf (of )?my face\b(\s+\w+){0,3}\s+(wont|cant|doesnt|isnt|is not|stopped)\b",
        ),
        ("slurred speech", r"\b(slurr\w*|garbled)\b"),
        (
            "slurred speech",
            r"\b(cant|cannot|unable to|trouble|difficulty|struggling to|hard to) (speak|talk|speaking|talking|get (my|the) words out)\b",
        ),
        ("slurred speech", r"\bspeech\b(\s+\w+){0,3}\s+(strange|wrong|weird|funny|odd|off|gone)\b"),
        (
            "limb weakness",
            rf"\b{_LIMB}\b(\s+\w+){{0,4}}\s+(weak\w*|numb\w*|heavy|dead|paraly[sz]\w*|wont move|cant move|gave way|useless)\b",
        ),
        (
            "limb weakness",
            rf"\b(weak\w*|numb\w*|paraly[sz]\w*|heavy|tingl\w*)\b(\s+\w+){{0,3}}\s+{_LIMB}\b",
        ),
        (
            "limb weakness",
            rf"\bcant (lift|move|feel|use) (my|his|her|one)( left| right)? {_LIMB}\b",
        ),
        (
            "sudden severe headache",
            r"\b(sudden\w*|worst|severe|thunderclap|explosive|excruciating|terrible|splitting|agoni[sz]ing|horrible)\b(\s+\w+){0,4}\s+headache\b",
        ),
        (
            "sudden severe headache",
            r"\bheadache\b(\s+\w+){0,5}\s+(sudden\w*|worst|ever had|out of nowhere|like a (thunder|bang|hammer))\b",
        ),
        (
            "sudden hearing loss",
            r"\b(sudden\w*|overnight|this morning|today|just)\b(\s+\w+){0,6}\s+(deaf\w*|hearing|cant hear)\b",
        ),
        (
            "sudden hearing loss",
            r"\b(lost|gone|went) (my |the )?(hearing|deaf)\b|\b(went|gone|going) deaf\b",
        ),
        ("sudden hearing loss", r"\bcant hear (anything )?(out of|in|with|from|on) (my|one|the)\b"),
        (
            "sudden vision loss",
            r"\b(sudden\w*|overnight|this morning|today|just)\b(\s+\w+){0,6}\s+(blind\w*|vision|sight|cant see)\b",
        ),
        (
            "sudden vision loss",
            r"\b(lost|losing) (my |the )?(vision|sight)\b|\b(went|gone|going) blind\b|\bdouble vision\b|\bseeing double\b",
        ),
        (
            "sudden vision loss",
            r"\b(vision|sight|eyesight)\b(\s+\w+){0,2}\s+(suddenly|went (dark|black|blurry)|has gone|is gone|gone dark|gone black)\b",
        ),
        (
            "stroke",
            r"\b(having|had|is having|think (i|he|she) (am|is|had|has) having|signs of) a stroke\b|\bmini stroke\b",
        ),
        (
            "confusion or collapse",
            r"\b(passed out|fainted|collapsed|unconscious|cant wake|confused and|suddenly confused|seizure now|having a seizure|having a fit)\b",
        ),
    )
)

_NEGATIONS = frozenset(
    [
        "no",
        "not",
        "never",
        "without",
        "dont",
        "doesnt",
        "didnt",
        "isnt",
        "arent",
        "wasnt",
        "havent",
        "hasnt",
        "nor",
        "none",
    ]
)


@dataclass(frozen=True)
class RedFlag:
    """A red flag found in a message."""

    name: str
    matched: str


def find_red_flag(text: str) -> RedFlag | None:
    """Return the first red flag in ``text``, or None.

    A match is ignored when one of the four words before it is a negation
    ("no", "not", "without", "don't"...), so "no slurred speech" passes while
    "my speech is slurred" does not.
    """
    norm = normalise(text)
    for name, pattern in RED_FLAGS:
        for m in pattern.finditer(norm):
            before = norm[: m.start()].split()[-4:]
            if _NEGATIONS.intersection(before) or m.group(0).split()[0] in _NEGATIONS:
                continue
            return RedFlag(name, m.group(0))
    return None
