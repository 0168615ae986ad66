"""The only ways in and out of the separate store: keep, look up blocks, produce for
a legal request. Nothing else reads it (P4.1)."""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.utils import timezone

from marquee.privacy.inventory import inventory
from marquee.privacy.vault.keys import retention_key

from .models import ArchivedRecord, Block

ALIAS = "archive"


def keep(*, rule: str, kind: str, source: str, reference: str, subject_index: str,
         payload: dict, trigger_at) -> ArchivedRecord | None:
    """Store one record under its rule; a record already kept is left as it is."""
    if ArchivedRecord.objects.filter(source=source).exists():
        return None
    expires_at = inventory.rules[rule].period.after(trigger_at)
    key = retention_key(rule, expires_at)
    record = ArchivedRecord(rule=rule, kind=kind, source=source, reference=reference,
                            subject_index=subject_index, payload=payload,
                            trigger_at=trigger_at, expires_at=expires_at, key_id=key.pk)
    record._data_key = key
    try:
        with transaction.atomic(using=ALIAS):
            record.save()
    except IntegrityError:
        return None
    return record


def block(kind: str, value_index: str | None, *, rule: str, since) -> None:
    if not value_index:
        return
    expires_at = inventory.rules[rule].period.after(since)
    Block.objects.update_or_create(kind=kind, value_index=value_index,
                                   defaults={"rule": rule, "expires_at": expires_at})


def is_blocked(kind: str, value_index: str | None) -> bool:
    if not value_index:
        return False
    return Block.objects.filter(kind=kind, value_index=value_index,
                                expires_at__gt=timezone.now()).exists()


def records_for_subject(subject_index: str):
    """For the CPO answering a legal request about a former member (P8.6)."""
    return ArchivedRecord.objects.filter(subject_index=subject_index).order_by("trigger_at")


def records_for_reference(reference: str):
    return ArchivedRecord.objects.filter(reference=reference).order_by("trigger_at")
