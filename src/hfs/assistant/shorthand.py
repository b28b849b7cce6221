"""Clinical shorthand, read as plain words by the English red-flag screen (round 15).

Nurses, doctors and carers who work in health care write the way a chart is written:
"POD3 s/p MVD, clear rhinorrhea R nare", "T 38.9, nuchal rigidity, severe HA",
"pt c/o sudden onset severe HA 10/10". The screen's patterns read everyday words, so
:func:`expand` rewrites the abbreviations and terms of :data:`LEXICON` (and the few
that need their case or a number: :data:`_CASED`) into the words a patient would use,
and the screen reads the result. The link to the operation comes from POD ("post-op
day"), s/p ("status post") or "post-op" before the operation's name; to the toxin,
from BoNT, BTX or "post ... injection".

The lexicon is a table, kept in one place: a term on the left, its plain words on the
right. Terms are matched as whole words, case-insensitively (except :data:`_CASED`),
longest first, so "clear rhinorrhea" wins over "rhinorrhea". Add a term by adding a
row; a test reads every row (tests/assistant/test_round15.py). Sources: the standard
abbreviations of English-language clinical notes (e.g. the lists hospitals publish for
their staff, MedlinePlus's glossary); every gloss is in our own words.

A message with none of these terms is returned unchanged (and costs one regular
expression search).
"""

from __future__ import annotations

import re

#: term -> plain words (lower case; matched as whole words, any case).
LEXICON: dict[str, str] = {
    # time after a treatment
    "s/p": "since the",
    "status post": "since the",
    "post-op": "after the operation",
    "postop": "after the operation",
    "post op": "after the operation",
    "post-operative": "after the operation",
    "postoperative": "after the operation",
    "post-procedure": "after the operation",
    "c/o": "complains of",
    "w/": "with",
    "w/o": "without",
    "fwd": "forward",
    "pt": "the patient",
    "pts": "the patient",
    "hx": "history",
    "sx": "symptoms",
    "y/o": "years old",
    "x1 wk": "for a week",
    # treatments
    "bont": "botox",
    "bont-a": "botox",
    "bonta": "botox",
    "btx": "botox",
    "btx-a": "botox",
    "botulinum toxin": "botox",
    "craniotomy": "operation",
    "craniectomy": "operation",
    "retrosigmoid": "operation",
    # the head and the neck
    "h/a": "headache",
    "ha": "headache",
    "cephalgia": "headache",
    "cephalalgia": "headache",
    "thunderclap ha": "sudden severe headache",
    "nuchal rigidity": "stiff neck",
    "meningismus": "stiff neck and headache",
    "neck rigidity": "stiff neck",
    "photophobia": "light hurts my eyes",
    "febrile": "fever",
    "pyrexia": "fever",
    "pyrexial": "fever",
    "emesis": "vomiting",
    "n/v": "nausea and vomiting",
    "loc": "passed out",
    "syncope": "fainted",
    "ams": "confused",
    "altered mental status": "confused",
    # fluid and the wound
    "rhinorrhea": "fluid from the nose",
    "rhinorrhoea": "fluid from the nose",
    "clear rhinorrhea": "clear fluid from the nose",
    "clear rhinorrhoea": "clear fluid from the nose",
    "otorrhea": "fluid from the ear",
    "otorrhoea": "fluid from the ear",
    "clear otorrhea": "clear fluid from the ear",
    "clear otorrhoea": "clear fluid from the ear",
    "csf": "brain fluid",
    "nare": "nostril",
    "nares": "nostrils",
    "erythematous": "red",
    "erythema": "redness",
    "purulent": "pus",
    "purulence": "pus",
    "purulent drainage": "pus draining",
    "purulent discharge": "pus draining",
    "seropurulent": "pus",
    "dehiscence": "wound coming apart",
    "dehisced": "coming apart",
    "wound dehiscence": "wound coming apart",
    "incision site": "wound",
    "surgical site": "wound",
    "fluctuant": "swollen",
    "indurated": "swollen",
    "induration": "swelling",
    # face, voice, swallowing, breathing
    "facial palsy": "facial weakness",
    "facial paresis": "facial weakness",
    "cn vii palsy": "facial weakness",
    "cn7 palsy": "facial weakness",
    "incomplete eye closure": "eye wont close",
    "lagophthalmos": "eye wont close",
    "ptosis": "eyelid drooping",
    "diplopia": "double vision",
    "dysphonia": "voice is weak",
    "dysphagia": "trouble swallowing",
    "odynophagia": "pain swallowing",
    "dyspnea": "short of breath",
    "dyspnoea": "short of breath",
    "sob": "short of breath",
    "dysarthria": "slurred speech",
    "aphasia": "cant speak",
    "hemiparesis": "weakness of one side of the body",
    "generalized weakness": "weak all over",
    "generalised weakness": "weak all over",
    "diffuse weakness": "weak all over",
    "ssnhl": "sudden hearing loss",
    "snhl": "hearing loss",
    "amaurosis": "vision loss",
}

