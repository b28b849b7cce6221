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
import threading
import unicodedata

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


# ------------------------------------------------------------ spelling by sound
# Round 17: Spanish written as it sounds. Letters that sound the same are swapped ("erida"
# with no h, "sirugia" s for c, "ynfeccion" y for i, "caveza" v for b, "orrible",
# "e tenido"), and Caribbean speech drops endings ("ta' hablando to' enredao", "no pue'
# mové"). A word is read as the screen's word when the two sound the same (the same
# sound key below); words of three letters or fewer, and words that are themselves
# ordinary Spanish with another sound, are left alone.

#: The words the Spanish screen reads a sign's context from, as they are spelled.
SOUND_WORDS_ES: tuple[str, ...] = (
    "herida", "heridas", "cirugia", "cirujano", "infeccion", "infectada", "infectado",
    "cabeza", "horrible", "horrores", "hablando", "hablar", "habla", "hinchada", "hinchado",
    "hinchazon", "cicatriz", "inyeccion", "inyecciones", "operacion", "operaron", "operada",
    "operado", "vision", "vista", "ciego", "ciega", "oido", "oidos", "sordo", "sorda",
    "vomito", "vomitos", "vomitando", "cuello", "brazo", "brazos", "hormigueo", "hospital",
    "urgencias", "calentura", "cerrar", "cierra", "derecho", "izquierdo",
    "repente", "golpe", "fuerza", "fuerte", "doble", "borrosa", "hace", "hacia", "hoy",
    "ahorcarme", "ahorcarse", "soga", "suicidio", "suicidarme", "matarme", "morirme",
)  # fmt: skip


def sound_key_es(word: str) -> str:
    """How a Spanish ``word`` (lower case, no accents) sounds: h silent, b=v, c/s/z before
    e/i, c=k=qu before a/o/u, g=j before e/i, y=i before a consonant, ll=y, double
    letters once."""
    w = word.replace("ch", "\x01").replace("h", "").replace("\x01", "ch")
    w = w.replace("v", "b").replace("ll", "y").replace("cc", "ks")
    w = re.sub(r"c(?=[ei])", "s", w)
    w = re.sub(r"qu(?=[ei])", "k", w)
    w = w.replace("c", "k").replace("z", "s")
    w = re.sub(r"g(?=[ei])", "j", w)
    w = re.sub(r"y(?![aeiou])", "i", w)
    w = w.replace("ks", "s")
    return re.sub(r"(.)\1+", r"\1", w)


_SOUND_INDEX: dict[str, str] = {}
for _w in SOUND_WORDS_ES:
    _SOUND_INDEX.setdefault(sound_key_es(_w), _w)
#: Ordinary words that share a key with a screen word but mean something else.
_SOUND_EXCEPTIONS = frozenset(["asia", "aseo", "oso", "ola", "olas", "orar", "abla"])
_WORD = re.compile(r"[a-zñ]{4,}")


#: Round 31: a word spelled by sound that is rare or no word at all (Zipf under
#: RARE_ZIPF_ES in Spanish: "fievre" 0, "sierro" 1.75, "voca" 2.17) is read as the
#: commonest Spanish word that sounds the same when that one is at least COMMON_ZIPF_ES
#: and MORE_COMMON_BY more common ("fiebre" 4.23, "cierro" 3.48, "boca" 5.03): the screen's
#: own words above cover only the context words, not "fiebre", "boca" or "cierro" (ES v25:
#: "tengo fievre i el cueyo duro", "se me cae la voca y no sierro el ojo"). Real words,
#: however rare their homophone ("caza" 3.8, "casa" 5.5), stay; so do English words and
#: the words the screen's own patterns spell out ("paresia" 1.68; the caller's ``keep``).
RARE_ZIPF_ES = 2.5
COMMON_ZIPF_ES = 3.0
MORE_COMMON_BY = 1.5
#: How many of wordfreq's commonest Spanish words the sound index holds.
COMMON_WORDS_ES = 60_000
_common_lock = threading.Lock()
_common_index: dict[str, tuple[str, float]] | None = None


