"""Which language a patient writes in: English or Spanish.

A conversation has a language (``ConversationState.lang``): the one the web page or the
API names (``"lang": "es"``), or else the one its messages are written in, following a
switch. :func:`detect_language` reads one message: Spanish when it has Spanish letters
(ñ, ¿, ¡, an accented vowel) or more Spanish than English function words, English when
the other way round. When those words cannot tell ("privacidad", "politica de
privacidad", "efectos secundarios"), each word's frequency in English and in Spanish
(the ``wordfreq`` package: word frequencies from many sources, in the wheel) decides: a
word far more frequent (:data:`FREQUENCY_RATIO`) in one language is a vote for it, and
more Spanish votes than English ones make the message Spanish (never English: an
English word alone in a Spanish conversation is often an anglicism). ``None``
("cannot tell": the session keeps its language) for a number, a name, "ok", an English
word alone, or a word both languages use ("botox", "video", "menu").
"""

from __future__ import annotations

import re
import threading

from hfs.assistant.text import normalise

LANGUAGES = ("en", "es")

#: Words frequent in Spanish and rare in English (normalised: no accents).
_ES = frozenset(
    [
        "que",
        "qu",
        "el",
        "la",
        "los",
        "las",
        "un",
        "una",
        "unos",
        "unas",
        "de",
        "del",
        "al",
        "y",
        "o",
        "pero",
        "por",
        "para",
        "con",
        "sin",
        "mi",
        "mis",
        "se",
        "le",
        "les",
        "lo",
        "nos",
        "su",
        "sus",
        "tu",
        "tus",
        "es",
        "esta",
        "estan",
        "estoy",
        "tengo",
        "tiene",
        "tienen",
        "hay",
        "muy",
        "mas",
        "como",
        "cuando",
        "donde",
        "porque",
        "cual",
        "cuales",
        "quien",
        "quiero",
        "puedo",
        "puede",
        "pueden",
        "hace",
        "hacer",
        "ya",
        "yo",
        "usted",
        "ustedes",
        "ella",
        "ellos",
        "esto",
        "eso",
        "este",
        "ese",
        "aqui",
        "ahi",
        "tambien",
        "bien",
        "mal",
        "si",
        "no",
        "nada",
        "todo",
        "toda",
        "todos",
        "cara",
        "ojo",
        "boca",
        "dolor",
        "cabeza",
        "desde",
        "hoy",
        "ayer",
        "despues",
        "antes",
        "ahora",
        "gracias",
        "hola",
        "buenos",
        "buenas",
        "dias",
        "tardes",
        "noches",
        "ayuda",
        "salir",
        "cancelar",
        "reiniciar",
        "terminos",
        "comentarios",
        "olvidame",
        "empezar",
        "nuevo",
        "espasmo",
        "cirugia",
        "operacion",
        "medico",
        "doctora",
        "cita",
        "llamar",
        "llamen",
        "llamenme",
        "quisiera",
        "necesito",
        "favor",
        "senor",
        "senora",
        "tratamiento",
        "pastillas",
        "inyeccion",
        "inyecciones",
        "sintomas",
        "grabar",
        "grabo",
        "celular",
        "sirve",
        "dura",
        "duele",
        "peligroso",
        "embarazada",
        "manejar",
        "dormir",
        "dormido",
        "noche",
        "estar",
        "seria",
        "mejor",
        "muerto",
        "muerta",
        "vida",
        "vivir",
        # bare first messages typed as people text (issue 18: "q onda", "ola q tal",
        # "cuanto cuesta", "porfa", "toxina botulinica??"): none is an English word
        "q",
        "xq",
        "pq",
        "ke",
        "ola",
        "onda",
        "tal",
        "buen",
        "dia",
        "porfa",
        "hago",
        "cuanto",
        "cuesta",
        "precio",
        "informacion",
        "toxina",
        "botulinica",
        "parpado",
        "tiembla",
        "temblor",
        "mejilla",
        "labio",
        "pregunta",
        "preguntas",
        "ayudaaa",
        "oiga",
        "disculpe",
    ]
)
#: Words frequent in English and rare in Spanish.
_EN = frozenset(
    [
        "the",
        "an",
        "of",
        "and",
        "or",
        "but",
        "for",
        "with",
        "without",
        "my",
        "i",
        "im",
        "is",
        "are",
        "am",
        "was",
        "were",
        "be",
        "been",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "what",
        "which",
        "who",
        "when",
        "where",
        "why",
        "how",
        "do",
        "does",
        "did",
        "can",
        "could",
        "will",
        "would",
        "should",
        "have",
        "has",
        "had",
        "not",
        "no",
        "yes",
        "you",
        "your",
        "we",
        "our",
        "they",
        "them",
        "she",
        "his",
        "her",
        "to",
        "in",
        "on",
        "at",
        "from",
        "by",
        "about",
        "into",
        "after",
        "before",
        "since",
        "face",
        "eye",
        "mouth",
        "pain",
        "head",
        "help",
        "please",
        "thanks",
        "thank",
        "hello",
        "hi",
        "want",
        "need",
        "know",
        "get",
        "got",
        "feel",
        "feels",
        "twitch",
        "twitching",
        "spasm",
        "surgery",
        "operation",
        "call",
        "exit",
        "cancel",
        "start",
        "over",
        "terms",
        "feedback",
        "forget",
        "stop",
        "back",
    ]
)
_ES_LETTERS = re.compile(r"[ñáéíóúü¿¡]", re.IGNORECASE)


