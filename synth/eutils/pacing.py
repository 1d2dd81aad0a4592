"""Pacing requests: the process-wide rate limiter and exponential backoff with jitter."""

from __future__ import annotations

import random
import threading
import time
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

import httpx

from ..config import Settings

_RATE_SLACK = 1.05  # space requests 5% wider than the limit, so jitter never trips a 429


class RateLimiter:
    """Spaces request starts at most ``rate`` per second, across threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._next = 0.0

    def wait(self, rate: float) -> None:
        """Block until the next request may start."""
        interval = _RATE_SLACK / rate
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next)
            self._next = start + interval
        if start > now:
            time.sleep(start - now)


RATE_LIMITER = RateLimiter()  # one per process: every client shares it


def backoff_delay(attempt: int, *, settings: Settings, retry_after: float | None = None) -> float:
    """Exponential backoff with full jitter; a server's Retry-After is a floor."""
    cap = min(settings.backoff_max, settings.backoff_base * 2 ** (attempt - 1))
    delay = random.uniform(0, cap)
    if retry_after is not None:
        delay = max(delay, min(retry_after, settings.backoff_max))
    return delay


def retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None


def public_url(url: str) -> str:
    """``url`` without credentials, query string or fragment (safe to show)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return f"{parts.scheme}://{host}{parts.path}"
