"""What is sent to a processor (P7.2, P8.3): only the items declared for its task, and
never an item held by an open correction or deletion request."""

from __future__ import annotations

from dataclasses import dataclass, field

from marquee.compliance.rights import holds
from marquee.privacy.api import Processor, inventory

from .values import read_item


class UndeclaredItem(Exception):
    """The item is not entrusted to this processor; sending it is refused."""


@dataclass
class Payload:
    processor: Processor
    member_id: int
    values: dict
    withheld: list[str] = field(default_factory=list)


def processor_payload(processor_key: str, member, items) -> Payload:
    processor = inventory.processors.get(processor_key)
    if processor is None:
        raise UndeclaredItem(f"등록되지 않은 수탁자입니다: {processor_key}")
    items = list(dict.fromkeys(items))
    undeclared = [k for k in items if k not in processor.items]
    if undeclared:
        labels = ", ".join(inventory.items[k].label if k in inventory.items else k
                           for k in undeclared)
        raise UndeclaredItem(f"{processor.name}에 위탁하지 않은 항목은 보낼 수 없습니다: {labels}")
    held = holds.held_items([member.pk]).get(member.pk, set())
    withheld = [k for k in items if k in held]
    return Payload(processor, member.pk,
                   {k: read_item(member, k) for k in items if k not in held}, withheld)
