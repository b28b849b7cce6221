"""Reading a person's answer to an ``ask`` step: choice, yes/no, text, phone, email, date.

Each reader returns the value to store, or raises :class:`Invalid` with the reason.
Phone numbers are checked with ``phonenumbers`` (stored in E.164 form), e-mail
addresses with ``email-validator`` (syntax only: no network look-up), dates and times in
everyday words ("next Monday morning", "tomorrow after 3") with ``dateparser``. A wrong
answer raises :class:`Invalid` whose ``detail`` says what is wrong ("12345 has too few
digits for a phone number").
"""

from __future__ import annotations

import datetime as dt
import re

import dateparser
import phonenumbers
from dateparser.search import search_dates
from email_validator import EmailNotValidError, validate_email

from hfs.assistant.scenario import AskStep
from hfs.assistant.text import normalise

YES = frozenset(
    [
        "yes",
        "y",
        "yeah",
        "yep",
        "yup",
        "yea",
        "ya",
        "sure",
        "ok",
        "okay",
        "correct",
        "right",
        "fine",
        "please",
        "absolutely",
        "definitely",
        "certainly",
        "affirmative",
        "true",
    ]
) | {"of course", "yes please", "go ahead", "thats right", "thats fine", "i do", "i have", "it is"}
NO = frozenset(["no", "n", "nope", "nah", "never", "negative", "false", "not"]) | {
    "no thanks",
    "no thank you",
    "not really",
    "i dont",
    "i havent",
    "dont",
    "do not",
    "not at all",
}
SKIP = frozenset({"skip", "none", "no", "nothing", "any", "asap", "n a", "na", "-", "pass"})
# Spanish answers (issue 18; normalised: no accents).
YES = YES | {
    "si",
    "claro",
    "por supuesto",
    "de acuerdo",
    "esta bien",
    "si por favor",
    "si claro",
    "dale",
    "correcto",
    "asi es",
    "si gracias",
    "si esta bien",
    "va",
    "sale",
    "sip",
}
NO = NO | {
    "no gracias",
    "para nada",
    "claro que no",
    "nunca",
    "no por favor",
    "todavia no",
    "aun no",
}
SKIP = SKIP | {"saltar", "omitir", "ninguno", "nada", "lo antes posible", "cuanto antes", "paso"}
DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d %b %Y", "%B %d %Y", "%b %d %Y", "%Y/%m/%d")


UNSURE = frozenset(
    {
        "not sure",
        "im not sure",
        "i am not sure",
        "unsure",
        "dont know",
        "i dont know",
        "i do not know",
        "no idea",
        "maybe",
        "perhaps",
        "possibly",
        "not certain",
        "im not certain",
        "cant say",
        "cant tell",
        "i cant tell",
        "hard to say",
        "dunno",
        "idk",
        "i guess",
        "sort of",
        "kind of",
        "a bit",
        "a little",
    }
) | {
    "no se",
    "no estoy seguro",
    "no estoy segura",
    "tal vez",
    "quizas",
    "quiza",
    "a lo mejor",
    "ni idea",
    "puede ser",
    "mas o menos",
    "un poco",
}


class Invalid(ValueError):
    """The answer does not fit the question. ``detail``: a sentence for the person
    saying what is wrong, when there is more to say than the step's own reprompt;
    ``details``: that sentence in other languages (``{"es": ...}``, issue 18)."""

    def __init__(self, why: str, detail: str | None = None, details: dict | None = None):
        super().__init__(why)
        self.detail = detail
        self.details = details or {}

    def detail_in(self, lang: str) -> str | None:
        """The detail in ``lang`` (English when there is no translation)."""
        if self.detail is None:
            return None
        return self.details.get(lang, self.detail)


def is_unsure(text: str) -> bool:
    """ "not sure", "don't know", "maybe"... (also at the start: "not sure, maybe")."""
    norm = normalise(text)
    return norm in UNSURE or any(norm.startswith(u + " ") for u in UNSURE if " " in u)


def read_yesno(text: str, unsure: bool = False) -> str:
    """ "yes" or "no"; "unsure" too when the question allows it (``unsure``)."""
    norm = normalise(text)
    if unsure and is_unsure(text):
        return "unsure"
    if norm in YES or norm.split(" ")[0] in {"yes", "yeah", "yep", "sure", "si", "claro"}:
        return "yes"
    if norm in NO or norm.split(" ")[0] in {"no", "nope", "nah"}:
        return "no"
    raise Invalid("please answer yes or no")


