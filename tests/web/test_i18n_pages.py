"""Issue 18: the patient pages in Spanish from gettext catalogs: /es/, /es/check,
/es/contact with <html lang="es">, a language link on every page, the Spanish offer on
/ for Accept-Language: es (the choice kept in a cookie), every template string marked
for translation and every catalog entry present, and Spanish contact requests marked
"es" in the inbox."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from hfs.assistant.knowledge import load_knowledge
from hfs.web.i18n import preferred

ROOT = Path(__file__).parents[2]
TEMPLATES = ROOT / "src" / "hfs" / "web" / "templates"
PATIENT_TEMPLATES = (
    "base.html",
    "condition.html",
    "check.html",
    "contact.html",
    "contact_fields.html",
    "chat_widget.html",
    "assistant.html",
)
CATALOG = ROOT / "src" / "hfs" / "web" / "locale" / "es" / "LC_MESSAGES" / "messages.po"


@pytest.fixture
def client(clinic):
    return clinic.new_client()


def text_of(page) -> str:
    return html.unescape(re.sub(r"\s+", " ", page.text))


# ------------------------------------------------------------- the catalogs
_UNMARKED_ATTR = re.compile(r'\b(title|placeholder|aria-label|alt)="([^"{]*[A-Za-z]{2,}[^"]*)"')


@pytest.mark.parametrize("name", PATIENT_TEMPLATES)
def test_every_template_string_is_marked_for_translation(name):
    source = (TEMPLATES / name).read_text("utf-8")
    bare = re.sub(r"{%-? *trans\b.*?endtrans *-?%}", " ", source, flags=re.S)
    bare = re.sub(r"{{.*?}}|{%.*?%}|{#.*?#}", " ", bare, flags=re.S)
    bare = re.sub(r"<script\b.*?</script>", " ", bare, flags=re.S)
    attrs = [m.group(0) for m in _UNMARKED_ATTR.finditer(bare)]
    assert attrs == [], f"{name}: attributes not marked for translation"
    words = re.sub(r"<[^>]*>", " ", bare)
    assert re.findall(r"[A-Za-z]{2,}", words) == [], f"{name}: text not marked for translation"


def _extracted() -> set[str]:
    # the files babel.cfg names (pybabel extract's own mapping), Python sources included:
    # the patient-facing sentences of hfs.reports.plain and hfs.reports.refusals
    from babel.messages.frontend import parse_mapping_cfg

    with (ROOT / "babel.cfg").open() as f:
        method_map, options = parse_mapping_cfg(f)
    assert ("src/hfs/reports/refusals.py", "python") in method_map
    found = set()
    for _file, _line, message, _comments, _ctx in extract_from_dir(
        str(ROOT),
        method_map,
        options,
        keywords={
            "_": None,
            "gettext": None,
            "N_": None,
            "g": None,
            "ngettext": (1, 2),
            "_n": (1, 2),
        },
    ):
        found.add(message)
    return found


def test_every_marked_string_has_a_spanish_catalog_entry():
    with CATALOG.open("rb") as f:
        catalog = read_po(f)
    entries = {m.id: m.string for m in catalog if m.id}
    marked = _extracted()
    assert len(marked) > 150
    missing = sorted(str(m) for m in marked if not entries.get(m) or not all(entries[m]))
    assert missing == [], "catalog entries missing or empty"
    copied = [m for m in marked if isinstance(m, str) and entries[m] == m and len(m) > 4]
    assert copied == [], "entries not translated"


def test_the_video_summary_in_spanish():
    from hfs.reports.plain import event_plot, plain_summary
    from hfs.web.i18n import translations

    es = translations("es")
    analysis = {
        "summary": {
            "affected_side": "left",
            "n_spasms": 1,
            "spasms_per_min": 1.0,
            "spasm_time_fraction": 0.05,
            "longest_spasm_s": 0.8,
            "regions": ["eye", "mouth"],
            "blinks_per_min": 14,
        },
        "video": {"duration_s": 60, "mirrored": False},
        "events": [
            {"kind": "spasm", "side": "left", "onset_s": 3.0, "duration_s": 0.8, "offset_s": 3.8}
        ],
        "quality": {},
    }
    english = plain_summary(analysis)
    assert english["headline"] == (
        "The software found 1 one-sided twitch on the left side of your face in 60 seconds of video."
    )
    spanish = plain_summary(analysis, es.gettext, es.ngettext)
    assert spanish["headline"] == (
        "El programa encontró 1 tic de un solo lado en el lado izquierdo de su cara en 60 "
        "segundos de video."
    )
    assert "Partes de la cara afectadas: ojo, boca." in spanish["details"]
    assert spanish["disclaimer"].startswith("Estas son mediciones de un solo video")
    alt = event_plot(analysis, es.gettext, es.ngettext)["alt"]
    assert alt == (
        "Línea de tiempo del video de 60 segundos: 1 tic marcados en su lado izquierdo, "
        "0 en su lado derecho, y 0 parpadeos."
    )


# ----------------------------------------------------------------- the pages
@pytest.mark.parametrize(
    ("path", "heading"),
    [
        ("/es/", "Espasmo hemifacial"),
        ("/es/check", "Revisar mi tic"),
        ("/es/contact", "Contactar a la clínica"),
    ],
)
def test_spanish_pages(client, path, heading):
    page = client.get(path)
    assert page.status_code == 200 and page.headers["content-language"] == "es"
    assert '<html lang="es">' in page.text
    text = text_of(page)
    assert f">{heading}</h1>" in text
    assert "llame al 911 ahora" in text  # the emergency banner
    assert "No le da un diagnóstico" in text
    for word in ("cancelar", "salir", "empezar de nuevo", "ayuda", "términos", "comentarios"):
        assert f"<kbd>{word}</kbd>" in text
    for button in ("REINICIAR", "MENÚ", "CERRAR"):
        assert f">{button}</button>" in text
    # the language link: to the same page in English, through the cookie-setting route
    english = path.removeprefix("/es") or "/"
    assert f'href="/language?lang=en&amp;next={english}"' in page.text
    # the script's own words come translated in a JSON block (no inline script runs)
    block = re.search(r'<script type="application/json" id="js-messages">(.*?)</script>', page.text)
    messages = json.loads(html.unescape(block.group(1)))
    assert messages["Uploading your video…"] == "Subiendo su video…"


@pytest.mark.parametrize("path", ["/", "/check", "/contact", "/assistant"])
def test_every_english_page_links_to_spanish(client, path):
    page = client.get(path)
    assert '<html lang="en">' in page.text
    spanish = "/es" + (path if path != "/" else "/")
    assert f'href="/language?lang=es&amp;next={spanish}"' in page.text
    assert client.get(spanish).status_code == 200


def test_the_spanish_condition_page_is_the_spanish_knowledge(client):
    kb = load_knowledge().in_language("es")
    text = text_of(client.get("/es/"))
    for topic_id in ("what_is_hfs", "causes", "botox", "mvd_risks"):
        t = kb.topic(topic_id)
        assert t.title in text and " ".join(t.text.split()) in text
    assert ">Tratamiento</a>" in text  # a section heading from the catalog


def test_the_spanish_check_page_has_the_spanish_filming_guide(client):
    text = text_of(client.get("/es/check"))
    assert "grabe por lo menos 30 segundos" in text and "mp4, mov o webm" in text
    assert 'name="video"' in text and '<input type="hidden" name="lang" value="es">' in text


def test_accept_language_spanish_is_offered_the_spanish_page_and_the_choice_is_kept(client):
    plain = client.get("/")
    assert "Ver en español" not in plain.text
    offered = client.get("/", headers={"Accept-Language": "es-MX,es;q=0.9,en;q=0.5"})
    assert offered.status_code == 200 and '<html lang="en">' in offered.text
    assert "Ver en español" in offered.text and "Seguir en inglés" in offered.text
    chose = client.get("/language?lang=es&next=/es/", follow_redirects=False)
    assert chose.status_code == 303 and chose.headers["location"] == "/es/"
    assert "hfs_lang=es" in chose.headers["set-cookie"]
    again = client.get("/", follow_redirects=False)  # the cookie is remembered
    assert again.status_code == 303 and again.headers["location"] == "/es/"
    client.get("/language?lang=en&next=/", follow_redirects=False)
    kept = client.get("/", headers={"Accept-Language": "es"})
    assert kept.status_code == 200 and "Ver en español" not in kept.text


def test_the_language_route_follows_only_our_own_paths(client):
    for evil in ("https://evil.example/", "//evil.example/", "/\\evil.example"):
        r = client.get("/language", params={"lang": "es", "next": evil}, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == "/es/"


@pytest.mark.parametrize(
    ("header", "lang"),
    [
        ("es-MX,es;q=0.9", "es"),
        ("en-US,en;q=0.9,es;q=0.8", "en"),
        ("fr-FR,es;q=0.5", "es"),
        ("fr", None),
        ("", None),
        ("x;q=oops, es", "es"),
    ],
)
def test_accept_language_preference(header, lang):
    assert preferred(header) == lang


def test_a_spanish_contact_request_reaches_the_inbox_marked_es(clinic, staff):
    r = clinic.client.post(
        "/api/contact",
        json={"name": "María López", "phone": "+1 412 647 3685", "reason": "el tic", "lang": "es"},
    )
    assert r.status_code == 201, r.text
    r2 = clinic.client.post("/api/contact", json={"name": "Ann", "phone": "+1 412 647 3686"})
    assert r2.status_code == 201
    page = staff.get("/inbox").text
    assert re.search(r"María López.*?data-lang=\"es\">Spanish \(español\)", page, flags=re.S)
    assert re.search(r"Ann\b.*?data-lang=\"en\">English", page, flags=re.S)
    bad = clinic.client.post(
        "/api/contact", json={"name": "X", "phone": "+1 412 647 3685", "lang": "fr"}
    )
    assert bad.status_code == 422


def test_the_video_quality_warnings_and_cannot_tell_in_spanish():
    """The analysis stores its warnings in English (the record's language); the Spanish
    check page shows each one in Spanish. The warnings come from the real video code."""
    import numpy as np

    from hfs.reports.plain import plain_summary
    from hfs.video.analysis import cannot_tell
    from hfs.video.events import Activations
    from hfs.video.summary import quality
    from hfs.web.i18n import translations

    n = 150
    valid = np.r_[np.ones(n // 2, bool), np.zeros(n - n // 2, bool)]
    head = {k: np.zeros(n) for k in ("yaw_deg", "pitch_deg", "shift_iod")}
    q = quality(
        duration_s=12.0, fps=12.0, n_frames=n, valid=valid, head=head, iod_px=30.0,
        frame_width=640, brightness=30.0,
    )  # fmt: skip
    reason = cannot_tell(6.0, Activations.__new__(Activations), 30.0)
    q["warnings"].insert(0, f"cannot tell: {reason}")
    analysis = {"summary": {"affected_side": None, "cannot_tell": reason}, "quality": q}
    english = plain_summary(analysis)
    assert len(english["warnings"]) == 6 and english["warnings"] == q["warnings"]
    es = translations("es")
    spanish = plain_summary(analysis, es.gettext, es.ngettext)
    assert spanish["warnings"][0].startswith("no se puede saber: la cara se vio solo 6.0 s")
    assert "demasiado corto: 12 s; grabe al menos 20 s (mejor 30-60 s)" in spanish["warnings"]
    assert any(
        w.startswith("la cara se perdió a menudo: se encontró en el 50%")
        for w in spanish["warnings"]
    )
    assert "pocas imágenes por segundo (12 fps)" in " ".join(spanish["warnings"])
    assert "la cara se vio solo 6.0 s" in spanish["headline"]
    for w in spanish["warnings"]:  # nothing left in English
        assert w not in english["warnings"], w


def test_a_video_that_could_not_be_measured_says_why_in_spanish():
    """The upload's one-line error (stored in English) on the Spanish check page."""
    import numpy as np

    from hfs.errors import HFSError
    from hfs.reports.plain import quality_text
    from hfs.video.analysis import SUBSET, analyze_points
    from hfs.video.io import VideoInfo
    from hfs.web.i18n import translations

    info = VideoInfo("clip.mp4", 640, 480, 30.0, 10.0, 300, "h264", 0)
    t = np.arange(300) / 30.0
    with pytest.raises(HFSError) as caught:  # the real message: no face in any frame
        analyze_points(t, np.full((300, len(SUBSET), 3), np.nan), info)
    stored = caught.value.message
    es = translations("es").gettext
    assert quality_text(stored, es).startswith("clip.mp4: no se pudo seguir ninguna cara")
    unexpected = "the analysis failed unexpectedly; please try again or contact the clinic"
    assert quality_text(unexpected, es).startswith("el análisis falló")
    assert quality_text(stored) == stored  # English as stored


def test_english_quality_warnings_are_shown_as_stored():
    from hfs.reports.plain import quality_text
    from hfs.web.i18n import translations

    stored = (
        "2 faces in view (in 40% of the frames checked); measured the face at the left "
        "(the largest and most central). Film one face only"
    )
    assert quality_text(stored) == stored
    assert quality_text(f"cannot tell: {stored}") == f"cannot tell: {stored}"
    es = translations("es").gettext
    assert quality_text(stored, es).startswith("2 caras a la vista (en el 40% de las imágenes")