#: How much more frequent (Zipf units: log10 of occurrences per billion words) a word
#: must be in one language than in the other to vote for it: 2 = a hundred times
#: ("privacidad" 4.3 in Spanish, 0 in English; "botox" 3.1 and 2.8 votes for neither).
FREQUENCY_RATIO = 2.0
_WORD = re.compile(r"[^\W\d_]{3,}")
_wordfreq_lock = threading.Lock()


def _zipf():
    """``wordfreq.zipf_frequency`` (its English and Spanish lists load on first use:
    about two seconds; :func:`warm_up` does it ahead)."""
    from wordfreq import zipf_frequency

    return zipf_frequency


def warm_up() -> None:
    """Load the word-frequency lists now (the web app's background warm-up)."""
    with _wordfreq_lock:
        zipf = _zipf()
        zipf("hola", "es")
        zipf("hello", "en")


def _lean_to_spanish(zipf, word: str, plain: str) -> float:
    """How much more frequent ``word`` (or its accent-free ``plain`` form) is in Spanish
    than in English, in Zipf units (callers hold :data:`_wordfreq_lock`)."""
    return max(zipf(word, "es"), zipf(plain, "es")) - max(zipf(word, "en"), zipf(plain, "en"))


def frequency_vote(text: str) -> str | None:
    """``"es"`` when ``text`` has more words that are Spanish by their frequencies
    (see :data:`FREQUENCY_RATIO`) than English ones, else None (cannot tell)."""
    words = _WORD.findall(text.lower())
    if not words:
        return None
    with _wordfreq_lock:
        zipf = _zipf()
        es = en = 0
        for w in words:
            lean = _lean_to_spanish(zipf, w, normalise(w))
            es += lean >= FREQUENCY_RATIO
            en += -lean >= FREQUENCY_RATIO
    # One-sided: an English word in a Spanish conversation ("appointment??", "surgery")
    # is an anglicism as often as a switch, so only Spanish is told this way.
    return "es" if es > en else None


def detect_language(text: str) -> str | None:
    """``"es"``, ``"en"`` or None when one message cannot tell (see the module)."""
    words = normalise(text).split()
    es = sum(w in _ES for w in words)
    en = sum(w in _EN for w in words)
    if _ES_LETTERS.search(text):
        es += 2
    if es > en:
        return "es"
    if en > es:
        return "en"
    return frequency_vote(text)


#: Words that do not make a clause of their own: courtesy and address words English
#: writers borrow ("thanks, gracias", "hola doctor"). Texting Spanish ("porfa") is not
#: among them: English writers do not borrow it.
_COURTESY_ES = frozenset(
    ["gracias", "hola", "favor", "adios", "senor", "senora", "doctora", "doctor", "buenas",
     "buenos", "dias", "amigo", "amiga", "mija", "mijo", "ok", "si", "no"]
)  # fmt: skip


def code_switched(text: str) -> bool:
    """Whether an English-looking message holds a Spanish clause (round 19, issue 18):
    two Spanish words or more ("is the MRI con rayos X?", "do I have to tell the DMV que
    tengo esto?"), or one Spanish content word of five letters or more ("is the brain
    surgery peligrosa?"). Capitalised words are left out (names and places: "Los
    Angeles", "Santo Domingo"), and so are courtesy words ("gracias", "hola"): an
    English writer's "thanks, gracias" keeps English.

    Why Spanish for such a message: the issue asks for the patient's language, and a
    U.S. patient who mixes the two in one message most often reads Spanish first (the
    English words are the ones school or the clinic gave them: "MRI", "brain surgery");
    a Spanish reply loses nothing for a bilingual reader, an English one can lose a
    Spanish-first one. Used for the reply's language only, never for the safety screen
    (which reads both languages' patterns whatever the language)."""
    words = [w for w in _WORD.findall(text) if not w[0].isupper()]
    with _wordfreq_lock:
        zipf = _zipf()
        count = content = 0
        for w in words:
            plain = normalise(w)
            if plain in _COURTESY_ES:
                continue
            spanish = plain in _ES or _lean_to_spanish(zipf, w, plain) >= FREQUENCY_RATIO
            if spanish:
                count += 1
                content += len(plain) >= 5
    # the short glue words of the list ("y", "o", "de", "la", "que") count only when the
    # message has them as Spanish: two at least
    short = sum(w in _ES and w not in _COURTESY_ES and len(w) < 3 for w in normalise(text).split())
    return count + short >= 2 or content >= 1


