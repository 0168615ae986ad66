"""The prize delivery processor adapter (P7.3).

The delivery task sent to the declared delivery processor (``privacy.DELIVERY_PROCESSOR``)
is built through the engine's ``Wire`` (``marquee.privacy.api``), the one gate every
adapter's payload passes: a key the wire does not list, or an item the processor is not
declared to receive, raises ``UndeclaredDisclosure`` before anything is sent.

Backends: ``sandbox`` (development and tests: keeps what it was sent in ``SENT``) is the
only one; a carrier's API is a new backend with the same ``send(payload) -> reference``.
"""

from __future__ import annotations

import uuid

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


def carrier():
    return SandboxCarrier()
