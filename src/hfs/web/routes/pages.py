"""The patient pages (no login): the condition, contact and "Check my twitch" pages.

Pages are Jinja2 templates (``hfs/web/templates``) around ``base.html``; their text
about the condition comes from the assistant's vetted knowledge
(``hfs/assistant/knowledge.yaml``) and the filming guide from its ``video_check``
scenario, so the pages and the chat never disagree. CSS and JavaScript are plain
files in ``hfs/web/static``, served by :func:`static_file` from a fixed list (a
route with a policy, not a Starlette mount, so deny-by-default covers it too).
The router is included with the ``PUBLIC`` policy.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from fastapi import APIRouter
from fastapi.responses import HTMLResponse, Response

from hfs.errors import NotFoundError
from hfs.web.templating import CSP
from hfs.web.templating import env as _env

router = APIRouter(tags=["pages"])

STATIC_TYPES = {
    "site.css": "text/css; charset=utf-8",
    "site.js": "text/javascript; charset=utf-8",
    "clinic.js": "text/javascript; charset=utf-8",
}

#: Sections of the condition page: (heading, knowledge topic ids), in reading order.
CONDITION_SECTIONS = (
    ("What it is", ("what_is_hfs", "progression")),
    ("Causes", ("causes", "risk_factors")),
    ("Symptoms", ("symptoms", "triggers")),
    ("Diagnosis", ("diagnosis", "mri", "electrodiagnostic", "differential")),
    ("Treatment", ("botox", "medications", "mvd_surgery", "mvd_risks", "mvd_recovery")),
)

PAGE_HEADERS = {"Cache-Control": "no-cache", "Content-Security-Policy": CSP}

#: Steps of the video_check scenario shown as the filming guide on /check.
FILMING_STEPS = ("setup", "record", "privacy")


@lru_cache(maxsize=1)
def _knowledge():
    from hfs.assistant.knowledge import load_knowledge

    return load_knowledge()


@lru_cache(maxsize=1)
def _filming_guide() -> list[str]:
    from hfs.assistant.scenario import load_scenarios

    scenario = load_scenarios()["video_check"]
    steps = {s.id: s for s in scenario.steps}
    return [" ".join(steps[i].text.split()) for i in FILMING_STEPS]


def _tel(number: str) -> str:
    """``1-412-647-3685`` -> ``+14126473685`` for a ``tel:`` link."""
    return "+" + "".join(ch for ch in number if ch.isdigit())


def _render(name: str, active: str, **context) -> HTMLResponse:
    kb = _knowledge()
    html = (
        _env()
        .get_template(name)
        .render(
            active=active,
            phone=kb.contact_phone,
            phone_international=kb.contact_phone_international,
            phone_tel=_tel(kb.contact_phone),
            phone_international_tel=_tel(kb.contact_phone_international),
            **context,
        )
    )
    return HTMLResponse(html, headers=PAGE_HEADERS)


@router.get("/", response_class=HTMLResponse)
def condition_page() -> HTMLResponse:
    kb = _knowledge()
    sections = [(heading, [kb.topic(t) for t in ids]) for heading, ids in CONDITION_SECTIONS]
    return _render("condition.html", "condition", sections=sections)


@router.get("/contact", response_class=HTMLResponse)
def contact_page() -> HTMLResponse:
    return _render("contact.html", "contact")


@router.get("/check", response_class=HTMLResponse)
def check_page() -> HTMLResponse:
    kb = _knowledge()
    return _render("check.html", "check", intro=kb.topic("video").text, guide=_filming_guide())


@router.get("/static/{name}")
def static_file(name: str) -> Response:
    if name not in STATIC_TYPES:
        raise NotFoundError("no such file")
    body = (resources.files("hfs.web") / "static" / name).read_bytes()
    return Response(body, media_type=STATIC_TYPES[name], headers={"Cache-Control": "no-cache"})


@router.get("/assistant", response_class=HTMLResponse)
def assistant_page() -> HTMLResponse:
    return _render("assistant.html", "assistant")


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
