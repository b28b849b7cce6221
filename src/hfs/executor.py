"""Where analyses run: in this process (the default) or on a Dask cluster.

An executor runs the pure tasks of :mod:`hfs.tasks`; its caller keeps all state and
files. Choose one with :func:`get_executor` (from settings: ``HFS_DASK_SCHEDULER``),
or make one directly:

- :class:`InProcessExecutor`: a small thread pool in this process, as the embedded
  clinic app and the plain CLI commands have always run analyses;
- :class:`DaskExecutor`: ``dask.distributed``; :meth:`DaskExecutor.connect` to a
  cluster started with ``dask scheduler`` and ``dask worker tcp://HOST:8786`` on any
  number of machines, or :meth:`DaskExecutor.local` for a ``LocalCluster`` of worker
  processes on this machine. Workers need hfs installed, but no shared disk: a caller
  whose workers may be elsewhere sends a file's bytes (:attr:`Executor.ships_bytes`)
  and gets plain dicts back. Dask re-runs on another worker a task whose worker died.

Every executor offers ``submit(fn, *args) -> future`` (``future.result()``,
``future.done()``), :meth:`Executor.wait_first` and :meth:`Executor.close`, and is a
context manager.
"""

from __future__ import annotations

import abc
import logging
import os
import re
import secrets
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor
from concurrent.futures import wait as _wait_threads
from typing import Any

from hfs.errors import InputError

log = logging.getLogger(__name__)

#: ``tcp://host:port`` (or ``tls://``); a bare ``host:port`` means tcp.
_ADDRESS = re.compile(r"^(?:(tcp|tls)://)?(\[[0-9a-fA-F:]+\]|[A-Za-z0-9_.-]+):(\d{1,5})$")


def scheduler_address(text: str) -> str:
    """Check and normalise a Dask scheduler address; :class:`InputError` if malformed."""
    m = _ADDRESS.match(text.strip())
    if not m or not 0 < int(m.group(3)) < 65536:
        raise InputError(
            f"'{text}' is not a Dask scheduler address; expected tcp://HOST:PORT "
            "(as printed by 'dask scheduler')"
        )
    return f"{m.group(1) or 'tcp'}://{m.group(2)}:{m.group(3)}"


class Executor(abc.ABC):
    """Runs functions somewhere and hands back futures."""

    #: True when workers may not see this machine's files: send bytes, not paths.
    ships_bytes: bool = False
    #: Words for people: where the work runs.
    description: str = ""

    @abc.abstractmethod
    def submit(self, fn: Callable[..., Any], *args: Any) -> Any:
        """Start ``fn(*args)``; a future with ``result()``."""

    @abc.abstractmethod
    def wait_first(self, futures: Iterable[Any]) -> set:
        """Block until at least one of ``futures`` is done; return the done ones."""

    def capacity(self) -> int:
        """How many tasks are worth keeping in flight (about two per worker thread)."""
        return 2

    def close(self) -> None:  # noqa: B027 - optional hook: most executors hold nothing
        """Let go of what the executor holds (nothing by default)."""

    def __enter__(self) -> Executor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class InProcessExecutor(Executor):
    """A thread pool in this process (default one thread: analyses use their own)."""

    def __init__(self, max_workers: int = 1):
        self.max_workers = max(1, int(max_workers))
        self._pool = ThreadPoolExecutor(max_workers=self.max_workers, thread_name_prefix="hfs")
        self.description = f"in this process ({self.max_workers} thread(s))"

    def submit(self, fn, *args):
        return self._pool.submit(fn, *args)

    def wait_first(self, futures):
        return set(_wait_threads(list(futures), return_when=FIRST_COMPLETED).done)

    def capacity(self) -> int:
        return 2 * self.max_workers

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


