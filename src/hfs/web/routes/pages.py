"""The patient pages (no login): the condition, contact and "Check my twitch" pages.

Pages are Jinja2 templates (``hfs/web/templates``) around ``base.html``; their text
about the condition comes from the assistant's vetted knowledge
(``hfs/assistant/knowledge.yaml``) and the filming guide from its ``video_check``
scenario, so the pages and the chat never disagree. CSS and JavaScript are plain
files in ``hfs/web/static``, served by :func:`static_file` from a fixed list (a
route with a policy, not a Starlette mount, so deny-by-default covers it too).
The router is included with the ``PUBLIC`` policy.

Every page is in English and Spanish (``/es/``, ``/es/check``, ``/es/contact``,
``/es/assistant``): template text from gettext catalogs (:mod:`hfs.web.i18n`), the
knowledge and the filming guide from their Spanish texts.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from hfs.errors import NotFoundError
from hfs.web import i18n
from hfs.web.templating import CSP
from hfs.web.templating import env as _env


def N_(message: str) -> str:
    """Marks a string for the catalogs; the template translates it."""
    return message


router = APIRouter(tags=["pages"])

STATIC_TYPES = {
    "site.css": "text/css; charset=utf-8",
    "site.js": "text/javascript; charset=utf-8",
    "clinic.js": "text/javascript; charset=utf-8",
}

#: Sections of the condition page: (heading, knowledge topic ids), in reading order.
CONDITION_SECTIONS = (
    (N_("What it is"), ("what_is_hfs", "progression")),
    (N_("Causes"), ("causes", "risk_factors")),
    (N_("Symptoms"), ("symptoms", "triggers")),
    (N_("Diagnosis"), ("diagnosis", "mri", "electrodiagnostic", "differential")),
    (N_("Treatment"), ("botox", "medications", "mvd_surgery", "mvd_risks", "mvd_recovery")),
)

PAGE_HEADERS = {"Cache-Control": "no-cache", "Content-Security-Policy": CSP}

#: Steps of the video_check scenario shown as the filming guide on /check.
FILMING_STEPS = ("setup", "record", "privacy")


@lru_cache(maxsize=2)
def _knowledge(lang: str = i18n.DEFAULT):
    from hfs.assistant.knowledge import load_knowledge

    return load_knowledge().in_language(lang)


@lru_cache(maxsize=2)
def _filming_guide(lang: str = i18n.DEFAULT) -> list[str]:
    from hfs.assistant.scenario import in_language, load_scenarios

    scenario = in_language(load_scenarios()["video_check"], lang)
    steps = {s.id: s for s in scenario.steps}
    return [" ".join(steps[i].text.split()) for i in FILMING_STEPS]


def _tel(number: str) -> str:
    """``1-412-647-3685`` -> ``+14126473685`` for a ``tel:`` link."""
    return "+" + "".join(ch for ch in number if ch.isdigit())


#: Strings site.js shows (its own words), translated with the page.
JS_MESSAGES = (
    N_("Sorry, something went wrong. Please try again."),
    N_("Choices"),
    N_("The assistant cannot be reached right now. Please call the clinic."),
    N_("There is no conversation running. Type anything to start one."),
    N_("Please enter your name."),
    N_("Please give a phone number or an e-mail address."),
    N_("Sending…"),
    N_("Thank you. Your request reached the clinic. Your reference is"),
    N_("The request could not be sent. Please call the clinic."),
    N_("The clinic could not be reached. Please call instead."),
    N_("The status of your video could not be read."),
    N_("The clinic server cannot be reached. Please try again later."),
    N_("The video could not be measured:"),
    N_("unknown reason"),
    N_("You can try another video."),
    N_("Waiting to be measured…"),
    N_("Measuring your video…"),
    N_("Uploading your video…"),
    N_("The upload did not reach the clinic. Please try again."),
    N_("The video was not accepted."),
    N_(
        "The video was not accepted: please send an MP4, MOV or WebM video of up to 3 "
        "minutes and 200 MB."
    ),
    N_("The upload took too long. Please try again on a faster connection."),
    N_("The video is too large: up to 3 minutes and 200 MB."),
    N_("Too many tries from this connection. Please wait a while and try again."),
    N_("Uploaded. Waiting to be measured…"),
    N_("Please choose a video first."),
    N_("Please say who filmed the video (front camera or not)."),
    N_("The camera could not be opened"),
    N_("You can send a video file instead."),
    N_("Recorded"),
    N_("That is short: at least 10 s, better 30-60 s, are needed to measure."),
    N_('Press "Measure this recording" to send it.'),
    N_(
        "Recording… sit relaxed for 30 s, then talk, smile and close your eyes. Press Stop when done."
    ),
    N_("Recording…"),
    N_("The team will contact you; if it is urgent, please call."),
    N_("exit"),
    N_("menu"),
)
#: The Spanish offer on an English page (shown in Spanish, whatever the page's language).
OFFER = {
    "es": (
        "Idioma",
        "Esta información también está en español.",
        "Ver en español",
        "Seguir en inglés",
    ),
    "en": (
        "Language",
        "This information is also in English.",
        "Show in English",
        "Stay in Spanish",
    ),
}
NAMES = {"en": "English", "es": "Español"}


def _render(
    name: str, active: str, lang: str = i18n.DEFAULT, path: str = "/", offer=None, **context
) -> HTMLResponse:
    kb = _knowledge(lang)
    gettext = i18n.gettext_for(lang)
    other = "es" if lang == "en" else "en"
    here = i18n.PREFIX[lang] + (path if path != "/" else "/")
    other_url = i18n.PREFIX[other] + (path if path != "/" else "/")
    extra = {}
    if offer is not None:
        label, text, yes, no = OFFER[offer]
        extra = dict(
            offer=offer,
            offer_label=label,
            offer_text=text,
            offer_yes=yes,
            offer_no=no,
            offer_url=other_url,
        )
    html = (
        _env(lang)
        .get_template(name)
        .render(
            active=active,
            lang=lang,
            prefix=i18n.PREFIX[lang],
            home=i18n.PREFIX[lang] + "/",
            here=here,
            other_lang=other,
            other_name=NAMES[other],
            other_url=other_url,
            js_messages={m: gettext(m) for m in JS_MESSAGES},
            phone=kb.contact_phone,
            phone_international=kb.contact_phone_international,
            phone_tel=_tel(kb.contact_phone),
            phone_international_tel=_tel(kb.contact_phone_international),
            **extra,
            **context,
        )
    )
    headers = dict(PAGE_HEADERS)
    headers["Content-Language"] = lang
    return HTMLResponse(html, headers=headers)


def _condition(lang: str, offer=None) -> HTMLResponse:
    kb = _knowledge(lang)
    sections = [(heading, [kb.topic(t) for t in ids]) for heading, ids in CONDITION_SECTIONS]
    return _render("condition.html", "condition", lang, "/", offer, sections=sections)


def _check(lang: str) -> HTMLResponse:
    kb = _knowledge(lang)
    return _render(
        "check.html",
        "check",
        lang,
        "/check",
        intro=kb.topic("video").text,
        guide=_filming_guide(lang),
    )


@router.get("/", response_class=HTMLResponse)
def condition_page(request: Request) -> Response:
    """The condition page. A browser that prefers Spanish is offered the Spanish page
    (a banner; the patient chooses), unless a choice is remembered in the cookie; a
    remembered Spanish choice goes to /es/."""
    chosen = request.cookies.get(i18n.COOKIE)
    if chosen == "es":
        return RedirectResponse("/es/", status_code=303)
    wanted = i18n.preferred(request.headers.get("accept-language"))
    offer = "es" if chosen is None and wanted == "es" else None
    return _condition("en", offer)


@router.get("/es/", response_class=HTMLResponse)
def condition_page_es() -> HTMLResponse:
    return _condition("es")


@router.get("/contact", response_class=HTMLResponse)
def contact_page() -> HTMLResponse:
    return _render("contact.html", "contact", path="/contact")


@router.get("/es/contact", response_class=HTMLResponse)
def contact_page_es() -> HTMLResponse:
    return _render("contact.html", "contact", "es", "/contact")


@router.get("/check", response_class=HTMLResponse)
def check_page() -> HTMLResponse:
    return _check("en")


@router.get("/es/check", response_class=HTMLResponse)
def check_page_es() -> HTMLResponse:
    return _check("es")


@router.get("/language")
def choose_language(lang: str = "en", next: str = "/") -> Response:
    """The language link and the offer's buttons: remember the choice (a cookie for a
    year) and go to the page in that language. Only our own paths are followed."""
    if lang not in i18n.LANGUAGES:
        lang = i18n.DEFAULT
    if not next.startswith("/") or next.startswith("//") or "\\" in next:
        next = i18n.PREFIX[lang] + "/"
    response = RedirectResponse(next, status_code=303)
    response.set_cookie(i18n.COOKIE, lang, max_age=365 * 24 * 3600, samesite="lax", httponly=True)
    return response


@router.get("/static/{name}")
def static_file(name: str) -> Response:
    if name not in STATIC_TYPES:
        raise NotFoundError("no such file")
    body = (resources.files("hfs.web") / "static" / name).read_bytes()
    return Response(body, media_type=STATIC_TYPES[name], headers={"Cache-Control": "no-cache"})


@router.get("/assistant", response_class=HTMLResponse)
def assistant_page() -> HTMLResponse:
    return _render("assistant.html", "assistant", path="/assistant")


@router.get("/es/assistant", response_class=HTMLResponse)
def assistant_page_es() -> HTMLResponse:
    return _render("assistant.html", "assistant", "es", "/assistant")


@router.get("/favicon.ico")
def favicon() -> Response:
    """The site's icon (browsers ask for it on every first visit)."""
    body = (resources.files("hfs.web") / "static" / "favicon.ico").read_bytes()
    return Response(
        body, media_type="image/x-icon", headers={"Cache-Control": "public, max-age=86400"}
    )


@router.get("/healthz")
def healthz() -> dict:
    return {"status": "ok"}
