"""Migration operations that seal values already in the database (P1.6).

Adding an encrypted field to a model that has rows, or converting a plain column to
an encrypted one, takes three steps in one migration (docs/declaring-personal-data.md):

1. ``AddField``/``AlterField`` to the ``Encrypted*Field``, nullable;
2. ``seal_existing(...)``: each row's plain value sealed under that row's data key;
3. ``AlterField`` to ``null=False`` if the field must not be empty.

A model that becomes a vault model first needs ``vault_id`` the same way: add it
nullable without ``unique``, ``fill_vault_ids(...)``, then make it unique (one default
computed for every existing row would collide). Both operations read the historical
models the migration gives them, never the current code, so later changes to the
model cannot break an old migration.
"""

from __future__ import annotations

import json
import uuid

from django.db import migrations
from django.db.models import TextField, Value

from . import crypto
from .fields import Ciphertext, EncryptedJSONField, aad_for
from .keyring import keyring


def seal_existing(app_label: str, model_name: str, *field_names: str,
                  key_path: str) -> migrations.RunPython:
    """Seal the plain values of ``field_names`` under each row's data key.

    ``key_path`` is the model's ``vault_key_path`` ("data_key", "member__data_key").
    Values already sealed are left alone, so the step can be re-run. A row whose data
    key was destroyed (a withdrawn member) has its leftover plain values cleared: the
    member's data is gone, and so must this copy be. Reversing opens the values again
    (writing "" where nothing is left).
    """
    def forward(apps, schema_editor):
        seal_rows(apps.get_model(app_label, model_name), apps.get_model("privacy", "DataKey"),
                  field_names, key_path)

    def backward(apps, schema_editor):
        open_rows(apps.get_model(app_label, model_name), apps.get_model("privacy", "DataKey"),
                  field_names, key_path)

    return migrations.RunPython(forward, backward, elidable=False)


def fill_vault_ids(app_label: str, model_name: str) -> migrations.RunPython:
    """Give every existing row its own ``vault_id`` before the column becomes unique."""
    def forward(apps, schema_editor):
        model = apps.get_model(app_label, model_name)
        for pk in model._base_manager.filter(vault_id__isnull=True).values_list("pk", flat=True):
            model._base_manager.filter(pk=pk).update(vault_id=uuid.uuid4())

    return migrations.RunPython(forward, migrations.RunPython.noop, elidable=False)


def _material(key_model, key_id, cache: dict) -> tuple | None:
    """(key id, key material) of a live data key, or None when it was destroyed."""
    if key_id not in cache:
        key = key_model._base_manager.filter(pk=key_id).first()
        cache[key_id] = None if key is None or key.wrapped is None else (
            key.id, crypto.unwrap(keyring().kek(key.kek_id), key.id, bytes(key.wrapped)))
    return cache[key_id]


def _rows(model, field_names, key_path):
    return model._base_manager.order_by("pk").values_list(
        "pk", "vault_id", key_path, *field_names).iterator(chunk_size=500)


def _loaded(field, value):
    """A plain column's value as the encrypted field's ``clean_python`` expects it."""
    if isinstance(field, EncryptedJSONField) and isinstance(value, str):
        return json.loads(value)
    return value if isinstance(value, dict | list) else str(value)


def seal_rows(model, key_model, field_names, key_path: str) -> int:
    """The forward step of ``seal_existing``; returns how many rows changed."""
    label, cache, changed = model._meta.label_lower, {}, 0
    for pk, vault_id, key_id, *values in list(_rows(model, field_names, key_path)):
        key = _material(key_model, key_id, cache)
        update = {}
        for name, value in zip(field_names, values, strict=True):
            if value is None or str(value).startswith(crypto.PREFIX):
                continue
            field = model._meta.get_field(name)
            if key is None:
                update[name] = None
                continue
            plain = field.encode(field.clean_python(_loaded(field, value)))
            update[name] = Ciphertext(crypto.seal(key[1], key[0], plain,
                                                  aad_for(label, name, vault_id)))
        if update:
            model._base_manager.filter(pk=pk).update(**update)
            changed += 1
    return changed


def open_rows(model, key_model, field_names, key_path: str) -> int:
    """The reverse step: sealed values back to plain text, "" where nothing is left
    (a destroyed key, or a null the plain column may not accept)."""
    label, cache, changed = model._meta.label_lower, {}, 0
    for pk, vault_id, _row_key, *values in list(_rows(model, field_names, key_path)):
        update = {}
        for name, value in zip(field_names, values, strict=True):
            if value is None:  # cleared or empty: the plain column may be NOT NULL
                update[name] = Value("", output_field=TextField())
                continue
            if not str(value).startswith(crypto.PREFIX):
                continue
            key = _material(key_model, crypto.key_id_of(str(value)), cache)
            plain = "" if key is None else crypto.open_sealed(
                key[1], str(value), aad_for(label, name, vault_id)).decode()
            # Written as an expression: the encrypted field refuses plaintext on purpose.
            update[name] = Value(plain, output_field=TextField())
        if update:
            model._base_manager.filter(pk=pk).update(**update)
            changed += 1
    return changed
