"""Simulated recordings shared by the neurophys tests (made once per session)."""

from __future__ import annotations

import pytest

from hfs.simulate.recording import simulate_recording


@pytest.fixture(scope="session")
def neuro_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("neuro")


def _make(neuro_dir, name, kind, **kw):
    sim = simulate_recording(kind, **kw)
    path = sim.write_edf(neuro_dir / f"{name}.edf")
    return path, sim


@pytest.fixture(scope="session")
def diagnostic(neuro_dir):
    return _make(neuro_dir, "diagnostic", "diagnostic", rng=11)


@pytest.fixture(scope="session")
def intraop_lsr_transient(neuro_dir):
    return _make(neuro_dir, "lsr_transient", "intraop-lsr", story="transient", sfreq=10000, rng=12)


@pytest.fixture(scope="session")
def intraop_baep_loss(neuro_dir):
    return _make(neuro_dir, "baep_loss", "intraop-baep", story="loss", sfreq=10000, rng=13)