#: Shorthand whose meaning hangs on its case or on a number beside it.
_CASED: tuple[tuple[re.Pattern[str], str], ...] = (
    # post-op day: "POD3", "POD #3", "pod 6", "post-op day 2"
    (re.compile(r"\b(?:POD|pod|Pod)\s*#?\s*(\d{1,2})\b"), r"\1 days after the operation, "),
    (
        re.compile(r"\b(?:post-?op|postop)\s+day\s*#?\s*(\d{1,2})\b", re.I),
        r"\1 days after the operation, ",
    ),
    # a temperature: "T 38.9", "T: 101.5", "Tmax 39", "temp 38.6"
    (
        re.compile(
            r"\b(?:T|Tmax|Temp|temp|TEMP|T max)\s*[:=]?\s*((?:3[89]|4[01])(?:[.,]\d)?|10[0-5](?:[.,]\d)?)\b"
        ),
        r"fever of \1 degrees",
    ),
    # sides: "R nare", "L facial weakness" (only before a part of the body)
    (
        re.compile(
            r"\b([RL])\.?\s+(?=(?:nare|nares|nostril|ear|eye|face|facial|side|cheek|arm|leg|hand|brow|"
            r"forehead|mouth|lip|CN|ptosis)\b)"
        ),
        "SIDE:\\1 ",
    ),
    # pain scores: "10/10", "9/10"
    (re.compile(r"\b(\d{1,2})\s*/\s*10\b"), r"\1 out of 10"),
)
_SIDE = {"SIDE:R": "right", "SIDE:L": "left"}

_LAUGHTER = re.compile(r"\bHA\s*HA|\bHAHA", re.IGNORECASE)
_TERMS = sorted(LEXICON, key=len, reverse=True)
_LEXICON_RE = re.compile(
    r"(?<![\w/-])(" + "|".join(re.escape(t) for t in _TERMS) + r")(?![\w/-])", re.IGNORECASE
)
#: The abbreviations that must be written in capitals to count.
_UPPER_ONLY = frozenset(["ha", "loc", "ams", "sob"])


def _term(m: re.Match[str]) -> str:
    word = m.group(1)
    key = word.lower()
    if key in _UPPER_ONLY and word != word.upper():
        return word  # "ha ha", "sob" (crying), "loc" of a place
    if key == "ha" and _LAUGHTER.search(m.string):
        return word  # "HA HA", "HAHA HA": laughter in capitals
    if key in ("pt", "pts") and word not in ("pt", "Pt", "PT", "pts", "Pts"):
        return word
    return LEXICON[key]


def expand(text: str) -> str:
    """``text`` with the clinical shorthand of :data:`LEXICON` and :data:`_CASED` written
    out in plain words ("s/p MVD POD6, T 38.9" -> "since the mvd 6 days after the
    operation, , fever of 38.9 degrees"); unchanged when it has none."""
    out = read_pidgin(text)  # round 24: "my eye no dey close" (after this function)
    for pattern, repl in _CASED:
        out = pattern.sub(repl, out)
    for code, side in _SIDE.items():
        out = out.replace(code, side)
    return _LEXICON_RE.sub(_term, out)


# ------------------------------------------------------------------ Nigerian Pidgin
#: Round 24 (EN v21): Nigerian Pidgin, read as plain English before the screen. The
#: screen's patterns read "can't move", "won't close", "can't see"; a Pidgin speaker
#: writes "no fit move", "no dey close", "no fit see", "dey blind". Only the grammar
#: words that carry a sign's meaning (ability, negation, the continuous "dey") are
#: rewritten, and only in a message that has a Pidgin marker (:data:`_PIDGIN_MARKER`),
#: so "I am fit" or "the Don" in English stay as they are.
PIDGIN: dict[str, str] = {
    "no fit": "cannot",
    "no go fit": "cannot",
    "no dey": "does not",
    "no de": "does not",
    "dey": "is",
    "don": "has",
    "abeg": "please",
    "wetin": "what",
    "for one side": "on one side",
    "for one ear": "in one ear",
    "for my ear": "in my ear",
    "for one eye": "in one eye",
    "for my eye": "in my eye",
    "with am": "with it",
    "see am": "see it",
    "move am": "move it",
    "close am": "close it",
    "comot": "come out",
    "sabi": "know",
    "pikin": "child",
}
_PIDGIN_MARKER = re.compile(
    r"\b(abeg|dey|wetin|sef|wahala|no fit|comot|pikin|abi|sabi|o jare|oya)\b", re.I
)
_PIDGIN_RE = re.compile(
    r"\b(" + "|".join(re.escape(t) for t in sorted(PIDGIN, key=len, reverse=True)) + r")\b", re.I
)


def read_pidgin(text: str) -> str:
    """``text`` with the Pidgin grammar words of :data:`PIDGIN` in plain English ("my
    eye no dey close" -> "my eye does not close"); unchanged without a Pidgin marker."""
    if not _PIDGIN_MARKER.search(text):
        return text
    return _PIDGIN_RE.sub(lambda m: PIDGIN[m.group(1).lower()], text)