def read_exact_choice(step: AskStep, text: str) -> str | None:
    """The choice named exactly (label, value, alias or number), or None."""
    norm = normalise(text)
    for c in step.choices:
        names = {normalise(c.label), normalise(c.value), *(normalise(a) for a in c.aliases)}
        if norm in names:
            return c.value
    if norm.isdigit() and 1 <= int(norm) <= len(step.choices):
        return step.choices[int(norm) - 1].value
    return None


def read_choice(step: AskStep, text: str) -> str:
    exact = read_exact_choice(step, text)
    if exact is not None:
        return exact
    norm = normalise(text)
    # A longer answer that names exactly one choice ("the left one, I think").
    found = set()
    padded = f" {norm} "
    for c in step.choices:
        for name in (c.label, c.value, *c.aliases):
            n = normalise(name)
            if n and len(n) > 1 and f" {n} " in padded:
                found.add(c.value)
    if len(found) == 1:
        return found.pop()
    # Several named, and one choice stands for all of them ("the eye, and now the
    # mouth too" -> "the eye and the cheek or mouth").
    covering = [c.value for c in step.choices if c.covers and found - {c.value} <= set(c.covers)]
    if len(found) > 1 and len(covering) == 1:
        return covering[0]
    raise Invalid("please pick one of the choices")


_PHONE_CHARS = re.compile(r"^[\d\s()+./-]+$")
_PHONE_IN_TEXT = re.compile(r"(?<![\w@])\+?\d[\d\s().-]{5,}\d(?![\w@])")
_EMAIL_IN_TEXT = re.compile(r"[^\s<>(),;:]+@[^\s<>(),;:]+")
_REASONS = {
    phonenumbers.ValidationResult.TOO_SHORT: "has too few digits for a phone number",
    phonenumbers.ValidationResult.TOO_LONG: "has too many digits for a phone number",
    phonenumbers.ValidationResult.INVALID_COUNTRY_CODE: "starts with a country code that does not exist",
    phonenumbers.ValidationResult.INVALID_LENGTH: "does not have the right number of digits",
    phonenumbers.ValidationResult.IS_POSSIBLE_LOCAL_ONLY: "is missing its area code",
}
_REASONS_ES = {
    phonenumbers.ValidationResult.TOO_SHORT: "tiene muy pocos dígitos para un número de teléfono",
    phonenumbers.ValidationResult.TOO_LONG: "tiene demasiados dígitos para un número de teléfono",
    phonenumbers.ValidationResult.INVALID_COUNTRY_CODE: "empieza con un código de país que no existe",
    phonenumbers.ValidationResult.INVALID_LENGTH: "no tiene la cantidad correcta de dígitos",
    phonenumbers.ValidationResult.IS_POSSIBLE_LOCAL_ONLY: "no tiene el código de área",
}


def looks_like_phone(text: str) -> bool:
    """Digits typed as the whole answer ("12345", "(412) 555-0123"): meant as a number."""
    t = text.strip()
    return bool(_PHONE_CHARS.match(t)) and sum(ch.isdigit() for ch in t) >= 3


def looks_like_email(text: str) -> bool:
    return "@" in text and len(text.split()) == 1


