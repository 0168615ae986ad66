"""Encrypted model fields that read and write like ordinary fields.

    class Member(KeyedVaultModel):
        name = EncryptedCharField(item="name", max_length=50)

    member.name = "홍길동"; member.save()   # stored sealed under the member's data key
    member.name                             # "홍길동", opened on first access

The database column holds only ``v1.…`` ciphertext. A value is sealed when the row
is saved (``pre_save`` sees the instance, hence its data key and row identity) and
opened lazily when read. The row's ``vault_id`` and the field's name are bound in as
associated data, so a ciphertext copied into another row or column fails to open.
Lookups other than ``isnull`` are refused: search through a ``BlindIndexField``.
Writes that bypass ``save()`` (``QuerySet.update``, ``bulk_update``) with plaintext
are refused rather than storing it.
"""

from __future__ import annotations

import datetime
import json
import re

from django import forms
from django.core.exceptions import FieldError
from django.db import models

from . import crypto
from .keyring import keyring
from .keys import DataKey
from .normalizers import NORMALIZERS


class Ciphertext(str):
    """A value as stored: sealed, not yet opened."""


def aad_for(label_lower: str, field_name: str, vault_id) -> bytes:
    """The associated data binding a sealed value to its table, column and row."""
    return f"{label_lower}.{field_name}:{vault_id}".encode()


def _aad(instance, field) -> bytes:
    return aad_for(instance._meta.label_lower, field.name, instance.vault_id)


def seal_for(instance, field, plaintext: bytes) -> Ciphertext:
    key = instance.vault_data_key()
    return Ciphertext(crypto.seal(key.material(), key.id, plaintext, _aad(instance, field)))


def open_for(instance, field, sealed: str) -> bytes:
    key = instance.vault_data_key()
    key_id = crypto.key_id_of(sealed)
    if key.id != key_id:  # sealed before a data-key rotation
        key = DataKey.objects.filter(id=key_id).first()
        if key is None:
            raise crypto.KeyDestroyed(f"data key {key_id} no longer exists")
    return crypto.open_sealed(key.material(), sealed, _aad(instance, field))


class _VaultAttribute:
    """Descriptor keeping the stored ciphertext and the opened plaintext apart."""

    def __init__(self, field):
        self.field = field

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        attname = self.field.attname
        if attname not in instance.__dict__:
            instance.refresh_from_db(fields=[attname])
        raw = instance.__dict__.get(attname)
        if not isinstance(raw, Ciphertext):
            return raw
        opened = instance.__dict__.setdefault("_vault_opened", {})
        if attname not in opened:
            opened[attname] = self.field.decode(open_for(instance, self.field, raw))
        return opened[attname]

    def __set__(self, instance, value):
        instance.__dict__[self.field.attname] = value
        instance.__dict__.get("_vault_opened", {}).pop(self.field.attname, None)


class EncryptedField(models.TextField):
    """Base class: subclasses say how a Python value becomes bytes and back."""

    personal = True  # storage is its class: see marquee.privacy.marking.storage_of
    plain_reason = ""

    def __init__(self, *args, item: str, max_length: int | None = None, **kwargs):
        self.item = item
        self.input_max_length = max_length
        kwargs.setdefault("null", True)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["item"] = self.item
        # Our defaults are null/blank True, Django's False: spell out a False explicitly.
        for flag in ("null", "blank"):
            if not getattr(self, flag):
                kwargs[flag] = False
        if self.input_max_length:
            kwargs["max_length"] = self.input_max_length
        return name, path, args, kwargs

    def contribute_to_class(self, cls, name, **kwargs):
        super().contribute_to_class(cls, name, **kwargs)
        setattr(cls, self.attname, _VaultAttribute(self))

    def from_db_value(self, value, expression, connection):
        return None if value is None else Ciphertext(value)

    def pre_save(self, model_instance, add):
        raw = model_instance.__dict__.get(self.attname)
        if raw is None or isinstance(raw, Ciphertext):
            return raw
        plain = self.clean_python(raw)
        sealed = seal_for(model_instance, self, self.encode(plain))
        model_instance.__dict__[self.attname] = sealed
        model_instance.__dict__.setdefault("_vault_opened", {})[self.attname] = plain
        return sealed

    def get_prep_value(self, value):
        if value is None or isinstance(value, Ciphertext):
            return None if value is None else str(value)
        raise TypeError(
            f"{self.model.__name__}.{self.name}: plaintext must not reach the database; "
            "assign the value and call save()"
        )

    def get_lookup(self, lookup_name):
        if lookup_name != "isnull":
            raise FieldError(
                f"{self.name} is encrypted: search it through its blind index, not '{lookup_name}'"
            )
        return super().get_lookup(lookup_name)

    def value_to_string(self, obj):
        raw = obj.__dict__.get(self.attname)
        return None if raw is None else str(raw)

    # Subclasses override these three.
    def clean_python(self, value):
        return str(value)

    def encode(self, value) -> bytes:
        return value.encode()

    def decode(self, data: bytes):
        return data.decode()


