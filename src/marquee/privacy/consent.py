"""Consent services: the current answers and recording new ones (P5, L1.1, L1.2)."""

from __future__ import annotations

from django.db import transaction

from .inventory import ConsentDefinition, inventory
from .models import ConsentRecord, ConsentText


def sync_consent_texts() -> int:
    """Store each declared consent version once; earlier versions stay for the record."""
    created = 0
    for definition in inventory.consents.values():
        _, made = ConsentText.objects.get_or_create(
            key=definition.key,
            version=definition.version,
            defaults={"title": definition.title, "body": definition.body,
                      "required": definition.required},
        )
        created += made
    return created


def current_text(key: str) -> ConsentText:
    definition: ConsentDefinition = inventory.consents[key]
    text, _ = ConsentText.objects.get_or_create(
        key=key, version=definition.version,
        defaults={"title": definition.title, "body": definition.body,
                  "required": definition.required},
    )
    return text


@transaction.atomic
def record(member, answers: dict[str, bool], *, via=ConsentRecord.Via.WEB,
           actor=ConsentRecord.Actor.MEMBER, actor_reference: str = "") -> list[ConsentRecord]:
    """Record one answer per consent key, each tied to the text version shown."""
    records = [
        ConsentRecord(member=member, text=current_text(key), agreed=bool(agreed), via=via,
                      actor=actor, actor_reference=actor_reference)
        for key, agreed in answers.items()
    ]
    return ConsentRecord.objects.bulk_create(records)


def current_state(member) -> dict[str, bool]:
    """The member's latest answer per consent key; unanswered keys count as refused."""
    state = {key: False for key in inventory.consents}
    seen = set()
    for rec in member.consent_records.select_related("text").order_by("-at", "-id"):
        if rec.text.key not in seen:
            seen.add(rec.text.key)
            state[rec.text.key] = rec.agreed
    return state


def history(member):
    return member.consent_records.select_related("text").order_by("-at", "-id")
