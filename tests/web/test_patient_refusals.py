"""Issue 18 (leftovers): a refusal a patient can meet is never English on a Spanish page.

The API's refusals stay English in ``detail`` (its contract); a request whose
``Accept-Language`` (the patient pages send their page's) or ``hfs_lang`` cookie asks
for Spanish also gets ``message`` in Spanish, and a video's "could not be measured"
error comes in the page's language. The catalog test for Python-side messages renders
every ``raise`` of the modules whose refusals reach a patient.
"""

from __future__ import annotations

import ast
import builtins
import io
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from hfs.reports.refusals import refusal_text
from hfs.settings import Settings
from hfs.web import create_app
from hfs.web.i18n import translations

SRC = Path(__file__).parents[2] / "src" / "hfs"

#: Modules whose refusals reach a patient (upload, contact forms, chat), and for
#: inbox.py the one function patients reach (the rest is the staff's).
PATIENT_FACING = {
    "video/intake.py": None,
    "video/io.py": None,
    "web/upload_io.py": None,
    "services/uploads.py": None,
    "services/inbox.py": "request_contact",
    "assistant/service.py": None,
}


def _render(node: ast.expr) -> str | None:
    """The sentence a raise makes, each interpolated value shown as "12"."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "12" for v in node.values)
    return None


def patient_refusals() -> list[tuple[str, str]]:
    out = []
    for rel, function in PATIENT_FACING.items():
        tree = ast.parse((SRC / rel).read_text("utf-8"))
        if function is not None:
            tree = next(
                n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name == function
            )
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
                continue
            name = getattr(node.exc.func, "id", getattr(node.exc.func, "attr", ""))
            # hfs's errors reach the patient; Python's own (OSError...) are handled inside
            if not name.endswith("Error") or hasattr(builtins, name) or not node.exc.args:
                continue
            sentence = _render(node.exc.args[0])
            if sentence is not None:
                out.append((rel, sentence))
    return out


def test_every_patient_facing_refusal_has_a_spanish_sentence():
    from hfs.web.upload_io import _Receiver

    refusals = patient_refusals()
    assert len(refusals) >= 35  # the scan sees the raises
    # the upload's size refusal is built from the limit, not raised as a literal
    refusals.append(("web/upload_io.py", _Receiver(io.BytesIO(), 200 * 2**20).too_large))
    es = translations("es").gettext
    untranslated = [(rel, s) for rel, s in refusals if refusal_text(s, es) in (None, s)]
    assert untranslated == [], "refusals without a Spanish sentence (hfs.reports.refusals)"
    # the figures and names in them are kept
    assert refusal_text("the file is 250 MB; the limit is 200 MB", es) == (
        "el archivo pesa 250 MB; el límite es 200 MB"
    )
    # English: as sent
    for _rel, s in refusals:
        assert refusal_text(s) == s
        assert refusal_text(s, translations("en").gettext) == s


def test_an_unknown_sentence_is_not_passed_off_as_translated():
    es = translations("es").gettext
    assert refusal_text("the moon is in the way", es) is None
    assert refusal_text("the moon is in the way") == "the moon is in the way"


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    with TestClient(create_app(Settings(data_dir=tmp_path_factory.mktemp("refusals")))) as c:
        yield c


ES = {"Accept-Language": "es"}


def test_a_contact_form_refusal_in_spanish(client):
    body = {"name": "Ana", "phone": "12345"}
    r = client.post("/api/contact", json=body, headers=ES)
    assert r.status_code == 400
    assert r.json()["detail"].startswith("phone: not a phone number we can call")
    assert r.json()["message"].startswith("teléfono: no es un número al que podamos llamar")
    # the remembered choice does the same; an English request has no "message"
    r = client.post("/api/contact", json=body, headers={"Cookie": "hfs_lang=es"})
    assert r.json()["message"].startswith("teléfono:")
    r = client.post("/api/contact", json=body, headers={"Accept-Language": "en-US"})
    assert set(r.json()) == {"detail"}


def test_an_upload_refusal_in_spanish(client):
    files = {"video": ("nota.mp4", b"esto no es un video\n" * 50, "video/mp4")}
    r = client.post("/api/uploads", files=files, data={"filmed_by": "other"}, headers=ES)
    assert r.status_code == 400, r.text
    assert r.json()["detail"].startswith("the file is not an MP4, MOV or WebM video")
    assert r.json()["message"] == (
        "el archivo no es un video MP4, MOV o WebM (se revisó su contenido, no su nombre)"
    )
    r = client.get("/api/uploads/no-such-token", headers=ES)
    assert r.status_code == 404
    assert r.json()["message"] == "no se encontró ese video (puede que el enlace esté mal escrito)"


def test_a_chat_refusal_in_spanish(client):
    r = client.post("/api/chat", json={"session_id": None, "text": "x" * 2001}, headers=ES)
    assert r.status_code == 400
    assert r.json()["message"] == (
        "el mensaje es demasiado largo: 2001 caracteres, como máximo 2000"
    )
    r = client.post("/api/chat", json={"session_id": "gone", "text": "hola"}, headers=ES)
    assert r.status_code == 404
    assert r.json()["message"] == "esta conversación venció o no existe; empiece una nueva"


def test_a_failed_video_says_why_in_the_page_language(tmp_path):
    """The stored (English) error of a video that could not be measured."""
    from hfs.services.uploads import upload_status
    from hfs.storage import create_db_engine, make_session_factory, migrate
    from hfs.storage.models import Video

    engine = create_db_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    migrate(engine)
    sessions = make_session_factory(engine)
    errors = {
        "damaged-video-token-0001": "clip.mp4: the video is damaged or truncated after 40 frames "
        "(Invalid data found when processing input); send the complete file",
        "odd-video-token-00000002": "something nobody wrote a sentence for",
    }
    es = translations("es")
    with sessions.begin() as db:
        for token, error in errors.items():
            db.add(Video(**_video_fields(Video, token, error)))
    with sessions() as db:
        damaged = upload_status(db, "damaged-video-token-0001", (es.gettext, es.ngettext))["error"]
        odd = upload_status(db, "odd-video-token-00000002", (es.gettext, es.ngettext))["error"]
        english = upload_status(db, "odd-video-token-00000002")["error"]
    assert damaged == (
        "clip.mp4: el video está dañado o cortado después de 40 imágenes "
        "(los datos del archivo no son datos de video válidos); envíe el archivo completo"
    )
    assert odd == "no se pudo medir el video"  # said generally, not in English
    assert english == errors["odd-video-token-00000002"]


def _video_fields(Video, token: str, error: str) -> dict:
    """The smallest failed Video row (its required columns)."""
    import datetime as dt

    now = dt.datetime.now(dt.UTC)
    fields = {"token": token, "status": "failed", "error": error, "progress": 1.0}
    for col in Video.__table__.columns:
        if col.name in fields or col.nullable or col.primary_key or col.default is not None:
            continue
        py = col.type.python_type
        fields[col.name] = now if py is dt.datetime else (0 if py in (int, float) else "x")
    return fields
