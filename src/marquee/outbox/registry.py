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
