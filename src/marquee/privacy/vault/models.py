"""Abstract bases for models that hold sealed fields."""

from __future__ import annotations

import uuid

from django.core.exceptions import ImproperlyConfigured
from django.db import models

from .keys import DataKey


class VaultModel(models.Model):
    """A row that may hold sealed values; ``vault_id`` is its identity inside them."""

    vault_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    # The ORM path from this model to the DataKey that seals it (for rotation).
    vault_key_path = "data_key"

    class Meta:
        abstract = True

    def vault_data_key(self):
        """The DataKey that seals this row's values; subclasses say whose it is."""
        raise ImproperlyConfigured(f"{type(self).__name__} must define vault_data_key()")


class KeyedVaultModel(VaultModel):
    """A row that owns a data key (a member, a pending verification, a message)."""

    vault_scope = "row"

    data_key = models.ForeignKey(
        "privacy.DataKey", on_delete=models.PROTECT, related_name="+", editable=False
    )

    class Meta:
        abstract = True

    def vault_data_key(self):
        if self.data_key_id is None:
            self.data_key = DataKey.issue(self.vault_scope)
        return self.data_key

    def save(self, *args, **kwargs):
        self.vault_data_key()  # the key must exist before any sealed field is written
        super().save(*args, **kwargs)
