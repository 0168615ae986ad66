"""What a channel backend is: one ``send`` that either returns (delivered) or raises.

The relay hands a backend an ``Outgoing``, never the ``Message`` row: the backend sees
the opened recipient and body only for the moment of sending, and nothing else of the
member (P7.3). A backend says how a failure should be treated by the exception it
raises; anything else it raises counts as retryable, and only its type name is kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable


@dataclass(frozen=True)
class Outgoing:
    """One message as it leaves: channel, kind and the opened recipient and body."""

    message_id: int
    channel: str
    kind: str
    recipient: str
    subject: str
    body: str
    # Extra headers for the channel (e-mail: List-Unsubscribe), from ``registry.headers``.
    headers: tuple[tuple[str, str], ...] = ()

    def __repr__(self) -> str:  # tracebacks and logs must not carry the contents
        return f"Outgoing(message_id={self.message_id}, channel={self.channel!r}, kind={self.kind!r})"


class DeliveryError(Exception):
    """A failed send. ``reason`` is written to ``Message.last_error``: the backend words
    it, and it must not contain the recipient or the body."""

    retryable = True

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason[:200]


class RetryableError(DeliveryError):
    """The gateway may accept it later (5xx, time-out, connection refused)."""


class PermanentError(DeliveryError):
    """Sending again cannot help (4xx, a message too long for the channel): give up now."""

    retryable = False


@runtime_checkable
class Backend(Protocol):
    """A channel backend. ``channels`` lists what it can carry (checked at start-up)."""

    channels: frozenset[str]

    def send(self, outgoing: Outgoing) -> None: ...