class EncryptedCharField(EncryptedField):
    def formfield(self, **kwargs):
        return forms.CharField(max_length=self.input_max_length, required=not self.blank, **kwargs)


class EncryptedDateField(EncryptedField):
    def clean_python(self, value):
        if isinstance(value, datetime.datetime):
            return value.date()
        if isinstance(value, datetime.date):
            return value
        return datetime.date.fromisoformat(str(value))

    def encode(self, value) -> bytes:
        return value.isoformat().encode()

    def decode(self, data: bytes):
        return datetime.date.fromisoformat(data.decode())

    def formfield(self, **kwargs):
        return forms.DateField(required=not self.blank, **kwargs)


class EncryptedJSONField(EncryptedField):
    def clean_python(self, value):
        return value

    def encode(self, value) -> bytes:
        return json.dumps(value, ensure_ascii=False, sort_keys=True).encode()

    def decode(self, data: bytes):
        return json.loads(data)


class BlindIndexField(models.CharField):
    """A keyed HMAC of another field's normalised value, for exact-match lookups.

    ``Model._meta.get_field("email_index").digest("A@b.com")`` gives the value to
    filter on. Values in the same ``scope`` compare equal across tables, which is what
    the re-join and ID-reuse blocks rely on.
    """

    def __init__(self, *args, source: str, scope: str = "", normalizer: str = "text", **kwargs):
        self.source = source
        self.scope = scope or source
        self.normalizer = normalizer
        kwargs.setdefault("max_length", 64)
        kwargs.setdefault("null", True)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("editable", False)
        kwargs.setdefault("db_index", not kwargs.get("unique", False))
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs.update(source=self.source, scope=self.scope, normalizer=self.normalizer)
        for default in ("max_length", "null", "blank", "editable", "db_index"):
            kwargs.pop(default, None)
        return name, path, args, kwargs

    def digest(self, value) -> str | None:
        return blind_index(self.scope, value, self.normalizer)

    def pre_save(self, model_instance, add):
        value = self.digest(getattr(model_instance, self.source))
        setattr(model_instance, self.attname, value)
        return value


HEX_DIGEST = re.compile(r"[0-9a-f]{64}")


def _refuse_unless_digest(field, value) -> None:
    if value is not None and not (isinstance(value, str) and HEX_DIGEST.fullmatch(value)):
        raise TypeError(f"{field.model.__name__}.{field.name} holds keyed hashes only; "
                        "compute the value with blind_index()")


class KeyedHashField(models.CharField):
    """A keyed HMAC (``blind_index()``) the writing code computes, e.g. a fingerprint.

    Anything but a hex digest is refused on the way to the database, so the column
    cannot quietly hold the text it stands for.
    """

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 64)
        super().__init__(*args, **kwargs)

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        if value != "":
            _refuse_unless_digest(self, value)
        return value


class KeyedHashMapField(models.JSONField):
    """A JSON object whose values are keyed HMACs (``blind_index()``) or null: what was
    provided, kept as digests that show later whether a value has changed."""

    def get_prep_value(self, value):
        for digest in (value or {}).values():
            _refuse_unless_digest(self, digest)
        return super().get_prep_value(value)


def blind_index(scope: str, value, normalizer: str = "text") -> str | None:
    if value is None or value == "":
        return None
    normalized = NORMALIZERS[normalizer](str(value))
    return crypto.blind_index(keyring().index, scope, normalized)
