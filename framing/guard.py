"""Bounded time per article: a slow article is reported and skipped instead of hanging a run."""

from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from typing import Iterator

from .errors import FramingError

DEFAULT_SECONDS = 60.0


class ArticleTimeout(FramingError):
    """One article took longer than its time budget."""


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise `ArticleTimeout` in the block when it runs longer than ``seconds``.

    Uses a real-time interval timer, so it only works in the main thread of a process on a
    POSIX system (each worker process of ``--jobs`` is one); elsewhere, and with ``seconds``
    None or 0, the block runs unbounded. CPython checks signals inside long regular-expression
    matches too, so even a pathological pattern is interrupted.
    """
    if (not seconds or not hasattr(signal, "setitimer")
            or threading.current_thread() is not threading.main_thread()):
        yield
        return

    def expire(signum, frame):
        raise ArticleTimeout(f"took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
