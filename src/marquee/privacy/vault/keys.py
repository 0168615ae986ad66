"""Data keys: the envelope keys every sealed value is encrypted under (the vault).

``DataKey`` and ``RetentionKey`` are models of the ``privacy`` app (``privacy/models.py``
imports them from here); they live in the vault because sealing and opening a value needs
them and the vault must not import the modules above it. A month's retention key is the
one every record kept under one rule and expiring in that month is sealed with.
"""

from __future__ import annotations

import os
import uuid
from datetime import datetime

from django.db import IntegrityError, models, transaction
from django.utils import timezone

from . import crypto
from .keyring import keyring


class DataKeyQuerySet(models.QuerySet):
    def live(self):
        return self.filter(destroyed_at__isnull=True)


class DataKey(models.Model):
    """A 256-bit data-encryption key, stored only wrapped by a key-encryption key.

    Each member has one; records kept for a legal period share one per retention rule
    and expiry month. Destroying a key (``destroy``) erases the only copy of the key
    material, which makes every value sealed under it unreadable, in backups too.
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    scope = models.CharField(max_length=100, db_index=True)
    kek_id = models.CharField(max_length=40)
    wrapped = models.BinaryField(null=True)
    created_at = models.DateTimeField(default=timezone.now)
    rewrapped_at = models.DateTimeField(null=True, blank=True)
    destroyed_at = models.DateTimeField(null=True, blank=True)
    destroyed_reason = models.CharField(max_length=200, blank=True)

    objects = DataKeyQuerySet.as_manager()

    class Meta:
        verbose_name = "데이터 암호화 키"
        verbose_name_plural = "데이터 암호화 키"

    def __str__(self) -> str:
        return f"{self.scope} {self.id}"

    @classmethod
    def issue(cls, scope: str) -> DataKey:
        """Create and store a fresh data key wrapped under the current KEK."""
        ring = keyring()
        key = cls(scope=scope, kek_id=ring.current)
        material = os.urandom(32)
        key.wrapped = crypto.wrap(ring.kek(ring.current), key.id, material)
        key.save(force_insert=True)
        key._material = material
        return key

    @property
    def destroyed(self) -> bool:
        return self.destroyed_at is not None

    def material(self) -> bytes:
        cached = getattr(self, "_material", None)
        if cached is not None:
            return cached
        if self.destroyed or self.wrapped is None:
            raise crypto.KeyDestroyed(f"data key {self.id} was destroyed")
        self._material = crypto.unwrap(keyring().kek(self.kek_id), self.id, bytes(self.wrapped))
        return self._material

    def rewrap(self) -> bool:
        """Re-wrap under the current KEK (KEK rotation). Returns whether it changed."""
        ring = keyring()
        if self.destroyed or self.kek_id == ring.current:
            return False
        material = self.material()
        self.wrapped = crypto.wrap(ring.kek(ring.current), self.id, material)
        self.kek_id = ring.current
        self.rewrapped_at = timezone.now()
        self.save(update_fields=["wrapped", "kek_id", "rewrapped_at"])
        return True

    def destroy(self, reason: str) -> None:
        """Crypto-shred: forget the key material for good."""
        self.wrapped = None
        self.destroyed_at = timezone.now()
        self.destroyed_reason = reason[:200]
        self._material = None
        self.save(update_fields=["wrapped", "destroyed_at", "destroyed_reason"])


class RetentionKey(models.Model):
    """The data key sealing every kept record of one rule that expires in one month.

    Destroying it is the destruction of that month of records, backups included.
    """

    rule = models.CharField(max_length=40)
    month = models.CharField(max_length=7)  # "2031-05" in KST
    data_key = models.OneToOneField(DataKey, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["rule", "month"], name="retention_key_once")]


def month_of(moment: datetime) -> str:
    return timezone.localtime(moment).strftime("%Y-%m")


def month_end(month: str) -> datetime:
    year, mon = map(int, month.split("-"))
    year, mon = (year + 1, 1) if mon == 12 else (year, mon + 1)
    return timezone.make_aware(datetime(year, mon, 1))


def retention_key(rule: str, expires_at: datetime) -> DataKey:
    """The key for (rule, month of expiry), created once."""
    month = month_of(expires_at)
    existing = RetentionKey.objects.select_related("data_key").filter(rule=rule, month=month).first()
    if existing:
        return existing.data_key
    try:
        with transaction.atomic():
            key = DataKey.issue(f"retention:{rule}:{month}")
            RetentionKey.objects.create(rule=rule, month=month, data_key=key)
            return key
    except IntegrityError:  # created concurrently
        return RetentionKey.objects.select_related("data_key").get(rule=rule, month=month).data_key


class KeyCanary(models.Model):
    """A random value sealed under the key ring, so that a start-up can tell whether the
    configured keys are the ones the data was sealed with (P12.12).

    ``wrapped`` is the value wrapped under a key-encryption key; ``index_mac`` its keyed
    hash under the blind-index key. Both must come out right, or the key ring is wrong
    (``marquee.privacy.vault.canary``). Rotation re-wraps it with the data keys.
    """

    kek_id = models.CharField(max_length=40)
    wrapped = models.BinaryField()
    index_mac = models.CharField(max_length=64)
    created_at = models.DateTimeField(default=timezone.now)
    rewrapped_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        app_label = "privacy"
        verbose_name = "키 확인값"
        verbose_name_plural = "키 확인값"
