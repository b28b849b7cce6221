"""Background work: a small in-process job runner and the jobs it runs.

- :class:`hfs.jobs.runner.JobRunner`: a thread pool (one worker by default), so
  analyses run one after another beside the web server.
- :func:`hfs.jobs.video.analyze_stored_video`: analyses an uploaded video and keeps
  its status, progress and result on the ``videos`` row.

Jobs survive nothing special: a restart re-queues videos left ``queued`` or ``running``
(:func:`hfs.jobs.video.requeue_unfinished`).
"""

from hfs.jobs.runner import JobRunner

__all__ = ["JobRunner"]
