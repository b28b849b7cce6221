"""Reading a person's answer to an ``ask`` step: choice, yes/no, text, phone, email, date.

Each reader returns the value to store, or raises :class:`Invalid` with the reason.
Phone numbers are checked with ``phonenumbers`` (stored in E.164 form), e-mail
addresses with ``email-validator`` (syntax only: no network look-up).
"""

from __future__ import annotations

import datetime as dt
import re

import phonenumbers
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
DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d %b %Y", "%B %d %Y", "%b %d %Y", "%Y/%m/%d")


class Invalid(ValueError):
    """The answer does not fit the question."""


def read_yesno(text: str) -> str:
    norm = normalise(text)
    if norm in YES or norm.split(" ")[0] in {"yes", "yeah", "yep", "sure"}:
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
    raise Invalid("please pick one of the choices")


def read_phone(text: str, region: str = "US") -> str:
    if len(text) > 40 or not re.search(r"\d", text):
        raise Invalid("not a phone number")
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        raise Invalid("not a phone number") from exc
    if not phonenumbers.is_valid_number(number):
        raise Invalid("not a valid phone number")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def read_email(text: str) -> str:
    try:
        return validate_email(text.strip(), check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise Invalid("not an e-mail address") from exc


def read_date(text: str, today: dt.date | None) -> dt.date:
    cleaned = " ".join(text.replace(",", " ").split())
    for fmt in DATE_FORMATS:
        try:
            day = dt.datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
        if today is not None and day < today:
            raise Invalid("in the past")
        return day
    raise Invalid("not a date")


def read_answer(step: AskStep, text: str, today: dt.date | None = None) -> str:
    """Return the value to store for ``step``; raise :class:`Invalid` if it does not fit."""
    text = text.strip()
    if step.optional and normalise(text) in SKIP:
        return ""
    if step.input == "yesno":
        return read_yesno(text)
    if step.input == "choice":
        return read_choice(step, text)
    if step.input == "phone":
        return read_phone(text)
    if step.input == "email":
        return read_email(text)
    if step.input == "date":
        return read_date(text, today).isoformat()
    if not text:
        raise Invalid("empty")
    if len(text) > step.max_length:
        raise Invalid("too long")
    return text
