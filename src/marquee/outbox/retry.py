"""When to try a failed message again, and when to give up (``MARQUEE_OUTBOX_RETRY``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential back-off: ``base``, ``2·base``, ``4·base``… never more than ``cap``.

    ``lease_seconds`` is how long a relay holds a claimed message before another relay
    may take it over; it must outlast the slowest send (the SMS time-out), or a slow
    send is repeated by a second relay while the first is still waiting.
    """

    base_seconds: int = 60
    cap_seconds: int = 3600
    max_attempts: int = 8
    lease_seconds: int = 300

    @classmethod
    def from_settings(cls) -> RetryPolicy:
        return cls(**settings.MARQUEE_OUTBOX_RETRY)

    def delay(self, attempts: int) -> timedelta:
        """The wait after the ``attempts``-th failed attempt (1-based)."""
        exponent = max(0, attempts - 1)
        seconds = self.base_seconds * 2 ** min(exponent, 30)  # 2**30 · base is past any cap
        return timedelta(seconds=min(self.cap_seconds, seconds))

    @property
    def lease(self) -> timedelta:
        return timedelta(seconds=self.lease_seconds)

    def problems(self) -> list[str]:
        """What is wrong with the configured values, for the start-up check."""
        found = []
        if self.base_seconds < 1:
            found.append("base_seconds must be at least 1")
        if self.cap_seconds < self.base_seconds:
            found.append("cap_seconds must not be below base_seconds")
        if self.max_attempts < 1:
            found.append("max_attempts must be at least 1")
        if self.lease_seconds < 30:
            found.append("lease_seconds must be at least 30")
        return found
