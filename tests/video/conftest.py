import pytest

from hfs.simulate.face import FaceModel, load_face_photo


@pytest.fixture(scope="session")
def face_model():
    """The default face photo framed at 1280x720, with its landmarks (detected once)."""
    return FaceModel(load_face_photo(), (1280, 720))
