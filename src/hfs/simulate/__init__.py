"""Synthetic data with ground truth, shared by tests, demos and benchmarks.

Analysis code never imports this package; tests, demos and benchmarks do.
"""
