"""What each declared purpose covers: the items declared for it, directly or through the
consent that asks for it. Shared by the rendered policy (§2) and by purpose-bound reads,
so that the policy and the enforcement cannot disagree."""

from __future__ import annotations

from .inventory import ConsentDefinition, Item, Purpose, inventory


def consents_for(purpose: Purpose) -> list[ConsentDefinition]:
    """Consents whose stated purpose is this purpose (a consent quotes the purpose's
    description, or names it by label)."""
    return [c for c in inventory.consents.values()
            if c.purpose in (purpose.description, purpose.label)]


def items_for(purpose: Purpose) -> list[Item]:
    """Items processed for ``purpose``: declared on the item, or listed by a consent
    given for it. Declaration order, no duplicates."""
    keys = [i.key for i in inventory.items.values() if purpose in i.purposes]
    for definition in consents_for(purpose):
        keys.extend(k for k in definition.items if k in inventory.items)
    return [inventory.items[k] for k in dict.fromkeys(keys)]
