"""Spanish clinical shorthand, read as the plain words the Spanish screen knows (issue 18,
round 16).

Nurses and family doctors write "post MVD día 6, rinorrea clara unilateral", "herida
retroauricular con eritema y exudado purulento", "POP día 4, paresia facial nueva",
"T 38,5", "disfagia tras TBA". Each chart term is rewritten into the words a patient
would use ("le sale líquido por la nariz", "roja", "pus", "debilidad de la cara",
"fiebre", "dificultad para tragar", "botox"), so the red-flag patterns of
:mod:`hfs.assistant.redflags_es` read a note as they read a patient. The text given is
lower case without accents (:func:`hfs.assistant.redflags_es.standard_es`).

Only unambiguous terms are read: "tb" is left alone (it also means "también" in a text
message), and "disfonía" (a hoarse voice) is not made into a sign.
"""

from __future__ import annotations

import re

#: (a chart term, the plain words). Order matters: longer terms first.
CHART_TERMS_ES: tuple[tuple[str, str], ...] = (
    # the operation and the time after it
    (
        r"post ?(mvd|dmv|descompresion( microvascular)?|cirugia|operacion|quirurgico|intervencion|op)\b",
        "despues de la operacion",
    ),
    (r"\b(postoperatorio|postquirurgico|pop|poq)\b", "despues de la operacion"),
    (r"\b(dmv|dmv)\b", "mvd"),
    (r"\bretroauricular\b", "detras de la oreja"),
    (r"\bherida quirurgica\b", "herida"),
    # the toxin
    (r"\b(toxina botulinica( tipo a)?|tba|bont( ?a)?|bta)\b", "botox"),
    # fluids
    (r"\brinorrea\b", "liquido por la nariz"),
    (r"\botorrea\b", "liquido por el oido"),
    # the wound
    (r"\b(exudado|secrecion|drenaje|supuracion) (purulent[oa]|seropurulent[oa])\b", "pus"),
    (r"\bpurulent[oa]\b", "con pus"),
    (r"\beritematos[oa]\b", "roja"),
    (r"\beritema\b", "roja"),
    (r"\bdehiscencia\b", "se abrio la herida"),
    # nerves and muscles
    # "paresia facial" is a finding; "parálisis facial" alone is also a named condition
    # (a palsy of years, a look-alike asked about), read only as a new finding
    (r"\b(paresia|plejia) facial\b", "debilidad de la cara"),
    (
        r"\bparalisis facial (nueva|de nueva aparicion|postoperatoria|postquirurgica|aguda|brusca|"
        r"subita|tras|desde)\b",
        "debilidad de la cara",
    ),
    (r"\bhemiparesia\b", "debilidad de medio cuerpo"),
    (r"\b(paresia|plejia)\b", "debilidad"),
    (r"\blagoftalmos\b", "el ojo no cierra"),
    (r"\bdisfagia\b", "dificultad para tragar"),
    (r"\bortopnea\b", "falta de aire acostado"),
    (r"\b(disnea|insuficiencia respiratoria|distres respiratorio)\b", "falta de aire"),
    (r"\bdisartria\b", "dificultad para hablar"),
    (r"\bdiplopia\b", "vision doble"),
    (r"\bamaurosis\b", "perdio la vista"),
    (r"\b(hemianopsia|hemianopia)\b", "perdio la mitad de la vista"),
    # sudden loss of a sense: "pérdida brusca de visión", "hipoacusia súbita"
    (
        r"\bperdida (brusca|subita|aguda|repentina|completa|total) de (la )?(vision|agudeza visual|vista)\b",
        "perdio la vista",
    ),
    (
        r"\bperdida (brusca|subita|aguda|repentina|completa|total) de (la )?(audicion|oido)\b",
        "perdio la audicion",
    ),
    (
        r"\b(hipoacusia|sordera) (brusca|subita|aguda|nueva|completa|neurosensorial subita)\b",
        "perdio la audicion",
    ),
    (r"\b(anacusia|cofosis)\b", "perdio la audicion"),
    # the head and the neck
    (
        r"\bcefalea (en trueno|en estallido|explosiva|subita|brusca)\b",
        "dolor de cabeza como un trueno",
    ),
    (r"\b(meningismo|signos meningeos|rigidez nucal)\b", "rigidez de nuca"),
    # a temperature: "T 38,5", "Tª 39", "temp: 38.2", "fiebre 38"
    (
        r"\b(t|ta|temp|temperatura)\s*[:=]?\s*(3[89]|4[01])([.,]\d)?(\s*(oc|c|grados)\b)?(?![.,]?\d)",
        "fiebre",
    ),
    (r"\b(febricula|hipertermia|pirexia)\b", "fiebre"),
)

_COMPILED = tuple((re.compile(term), plain) for term, plain in CHART_TERMS_ES)


def read_chart_es(text: str) -> str:
    """``text`` (lower case, no accents) with its Spanish chart terms in plain words."""
    for pattern, plain in _COMPILED:
        text = pattern.sub(plain, text)
    return text
