"""The key ring's canary, verified at start-up (P12.12).

A server started with the wrong keys (an unset or stale ``MARQUEE_KEYS``, a lost or
regenerated ``var/keys.json``) used to start and then fail on every sealed value:
members got "wrong ID or password", pages answered 500. So the database keeps one value
sealed under the key ring (``KeyCanary``), written when the database is migrated and
the key ring first used, and a system check (run by ``check``, ``runserver``,
``migrate`` and the WSGI start-up) opens it: a missing or wrong key ring stops the
server with a message that says which. Development keys are never generated while
sealed data exists (``sealed_data_exists``), since new keys cannot open old data.
"""

from __future__ import annotations

import os
import uuid

from django.conf import settings
from django.core import checks
from django.core.exceptions import ImproperlyConfigured
from django.db import DatabaseError
from django.utils import timezone

from . import crypto

CANARY_ID = uuid.UUID("00000000-0000-4000-8000-00000000ca11")  # the wrap's associated data
INDEX_SCOPE = "key-ring-canary"


def sealed_data_exists() -> bool:
    """Whether anything sealed under a key ring is stored: data keys or the canary.
    False when the tables do not exist yet (a database never migrated)."""
    from .keys import DataKey, KeyCanary

    try:
        return DataKey.objects.exists() or KeyCanary.objects.exists()
    except DatabaseError:
        return False


def _mac(ring, value: bytes) -> str:
    return crypto.blind_index(ring.index, INDEX_SCOPE, value.hex())


def ensure() -> bool:
    """Write the canary if there is none and the key ring is the one the data uses (a
    new database, or one from before the canary). Returns whether it wrote one."""
    from .keyring import keyring
    from .keys import KeyCanary

    if KeyCanary.objects.exists() or problems():
        return False
    ring = keyring()
    value = os.urandom(32)
    KeyCanary.objects.create(kek_id=ring.current, index_mac=_mac(ring, value),
                             wrapped=crypto.wrap(ring.kek(ring.current), CANARY_ID, value))
    return True


def rewrap() -> int:
    """Re-wrap the canary under the current KEK (``privacy rotate-keys``)."""
    from .keyring import keyring
    from .keys import KeyCanary

    ring = keyring()
    changed = 0
    for canary in KeyCanary.objects.exclude(kek_id=ring.current):
        value = crypto.unwrap(ring.kek(canary.kek_id), CANARY_ID, bytes(canary.wrapped))
        canary.wrapped = crypto.wrap(ring.kek(ring.current), CANARY_ID, value)
        canary.kek_id, canary.rewrapped_at = ring.current, timezone.now()
        canary.save(update_fields=["wrapped", "kek_id", "rewrapped_at"])
        changed += 1
    return changed


def problems() -> list[str]:
    """What is wrong with the key ring for the data stored; empty when it opens it."""
    if not sealed_data_exists():
        return []  # nothing sealed yet: any key ring (or a generated one) will do
    if not settings.MARQUEE_KEYS and not settings.MARQUEE_GENERATE_DEV_KEYS:
        return ["MARQUEE_KEYS must be set: encrypted data exists and only the key ring it "
                "was sealed with can open it."]
    if not settings.MARQUEE_KEYS and not os.path.exists(settings.MARQUEE_KEY_FILE):
        return [f"The key file {settings.MARQUEE_KEY_FILE} is missing but encrypted data "
                "exists: new keys could not open it, so none are generated."]
    from .keyring import keyring

    try:
        ring = keyring()
    except (ImproperlyConfigured, ValueError, KeyError, TypeError) as exc:
        return [f"The key ring cannot be read: {exc}"]
    return _canary_problems(ring) + _data_key_problems(ring)


def _canary_problems(ring) -> list[str]:
    from .keys import KeyCanary

    found = []
    for canary in KeyCanary.objects.all():
        if canary.kek_id not in ring.keks:
            found.append(f"The key ring has no key-encryption key {canary.kek_id!r}, which "
                         "sealed the canary.")
            continue
        try:
            value = crypto.unwrap(ring.kek(canary.kek_id), CANARY_ID, bytes(canary.wrapped))
        except crypto.VaultError:
            found.append(f"The key-encryption key {canary.kek_id!r} does not open the canary: "
                         "it is not the key the data was sealed with.")
            continue
        if _mac(ring, value) != canary.index_mac:
            found.append("The blind-index key is not the one the data was indexed with.")
    return found


def _data_key_problems(ring) -> list[str]:
    from .keys import DataKey

    live = DataKey.objects.live()
    missing = sorted(set(live.values_list("kek_id", flat=True).distinct()) - set(ring.keks))
    if missing:
        return [f"Live data keys are wrapped under key-encryption key(s) {missing} that the "
                "key ring does not hold."]
    sample = live.first()
    if sample is not None:  # a database from before the canary: a data key must open
        try:
            crypto.unwrap(ring.kek(sample.kek_id), sample.id, bytes(sample.wrapped))
        except crypto.VaultError:
            return [f"The key-encryption key {sample.kek_id!r} does not open the stored data "
                    "keys: it is not the key they were wrapped with."]
    return []


@checks.register("privacy")
def check_key_ring(app_configs=None, **kwargs):
    """An Error per problem: the server must not start with keys that cannot open the data."""
    return [checks.Error(
        text, id="privacy.E060",
        hint="Restore the key ring the data was sealed with (MARQUEE_KEYS in production, "
             f"{settings.MARQUEE_KEY_FILE} in development); see docs/keys.md.")
        for text in problems()]
