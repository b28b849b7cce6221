"""A real face photo, deformed frame by frame by muscle activations.

:class:`FaceModel` holds a face photo framed for a video and its MediaPipe landmarks.
The same deformation model serves two purposes:

- :meth:`FaceModel.render` warps the photo (a backward map for ``cv2.remap``) so a
  closing eyelid really covers the eye with lid skin and a lash line, the mouth corner
  is pulled up and out, the cheek rises, the brow rises;
- :meth:`FaceModel.deform_points` moves the landmarks forward by the same amounts, so
  unit tests can run on synthetic landmark series without any video.

Head motion: a 3-D turn (yaw, pitch) of the landmarks about the head's centre, seen
through a perspective camera, spread over the frame by a thin-plate spline (so the
nose shifts more than the cheeks, as in a real turn); then an in-plane similarity
(roll, scale, shift).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from hfs.errors import InputError
from hfs.simulate.schedule import Activation
from hfs.video.landmarks import (
    BROW,
    BROW_LOWER,
    CHEEK,
    EYE_LOWER,
    EYE_UPPER,
    MOUTH_CORNER,
    detect_still,
    inter_ocular,
)

#: At full activation the upper lid travels this share of the open aperture (the
#: lids meet a little above the resting lower-lid line).
LID_TRAVEL = 0.92
# Peak displacements at full activation, in inter-ocular distances (IOD).
BROW_RAISE = 0.07
CHEEK_RAISE = 0.08
#: A full cheek raise pushes the lower lid up by this share of the open aperture: the
#: raised infraorbital cheek narrows the eye from below (FACS AU6), while the eye
#: itself stays where it is.
CHEEK_LID = 0.3
MOUTH_OUT, MOUTH_UP = 0.07, 0.05
#: A fully pulled corner drags the whole mouth this far towards its side (IOD).
MOUTH_SHIFT = 0.03
#: The lower lip and chin drop this far at a full jaw opening (IOD).
JAW_OPEN = 0.16
#: The face's width in IOD (for moving it out of the frame).
FACE_WIDTH_IOD = 2.2
#: Shading at full activation, as a change of brightness (share of the pixel's value).
#: A raised cheek (orbicularis oculi, pars orbitalis: FACS AU6) bulges: the malar
#: skin catches more light and casts a shadow under the bulge; the nasolabial fold
#: deepens (zygomaticus major, AU12, deepens it too); crow's-feet wrinkles fan out
#: from the outer eye corner and a fold appears under the lower lid. A raised brow
#: (frontalis, AU1+2) folds the forehead skin into horizontal lines.
SHADE_MALAR_LIGHT = 0.10
SHADE_MALAR_SHADOW = 0.10
SHADE_FOLD = 0.30
SHADE_CROWS_FEET = 0.30
SHADE_LID_FOLD = 0.15
SHADE_FOREHEAD = 0.25
#: Nose wings (alae), lateral points, for the nasolabial fold.
ALA = {"right": 129, "left": 358}


def load_face_photo(face: str | Path | None = None, *, mirror: bool = False) -> np.ndarray:
    """An RGB face photo: ``face`` (a path), or scikit-image's astronaut by default."""
    if face is None:
        from skimage import data

        img = data.astronaut()
    else:
        path = Path(face)
        if not path.is_file():
            raise InputError(f"face photo not found: {path}")
        bgr = cv2.imread(str(path), cv2.IMREAD_COLOR)
        if bgr is None:
            raise InputError(f"cannot read {path} as an image (JPEG or PNG expected)")
        img = cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB)
    img = np.ascontiguousarray(img[:, :, :3])
    return np.ascontiguousarray(img[:, ::-1]) if mirror else img


@dataclass
class HeadPose:
    """A head pose relative to the photo: a 3-D turn (yaw, pitch) and an in-plane similarity."""

    dx: float = 0.0  # pixels
    dy: float = 0.0
    angle_deg: float = 0.0  # roll
    scale: float = 1.0
    yaw_deg: float = 0.0
    pitch_deg: float = 0.0


