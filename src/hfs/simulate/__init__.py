"""Synthetic data with ground truth, shared by tests, demos and benchmarks.

Analysis code never imports this package; tests, demos and benchmarks do.

- :mod:`hfs.simulate.schedule`, :mod:`hfs.simulate.face`, :mod:`hfs.simulate.video`
  face videos of hemifacial spasm (and landmark series) with ground truth
- :mod:`hfs.simulate.score`  matching found events to the truth
- :mod:`hfs.simulate.recording`  EMG/BAEP recordings (EDF+) for facial-nerve monitoring
"""
