"""hfs: open software for hemifacial spasm.

Domain packages (each usable without the others):

- :mod:`hfs.video`      measure the twitch from a face video
- :mod:`hfs.neurophys`  lateral spread response, BAEP, and monitoring during surgery
- :mod:`hfs.assistant`  the patient assistant (scenarios, knowledge, red flags)
- :mod:`hfs.clinic`     clinical records, scales and the FHIR export
- :mod:`hfs.simulate`   synthetic data with ground truth, shared by tests, demos, benchmarks
- :mod:`hfs.reports`    self-contained HTML reports of analysis results

Shells: :mod:`hfs.cli` (the ``hfs`` command) and :mod:`hfs.web` (FastAPI);
storage in :mod:`hfs.storage`; errors in :mod:`hfs.errors`.
"""

from hfs.errors import HFSError, InputError

__version__ = "0.1.0"

__all__ = ["HFSError", "InputError", "__version__"]
