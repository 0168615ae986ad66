"""Helpers for the personal-data provider tests (one test file per app's provider)."""

from __future__ import annotations

import json

from django.apps import apps
from django.db import transaction

from marquee.members.models import Member
from marquee.privacy.inventory import inventory
from marquee.privacy.vault import crypto
from marquee.privacy.vault.rotation import sealed_fields, sealed_models


def provider(key: str):
    return inventory.providers[key]


def exported(key: str, member) -> str:
    """The provider's part of the download, as the member receives it (JSON text)."""
    return json.dumps(provider(key).export(member), ensure_ascii=False, default=str)


def destroy(key: str, member) -> list:
    """Run one provider's destroy as the withdrawal does (in a transaction)."""
    with transaction.atomic():
        return provider(key).destroy(Member.objects.select_related("data_key").get(pk=member.pk))


def left_behind(member, *app_labels: str) -> list[str]:
    """Rows of the apps' models that still point at the member, and values still sealed
    under the member's data key (readable as long as the key lives)."""
    found = []
    for label in app_labels:
        for model in apps.get_app_config(label).get_models():
            for f in model._meta.concrete_fields:
                if (f.is_relation and f.related_model is Member
                        and model.objects.filter(**{f.attname: member.pk}).exists()):
                    found.append(f"{model._meta.label}.{f.name}")
    for model in sealed_models():
        if model._meta.app_label not in app_labels:
            continue
        for row in model.objects.all():
            for f in sealed_fields(model):
                raw = row.__dict__.get(f.attname)
                if raw and crypto.key_id_of(raw) == member.data_key_id:
                    found.append(f"{model._meta.label}.{f.name} (sealed)")
    return found