def read_phone(text: str, region: str = "US") -> str:
    """The number in E.164 form; a number inside a sentence ("call me on 412 647 3685
    please") is found too."""
    t = text.strip()
    if not looks_like_phone(t):
        found = _PHONE_IN_TEXT.findall(t)
        if len(found) != 1:
            raise Invalid("not a phone number")
        t = found[0]
    if len(t) > 40:
        raise Invalid("not a phone number")
    try:
        number = phonenumbers.parse(t, region)
    except phonenumbers.NumberParseException as exc:
        en, es = _parse_reason(exc)
        raise Invalid(
            "not a phone number",
            f"{t} is not a phone number I can read: {en}.",
            {"es": f"No puedo leer {t} como número de teléfono: {es}."},
        ) from exc
    reason = phonenumbers.is_possible_number_with_reason(number)
    if reason in _REASONS:
        raise Invalid(
            "not a valid phone number",
            f"{t} {_REASONS[reason]}.",
            {"es": f"{t} {_REASONS_ES[reason]}."},
        )
    if not phonenumbers.is_valid_number(number):
        where_en, where_es = _region_name(number)
        raise Invalid(
            "not a valid phone number",
            f"{t} is not a number in use in {where_en}: please check the digits "
            "(and the area code).",
            {
                "es": f"{t} no es un número en uso en {where_es}: revise los dígitos "
                "(y el código de área)."
            },
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _parse_reason(exc: phonenumbers.NumberParseException) -> tuple[str, str]:
    """Why a number could not be read, in English and in Spanish."""
    if exc.error_type == phonenumbers.NumberParseException.TOO_SHORT_NSN:
        return "it has too few digits", "tiene muy pocos dígitos"
    if exc.error_type == phonenumbers.NumberParseException.TOO_LONG:
        return "it has too many digits", "tiene demasiados dígitos"
    if exc.error_type == phonenumbers.NumberParseException.INVALID_COUNTRY_CODE:
        return "its country code does not exist", "su código de país no existe"
    return "it does not look like a phone number", "no parece un número de teléfono"


def _region_name(number: phonenumbers.PhoneNumber) -> tuple[str, str]:
    region = phonenumbers.region_code_for_country_code(number.country_code)
    if region == "US":
        return "the U.S.", "los EE. UU."
    return f"country code +{number.country_code}", f"el código de país +{number.country_code}"


def read_email(text: str) -> str:
    """The address, normalised; an address inside a sentence is found too."""
    t = text.strip()
    if len(t.split()) > 1:
        found = _EMAIL_IN_TEXT.findall(t)
        if len(found) != 1:
            raise Invalid("not an e-mail address")
        t = found[0].rstrip(".!?")
    try:
        return validate_email(t, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        if "@" not in t:
            raise Invalid("not an e-mail address") from exc
        # email-validator's reasons are English sentences; the Spanish one says what to check.
        raise Invalid(
            "not an e-mail address",
            str(exc),
            {
                "es": f"{t} no es una dirección de correo válida: revise que tenga una sola @, "
                "un nombre antes y un dominio con punto después (por ejemplo nombre@correo.com)."
            },
        ) from exc


#: A time of day in words or figures: "after 3", "at 10am", "3:30 pm", "morning".
_CLOCK = re.compile(
    r"\b(?:(?:after|from|before|around|about|at|by|until|till|between)\s+)?"
    r"(\d{1,2})(?::(\d\d))?\s*(am|pm|a m|p m|o clock|oclock)?\b(?!\s*(?:st|nd|rd|th|/|-|\d))"
)
_PART_OF_DAY = re.compile(
    r"\b(morning|mornings|am|afternoon|afternoons|pm|evening|evenings|lunchtime|noon)\b"
)
_DATE_SETTINGS = {
    "PREFER_DATES_FROM": "future",
    "DATE_ORDER": "MDY",
    "RETURN_AS_TIMEZONE_AWARE": False,
}


def _strip_times(text: str) -> str:
    """``text`` without times of day ("after 3", "in the morning"), which dateparser
    would read as dates ("after 3" -> 3 March)."""
    t = re.sub(
        r"\b(in the |on the )?(morning|mornings|afternoon|afternoons|evening|evenings|"
        r"lunchtime|noon|am|pm)\b",
        " ",
        text,
        flags=re.IGNORECASE,
    )
    t = re.sub(
        r"\b(after|from|before|around|about|at|by|until|till|between)\s+\d{1,2}(:\d\d)?"
        r"\s*(am|pm|o ?clock)?\b|\b\d{1,2}(:\d\d)?\s*(am|pm|o ?clock)\b",
        " ",
        t,
        flags=re.IGNORECASE,
    )
    return " ".join(t.replace(",", " ").split())


#: Spanish words dateparser does not take ("EL martes", "el PRÓXIMO lunes", "la semana
#: QUE VIENE"), and times of day it would read as dates ("a las 3", "por la mañana").
_ES_TIMES = re.compile(
    r"\b(por|en|de|a) la (manana|tarde|noche)\b|\b(al |a )?mediodia\b|"
    r"\b(a|despues de|antes de|desde|tipo|como a|hacia) (la |las )?\d{1,2}(:\d\d)?"
    r"( (de la )?(manana|tarde|noche)| ?(am|pm|hrs|horas))?\b"
)
_ES_FILLER = re.compile(
    r"\b(el|la|los|las|este|esta|proximo|proxima|que viene|siguiente|entrante)\b"
)


def _spanish_date_words(text: str) -> str:
    """Spanish date words as dateparser reads them ("el próximo martes por la tarde" ->
    "martes"; "pasado mañana" -> "en 2 dias")."""
    t = normalise(text)
    t = re.sub(r"\bpasado manana\b", "en 2 dias", t)
    t = _ES_FILLER.sub(" ", _ES_TIMES.sub(" ", t))
    return " ".join(t.split())


def read_date(text: str, today: dt.date | None, lang: str = "en") -> dt.date:
    """A date in figures or everyday words ("2026-12-01", "next Monday", "tomorrow
    after 3", "the 15th"; in Spanish "el martes", "15 de marzo", "pasado mañana"),
    through ``dateparser``, relative to ``today``."""
    cleaned = " ".join(text.replace(",", " ").split())
    day = None
    for fmt in DATE_FORMATS:
        try:
            day = dt.datetime.strptime(cleaned, fmt).date()
            break
        except ValueError:
            continue
    if day is None:
        day = _parse_date(_strip_times(cleaned), today, lang)
    if day is None:
        raise Invalid("not a date")
    if today is not None and day < today:
        raise Invalid("in the past")
    return day


def _parse_date(text: str, today: dt.date | None, lang: str = "en") -> dt.date | None:
    languages = ["en"]
    if lang == "es":
        text, languages = _spanish_date_words(text), ["es", "en"]
    if not text or not re.search(r"[a-z0-9]", text, re.IGNORECASE):
        return None
    settings = dict(_DATE_SETTINGS)
    if today is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(today, dt.time(12))
    found = dateparser.parse(text, languages=languages, settings=settings)
    if found is None:
        hits = search_dates(text, languages=languages, settings=settings) or []
        # A bare number ("3") found inside a sentence is not a date.
        hits = [h for h in hits if re.search(r"[a-z]", h[0], re.IGNORECASE) or "/" in h[0]]
        if not hits:
            return None
        found = hits[0][1]
    return found.date()


def find_day(text: str, today: dt.date | None, lang: str = "en") -> dt.date | None:
    """A date named anywhere in ``text`` ("call me next Monday after 3"), or None."""
    return _parse_date(_strip_times(text), today, lang)


def read_time_of_day(text: str) -> str | None:
    """ "morning", "afternoon" or None from a time in words or figures: "after 3" and
    "at 4" mean the afternoon (nobody asks for a call at 3 a.m.), "10am" the morning."""
    norm = normalise(text)
    part = _PART_OF_DAY.search(norm)
    if part is not None:
        word = part.group(1)
        if word in ("morning", "mornings", "am"):
            return "morning"
        return "afternoon"  # afternoon, evening, lunchtime, noon, pm
    m = _CLOCK.search(norm)
    if m is None or not (
        m.group(3)
        or re.search(r"\b(after|from|before|around|about|at|by|until|till|between)\s+\d", norm)
    ):
        return None
    hour = int(m.group(1))
    if hour > 23:
        return None
    suffix = (m.group(3) or "").replace(" ", "")
    if suffix == "pm" and hour < 12:
        hour += 12
    elif suffix == "" and 1 <= hour <= 7:
        hour += 12  # "after 3": the afternoon
    return "morning" if hour < 12 else "afternoon"


def read_answer(step: AskStep, text: str, today: dt.date | None = None, lang: str = "en") -> str:
    """Return the value to store for ``step``; raise :class:`Invalid` if it does not fit."""
    text = text.strip()
    if step.optional and normalise(text) in SKIP:
        return ""
    if step.input == "yesno":
        return read_yesno(text, step.unsure)
    if step.input == "choice":
        return read_choice(step, text)
    if step.input == "phone":
        return read_phone(text)
    if step.input == "email":
        return read_email(text)
    if step.input == "date":
        return read_date(text, today, lang).isoformat()
    if not text:
        raise Invalid("empty")
    if len(text) > step.max_length:
        raise Invalid("too long")
    return text
