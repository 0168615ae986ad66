"""Start-up checks for the outbox: every channel has a backend that can carry it and
whose settings are complete, and the retry policy is sane (``manage.py check``)."""

from __future__ import annotations

from django.core import checks
from django.core.exceptions import ImproperlyConfigured

from . import registry
from .models import Message
from .retry import RetryPolicy


@checks.register("outbox")
def check_backends(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    errors = []
    for channel in Message.Channel.values:
        name = registry.backend_name(channel)
        if not name:
            errors.append(checks.Error(
                f"no outbox backend for the {channel!r} channel",
                hint=f"set MARQUEE_OUTBOX_BACKENDS[{channel!r}] to one of "
                     f"{sorted(registry.registered())}", id="outbox.E001"))
            continue
        try:
            backend = registry.backend_for(channel)
        except ImproperlyConfigured as exc:
            errors.append(checks.Error(str(exc), id="outbox.E002"))
            continue
        if channel not in backend.channels:
            errors.append(checks.Error(
                f"the outbox backend {name!r} cannot send {channel!r} messages",
                hint=f"it sends {sorted(backend.channels)}", id="outbox.E003"))
    return errors


@checks.register("outbox")
def check_retry_policy(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    try:
        problems = RetryPolicy.from_settings().problems()
    except TypeError as exc:  # an unknown or missing key in the setting
        problems = [str(exc)]
    return [checks.Error(f"MARQUEE_OUTBOX_RETRY: {problem}", id="outbox.E004")
            for problem in problems]
