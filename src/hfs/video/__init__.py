"""Measure hemifacial spasm from a face video."""
