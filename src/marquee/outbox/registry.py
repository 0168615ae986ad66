"""Channel backends by name. ``MARQUEE_OUTBOX_BACKENDS`` maps each channel (sms, email,
push) to a registered name; the start-up check (``outbox.checks``) refuses a channel
without a backend, an unknown name, a backend that cannot carry its channel and a
backend whose own settings are incomplete, so a wrong setting stops the server instead
of failing the first message.

The outbox registers its own backends in ``OutboxConfig.ready()``; another app may
register one the same way (``registry.register("kakao", KakaoBackend)``).
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from .protocol import Backend

_factories: dict[str, Callable[[], Backend]] = {}


def register(name: str, factory: Callable[[], Backend]) -> None:
    """Make ``factory`` (a backend class, or any callable returning a backend) choosable
    under ``name``. The factory reads its own settings and raises
    ``ImproperlyConfigured`` when they are incomplete."""
    _factories[name] = factory


def unregister(name: str) -> None:
    _factories.pop(name, None)


def registered() -> frozenset[str]:
    return frozenset(_factories)


def backend_name(channel: str) -> str:
    return settings.MARQUEE_OUTBOX_BACKENDS.get(channel, "")


def backend_for(channel: str) -> Backend:
    """A fresh backend for ``channel`` as configured now."""
    name = backend_name(channel)
    factory = _factories.get(name)
    if factory is None:
        raise ImproperlyConfigured(
            f"MARQUEE_OUTBOX_BACKENDS[{channel!r}] is {name!r}, which is not a registered "
            f"outbox backend ({', '.join(sorted(_factories))})")
    return factory()


# --- per-kind hooks: a last look before sending, extra headers ----------------------------
#
# An app above the outbox registers, for a kind it queues, a *guard* the relay calls right
# before it sends (the advertisement's consent may have been withdrawn since it was queued,
# or the night hours may have begun) and a *headers* function (e-mail List-Unsubscribe).
# A guard returns None (send), a reason string (never send: the message is given up
# without an alert) or a datetime (not yet: the message waits until then).

_guards: dict[str, Callable] = {}
_headers: dict[str, Callable] = {}


def register_guard(kind: str, guard: Callable) -> None:
    _guards[kind] = guard


def guard_for(kind: str) -> Callable | None:
    return _guards.get(kind)


def register_headers(kind: str, headers: Callable) -> None:
    _headers[kind] = headers


def headers_for(message) -> tuple[tuple[str, str], ...]:
    function = _headers.get(message.kind)
    return tuple(function(message).items()) if function else ()