def reply_language(text: str) -> str | None:
    """The language to answer ``text`` in: :func:`detect_language`'s, except that an
    English message with a Spanish clause (:func:`code_switched`) is answered in
    Spanish (round 19)."""
    told = detect_language(text)
    if told != "es" and code_switched(text):
        return "es"
    return told


def session_language(current: str, text: str, requested: str | None = None) -> str:
    """The language of a conversation after ``text``: the requested one when given,
    else the message's when it tells, else the one it had."""
    if requested is not None:
        return requested
    return reply_language(text) or current


#: Spanish keywords (normalised message -> the engine's command; issue 18). The
#: buttons REINICIAR, MENÚ and CERRAR send "reiniciar", "menú" and "cerrar".
KEYWORDS_ES: dict[str, str] = {
    "cancelar": "exit",
    "salir": "exit",
    "cerrar": "exit",
    "parar": "stop",
    "detener": "stop",
    "basta": "stop",
    "ya basta": "stop",
    "ya termine": "stop",
    "termine": "stop",
    "olvidalo": "stop",
    "dejalo": "stop",
    "dejalo asi": "stop",
    "ahora no": "stop",
    "no gracias": "stop",
    "adios": "stop",
    "chao": "stop",
    "hasta luego": "stop",
    "atras": "back",
    "volver": "back",
    "regresar": "back",
    "pregunta anterior": "back",
    "deshacer": "back",
    "empezar de nuevo": "start_over",
    "reiniciar": "start_over",
    "volver a empezar": "start_over",
    "comenzar de nuevo": "start_over",
    "ayuda": "help",
    "terminos": "terms",
    "privacidad": "terms",
    "comentarios": "feedback",
    "comentario": "feedback",
    "opinion": "feedback",
    "menu principal": "menu",
    "olvidame": "forget_me",
    "olvidenme": "forget_me",
    "borra mis datos": "forget_me",
    "que sabes de mi": "what_i_know",
    "que sabes": "what_i_know",
}
SOFT_STOPS_ES = frozenset({"no gracias", "ahora no", "adios", "chao", "hasta luego"})
GREETINGS_ES = frozenset(
    {"hola", "buenos dias", "buenas tardes", "buenas noches", "buenas", "que tal", "hola buenas"}
)
THANKS_ES = frozenset(
    {"gracias", "muchas gracias", "ok gracias", "mil gracias", "adios", "chao", "hasta luego"}
)
#: A request to be contacted in Spanish ("llámenme", "quiero que me contacten").
CONTACT_ME_ES = re.compile(
    r"\b(llamenme|llameme|contactenme|contacteme|escribanme|escribame|marquenme|"
    r"me (llamen|llame|contacten|contacte|escriban|escriba|marquen|regresen la llamada)|"
    r"(regresen|devuelvan|regresar|devolver)( me)? la llamada|quiero una llamada|"
    # "¿me pueden llamar?", "¿podéis llamarme vosotros?", "llamadme"
    r"me (pueden|puede|podeis|podrian|podria|puedes|podrias) (llamar|contactar|marcar|escribir)|"
    r"(pueden|puede|podeis|podrian|podria|puedes|podrias) (llamarme|contactarme|marcarme|escribirme)|"
    r"llamadme|contactadme|escribidme)\b(?! (por (mi|su|tu) nombre|asi|como|de (tu|usted)))"
)
NOT_CONTACT_ME_ES = re.compile(
    r"\bno (me )?(llamen|llame|contacten|contacte|escriban|escriba|pueden llamar|puede llamar|"
    r"podeis llamar)\b|\bno (pueden|puede|podeis) (llamarme|contactarme)\b"
)


def wants_contact_es(norm: str) -> bool:
    """A request to be contacted, in Spanish (``norm``: normalised text)."""
    return bool(CONTACT_ME_ES.search(norm)) and not NOT_CONTACT_ME_ES.search(norm)
