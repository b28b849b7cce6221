"""Issue 18, round 11 (leftovers): the last English a Spanish patient page could show.

- The reason in parentheses of a video the decoder cannot read is FFmpeg's own English
  ("invalid data found when processing input"); a Spanish page says it in Spanish (and
  "un error técnico" for a reason it has no sentence for, never the English).
- The server's refusals before a route runs (a body too large, 413; another site's
  request, 403) and a malformed form (422) carry a Spanish ``message`` naming the limit
  or the field, where they had none (the page showed a general sentence).
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from hfs.reports.refusals import refusal_text
from hfs.settings import Settings
from hfs.web import create_app
from hfs.web.i18n import translations

ES = {"Accept-Language": "es"}


@pytest.fixture(scope="module")
def es():
    return translations("es").gettext


def _undecodable(tmp_path):
    """A real decoder error: FFmpeg reading a file that starts like an MP4 and is not."""
    from hfs.errors import HFSError
    from hfs.video.io import probe

    bad = tmp_path / "clip.mp4"
    bad.write_bytes(b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 8 + b"not a video " * 400)
    with pytest.raises(HFSError) as err:
        probe(bad)
    return str(err.value)


def test_ffmpegs_reason_is_said_in_spanish(tmp_path, es):
    error = _undecodable(tmp_path)
    assert "invalid data found when processing input" in error  # FFmpeg's English
    spanish = refusal_text(error, es)
    assert spanish == (
        "clip.mp4 no es un video que se pueda leer (los datos del archivo no son datos de video "
        "válidos)"
    )
    # English stays as the record has it
    assert refusal_text(error, translations("en").gettext) == error


@pytest.mark.parametrize(
    ("english", "spanish"),
    [
        (
            "clip.mp4: the video is damaged or truncated after 12 frames (end of file); "
            "send the complete file",
            "clip.mp4: el video está dañado o cortado después de 12 imágenes "
            "(el archivo se termina antes de tiempo); envíe el archivo completo",
        ),
        (
            "clip.mp4: the video cannot be decoded (decoder not found)",
            "clip.mp4: no se puede leer la imagen del video (no hay un lector para el formato de "
            "este video)",
        ),
        # a reason nobody wrote a sentence for: said generally, not in English
        (
            "video decoding failed (RuntimeError: the pipe burst)",
            "falló la lectura del video (un error técnico)",
        ),
        (
            "the video could not be stored ([Errno 28] No space left on device)",
            None,
        ),
    ],
)
def test_decoder_and_system_reasons_are_never_english(es, english, spanish):
    got = refusal_text(english, es)
    assert got is not None
    if spanish is not None:
        assert got == spanish
    assert "device" not in got and "not found" not in got and "end of file" not in got


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    with TestClient(create_app(Settings(data_dir=tmp_path_factory.mktemp("esref")))) as c:
        yield c


def test_a_body_too_large_is_refused_in_spanish(client):
    r = client.post(
        "/api/contact",
        content=b"{}",
        headers={**ES, "Content-Type": "application/json", "Content-Length": "99999999"},
    )
    assert r.status_code == 413
    limit = r.json()["detail"].split("at most ")[1].split()[0]
    assert r.json()["message"] == f"la solicitud es demasiado grande (máximo {limit} bytes)"
    r = client.post(
        "/api/contact",
        content=b"{}",
        headers={"Content-Type": "application/json", "Content-Length": "99999999"},
    )
    assert set(r.json()) == {"detail"}  # an English request: the API's detail only


def test_another_sites_request_is_refused_in_spanish(client):
    body = {"name": "Ana", "phone": "+1 617 555 0100"}
    r = client.post("/api/contact", json=body, headers={**ES, "Origin": "https://evil.example"})
    assert r.status_code == 403
    assert r.json()["message"] == (
        "la solicitud fue rechazada porque no vino de las páginas de este sitio"
    )


def test_a_malformed_form_names_its_field_in_spanish(client):
    r = client.post("/api/contact", json={"phone": "+1 617 555 0100"}, headers=ES)
    assert r.status_code == 422
    assert r.json()["detail"].startswith("name: ")  # the API's English, unchanged
    assert r.json()["message"] == "nombre: falta este dato"
    r = client.post("/api/contact", json={"name": "A" * 101, "phone": "1"}, headers=ES)
    assert r.status_code == 422
    assert r.json()["message"] == "nombre: demasiado largo (máximo 100 caracteres)"
    r = client.post("/api/chat", json={"text": "hola", "lang": "fr"}, headers=ES)
    assert r.status_code == 422
    assert r.json()["message"] == "idioma: el valor no es válido"
    r = client.post(
        "/api/chat", content=b"{not json", headers={**ES, "Content-Type": "application/json"}
    )
    assert r.status_code == 422
    assert r.json()["message"] == "el formulario no llegó como JSON válido"
    r = client.post("/api/contact", json={"phone": "1"}, headers={"Accept-Language": "en"})
    assert set(r.json()) == {"detail"}
