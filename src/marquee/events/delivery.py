"""The prize delivery processor adapter (P7.3).

The delivery task sent to the declared delivery processor (``privacy.DELIVERY_PROCESSOR``)
is built through the engine's ``Wire`` (``marquee.privacy.api``), the one gate every
adapter's payload passes: a key the wire does not list, or an item the processor is not
declared to receive, raises ``UndeclaredDisclosure`` before anything is sent.

Backends (``MARQUEE_DELIVERY_BACKEND``): ``sandbox`` (development and tests: keeps what
it was sent in ``SENT``; production refuses it, deployment.E008) and ``http`` (a
carrier's task API: the task as JSON over HTTPS with a bearer key, answered with the
carrier's reference). The task's reference (``MQ-EV-<delivery>``) is also its
idempotency key, so a retry after a failure on our side cannot book a second parcel.
"""

from __future__ import annotations

import uuid

import httpx
from django.conf import settings

from marquee.privacy.api import Wire

PROCESSOR = "event_delivery"

# Payload key -> the inventory item it carries; None for keys that are not personal.
TASK_WIRE = Wire(PROCESSOR, {
    "reference": None, "prize": None,
    "recipient_name": "event_recipient", "mobile": "event_mobile",
    "postcode": "event_address", "address": "event_address", "address_detail": "event_address",
})
PAYLOAD_FIELDS = TASK_WIRE.carries


def build_payload(delivery) -> dict:
    payload = {
        "reference": f"MQ-EV-{delivery.pk}",
        "prize": delivery.entry.prize.name,
        "recipient_name": delivery.recipient_name,
        "mobile": delivery.mobile,
        "postcode": delivery.postcode,
        "address": delivery.address,
        "address_detail": delivery.address_detail or "",
    }
    return TASK_WIRE.build(payload)


class SandboxCarrier:
    """Accepts every task; ``SENT`` holds the payloads, for tests and the dev pages."""

    SENT: list[dict] = []

    def send(self, payload: dict) -> str:
        self.SENT.append(dict(payload))
        return f"SBX-{uuid.uuid4().hex[:12]}"


class CarrierError(Exception):
    """The carrier did not take the task (down, refused, or an answer we cannot read)."""


class HttpCarrier:
    def __init__(self, url: str, key: str, timeout: float = 10.0):
        self.url, self.key, self.timeout = url, key, timeout

    def send(self, payload: dict) -> str:
        try:
            response = httpx.post(self.url, json=payload, timeout=self.timeout, headers={
                "Authorization": f"Bearer {self.key}",
                "Idempotency-Key": str(payload["reference"])})
            response.raise_for_status()
            reference = response.json()["reference"]
        except (httpx.HTTPError, ValueError, KeyError, TypeError) as error:
            raise CarrierError(f"delivery carrier: {error.__class__.__name__}") from error
        return str(reference)[:64]


def carrier():
    if settings.MARQUEE_DELIVERY_BACKEND == "http":
        return HttpCarrier(settings.MARQUEE_DELIVERY_API_URL, settings.MARQUEE_DELIVERY_API_KEY)
    return SandboxCarrier()
