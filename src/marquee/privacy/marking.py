"""How a model field says it holds personal data, and how it is stored (P1.6).

Storage is read from the field's class, never declared: a value is sealed only if an
``Encrypted*Field`` writes it, one-way only if a hash field (or the user model's
password, which Django hashes) writes it. A string that claims otherwise cannot exist,
so it cannot be wrong.

* ``EncryptedCharField(item=...)`` and its siblings mark themselves personal.
* ``personal(field, item=..., plain_reason=...)`` marks any other field: a hash field
  (``BlindIndexField``, ``KeyedHashField``...) needs nothing more; a field stored in
  plain needs the reason it cannot be sealed (the one rule: sealed unless a reason).
* ``privacy_waivers = {"name": "a board's name, not a person's"}`` on a model says
  why a field that looks personal (by name or type) is not.
"""

from __future__ import annotations

from django.contrib.auth.base_user import AbstractBaseUser
from django.db import models

from .inventory import Storage
from .vault.fields import BlindIndexField, EncryptedField, KeyedHashField, KeyedHashMapField

HASH_FIELDS = (BlindIndexField, KeyedHashField, KeyedHashMapField)
MIN_REASON = 10  # characters: "n/a" or "not pd" is not a reason


def personal(field: models.Field, *, item: str, plain_reason: str = "") -> models.Field:
    """Mark ``field`` as holding the declared ``item``.

    How it is stored follows from its class (``storage_of``). ``plain_reason`` says why
    a readable value is needed ("range queries on the showtime"); the checks demand it
    for every plain field and refuse plain storage for unique identifiers and
    authentication items whatever the reason.
    """
    field.personal = True
    field.item = item
    field.plain_reason = plain_reason
    return field


def is_personal(field) -> bool:
    return bool(getattr(field, "personal", False))


def is_user_password(field) -> bool:
    """The user model's ``password``, which only ever holds Django's one-way hash."""
    model = getattr(field, "model", None)
    return (field.name == "password" and isinstance(model, type)
            and issubclass(model, AbstractBaseUser))


def storage_of(field) -> Storage:
    """How a field's values are stored, from its class alone."""
    if isinstance(field, EncryptedField):
        return Storage.ENCRYPTED
    if isinstance(field, HASH_FIELDS) or is_user_password(field):
        return Storage.HASHED
    return Storage.PLAIN


def is_sealed(field) -> bool:
    return storage_of(field) == Storage.ENCRYPTED


def waivers_of(model) -> dict[str, str]:
    """The model's ``privacy_waivers`` (field name → reason); a malformed one waives
    nothing (the checks report it)."""
    declared = getattr(model, "privacy_waivers", None)
    return dict(declared) if isinstance(declared, dict) else {}


def has_reason(text) -> bool:
    return isinstance(text, str) and len(text.strip()) >= MIN_REASON
