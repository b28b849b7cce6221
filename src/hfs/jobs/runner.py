"""A tiny job runner: a thread pool whose jobs log their own failures."""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

log = logging.getLogger(__name__)


class JobRunner:
    """Runs callables in the background, ``workers`` at a time (default one).

    One worker is deliberate: a video analysis already uses the machine's cores, so
    queued analyses wait their turn instead of slowing each other down.
    """

    def __init__(self, workers: int = 1):
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="hfs-job")

    def submit(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Future:
        return self._pool.submit(self._run, fn, *args, **kwargs)

    @staticmethod
    def _run(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except Exception:  # a job must record its own failure; this is the last net
            log.exception("background job %s failed", getattr(fn, "__name__", fn))
            raise

    def shutdown(self, *, wait: bool = True) -> None:
        self._pool.shutdown(wait=wait, cancel_futures=not wait)
