"""The people and places the policy names, from settings (P13.3, P14).

Defaults (in settings.py) are the values of the operator's 2024-03-07 policy, with the
external bodies' names and numbers brought up to date.
"""

from __future__ import annotations

from django.conf import settings


def operator() -> dict:
    return {"company": "", "service": settings.MARQUEE_SENDER_NAME,
            **getattr(settings, "MARQUEE_OPERATOR", {})}


def officer() -> dict:
    """The 개인정보 보호책임자 (PIPA 31): name, position, e-mail, phone, fax."""
    return dict(getattr(settings, "MARQUEE_PRIVACY_OFFICER", {}))


def customer_centre() -> dict:
    return dict(getattr(settings, "MARQUEE_CUSTOMER_CENTRE", {}))


def complaint_bodies() -> list[dict]:
    return list(getattr(settings, "MARQUEE_COMPLAINT_BODIES", ()))


def destruction() -> dict:
    """How often the retention sweep runs and the deadline it keeps (L4.1)."""
    return {"sweep_every_days": 1, "deadline_days": 5,
            **getattr(settings, "MARQUEE_DESTRUCTION", {})}
