"""The patient pages in English and Spanish (issue 18): gettext message catalogs with
Babel and Jinja2's i18n extension.

Every patient-visible word of a template is marked (``{% trans %}`` or ``_()``); its
Spanish text is in ``hfs/web/locale/es/LC_MESSAGES/messages.po``. The catalog is
compiled when the app starts, from the ``.po`` file with Babel's own reader and
writer (:func:`translations`), so a fresh ``pip install -e .`` needs no build step and
a ``.po`` edit needs no separate ``pybabel compile``; ``pybabel extract`` (with
``babel.cfg``) lists the marked strings, and ``tests/web/test_i18n_pages.py`` fails when a
template string is not marked or a catalog entry is missing or empty.

Language of a page: its URL (``/es/...`` is Spanish). ``/`` offers the Spanish page to
a browser whose ``Accept-Language`` prefers Spanish (a banner with both choices); the
choice is remembered in the ``hfs_lang`` cookie (:data:`COOKIE`).
"""

from __future__ import annotations

import gettext
import io
from functools import lru_cache
from importlib import resources

from babel import Locale, UnknownLocaleError
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from jinja2 import Environment, PackageLoader, select_autoescape

LANGUAGES = ("en", "es")
DEFAULT = "en"
COOKIE = "hfs_lang"
#: URL prefix of each language's patient pages.
PREFIX = {"en": "", "es": "/es"}


def catalog_path(lang: str):
    return resources.files("hfs.web") / "locale" / lang / "LC_MESSAGES" / "messages.po"


@lru_cache(maxsize=4)
def translations(lang: str) -> gettext.NullTranslations:
    """The compiled catalog of ``lang`` (English: the marked strings themselves)."""
    if lang == DEFAULT:
        return gettext.NullTranslations()
    with catalog_path(lang).open("rb") as f:
        catalog = read_po(f, locale=lang)
    buf = io.BytesIO()
    write_mo(buf, catalog)
    buf.seek(0)
    return gettext.GNUTranslations(buf)


def gettext_for(lang: str):
    return translations(lang).gettext


@lru_cache(maxsize=4)
def environment(lang: str) -> Environment:
    """The Jinja2 environment of the patient pages in ``lang``."""
    env = Environment(
        loader=PackageLoader("hfs.web", "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
        extensions=["jinja2.ext.i18n"],
    )
    env.policies["ext.i18n.trimmed"] = True  # as babel.cfg extracts them
    env.install_gettext_translations(translations(lang), newstyle=True)  # type: ignore[attr-defined]
    return env


def preferred(accept_language: str | None) -> str | None:
    """The language of ours that an ``Accept-Language`` header prefers, or None."""
    if not accept_language:
        return None
    ranked = []
    for i, part in enumerate(accept_language.split(",")):
        tag, _, params = part.strip().partition(";")
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        try:
            language = Locale.parse(tag.strip().replace("-", "_")).language
        except (ValueError, UnknownLocaleError):
            continue
        ranked.append((-q, i, language))
    for _, _, language in sorted(ranked):
        if language in LANGUAGES:
            return language
    return None


def request_language(request) -> str | None:
    """The language a request asks for: its ``Accept-Language`` (the patient pages'
    scripts send their page's language), else the :data:`COOKIE` choice; None when
    neither names one of ours."""
    chosen = request.cookies.get(COOKIE)
    return preferred(request.headers.get("accept-language")) or (
        chosen if chosen in LANGUAGES else None
    )


#: The patient API, whose refusals also come in the request's language.
PATIENT_API = ("/api/uploads", "/api/contact", "/api/chat")


def patient_message(request, detail: str) -> str | None:
    """A patient API refusal's ``detail`` (English, the API's) in the request's
    language, for the response's ``message``: None on an English request or another
    route; a general sentence when the refusal is not in the catalog (never English on
    a Spanish page)."""
    from hfs.reports.refusals import refusal_text

    if not request.url.path.startswith(PATIENT_API):
        return None
    lang = request_language(request)
    if lang is None or lang == DEFAULT:
        return None
    gettext = gettext_for(lang)
    return refusal_text(detail, gettext) or gettext(
        "The request could not be completed. Please try again or call the clinic."
    )


def patient_validation_message(request, errors) -> str | None:
    """A patient API form's validation errors (pydantic's) in the request's language,
    for the 422's ``message``: None on an English request or another route."""
    from hfs.reports.refusals import validation_text

    if not request.url.path.startswith(PATIENT_API):
        return None
    lang = request_language(request)
    if lang is None or lang == DEFAULT:
        return None
    return validation_text(errors, gettext_for(lang)) or gettext_for(lang)(
        "The request could not be completed. Please try again or call the clinic."
    )
