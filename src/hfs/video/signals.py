"""Landmarks -> per-side facial signals, with rigid head motion removed.

Each frame's landmarks are fitted (3-D similarity, Umeyama 1991) to a per-video
reference shape on points that expressions barely move (forehead, nose, temples),
so what remains is local facial motion. Distances are then divided by the
inter-ocular distance (IOD) of the reference, so signals do not depend on how far
the face is from the camera.

Signals per patient side (``left``/``right``):

- ``ear``: eye aspect ratio of the six-point contour;
- ``aperture``: mean vertical lid opening over the inner lid points, in IOD;
- ``brow``: height of the brow (up positive; head motion removed), in IOD;
- ``cheek``: height of the infraorbital cheek (up positive), in IOD;
- ``lower_lid``: height of the middle of the lower lid (up positive), in IOD: a
  rising cheek pushes it up and narrows the eye from below, a lid closure does not;
- ``mouth_x``, ``mouth_y``: mouth-corner position, lateral distance from the facial
  midline and height (up positive), in IOD.

And one signal of the whole mouth, ``mouth_open``: the gap between the inner lips
at the midline, in IOD (the jaw opening of talking and chewing; a spasm pulls a
corner without opening the jaw).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from hfs.video.landmarks import (
    BROW,
    CHEEK,
    EAR_POINTS,
    EYE_LOWER,
    EYE_UPPER,
    MIDLINE,
    MOUTH_CORNER,
    RIGID,
    SUBSET,
    SUBSET_POS,
)

SIDES = ("left", "right")
SIGNALS = ("ear", "aperture", "brow", "cheek", "lower_lid", "mouth_x", "mouth_y")


def _pos(idx: list[int] | int):
    if isinstance(idx, int):
        return SUBSET_POS[idx]
    return [SUBSET_POS[i] for i in idx]


def to_subset(points: np.ndarray) -> np.ndarray:
    """Keep the :data:`~hfs.video.landmarks.SUBSET` columns of full 478-point landmarks."""
    return points[..., SUBSET, :]


def umeyama(src: np.ndarray, dst: np.ndarray) -> tuple[float, np.ndarray, np.ndarray]:
    """Similarity transform ``dst ~ s * R @ src + t`` (least squares, Umeyama 1991).

    ``src`` and ``dst`` are ``(n, d)``. Returns ``(s, R, t)``.
    """
    mu_s, mu_d = src.mean(axis=0), dst.mean(axis=0)
    xs, xd = src - mu_s, dst - mu_d
    cov = xd.T @ xs / len(src)
    u, sv, vt = np.linalg.svd(cov)
    d = np.ones(len(sv))
    if np.linalg.det(u) * np.linalg.det(vt) < 0:
        d[-1] = -1
    r = u @ np.diag(d) @ vt
    var = (xs**2).sum() / len(src)
    s = float((sv * d).sum() / var) if var > 0 else 1.0
    t = mu_d - s * r @ mu_s
    return s, r, t


def umeyama_batch(src: np.ndarray, dst: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """:func:`umeyama` for a stack of ``(n, k, d)`` point sets against one ``(k, d)`` target."""
    mu_s = src.mean(axis=1, keepdims=True)
    mu_d = dst.mean(axis=0)
    xs, xd = src - mu_s, dst - mu_d
    cov = np.einsum("kd,nke->nde", xd, xs) / src.shape[1]
    u, sv, vt = np.linalg.svd(cov)
    d = np.ones_like(sv)
    d[:, -1] = np.sign(np.linalg.det(u) * np.linalg.det(vt))
    r = u @ (d[:, :, None] * vt)
    var = (xs**2).sum(axis=(1, 2)) / src.shape[1]
    s = (sv * d).sum(axis=1) / np.where(var > 0, var, 1.0)
    t = mu_d - s[:, None] * np.einsum("nij,nj->ni", r, mu_s[:, 0, :])
    return s, r, t


@dataclass
class FacialSignals:
    """Per-frame facial signals of one video.

    Attributes
    ----------
    t_s : (n,) array
        Frame times in seconds.
    valid : (n,) bool array
        A face was found in the frame.
    side : dict
        ``side[s][name]`` is an ``(n,)`` array for each side and each of
        :data:`SIGNALS` (NaN where no face).
    head : dict
        ``yaw_deg``, ``pitch_deg``, ``roll_deg``, ``shift_iod`` (translation of the
        face in IOD from its median position), ``scale`` per frame.
    iod_px : float
        Inter-ocular distance of the reference shape, in analysis pixels.
    """

    t_s: np.ndarray
    valid: np.ndarray
    side: dict[str, dict[str, np.ndarray]]
    head: dict[str, np.ndarray]
    iod_px: float
    aligned: np.ndarray | None = field(default=None, repr=False)
    mouth_open: np.ndarray | None = None

    @property
    def n(self) -> int:
        return len(self.t_s)


def _reference(pts: np.ndarray, valid: np.ndarray, rigid: list[int]) -> np.ndarray:
    """Median rigid shape of the video, refined by aligning every frame to it twice."""
    idx = np.flatnonzero(valid)
    # Use at most ~300 frames spread over the video for the reference.
    pick = idx[:: max(1, len(idx) // 300)]
    ref = pts[pick[0]][rigid].astype(np.float64)
    for _ in range(2):
        sets = pts[pick][:, rigid].astype(np.float64)
        s, r, t = umeyama_batch(sets, ref)
        aligned = s[:, None, None] * np.einsum("nij,nkj->nki", r, sets) + t[:, None, :]
        ref = np.median(aligned, axis=0)
    return ref


def compute_signals(
    t_s: np.ndarray, points: np.ndarray, *, keep_aligned: bool = False
) -> FacialSignals:
    """Per-side signals from landmark points.

    Parameters
    ----------
    t_s : (n,) array
        Frame times.
    points : (n, len(SUBSET), 3) array
        Landmarks in :data:`~hfs.video.landmarks.SUBSET` order (see :func:`to_subset`),
        NaN for frames without a face.
    keep_aligned : bool
        Keep the head-motion-free landmarks (for plotting).
    """
    t_s = np.asarray(t_s, dtype=float)
    points = np.asarray(points, dtype=np.float64)
    if points.ndim != 3 or points.shape[1:] != (len(SUBSET), 3):
        raise ValueError(f"points must have shape (n, {len(SUBSET)}, 3), got {points.shape}")
    if len(t_s) != len(points):
        raise ValueError(f"{len(t_s)} times for {len(points)} frames")
    n = len(t_s)
    valid = np.isfinite(points).all(axis=(1, 2))
    nan = np.full(n, np.nan)
    sides = {s: {k: nan.copy() for k in SIGNALS} for s in SIDES}
    head = {k: nan.copy() for k in ("yaw_deg", "pitch_deg", "roll_deg", "shift_iod", "scale")}
    if not valid.any():
        return FacialSignals(t_s, valid, sides, head, float("nan"), None, nan.copy())

    rigid = _pos(RIGID)
    ref = _reference(points, valid, rigid)
    aligned = np.full_like(points, np.nan)
    shift = np.full((n, 2), np.nan)
    idx = np.flatnonzero(valid)
    s_, r_, t_ = umeyama_batch(points[idx][:, rigid], ref)
    aligned[idx] = s_[:, None, None] * np.einsum("nij,nkj->nki", r_, points[idx]) + t_[:, None, :]
    # The head's own pose is the inverse of the alignment.
    rt = np.transpose(r_, (0, 2, 1))
    head["yaw_deg"][idx] = np.degrees(np.arcsin(np.clip(-rt[:, 2, 0], -1, 1)))
    head["pitch_deg"][idx] = np.degrees(np.arctan2(rt[:, 2, 1], rt[:, 2, 2]))
    head["roll_deg"][idx] = np.degrees(np.arctan2(rt[:, 1, 0], rt[:, 0, 0]))
    head["scale"][idx] = 1.0 / s_
    shift[idx] = points[idx][:, rigid, :2].mean(axis=1)

    # Make the reference upright: the reference inherits the roll of the frames it was
    # built from, and "vertical" (lid aperture, heights) must mean the face's vertical.
    eye_c = {s: aligned[:, _pos(EYE_UPPER[s] + EYE_LOWER[s]), :2].mean(axis=1) for s in SIDES}
    ref_eyes = {s: np.nanmedian(eye_c[s], axis=0) for s in SIDES}
    v = ref_eyes["left"] - ref_eyes["right"]
    ang = np.arctan2(v[1], v[0])
    c, sn = np.cos(-ang), np.sin(-ang)
    centre = (ref_eyes["left"] + ref_eyes["right"]) / 2
    xy = aligned[:, :, :2] - centre
    aligned[:, :, 0] = c * xy[:, :, 0] - sn * xy[:, :, 1] + centre[0]
    aligned[:, :, 1] = sn * xy[:, :, 0] + c * xy[:, :, 1] + centre[1]
    eye_c = {s: aligned[:, _pos(EYE_UPPER[s] + EYE_LOWER[s]), :2].mean(axis=1) for s in SIDES}
    ref_eyes = {s: np.nanmedian(eye_c[s], axis=0) for s in SIDES}
    iod = float(np.linalg.norm(ref_eyes["left"] - ref_eyes["right"]))
    med_shift = np.nanmedian(shift, axis=0)
    head["shift_iod"] = (
        np.linalg.norm(shift - med_shift, axis=1) / iod * np.nanmedian(head["scale"])
    )

    mid_x = aligned[:, _pos(MIDLINE), 0].mean(axis=1)
    for s in SIDES:
        sig = sides[s]
        p = [aligned[:, k, :2] for k in _pos(EAR_POINTS[s])]
        d = lambda a, b: np.linalg.norm(a - b, axis=1)  # noqa: E731
        sig["ear"] = (d(p[1], p[5]) + d(p[2], p[4])) / (2 * d(p[0], p[3]))
        up = aligned[:, _pos(EYE_UPPER[s][2:-2]), 1]
        lo = aligned[:, _pos(EYE_LOWER[s][2:-2]), 1]
        sig["aperture"] = (lo - up).mean(axis=1) / iod
        sig["brow"] = -aligned[:, _pos(BROW[s]), 1].mean(axis=1) / iod
        sig["cheek"] = -aligned[:, _pos(CHEEK[s]), 1].mean(axis=1) / iod
        sig["lower_lid"] = -lo.mean(axis=1) / iod
        corner = aligned[:, _pos(MOUTH_CORNER[s]), :2]
        sig["mouth_x"] = np.abs(corner[:, 0] - mid_x) / iod
        sig["mouth_y"] = -corner[:, 1] / iod
    remove_pose_effects(sides, head, valid)
    mouth_open = (aligned[:, _pos(14), 1] - aligned[:, _pos(13), 1]) / iod
    return FacialSignals(
        t_s, valid, sides, head, iod, aligned if keep_aligned else None, mouth_open
    )


def remove_pose_effects(
    sides: dict, head: dict, valid: np.ndarray, *, min_range_deg: float = 4.0
) -> None:
    """Remove what head rotation leaves in the signals after the rigid fit (in place).

    A similarity fit cannot undo perspective: when the head turns, the near side of
    the face looks larger, which moves mouth corners, cheeks and brows apart on one
    side. Each of those signals is regressed on yaw and pitch (centred, with squares
    and product) and the fitted part subtracted. The fit uses only quiet frames (both
    eyes open at their own resting aperture) and then drops frames whose residual
    exceeds 3 robust SD, so spasms and blinks cannot bend it. Lid signals are left
    alone: vertical lid distances hardly change with a few degrees of turn, and a fit
    biased by spasms would invent closures. Skipped when the head hardly turned.
    """
    yaw, pitch = head["yaw_deg"], head["pitch_deg"]
    ok = valid & np.isfinite(yaw) & np.isfinite(pitch)
    if ok.sum() < 30:
        return
    dy, dp = (yaw - np.median(yaw[ok])) / 10.0, (pitch - np.median(pitch[ok])) / 10.0
    if max(np.ptp(yaw[ok]), np.ptp(pitch[ok])) < min_range_deg:
        return
    quiet = ok.copy()
    for s in sides:
        ap = sides[s]["aperture"]
        if np.isfinite(ap[ok]).any():
            quiet &= np.nan_to_num(ap, nan=0.0) >= 0.85 * np.nanpercentile(ap[ok], 85)
    if quiet.sum() < 30:
        return
    design = np.stack([np.ones_like(dy), dy, dp, dy * dy, dp * dp, dy * dp], axis=1)
    # Centre the pose terms so that removing the fit leaves each signal's level as is.
    design[:, 1:] -= np.nanmean(design[quiet, 1:], axis=0)
    ridge = 1e-2 * np.eye(design.shape[1])
    ridge[0, 0] = 0.0
    for s in sides:
        for name, x in sides[s].items():
            if name in ("ear", "aperture"):
                continue
            use = quiet & np.isfinite(x)
            if use.sum() < 30:
                continue
            for _ in range(3):
                a = design[use]
                coef = np.linalg.solve(a.T @ a + ridge * len(a), a.T @ x[use])
                resid = x - design @ coef
                r = resid[quiet & np.isfinite(x)]
                sd = 1.4826 * np.median(np.abs(r - np.median(r))) + 1e-12
                use = quiet & np.isfinite(x) & (np.abs(resid - np.median(r)) <= 3 * sd)
            coef[0] = 0.0  # keep the signal's level; remove only its pose dependence
            sides[s][name] = x - design @ coef
