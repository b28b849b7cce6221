"""Electrodiagnostics and surgery monitoring: lateral spread response (LSR) and BAEP.

``read_recording`` (EDF+/BDF+ via MNE) -> :class:`Recording` -> sweeps around each
stimulus -> cleaned (artifact blanked, mains removed, band-passed) -> measures:

- :func:`analyze_recording`: LSR / M-response per (stimulation site, muscle) and BAEP
  waves I, III, V, as :class:`NeuroAnalysis` (JSON schema ``hfs.neuro.analysis/2``).
- :class:`Monitor`: the same steps sweep by sweep, with a baseline, trends and alerts,
  fed by :func:`replay_file` or an LSL inlet (:mod:`hfs.neurophys.lsl`).

Results inform a clinician; nothing here makes a diagnosis.
"""

from hfs.neurophys.analysis import SCHEMA, NeuroAnalysis, analyze_recording
from hfs.neurophys.baep import BAEPMeasure, measure_baep
from hfs.neurophys.io import Recording, Stimulus, read_recording
from hfs.neurophys.lsr import ResponseMeasure, measure_response
from hfs.neurophys.monitor import Monitor, Sweep, SweepCutter, replay_file, run_monitor
from hfs.neurophys.montage import ChannelRole, Montage, read_montage, recognise_channel

__all__ = [
    "SCHEMA",
    "BAEPMeasure",
    "ChannelRole",
    "Monitor",
    "Montage",
    "NeuroAnalysis",
    "Recording",
    "ResponseMeasure",
    "Stimulus",
    "Sweep",
    "SweepCutter",
    "analyze_recording",
    "measure_baep",
    "measure_response",
    "read_montage",
    "read_recording",
    "recognise_channel",
    "replay_file",
    "run_monitor",
]
