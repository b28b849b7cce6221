"""Face Mesh's landmark list read as an array: the same numbers as point by point.

Known truth: landmark lists built with MediaPipe's own protobuf class from known
coordinates, including the cases the fast path must hand back (a coordinate of exactly
0, which protobuf leaves out; visibility set).
"""

import numpy as np
from mediapipe.framework.formats import landmark_pb2

from hfs.video.landmarks import landmarks_array


def _list(xyz: np.ndarray, **extra) -> landmark_pb2.NormalizedLandmarkList:
    out = landmark_pb2.NormalizedLandmarkList()
    for x, y, z in xyz:
        out.landmark.add(x=float(x), y=float(y), z=float(z), **extra)
    return out


def test_the_array_holds_the_coordinates_in_order():
    xyz = np.random.default_rng(3).uniform(-0.5, 1.5, (478, 3)).astype(np.float32)
    lst = _list(xyz)
    assert len(lst.SerializeToString()) == 478 * 17  # x, y, z only: read as one array
    got = landmarks_array(lst)
    assert got.shape == (478, 3) and got.dtype == np.float32
    np.testing.assert_array_equal(got, xyz)


def test_lists_the_fast_path_cannot_read_come_out_the_same():
    xyz = np.random.default_rng(4).uniform(0.1, 0.9, (478, 3)).astype(np.float32)
    xyz[7, 2] = 0.0  # left out of the wire format
    np.testing.assert_array_equal(landmarks_array(_list(xyz)), xyz)
    xyz[7, 2] = 0.25
    np.testing.assert_array_equal(landmarks_array(_list(xyz, visibility=0.9)), xyz)
    assert landmarks_array(landmark_pb2.NormalizedLandmarkList()).shape == (0, 3)
