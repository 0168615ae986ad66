"""What leaves for a processor (P7.3): one gate every adapter's payload passes through.

An adapter declares, once, the shape of what it sends: a ``Wire`` naming the processor
and, for each outbound key, the inventory item it carries (``None`` for a key that
carries nothing about a person: an amount, a message type, our store ID). ``Wire.build``
is then the only way the adapter makes its payload, in production as in tests:

- a key the wire does not list is refused (an e-mail address slipped into a payment
  request's ``customer``);
- a key that carries an item the processor is not entrusted with is refused, so widening
  the wire on purpose still needs a declaration in the inventory (and so a policy version);
- a processor that is not declared at all is refused.

The refusal is an ``UndeclaredDisclosure`` raised before any request is made; nothing is
sent. The check is against the inventory as loaded, so it follows the declarations.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from django.core import checks

from .inventory import inventory

WIRES: list[Wire] = []


class UndeclaredDisclosure(Exception):
    """A payload would carry what the processor is not declared to receive (P7.3).

    Shaped like ``marquee.errors.ServiceError`` (``message``, ``code``, ``status``), which
    the engine may not import (it sits below every app); it is a programming error, not a
    refusal of the person, so it is a 500 wherever it surfaces."""

    status = 500

    def __init__(self, message: str, *, code: str = "undeclared_disclosure") -> None:
        super().__init__(message)
        self.message = message
        self.code = code


@dataclass(frozen=True)
class Wire:
    """The outbound keys of one adapter, each mapped to the item it carries (or None)."""

    processor: str
    carries: Mapping[str, str | None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        WIRES.append(self)

    def problems(self) -> list[str]:
        """What the declarations do not allow, without sending anything (system check)."""
        processor = inventory.processors.get(self.processor)
        if processor is None:
            return [f"processor {self.processor!r} is not declared"]
        return [f"{key!r} carries {item!r}, which {self.processor!r} is not entrusted with"
                for key, item in self.carries.items()
                if item is not None and item not in processor.items]

    def build(self, payload: Mapping[str, object], *, drop_empty: bool = False) -> dict:
        """The payload as it may leave, or ``UndeclaredDisclosure`` before any request.

        ``drop_empty`` leaves out keys whose value is ``None`` or ``""`` (optional items)."""
        processor = inventory.processors.get(self.processor)
        if processor is None:
            raise UndeclaredDisclosure(f"등록되지 않은 수탁자입니다: {self.processor}",
                                       code="undeclared_processor")
        unknown = sorted(key for key in payload if key not in self.carries)
        if unknown:
            raise UndeclaredDisclosure(
                f"{processor.name}에 보내도록 선언되지 않은 항목입니다: {', '.join(unknown)}")
        items = sorted({item for key, item in self.carries.items()
                        if key in payload and item is not None and item not in processor.items})
        if items:
            labels = ", ".join(inventory.items[k].label if k in inventory.items else k
                               for k in items)
            raise UndeclaredDisclosure(f"{processor.name}에 위탁하지 않은 항목입니다: {labels}")
        return {key: value for key, value in payload.items()
                if not (drop_empty and value in (None, ""))}


def wire_problems() -> list[str]:
    """Every declared wire's problems, for the system check."""
    return [f"{wire.processor}: {problem}" for wire in WIRES for problem in wire.problems()]


@checks.register("privacy")
def check_wires(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    """privacy.E070: an adapter's wire carries an item its processor is not entrusted
    with (or names no declared processor); ``build`` would refuse it at the first send."""
    if app_configs is not None:
        return []
    return [checks.Error(f"Processor payload: {problem}", id="privacy.E070",
                         hint="Declare the item for the processor, or stop sending it.")
            for problem in wire_problems()]
