"""What hfs adds to a Dask worker of its own ``LocalCluster`` (see :mod:`hfs.executor`)."""

from __future__ import annotations

import logging
import os
import sys

from distributed import WorkerPlugin


class QuietNativeStderr(WorkerPlugin):
    """Worker plugin: drop what native code writes to file descriptor 2 on a worker.

    MediaPipe/TFLite print start-up chatter straight to fd 2 from their own threads;
    the workers of a ``LocalCluster`` share the terminal of the person who started the
    batch. Python's ``sys.stderr`` (the worker's own log) is moved to a duplicate of
    the real stderr first, so errors still show. A worker process runs nothing but
    tasks, so changing its process-wide state is safe there.
    """

    def setup(self, worker=None) -> None:
        try:
            fd = sys.stderr.fileno()
        except (AttributeError, OSError, ValueError):
            return
        sys.stderr.flush()
        saved = os.dup(fd)
        py = open(saved, "w", buffering=1, encoding="utf-8", errors="backslashreplace")  # noqa: SIM115
        for h in logging.getLogger().handlers + logging.getLogger("distributed").handlers:
            if isinstance(h, logging.StreamHandler) and getattr(h, "stream", None) is sys.stderr:
                h.setStream(py)
        sys.stderr = py
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, fd)
        os.close(devnull)
