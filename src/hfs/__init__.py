"""hfs: open software for hemifacial spasm.

Domain packages (each usable without the others):

- :mod:`hfs.video`     measure the twitch from a face video
- :mod:`hfs.simulate`  synthetic data with ground truth, shared by tests, demos, benchmarks
- :mod:`hfs.reports`   self-contained HTML reports of analysis results

The command line lives in :mod:`hfs.cli`; errors in :mod:`hfs.errors`.
"""

from hfs.errors import HFSError, InputError

__version__ = "0.1.0"

__all__ = ["HFSError", "InputError", "__version__"]
