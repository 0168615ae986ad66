"""The privacy engine's own records: data keys and consents."""

from __future__ import annotations

import os
import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone

from .vault import crypto
from .vault.keyring import keyring


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


class ConsentText(models.Model):
    """One version of one consent's wording, as shown to the member (synced from code)."""

    key = models.CharField(max_length=50)
    version = models.PositiveIntegerField()
    title = models.CharField(max_length=200)
    body = models.TextField()
    required = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["key", "version"], name="consent_text_key_version"),
        ]
        ordering = ["key", "-version"]

    def __str__(self) -> str:
        return f"{self.title} v{self.version}"


class ConsentRecord(models.Model):
    """An answer to a consent: what text, agreed or refused, when, how, by whom.

    Records are append-only; the member's current state is their latest answer per key.
    """

    class Actor(models.TextChoices):
        MEMBER = "member", "본인"
        GUARDIAN = "guardian", "법정대리인"
        STAFF = "staff", "직원(본인 요청 대리 처리)"

    class Via(models.TextChoices):
        WEB = "web", "웹사이트"
        APP = "app", "앱"
        PHONE = "phone", "전화"
        LETTER = "letter", "서면"
        EMAIL = "email", "이메일"

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="consent_records"
    )
    text = models.ForeignKey(ConsentText, on_delete=models.PROTECT, related_name="records")
    agreed = models.BooleanField()
    at = models.DateTimeField(default=timezone.now, db_index=True)
    via = models.CharField(max_length=10, choices=Via.choices, default=Via.WEB)
    actor = models.CharField(max_length=10, choices=Actor.choices, default=Actor.MEMBER)
    # For a guardian: the ID of the guardian verification that authorised the answer.
    actor_reference = models.CharField(max_length=64, blank=True)

    class Meta:
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["member", "at"])]

    def __str__(self) -> str:
        return f"{self.text} {'동의' if self.agreed else '거부'}"


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


class DestructionRun(models.Model):
    """One sweep or one withdrawal: who or what destroyed data, and when (P4.2)."""

    class Trigger(models.TextChoices):
        SCHEDULE = "schedule", "정기 파기(스케줄)"
        OPERATOR = "operator", "담당자 실행"
        WITHDRAWAL = "withdrawal", "회원 탈퇴"

    trigger = models.CharField(max_length=12, choices=Trigger.choices)
    operator = models.CharField(max_length=100, blank=True)  # staff account or schedule name
    started_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-started_at"]


class DestructionRecord(models.Model):
    """What was destroyed, per run and rule: category, count, method. Never the data."""

    run = models.ForeignKey(DestructionRun, on_delete=models.PROTECT, related_name="records")
    rule = models.CharField(max_length=40)
    rule_label = models.CharField(max_length=100)
    basis = models.CharField(max_length=200)
    category = models.CharField(max_length=200)
    count = models.PositiveIntegerField()
    method = models.CharField(max_length=200)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-at", "-id"]


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
        verbose_name = "키 확인값"
        verbose_name_plural = "키 확인값"
