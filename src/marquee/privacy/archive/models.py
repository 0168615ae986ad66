"""What the law makes us keep after a member leaves, and nothing else (P4.1).

These rows live in the ``archive`` database only (``ArchiveRouter``). Each kept record
is sealed under a retention key shared by its rule and expiry month, so destroying
that one key destroys the whole month of expired records wherever copies exist.
"""

from __future__ import annotations

from django.db import models
from django.utils import timezone

from marquee.privacy.vault.crypto import KeyDestroyed
from marquee.privacy.vault.fields import EncryptedJSONField
from marquee.privacy.vault.keys import DataKey
from marquee.privacy.vault.models import VaultModel


class ArchivedRecord(VaultModel):
    rule = models.CharField(max_length=40, db_index=True)
    kind = models.CharField(max_length=30)  # booking, payment, cancellation, ...
    # Where it came from, e.g. "booking:812": archiving the same record twice is a no-op.
    source = models.CharField(max_length=80, unique=True)
    reference = models.CharField(max_length=64, blank=True, db_index=True)  # booking no.
    # Keyed hash of the person's CI, so the CPO can answer a legal request about them.
    subject_index = models.CharField(max_length=64, db_index=True)
    payload = EncryptedJSONField(item="separated_records")
    trigger_at = models.DateTimeField()
    expires_at = models.DateTimeField(db_index=True)
    key_id = models.UUIDField(db_index=True)
    archived_at = models.DateTimeField(default=timezone.now)

    vault_key_path = "key_id"

    class Meta:
        verbose_name = "분리 보관 기록"
        verbose_name_plural = "분리 보관 기록"
        indexes = [models.Index(fields=["key_id", "expires_at"])]

    def vault_data_key(self):
        cached = getattr(self, "_data_key", None)
        if cached is None or cached.pk != self.key_id:
            cached = DataKey.objects.filter(pk=self.key_id).first()
            if cached is None:
                raise KeyDestroyed(f"retention key {self.key_id} no longer exists")
            self._data_key = cached
        return cached


class Block(models.Model):
    """A withdrawn member's login ID or identity, as a keyed hash only (P3.2)."""

    class Kind(models.TextChoices):
        LOGIN_ID = "login_id", "로그인 ID 재사용 방지"
        DI = "di", "재가입 제한(DI)"
        CI = "ci", "재가입 제한(CI)"

    kind = models.CharField(max_length=10, choices=Kind.choices)
    value_index = models.CharField(max_length=64)
    rule = models.CharField(max_length=40)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField(db_index=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["kind", "value_index"], name="block_once")]


class Checkpoint(models.Model):
    """A signed note of where an append-only record ended at one moment (P12.11): the
    last row's ID and hash and how many rows there were. Kept here, in the separate store,
    away from the table it describes, so deleting the newest rows of that table and
    pointing its head back no longer goes unseen. ``signature`` is a keyed HMAC under
    the key ring's index key (``anchors.sign``), which the database does not hold."""

    chain = models.CharField(max_length=40)  # e.g. "backoffice.StaffAccessLog"
    last_id = models.PositiveBigIntegerField()
    last_hash = models.CharField(max_length=64)
    row_count = models.PositiveBigIntegerField()
    taken_at = models.DateTimeField(default=timezone.now)
    occasion = models.CharField(max_length=40)  # "schedule", "review 2026-11"
    signature = models.CharField(max_length=64)

    class Meta:
        verbose_name = "기록 점검점"
        verbose_name_plural = "기록 점검점"
        ordering = ["-taken_at", "-id"]
        indexes = [models.Index(fields=["chain", "taken_at"])]
