"""Synthetic data with known ground truth, for tests, demos and benchmarks.

- :mod:`hfs.simulate.recording`  EMG/BAEP recordings (EDF+) for facial-nerve monitoring
"""