class FaceModel:
    """A face photo framed at ``size`` (width, height) with its landmarks.

    Parameters
    ----------
    photo : ndarray
        RGB face photo.
    size : (int, int)
        Output frame width and height.
    face_height : float
        Height of the landmarked face as a share of the frame height.
    """

    def __init__(self, photo: np.ndarray, size: tuple[int, int], *, face_height: float = 0.5):
        points = detect_still(photo)
        if points is None:
            raise InputError("no face found in the face photo; use a frontal, well-lit face")
        w, h = size
        lo, hi = points[:, :2].min(axis=0), points[:, :2].max(axis=0)
        s = face_height * h / (hi[1] - lo[1])
        cx, cy = (lo + hi) / 2
        # Put the face centre slightly above the frame centre, as people film themselves.
        m = np.array([[s, 0, w / 2 - s * cx], [0, s, 0.47 * h - s * cy]], dtype=np.float64)
        # Beyond the photo's edges its border pixels are repeated: a reflection would
        # put mirrored copies of the face around a small one.
        self.image = cv2.warpAffine(
            photo, m, (w, h), flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_REPLICATE
        )
        pts = points.astype(np.float64).copy()
        pts[:, :2] = pts[:, :2] @ m[:, :2].T + m[:, 2]
        pts[:, 2] *= s
        self.points = pts
        self.size = (w, h)
        self.iod = inter_ocular(pts)
        self.center = pts[:, :2].mean(axis=0)
        self._lids = {side: self._lid_geometry(side) for side in ("left", "right")}
        corners = pts[[MOUTH_CORNER["left"], MOUTH_CORNER["right"]], :2]
        self._mouth_centre = corners.mean(axis=0)
        self._lip_line = float(pts[[13, 14], 1].mean())
        self._chin_y = float(pts[152, 1])
        self._roi_setup()
        self._shade_setup()
        self._full_grid = np.meshgrid(
            np.arange(w, dtype=np.float32), np.arange(h, dtype=np.float32)
        )
        self._turn_setup()

    # -- geometry ---------------------------------------------------------------------
    def _lid_geometry(self, side: str) -> dict:
        up = self.points[EYE_UPPER[side], :2]
        lo = self.points[EYE_LOWER[side], :2]
        x0, x1 = up[:, 0].min(), up[:, 0].max()
        xs = np.arange(int(np.floor(x0)), int(np.ceil(x1)) + 1)
        ou, ol = np.argsort(up[:, 0]), np.argsort(lo[:, 0])
        yu = np.interp(xs, up[ou, 0], up[ou, 1])
        yl = np.interp(xs, lo[ol, 0], lo[ol, 1])
        brow_y = self.points[BROW_LOWER[side], 1].mean()
        yb = brow_y + 0.3 * (yu.mean() - brow_y)  # top of the lid band
        ycr = yu - 0.45 * (yu - yb)  # the crease: below it, lashes and shadow
        return {
            "xs": xs,
            "yu": yu,
            "yl": np.maximum(yl, yu),
            "yb": yb,
            "ycr": ycr,
            "up_x": up[ou, 0],
            "up_y": up[ou, 1],
            "lo_x": lo[ol, 0],
            "lo_y": lo[ol, 1],
        }

    def _fields(self, act: Activation) -> list[tuple[np.ndarray, np.ndarray, float, bool]]:
        """Gaussian displacement fields: (centre, displacement vector, sigma, stops at the
        lower lids), pixels."""
        iod, p = self.iod, self.points
        out = []
        for side in ("left", "right"):
            # Outward = away from the midline, towards this side's ear (image coords).
            outward = np.sign(p[MOUTH_CORNER[side], 0] - self.center[0]) or 1.0
            if act.brow[side]:
                out.append(
                    (
                        p[BROW[side], :2].mean(axis=0),
                        np.array([0.0, -BROW_RAISE * iod * act.brow[side]]),
                        0.28 * iod,
                        False,
                    )
                )
            if act.cheek[side]:
                out.append(
                    (
                        p[CHEEK[side], :2].mean(axis=0),
                        np.array([0.0, -CHEEK_RAISE * iod * act.cheek[side]]),
                        0.30 * iod,
                        True,
                    )
                )
            if act.mouth[side]:
                out.append(
                    (
                        p[MOUTH_CORNER[side], :2],
                        np.array([outward * MOUTH_OUT, -MOUTH_UP]) * iod * act.mouth[side],
                        0.22 * iod,
                        False,
                    )
                )
        return out

    def _below_lids(self, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        """Share of the cheek's rise at image points: none on and above the lower lids
        (the eye and the orbit do not move with the cheek), all of it 0.1 IOD below
        them and away from the eyes."""
        iod = self.iod
        w = np.ones(np.broadcast(x, y).shape, dtype=np.float64)
        for side in ("left", "right"):
            g = self._lids[side]
            x0, x1 = float(g["lo_x"][0]), float(g["lo_x"][-1])
            outside = np.maximum(np.maximum(x0 - x, x - x1), 0.0)
            h = np.clip(1.0 - outside / (0.15 * iod), 0.0, 1.0)
            yl = np.interp(x, g["lo_x"], g["lo_y"])
            v = np.clip((y - yl) / (0.1 * iod), 0.0, 1.0)
            w *= 1.0 - h * (1.0 - v)
        return w

    def _lid_raise_px(self, side: str, c: float, x: np.ndarray) -> np.ndarray:
        """How far a cheek raise of ``c`` lifts the lower lid at image columns ``x``."""
        g = self._lids[side]
        yu = np.interp(x, g["up_x"], g["up_y"])
        yl = np.interp(x, g["lo_x"], g["lo_y"])
        return c * CHEEK_LID * np.maximum(yl - yu, 0.0)

    def _shift_px(self, act: Activation) -> float:
        """Image x displacement of the mouth dragged towards the patient's left (+)."""
        toward_left = np.sign(self.points[MOUTH_CORNER["left"], 0] - self.center[0]) or 1.0
        return float(toward_left * MOUTH_SHIFT * self.iod * act.mouth_shift)

    def _shift_weight(self, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        """Share of the mouth's sideways drag at image points: the lips and the skin
        around them, wide along the lips and narrow across them (the nose stays)."""
        iod = self.iod
        along = np.exp(-(((x - self._mouth_centre[0]) / (0.6 * iod)) ** 2) / 2)
        across = np.exp(-(((y - self._lip_line) / (0.18 * iod)) ** 2) / 2)
        return along * across

    def _jaw_weight(self, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        """Share of the jaw's drop at image points: 0 above the lips' meeting line,
        rising to 1 just below it (the corners sit on the line: half), fading to the
        sides of the mouth."""
        iod = self.iod
        below = np.clip((y - self._lip_line) / (0.05 * iod) + 0.5, 0.0, 1.0)
        side = np.exp(-(((x - self._mouth_centre[0]) / (0.7 * iod)) ** 2) / 2)
        under_chin = np.clip(1.0 - (y - self._chin_y) / (0.25 * iod), 0.0, 1.0)
        return below * side * under_chin

    def _turn_displacement(
        self, points: np.ndarray, yaw_deg: float, pitch_deg: float
    ) -> np.ndarray:
        """Image displacement of 3-D ``points`` when the head turns (perspective camera).

        Points rotate about the head's centre (behind the face), are projected with a
        focal length of the frame's larger side, and the displacement is taken against
        the same projection at rest, so a zero turn moves nothing.
        """
        cx, cy = self.center
        f = float(max(self.size))
        zc = self._head_depth
        X, Y, Z = points[:, 0] - cx, points[:, 1] - cy, points[:, 2] - zc
        a, b = np.deg2rad(yaw_deg), np.deg2rad(pitch_deg)
        Xr = X * np.cos(a) + Z * np.sin(a)
        Zr = -X * np.sin(a) + Z * np.cos(a)
        Yr = Y * np.cos(b) - Zr * np.sin(b)
        Zr = Y * np.sin(b) + Zr * np.cos(b)
        d0 = f - zc  # camera distance to the head centre, in pixels
        before = np.stack([X, Y], axis=1) * (f / (d0 + Z))[:, None]
        after = np.stack([Xr, Yr], axis=1) * (f / (d0 + Zr))[:, None]
        return after - before

    def _turn_setup(self) -> None:
        """A thin-plate spline from control points to a coarse grid, as one matrix.

        Control points: a subset of the landmarks, a ring around the head that moves
        with the skull, and the frame border, which stays still.
        """
        from scipy.interpolate import RBFInterpolator

        w, h = self.size
        lm = self.points[::3]
        # The head's centre of rotation lies behind the face by about its width.
        self._head_depth = float(np.median(self.points[:, 2])) + 0.9 * self.iod
        hull_r = np.abs(self.points[:, :2] - self.center).max(axis=0)
        ang = np.linspace(0, 2 * np.pi, 24, endpoint=False)
        ring = np.stack(
            [
                self.center[0] + 1.5 * hull_r[0] * np.cos(ang),
                self.center[1] + 1.25 * hull_r[1] * np.sin(ang),
                np.full_like(ang, float(np.median(self.points[:, 2])) + 0.6 * self.iod),
            ],
            axis=1,
        )
        bx = np.linspace(0, w, 9)
        by = np.linspace(0, h, 7)
        border = np.array(
            [[x, 0] for x in bx]
            + [[x, h] for x in bx]
            + [[0, y] for y in by[1:-1]]
            + [[w, y] for y in by[1:-1]],
            dtype=float,
        )
        self._turn_pts3 = np.vstack([lm, ring])
        centres = np.vstack([self._turn_pts3[:, :2], border])
        self._n_moving = len(self._turn_pts3)
        step = 16
        gx, gy = np.meshgrid(
            np.arange(0, w + step, step, dtype=float), np.arange(0, h + step, step, dtype=float)
        )
        self._turn_grid_shape = gx.shape
        basis = RBFInterpolator(
            centres, np.eye(len(centres)), kernel="thin_plate_spline", smoothing=5.0
        )
        self._turn_matrix = basis(np.stack([gx.ravel(), gy.ravel()], axis=1))[
            :, : self._n_moving
        ].astype(np.float32)
        self._turn_step = step

    def _turn_maps(
        self, pose: HeadPose, mapx: np.ndarray, mapy: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray]:
        """Compose a head turn into full-frame backward maps."""
        d = self._turn_displacement(self._turn_pts3, pose.yaw_deg, pose.pitch_deg).astype(
            np.float32
        )
        grid = self._turn_matrix @ d  # (n_grid, 2)
        gh, gw = self._turn_grid_shape
        w, h = self.size
        dx = cv2.resize(
            grid[:, 0].reshape(gh, gw),
            ((gw - 1) * self._turn_step + 1, (gh - 1) * self._turn_step + 1),
            interpolation=cv2.INTER_LINEAR,
        )[:h, :w]
        dy = cv2.resize(
            grid[:, 1].reshape(gh, gw),
            ((gw - 1) * self._turn_step + 1, (gh - 1) * self._turn_step + 1),
            interpolation=cv2.INTER_LINEAR,
        )[:h, :w]
        # Backward map: a point that moved by d is found d back (fields are smooth).
        return mapx - dx, mapy - dy

    def _similarity(self, pose: HeadPose) -> np.ndarray:
        """2x3 affine: roll and scale about the face centre, then a shift."""
        cx, cy = self.center
        a = np.deg2rad(pose.angle_deg)
        c, s_ = pose.scale * np.cos(a), pose.scale * np.sin(a)
        return np.array(
            [[c, -s_, cx + pose.dx - c * cx + s_ * cy], [s_, c, cy + pose.dy - s_ * cx - c * cy]],
            dtype=np.float64,
        )

    # -- rendering --------------------------------------------------------------------
    def _roi_setup(self) -> None:
        lo = self.points[:, :2].min(axis=0) - 0.35 * self.iod
        hi = self.points[:, :2].max(axis=0) + 0.35 * self.iod
        w, h = self.size
        x0, y0 = max(int(lo[0]), 0), max(int(lo[1]), 0)
        x1, y1 = min(int(hi[0]) + 1, w), min(int(hi[1]) + 1, h)
        self._roi = (x0, y0, x1, y1)
        self._roi_grid = np.meshgrid(
            np.arange(x0, x1, dtype=np.float32), np.arange(y0, y1, dtype=np.float32)
        )

    def _line(
        self, gx: np.ndarray, gy: np.ndarray, a: np.ndarray, b: np.ndarray, width: float
    ) -> np.ndarray:
        """A soft line from ``a`` to ``b`` (image points), 1 on it, fading over ``width``
        pixels across it and over a few pixels past its ends."""
        ab = b - a
        L2 = float(ab @ ab) or 1.0
        u = np.clip(((gx - a[0]) * ab[0] + (gy - a[1]) * ab[1]) / L2, 0.0, 1.0)
        d2 = (gx - a[0] - u * ab[0]) ** 2 + (gy - a[1] - u * ab[1]) ** 2
        taper = np.sin(np.pi * np.clip(u, 0.02, 0.98)) ** 0.5  # thin at both ends
        return np.exp(-d2 / (2 * width * width)) * taper

    def _shade_setup(self) -> None:
        """Shading templates at full activation, on the resting face (ROI coordinates).

        ``self._shade[side][muscle]`` is a float32 map of brightness change (negative:
        darker); :meth:`render` adds them up by activation and moves them with the skin
        (the same backward map as the photo), so a wrinkle sits where its skin went.
        """
        iod, p = self.iod, self.points
        gx, gy = (g.astype(np.float64) for g in self._roi_grid)
        px = max(0.6, 0.012 * iod)  # a wrinkle's half-width: at least about a pixel
        self._shade: dict[str, dict[str, np.ndarray]] = {}
        for side in ("left", "right"):
            out = np.sign(p[MOUTH_CORNER[side], 0] - self.center[0]) or 1.0
            cheek = np.zeros_like(gx)
            # Malar bulge: light on its crest, a shadow under it.
            c = p[CHEEK[side], :2].mean(axis=0)
            cheek += SHADE_MALAR_LIGHT * np.exp(
                -(
                    ((gx - c[0]) / (0.14 * iod)) ** 2
                    + ((gy - c[1] + 0.04 * iod) / (0.09 * iod)) ** 2
                )
                / 2
            )
            cheek -= SHADE_MALAR_SHADOW * np.exp(
                -(
                    ((gx - c[0]) / (0.16 * iod)) ** 2
                    + ((gy - c[1] - 0.14 * iod) / (0.05 * iod)) ** 2
                )
                / 2
            )
            # Crow's feet: three to four short lines fanning out from the outer corner.
            corner = p[EYE_UPPER[side][0], :2] + np.array([out * 0.05 * iod, 0.0])
            for ang in (-30.0, -10.0, 10.0, 30.0):
                r = np.deg2rad(ang)
                d = np.array([out * np.cos(r), np.sin(r)])
                cheek -= SHADE_CROWS_FEET * self._line(
                    gx, gy, corner + 0.02 * iod * d, corner + 0.16 * iod * d, px
                )
            # A fold under the lower lid, following it.
            lo = p[EYE_LOWER[side], :2]
            for a, b in itertools.pairwise(lo[1:-1]):
                off = np.array([0.0, 0.07 * iod])
                cheek -= SHADE_LID_FOLD * self._line(gx, gy, a + off, b + off, 1.5 * px)
            # Nasolabial fold: from above the nose wing to just outside the mouth corner,
            # dark in the crease, a lit edge on the cheek side.
            top = p[ALA[side], :2] + np.array([out * 0.04 * iod, -0.03 * iod])
            bottom = p[MOUTH_CORNER[side], :2] + np.array([out * 0.07 * iod, 0.04 * iod])
            fold = -SHADE_FOLD * self._line(gx, gy, top, bottom, 1.5 * px)
            lit = np.array([out * 0.03 * iod, -0.01 * iod])
            fold += 0.3 * SHADE_FOLD * self._line(gx, gy, top + lit, bottom + lit, 2.5 * px)
            # Forehead lines: three horizontal folds above the brow, arched like it,
            # fading towards the midline and the temple.
            bp = p[BROW[side], :2]
            bx0, bx1 = float(bp[:, 0].min()), float(bp[:, 0].max())
            bc = bp.mean(axis=0)
            fore = np.zeros_like(gx)
            half = 0.5 * (bx1 - bx0) + 0.08 * iod
            for k, h in enumerate((0.14, 0.23, 0.32)):
                arch = 0.06 * iod * ((gx - bc[0]) / half) ** 2
                y_line = bc[1] - h * iod + arch
                along = np.clip(1.0 - ((gx - bc[0]) / half) ** 2, 0.0, 1.0) ** 0.5
                fore -= (
                    SHADE_FOREHEAD
                    * (1.0 - 0.15 * k)
                    * along
                    * np.exp(-((gy - y_line) ** 2) / (2 * (1.5 * px) ** 2))
                )
            self._shade[side] = {
                "cheek": cheek.astype(np.float32),
                "fold": fold.astype(np.float32),
                "brow": fore.astype(np.float32),
            }

    def _shading(self, act: Activation) -> np.ndarray | None:
        """The brightness factor map (ROI, resting-face coordinates) for ``act``, or
        None when no muscle that changes the skin's shading is active."""
        total = None
        for side in ("left", "right"):
            t = self._shade[side]
            weights = (
                ("cheek", max(act.cheek[side], 0.0)),
                # Zygomaticus major deepens the nasolabial fold as well.
                ("fold", max(act.cheek[side], 0.7 * max(act.mouth[side], 0.0))),
                ("brow", max(act.brow[side], 0.0)),
            )
            for name, w in weights:
                if w > 0:
                    total = w * t[name] if total is None else total + w * t[name]
        return None if total is None else 1.0 + total

    def render(self, act: Activation, pose: HeadPose | None = None) -> np.ndarray:
        """The face photo under ``act`` and ``pose``: an ``(H, W, 3)`` uint8 RGB image.

        The deformations compose: lid closure first, then the smooth muscle fields
        (``out(p) = photo(L(F(p)))``), then the head pose.
        """
        if not hasattr(self, "_roi"):
            self._roi_setup()
        x0, y0, x1, y1 = self._roi
        gx, gy = self._roi_grid
        fx, fy = gx.copy(), gy.copy()
        for centre, v, sig, gated in self._fields(act):
            a0, a1 = int(max(centre[0] - 3 * sig, x0)) - x0, int(min(centre[0] + 3 * sig, x1)) - x0
            b0, b1 = int(max(centre[1] - 3 * sig, y0)) - y0, int(min(centre[1] + 3 * sig, y1)) - y0
            sub_x, sub_y = gx[b0:b1, a0:a1], gy[b0:b1, a0:a1]
            g = np.exp(-((sub_x - centre[0]) ** 2 + (sub_y - centre[1]) ** 2) / (2 * sig * sig))
            if gated:
                g = g * self._below_lids(sub_x, sub_y)
            fx[b0:b1, a0:a1] -= (v[0] * g).astype(np.float32)
            fy[b0:b1, a0:a1] -= (v[1] * g).astype(np.float32)
        if act.mouth_shift:
            fx -= (self._shift_px(act) * self._shift_weight(gx, gy)).astype(np.float32)
        if act.jaw > 0:
            # Backward map: a pixel below the lips shows what was JAW_OPEN higher up.
            fy -= (JAW_OPEN * self.iod * act.jaw * self._jaw_weight(gx, gy)).astype(np.float32)
        lids = [s_ for s_ in ("left", "right") if act.eye[s_] > 0 or act.cheek[s_] > 0]
        if lids:
            lid_y = gy.copy()
            for side in lids:
                if act.cheek[side] > 0:
                    self._raise_lid(lid_y, side, act.cheek[side])
                if act.eye[side] > 0:
                    self._close_lid(lid_y, side, act.eye[side])
            fy = cv2.remap(
                lid_y, fx - x0, fy - y0, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE
            )
        face = self.image.copy()
        roi = cv2.remap(self.image, fx, fy, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT101)
        shade = self._shading(act)
        if shade is not None:
            # The shading moves with the skin: the same backward map as the photo.
            shade = cv2.remap(
                shade, fx - x0, fy - y0, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE
            )
            roi = np.clip(roi * shade[:, :, None], 0, 255).astype(np.uint8)
        face[y0:y1, x0:x1] = roi
        if pose is None:
            return face
        if pose.yaw_deg or pose.pitch_deg:
            gx_full, gy_full = self._full_grid
            mx, my = self._turn_maps(pose, gx_full, gy_full)
            face = cv2.remap(face, mx, my, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT101)
        # A face leaving the frame must not come back as its own reflection.
        far = abs(pose.dx) > 0.25 * self.size[0]
        return cv2.warpAffine(
            face,
            self._similarity(pose),
            self.size,
            flags=cv2.INTER_LINEAR,
            borderMode=cv2.BORDER_REPLICATE if far else cv2.BORDER_REFLECT101,
        )

    def _close_lid(self, lid_y: np.ndarray, side: str, c: float) -> None:
        """Lower the upper lid by ``c`` of its travel, in the ROI map ``lid_y``.

        Lid skin from above the crease is stretched over the eye and the lash band
        compressed into a line at the new margin.
        """
        x_off, y_off = self._roi[0], self._roi[1]
        g = self._lids[side]
        xs, yu, yl, yb, ycr = g["xs"], g["yu"], g["yl"], g["yb"], g["ycr"]
        yun = yu + c * LID_TRAVEL * (yl - yu)
        m = (1.0 - 0.7 * c) * (yu - ycr)  # lash band: 30% of its width when closed
        k1 = yun - m
        r0, r1 = int(np.floor(yb)), int(np.ceil(yun.max())) + 1
        ys = np.arange(r0, r1, dtype=np.float64)[:, None]
        upper = yb + (ys - yb) * (ycr - yb) / np.maximum(k1 - yb, 1e-6)
        lash = ycr + (ys - k1) * (yu - ycr) / np.maximum(yun - k1, 1e-6)
        c0 = int(xs[0]) - x_off
        block = lid_y[r0 - y_off : r1 - y_off, c0 : c0 + len(xs)]
        nc = block.shape[1]
        # Below the new margin the map stays as it was (a raised lower lid, or nothing).
        src = np.where(ys < k1, upper, np.where(ys <= yun, lash, np.inf))[:, :nc]
        block[:] = np.where(np.isfinite(src), src, block).astype(np.float32)
        # Smooth the map (not the image) so no seam or stripe shows at the band's edges.
        pad = 6
        sl = (
            slice(max(r0 - y_off - pad, 0), r1 - y_off + pad),
            slice(max(c0 - pad, 0), c0 + len(xs) + pad),
        )
        lid_y[sl] = cv2.GaussianBlur(lid_y[sl], (9, 7), 0)

    def _raise_lid(self, lid_y: np.ndarray, side: str, c: float) -> None:
        """Lift the lower lid by ``c`` of a full cheek raise, in the ROI map ``lid_y``:
        the skin from the lid margin to 0.12 IOD below it is compressed upwards."""
        x_off, y_off = self._roi[0], self._roi[1]
        g = self._lids[side]
        xs, yl = g["xs"], g["yl"]
        d = self._lid_raise_px(side, c, xs.astype(np.float64))
        band = 0.12 * self.iod
        yln = yl - d
        r0, r1 = int(np.floor(yln.min())), int(np.ceil(yl.max() + band)) + 1
        ys = np.arange(r0, r1, dtype=np.float64)[:, None]
        inside = (ys >= yln) & (ys <= yl + band)
        src = np.where(inside, yl + (ys - yln) * band / np.maximum(yl + band - yln, 1e-6), ys)
        c0 = int(xs[0]) - x_off
        block = lid_y[r0 - y_off : r1 - y_off, c0 : c0 + len(xs)]
        block[:] = src[:, : block.shape[1]].astype(np.float32)

    # -- landmarks --------------------------------------------------------------------
    def deform_points(self, act: Activation, pose: HeadPose | None = None) -> np.ndarray:
        """The 478 landmarks moved by ``act`` and ``pose`` (forward model of :meth:`render`)."""
        p = self.points.copy()
        for side in ("left", "right"):
            c = act.eye[side]
            if c > 0:
                g = self._lids[side]
                upper = EYE_UPPER[side][1:-1]  # the corners stay
                yl = np.interp(p[upper, 0], g["lo_x"], g["lo_y"])
                p[upper, 1] += c * LID_TRAVEL * np.maximum(yl - p[upper, 1], 0)
            if act.cheek[side] > 0:
                lower = EYE_LOWER[side][1:-1]
                p[lower, 1] -= self._lid_raise_px(side, act.cheek[side], p[lower, 0])
        base = self.points[:, :2].copy()
        for centre, v, sig, gated in self._fields(act):
            d2 = ((base - centre) ** 2).sum(axis=1)
            g = np.exp(-d2 / (2 * sig * sig))
            if gated:
                g = g * self._below_lids(base[:, 0], base[:, 1])
            p[:, :2] += g[:, None] * v
        if act.mouth_shift:
            p[:, 0] += self._shift_px(act) * self._shift_weight(base[:, 0], base[:, 1])
        if act.jaw > 0:
            p[:, 1] += JAW_OPEN * self.iod * act.jaw * self._jaw_weight(base[:, 0], base[:, 1])
        if pose is not None:
            if pose.yaw_deg or pose.pitch_deg:
                p[:, :2] += self._turn_displacement(p, pose.yaw_deg, pose.pitch_deg)
                a, b = np.deg2rad(pose.yaw_deg), np.deg2rad(pose.pitch_deg)
                X, Y, Z = (
                    p[:, 0] - self.center[0],
                    p[:, 1] - self.center[1],
                    p[:, 2] - self._head_depth,
                )
                Zr = -X * np.sin(a) + Z * np.cos(a)
                p[:, 2] = Y * np.sin(b) + Zr * np.cos(b) + self._head_depth
            m = self._similarity(pose)
            p[:, :2] = p[:, :2] @ m[:, :2].T + m[:, 2]
            p[:, 2] *= pose.scale
        return p