def _common_sounds_es() -> dict[str, tuple[str, float]]:
    """Sound key -> (the commonest Spanish word with it, accent-free; its Zipf), built from
    wordfreq's list on first use (about a second)."""
    global _common_index
    with _common_lock:
        if _common_index is None:
            from wordfreq import top_n_list, zipf_frequency

            index: dict[str, tuple[str, float]] = {}
            for word in top_n_list("es", COMMON_WORDS_ES):
                plain = "".join(
                    ch
                    for ch in unicodedata.normalize("NFKD", word)
                    if not unicodedata.combining(ch)
                )
                if _WORD.fullmatch(plain):
                    index.setdefault(sound_key_es(plain), (plain, zipf_frequency(word, "es")))
            _common_index = index
        return _common_index


def warm_up_sounds_es() -> None:
    """Build the index of Spanish words by sound now (:func:`_common_sounds_es`)."""
    _common_sounds_es()


def _respelt_es(word: str, keep: frozenset[str]) -> str:
    """``word`` as the commonest Spanish word of its sound, when it is rare and that one
    common (:data:`RARE_ZIPF_ES`) and it is not one of ``keep``; else ``word``."""
    from wordfreq import zipf_frequency

    own = zipf_frequency(word, "es")
    if own >= RARE_ZIPF_ES or zipf_frequency(word, "en") >= COMMON_ZIPF_ES:
        return word
    if word in keep:
        return word
    found = _common_sounds_es().get(sound_key_es(word))
    if found is None or found[1] < COMMON_ZIPF_ES or found[1] - own < MORE_COMMON_BY:
        return word
    return found[0]


def read_sounds_es(text: str, keep: frozenset[str] | None = None) -> str:
    """``text`` (lower case, no accents) with words spelled by sound read as the screen's
    words ("erida" -> "herida", "caveza" -> "cabeza"), and "e" before a participle read
    as "he" ("e tenido"). With ``keep`` (for a message that holds Spanish), other rare
    words too, as the commonest Spanish word of their sound, except the words in ``keep``
    (:func:`_respelt_es`)."""

    def mend(m: re.Match[str]) -> str:
        w = m.group(0)
        if w in _SOUND_EXCEPTIONS:
            return w
        known = _SOUND_INDEX.get(sound_key_es(w))
        if known is not None:
            return known
        return w if keep is None else _respelt_es(w, keep)

    text = _WORD.sub(mend, text)
    return re.sub(r"\be (?=\w+(ado|ido|ao)\b)", "he ", text)


#: Caribbean speech, its dropped endings: "ta'" (está), "to'" (todo), "pue'" (puede),
#: "enredao" (enredado), "mové" after "puede" (mover), "mi pai" (mi papá).
_ELIDED_ES = {
    "ta": "esta", "tan": "estan", "toy": "estoy", "to": "todo", "toa": "toda", "pue": "puede",
    "pa": "para", "na": "nada", "pai": "papa", "mai": "mama", "ma": "mama",
}  # fmt: skip
_APOSTROPHE = r"['’´`]"
_ELIDED = re.compile(r"\b(" + "|".join(_ELIDED_ES) + r")" + _APOSTROPHE + r"(?!\w)", re.IGNORECASE)
_PAI = re.compile(r"\b(mi|su|tu|el|del) (pai|mai)\b", re.IGNORECASE)
_DROPPED_R = re.compile(
    r"\b(puede|puedo|pueden|podia|podía|quiere|quiero|va a|voy a|al)( \w+)? (\w{2,}[áéí])(?!\w)",
    re.IGNORECASE,
)
_PLAIN = {"á": "a", "é": "e", "í": "i", "Á": "A", "É": "E", "Í": "I"}
_AO = re.compile(r"\b(\w{3,}[^aeiou\W])ao\b", re.IGNORECASE)
_AO_WORDS = frozenset(["bacalao", "cacao", "callao", "sarao"])


def read_elisions_es(text: str) -> str:
    """``text`` (as written, accents kept) with Caribbean dropped endings restored."""
    text = _ELIDED.sub(lambda m: _ELIDED_ES[m.group(1).lower()], text)
    text = _PAI.sub(lambda m: f"{m.group(1)} {_ELIDED_ES[m.group(2).lower()]}", text)
    text = _DROPPED_R.sub(
        lambda m: f"{m.group(1)}{m.group(2) or ''} {m.group(3)[:-1]}{_PLAIN[m.group(3)[-1]]}r", text
    )
    return _AO.sub(
        lambda m: m.group(0) if m.group(0).lower() in _AO_WORDS else m.group(1) + "ado", text
    )
