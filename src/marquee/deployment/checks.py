"""Production refuses development stand-ins (P12.7).

The development defaults stand in for real services so that a laptop needs nothing
else: a sandbox identity page where anyone types any person, a sandbox PG window that
"pays" without money, keys generated into a file next to the data, an outbox that
stores instead of sending, DEBUG. Each is harmless on a laptop and a hole in
production, so with ``MARQUEE_ENV=production`` each one is an ``Error``: ``manage.py
check``, ``runserver``, ``migrate`` and the WSGI entry point (``startup.verify``) refuse
to go on, and the message names every stand-in still configured.

The checks read settings only (no app is imported), so they run before anything else
could use a stand-in.
"""

from __future__ import annotations

from django.conf import settings
from django.core import checks

STORE_ONLY_OUTBOX = "store"
# Channels the service sends members messages through. Nothing is sent by app push yet
# (only its marketing consent exists), so push may stay on the store backend.
SENDING_CHANNELS = ("sms", "email")


def _error(id_: int, msg: str, hint: str) -> checks.Error:
    return checks.Error(msg, hint=hint, id=f"deployment.E{id_:03d}")


def standins() -> list[checks.Error]:
    """Every development stand-in configured now, as an error naming it."""
    found = []
    if settings.MARQUEE_IDENTITY_PROVIDER == "sandbox":
        found.append(_error(1, "The sandbox identity provider is configured: anyone could sign "
                            "up as an invented person.",
                            "Set MARQUEE_IDENTITY_PROVIDER=portone with the PORTONE_* settings."))
    if settings.MARQUEE_PAYMENT_GATEWAY == "sandbox":
        found.append(_error(2, "The sandbox payment gateway is configured: its window marks "
                            "tickets paid without money.",
                            "Set MARQUEE_PAYMENT_GATEWAY=portone with the PORTONE_* settings."))
    if settings.MARQUEE_POSTCODE_BACKEND == "sandbox":
        found.append(_error(7, "The sandbox postcode search is configured: winners could pick "
                            "only from a handful of bundled addresses.",
                            "Set MARQUEE_POSTCODE_BACKEND=juso with MARQUEE_JUSO_API_KEY."))
    if settings.MARQUEE_DELIVERY_BACKEND == "sandbox":
        found.append(_error(8, "The sandbox delivery carrier is configured: winners' prizes "
                            "would be recorded as requested and never shipped.",
                            "Set MARQUEE_DELIVERY_BACKEND=http with MARQUEE_DELIVERY_API_URL "
                            "and MARQUEE_DELIVERY_API_KEY."))
    if not settings.MARQUEE_KEYS:
        found.append(_error(3, "Development keys: the key ring would come from the key file "
                            f"{settings.MARQUEE_KEY_FILE} instead of MARQUEE_KEYS.",
                            "Pass the key ring in MARQUEE_KEYS from the secrets manager "
                            "(docs/keys.md)."))
    stored = [c for c in SENDING_CHANNELS
              if settings.MARQUEE_OUTBOX_BACKENDS.get(c, STORE_ONLY_OUTBOX) == STORE_ONLY_OUTBOX]
    if stored:
        found.append(_error(4, f"The store-only outbox backend is configured for "
                            f"{', '.join(stored)}: messages would never be sent, only kept for "
                            "the development outbox page.",
                            "Set MARQUEE_OUTBOX_SMS_BACKEND=sms_http and "
                            "MARQUEE_OUTBOX_EMAIL_BACKEND=email (docs/outbox.md)."))
    if settings.MARQUEE_DEV_PAGES:
        found.append(_error(5, "The development pages (/dev/outbox/, the sandbox identity "
                            "and PG windows) are routed.",
                            "Leave MARQUEE_DEV_PAGES off in production."))
    if settings.DEBUG:
        found.append(_error(6, "DEBUG is on: error pages would show settings and code.",
                            "Unset DJANGO_DEBUG (production defaults to off)."))
    return found


@checks.register(checks.Tags.security)
def check_production_standins(app_configs=None, **kwargs):
    """In production, every stand-in is an error; in development they are the point."""
    if not settings.PRODUCTION:
        return []
    return standins()
