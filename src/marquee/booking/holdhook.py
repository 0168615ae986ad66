"""Work that must commit or roll back with a hold, run in the hold's own transaction.

A hold that pays (``paynow``) starts the payment in the same transaction as the hold, so a
failure half-way leaves neither behind. Wrapping the hold in an outer transaction did that,
but turned the hold's transaction into a savepoint (two statements more on every sale in a
rush, issue 17). Instead the caller registers the work here and ``services.hold_seats``
runs it last inside its own transaction, after the seats are claimed; whichever attempt
wins (``hold_best`` and ``nearby`` try again after a lost seat) runs it once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_then: ContextVar[Callable | None] = ContextVar("marquee_hold_then", default=None)


@contextmanager
def with_hold(work: Callable) -> Iterator[None]:
    """Holds made inside this block run ``work(booking)`` in their transaction."""
    token = _then.set(work)
    try:
        yield
    finally:
        _then.reset(token)


def run(booking) -> None:
    """Called by the hold inside its transaction, once its claims are written."""
    work = _then.get()
    if work is not None:
        work(booking)
