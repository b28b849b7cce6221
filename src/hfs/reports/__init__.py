"""Self-contained HTML reports of analysis results (figures embedded, no network).

- :mod:`hfs.reports.video`  face-video analyses
- :mod:`hfs.reports.neuro`  electrodiagnostics and monitoring
"""
