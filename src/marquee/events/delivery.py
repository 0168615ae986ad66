"""The prize delivery processor adapter (P7.3).

The delivery task sent to the declared delivery processor (``privacy.DELIVERY_PROCESSOR``)
is built here, and ``guard_payload_to_declared_items`` refuses any payload field that is
not one of the processor's declared items (or a declared non-personal field), so nothing
undeclared can leave. The shared production payload guard planned in
``marquee.privacy.api`` will replace this check.

Backends: ``sandbox`` (development and tests: keeps what it was sent in ``SENT``) is the
only one; a carrier's API is a new backend with the same ``send(payload) -> reference``.
"""

from __future__ import annotations

import uuid

from marquee.privacy.api import inventory

PROCESSOR = "event_delivery"

# Payload field -> the inventory item it carries; None for fields that are not personal.
PAYLOAD_FIELDS = {
    "reference": None, "prize": None,
    "recipient_name": "event_recipient", "mobile": "event_mobile",
    "postcode": "event_address", "address": "event_address", "address_detail": "event_address",
}


class UndeclaredPayload(Exception):
    """A payload would send the processor something it is not declared to receive."""


def guard_payload_to_declared_items(processor_key: str, payload: dict) -> dict:
    declared = set(inventory.processors[processor_key].items)
    for name in payload:
        if name not in PAYLOAD_FIELDS:
            raise UndeclaredPayload(f"{processor_key}: field {name!r} is not a known payload field")
        item = PAYLOAD_FIELDS[name]
        if item is not None and item not in declared:
            raise UndeclaredPayload(f"{processor_key}: item {item!r} is not declared for it")
    return payload


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
    return guard_payload_to_declared_items(PROCESSOR, payload)


class SandboxCarrier:
    """Accepts every task; ``SENT`` holds the payloads, for tests and the dev pages."""

    SENT: list[dict] = []

    def send(self, payload: dict) -> str:
        self.SENT.append(dict(payload))
        return f"SBX-{uuid.uuid4().hex[:12]}"


def carrier():
    return SandboxCarrier()
