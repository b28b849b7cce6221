"""The rendered face carries the shading a real contraction makes, where the skin went.

Known truth: the simulator's face model and its landmarks. A raised cheek (FACS AU6)
deepens the nasolabial fold and folds crow's-feet wrinkles at the outer eye corner; a
raised brow (frontalis) folds the forehead into horizontal lines. A landmark model reads
a brow raise from those lines (smooth warped skin shows it far less).
"""

import numpy as np
import pytest

from hfs.simulate.face import ALA, FaceModel, load_face_photo
from hfs.simulate.schedule import Activation
from hfs.video.landmarks import BROW, EYE_UPPER, MOUTH_CORNER, RIGID, detect_still, inter_ocular
from hfs.video.signals import umeyama


def _one(region: str, side: str, value: float = 1.0) -> Activation:
    other = "right" if side == "left" else "left"
    return Activation(**{region: {side: value, other: 0.0}})


def _luma(img: np.ndarray) -> np.ndarray:
    return img.astype(np.float64).mean(axis=2)


def _patch(luma, xy, r):
    x, y = int(round(xy[0])), int(round(xy[1]))
    return luma[y - r : y + r + 1, x - r : x + r + 1]


@pytest.mark.parametrize("side", ["left", "right"])
def test_a_cheek_raise_deepens_the_fold_and_wrinkles_the_outer_eye_corner(face_model, side):
    m, p, iod = face_model, face_model.points, face_model.iod
    rest = _luma(m.render(Activation()))
    raised = _luma(m.render(_one("cheek", side)))
    moved = m.deform_points(_one("cheek", side))
    out = np.sign(p[MOUTH_CORNER[side], 0] - m.center[0])

    # Along the fold, from beside the nose wing to beside the mouth corner (where the
    # skin went), the darkest pixel near each point.
    def fold(img, pts):
        top = pts[ALA[side], :2] + [out * 0.04 * iod, -0.03 * iod]
        bottom = pts[MOUTH_CORNER[side], :2] + [out * 0.07 * iod, 0.04 * iod]
        return np.mean(
            [_patch(img, top + u * (bottom - top), 2).min() for u in np.linspace(0.25, 0.75, 9)]
        )

    assert fold(raised, moved) <= 0.92 * fold(rest, p), (fold(raised, moved), fold(rest, p))
    # Crow's feet: the skin just outside the outer corner gains dark lines.
    corner = p[EYE_UPPER[side][0], :2] + [out * 0.12 * iod, 0]
    r = max(3, int(0.06 * iod))
    assert _patch(raised, corner, r).min() <= 0.92 * _patch(rest, corner, r).min()
    # The other side's fold is untouched.
    o = "right" if side == "left" else "left"
    mid_o = (p[ALA[o], :2] + p[MOUTH_CORNER[o], :2]) / 2 + [-out * 0.055 * iod, 0]
    assert np.abs(_patch(raised, mid_o, 2) - _patch(rest, mid_o, 2)).max() <= 2


def test_a_brow_raise_folds_the_forehead_into_lines_on_its_side(face_model):
    m, p, iod = face_model, face_model.points, face_model.iod
    rest = m.render(Activation())
    raised = m.render(_one("brow", "left"))
    moved = m.deform_points(_one("brow", "left"))

    def ridges(img, pts, side):
        c = pts[BROW[side], :2].mean(axis=0)
        x0, x1 = int(c[0] - 0.1 * iod), int(c[0] + 0.1 * iod)
        # The skin between the brow and the hair line (the photo has a fringe).
        y0, y1 = int(c[1] - 0.2 * iod), int(c[1] - 0.08 * iod)
        prof = _luma(img[y0:y1, x0:x1]).mean(axis=1)
        return float(np.abs(np.diff(prof, 2)).sum())  # line-like (sharp) changes down the forehead

    assert ridges(raised, moved, "left") >= 1.6 * ridges(rest, p, "left")
    assert ridges(raised, moved, "right") <= 1.2 * ridges(rest, p, "right")


@pytest.mark.slow
def test_the_landmark_model_reads_a_brow_raise_from_the_forehead_lines():
    # Truth: the brow rises 0.07 IOD. Smooth warped skin read 0.031 (docs/video.md).
    m = FaceModel(load_face_photo(), (854, 480))
    p0, p1 = detect_still(m.render(Activation())), detect_still(m.render(_one("brow", "left")))
    s, R, t = umeyama(p1[RIGID], p0[RIGID])
    q = (s * (R @ p1.T)).T + t
    rise = -float((q[BROW["left"], 1] - p0[BROW["left"], 1]).mean()) / inter_ocular(p0)
    assert 0.045 <= rise <= 0.09, rise