class DaskExecutor(Executor):
    """A ``dask.distributed`` client, and the ``LocalCluster`` it owns if any."""

    #: The worker event topic on which tasks report their progress (:meth:`watch`).
    PROGRESS_TOPIC = "hfs-progress"

    def __init__(self, client, *, cluster=None, ships_bytes: bool = True, description: str = ""):
        self.client = client
        self.cluster = cluster
        self.ships_bytes = ships_bytes
        self.description = description
        self._watchers: dict[str, Callable[[int, int], None]] = {}
        self._watch_lock = threading.Lock()
        self._subscribed = False

    def watch(self, handler: Callable[[int, int], None]) -> dict:
        """Have ``handler(done, total)`` called (in the client's own thread) each time a
        task reports progress; returns the task option (``options["progress"]`` of
        :func:`hfs.tasks.run_task`) that makes one task report. Workers send it as
        Dask worker events on :data:`PROGRESS_TOPIC`, a few a second at most."""
        key = secrets.token_hex(8)
        with self._watch_lock:
            if not self._subscribed:
                self.client.subscribe_topic(self.PROGRESS_TOPIC, self._on_progress)
                self._subscribed = True
            self._watchers[key] = handler
        return {"topic": self.PROGRESS_TOPIC, "key": key}

    def unwatch(self, option: dict) -> None:
        with self._watch_lock:
            self._watchers.pop(option.get("key"), None)

    def _on_progress(self, event) -> None:
        msg = event[1] if isinstance(event, tuple | list) and len(event) == 2 else event
        if not isinstance(msg, dict):
            return
        handler = self._watchers.get(msg.get("key"))
        if handler is not None:
            try:
                handler(int(msg.get("done", 0)), int(msg.get("total", 0)))
            except Exception:  # progress is a courtesy: never break the client's loop
                log.exception("a progress handler failed")

    @classmethod
    def connect(cls, address: str, *, timeout_s: float = 10.0) -> DaskExecutor:
        """Connect to a running scheduler; :class:`InputError` if it cannot be reached."""
        from distributed import Client

        address = scheduler_address(address)
        try:
            client = Client(address, timeout=f"{timeout_s}s", set_as_default=False)
        except (OSError, TimeoutError) as exc:
            raise InputError(
                f"cannot reach the Dask scheduler at {address} within {timeout_s:g} s "
                f"({' '.join(str(exc).split()) or type(exc).__name__}); start one with "
                "'dask scheduler' and workers with 'dask worker ADDRESS'"
            ) from None
        return cls(client, ships_bytes=True, description=f"Dask cluster at {address}")

    @classmethod
    def local(cls, n_workers: int) -> DaskExecutor:
        """A ``LocalCluster`` of ``n_workers`` processes, one thread each, no dashboard."""
        import dask
        from distributed import Client, LocalCluster

        n = max(1, int(n_workers))
        # Quiet the native chatter of MediaPipe/TFLite in the worker processes too.
        os.environ.setdefault("GLOG_minloglevel", "2")
        os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
        # No dashboard, so no use for the workers' statistical profiler (it samples the
        # running task's stack every 10 ms); each nanny hands this config to its worker.
        with dask.config.set({"distributed.worker.profile.enabled": False}):
            cluster = LocalCluster(
                n_workers=n,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
        client = Client(cluster, set_as_default=False)
        from hfs._dask_worker import QuietNativeStderr

        client.register_plugin(QuietNativeStderr(), name="hfs-quiet-native-stderr")
        return cls(
            client,
            cluster=cluster,
            ships_bytes=False,  # same machine: workers read the files themselves
            description=f"local Dask cluster of {n} worker process(es)",
        )

    def submit(self, fn, *args):
        import dask

        # A file's bytes travel inside the task (through the scheduler, which can then
        # re-run it on another worker if one dies); that is meant, so no "large graph"
        # warning for each video.
        with dask.config.set({"distributed.admin.large-graph-warning-threshold": "64GiB"}):
            return self.client.submit(fn, *args, pure=False)

    def wait_first(self, futures):
        from distributed import wait

        with self.client.as_current():
            return set(wait(list(futures), return_when="FIRST_COMPLETED").done)

    def capacity(self) -> int:
        try:
            threads = sum(self.client.nthreads().values())
        except Exception:  # the scheduler is going away; the next wait will say so
            threads = 1
        return max(2, 2 * threads)

    def close(self) -> None:
        try:
            self.client.close()
        finally:
            if self.cluster is not None:
                self.cluster.close()


def get_executor(settings=None) -> Executor:
    """The executor the settings choose: Dask when ``HFS_DASK_SCHEDULER`` is set."""
    if settings is None:
        from hfs.settings import get_settings

        settings = get_settings()
    address = getattr(settings, "dask_scheduler", None)
    if address:
        return DaskExecutor.connect(address)
    return InProcessExecutor()
