"""Skin motion of the cheek and brow, measured on the image itself.

Landmark models place cheek and brow points largely from their learned face shape,
so they under-read how far the skin really moves (and move those points a little
whenever the lid closes). Here a small patch of skin is followed instead: each region's
patch sits where that region was in the first frame, carried along by the head's rigid
motion (a 2-D similarity fitted on stable landmarks), and its vertical shift against
the first frame's patch is found by phase correlation. The shift is skin motion
relative to the head, in inter-ocular distances (up positive).
"""

from __future__ import annotations

import cv2
import numpy as np

from hfs.video.landmarks import BROW, CHEEK, RIGID, inter_ocular
from hfs.video.signals import umeyama

#: The regions followed by texture, and the landmarks that place their patches.
TEXTURE_REGIONS = {"cheek": CHEEK, "brow": BROW}
SIDES = ("left", "right")


class PatchTracker:
    """Phase-correlation tracker of cheek and brow skin, per side.

    Parameters
    ----------
    size : int
        Patch side in pixels after resampling.
    extent_iod : float
        Patch side on the face, in inter-ocular distances.
    """

    def __init__(self, size: int = 32, extent_iod: float = 0.45):
        self.size = size
        self.extent_iod = extent_iod
        self._ref_rigid: np.ndarray | None = None
        self._ref_centres: dict[tuple[str, str], np.ndarray] = {}
        self._ref_patches: dict[tuple[str, str], np.ndarray] = {}
        self._iod0 = 0.0
        self._window = cv2.createHanningWindow((size, size), cv2.CV_64F)

    @staticmethod
    def columns() -> list[tuple[str, str]]:
        return [(s, r) for s in SIDES for r in TEXTURE_REGIONS]

    def _patch(
        self, gray: np.ndarray, centre: np.ndarray, scale: float, rot: np.ndarray
    ) -> np.ndarray:
        """Resample a square patch (side ``extent_iod`` x IOD) centred at ``centre``."""
        side_px = self.extent_iod * self._iod0 * scale
        k = side_px / self.size
        # Patch coordinates (u, v) -> frame: centre + k * rot @ (u - size/2, v - size/2)
        m = k * rot
        off = centre - m @ np.array([self.size / 2, self.size / 2])
        affine = np.hstack([m, off[:, None]])
        patch = cv2.warpAffine(
            gray,
            affine,
            (self.size, self.size),
            flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP,
            borderMode=cv2.BORDER_REPLICATE,
        )
        return patch.astype(np.float64)

    def update(self, rgb: np.ndarray, landmarks: np.ndarray | None) -> np.ndarray:
        """Vertical skin shift per (side, region) in :meth:`columns` order (NaN if unknown)."""
        out = np.full(len(self.columns()), np.nan, dtype=np.float32)
        if landmarks is None:
            return out
        gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
        rigid = landmarks[RIGID, :2].astype(np.float64)
        if self._ref_rigid is None:
            self._ref_rigid = rigid
            self._iod0 = inter_ocular(landmarks)
            for side, region in self.columns():
                c = landmarks[TEXTURE_REGIONS[region][side], :2].astype(np.float64).mean(axis=0)
                self._ref_centres[side, region] = c
                self._ref_patches[side, region] = self._patch(gray, c, 1.0, np.eye(2))
            out[:] = 0.0
            return out
        s, rot, t = umeyama(self._ref_rigid, rigid)
        for i, (side, region) in enumerate(self.columns()):
            c = s * rot @ self._ref_centres[side, region] + t
            cur = self._patch(gray, c, s, rot)
            (_, dy), response = cv2.phaseCorrelate(
                self._ref_patches[side, region], cur, self._window
            )
            if response < 0.05:
                continue  # no texture to follow (glare, occlusion)
            # A skin feature that moved up by d appears d lower in the carried patch's
            # reference frame... phaseCorrelate gives the shift of `cur` against the
            # reference, so skin moving up reads negative dy.
            out[i] = -dy * self.extent_iod / self.size
        return out
