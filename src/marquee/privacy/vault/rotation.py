"""Key rotation: re-wrap data keys under a new KEK, or re-seal rows under a new data key."""

from __future__ import annotations

from django.apps import apps
from django.db import transaction

from . import canary
from .fields import EncryptedField
from .keys import DataKey, RetentionKey
from .models import VaultModel


def sealed_models() -> list[type[VaultModel]]:
    """Every concrete model that holds at least one sealed field."""
    return [
        model for model in apps.get_models()
        if issubclass(model, VaultModel)
        and any(isinstance(f, EncryptedField) for f in model._meta.concrete_fields)
    ]


def sealed_fields(model) -> list[EncryptedField]:
    return [f for f in model._meta.concrete_fields if isinstance(f, EncryptedField)]


def _ref(model, key: DataKey):
    """A key as the model refers to it: the instance for a FK, its ID for a UUID column."""
    return key.pk if model.vault_key_path.endswith("_id") else key


def rewrap_all(batch_size: int = 500) -> int:
    """Re-wrap every live data key under the current KEK; returns how many changed."""
    changed = 0
    for key in DataKey.objects.live().iterator(chunk_size=batch_size):
        changed += key.rewrap()
    canary.rewrap()  # the start-up check opens it with the current KEK from now on
    return changed


@transaction.atomic
def rotate_data_key(old: DataKey) -> DataKey:
    """Re-seal everything under ``old`` with a fresh key, then destroy ``old``."""
    new = DataKey.issue(old.scope)
    plans = []
    for model in sealed_models():
        for row in model.objects.filter(**{model.vault_key_path: _ref(model, old)}):
            values = {f.attname: getattr(row, f.attname) for f in sealed_fields(model)}
            plans.append((model, row.pk, values))
    for model in sealed_models():
        if "__" not in model.vault_key_path:  # the row names its key itself: re-point it
            model.objects.filter(**{model.vault_key_path: _ref(model, old)}).update(
                **{model.vault_key_path: _ref(model, new)})
    for model, pk, values in plans:
        row = model.objects.get(pk=pk)
        for attname, value in values.items():
            setattr(row, attname, value)
        row.save(update_fields=list(values))
    RetentionKey.objects.filter(data_key=old).update(data_key=new)
    old.destroy("data key rotation")
    return new
