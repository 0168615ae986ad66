"""Member accounts. Every personal value is sealed under the member's own data key."""

from __future__ import annotations

import datetime

from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.contrib.auth.models import PermissionsMixin
from django.db import models
from django.utils import timezone

from marquee.privacy.api import (
    BlindIndexField,
    EncryptedCharField,
    EncryptedDateField,
    EncryptedJSONField,
    IntakeChannel,
    KeyedVaultModel,
    VaultModel,
    personal,
)


class MemberManager(BaseUserManager):
    use_in_migrations = True

    def _index(self, field: str, value) -> str | None:
        return self.model._meta.get_field(field).digest(value)

    def get_by_natural_key(self, username):
        return self.get(login_id_index=self._index("login_id_index", username))

    def find(self, **kwargs):
        """Exact-match search on blind-indexed items: ``find(email="a@b.com")``."""
        filters = {f"{key}_index": self._index(f"{key}_index", value) for key, value in kwargs.items()}
        return self.filter(**filters)

    def login_id_taken(self, login_id: str) -> bool:
        """In use, or used by a member who left less than three months ago (P3)."""
        from marquee.privacy.api import is_blocked

        index = self._index("login_id_index", login_id)
        return self.filter(login_id_index=index).exists() or is_blocked("login_id", index)

    def create_staff(self, login_id, password, name, email, *, superuser=False):
        """Staff accounts are people too: one per person (L3.1), no identity verification."""
        member = self.model(login_id=login_id, name=name, email=email, is_staff=True,
                            is_superuser=superuser, status=Member.Status.ACTIVE)
        member.set_password(password)
        member.save()
        return member


class Member(KeyedVaultModel, AbstractBaseUser, PermissionsMixin):
    """A person with an account: a member of the public, or a staff member."""

    vault_scope = "member"

    class Status(models.TextChoices):
        PENDING_GUARDIAN = "pending_guardian", "법정대리인 동의 대기"
        ACTIVE = "active", "정상"
        WITHDRAWN = "withdrawn", "탈퇴"

    class Gender(models.TextChoices):
        MALE = "male", "남성"
        FEMALE = "female", "여성"

    login_id = EncryptedCharField("아이디", item="login_id", max_length=20)
    login_id_index = BlindIndexField(source="login_id", normalizer="casefold", unique=True)
    password = personal(models.CharField("비밀번호", max_length=128), item="password")
    name = EncryptedCharField("이름", item="name", max_length=50)
    birthdate = EncryptedDateField(item="birthdate")
    gender = EncryptedCharField(item="gender", max_length=10)
    mobile = EncryptedCharField(item="mobile", max_length=20)
    mobile_index = BlindIndexField(source="mobile", normalizer="mobile")
    mobile_carrier = EncryptedCharField(item="mobile", max_length=20)
    ci = EncryptedCharField(item="ci", max_length=100)
    ci_index = BlindIndexField(source="ci", scope="ci")
    di = EncryptedCharField(item="di", max_length=100)
    # Duplicate signup is refused by the database itself (one account per DI).
    di_index = BlindIndexField(source="di", scope="di", unique=True)
    email = EncryptedCharField("이메일", item="email", max_length=254)
    email_index = BlindIndexField(source="email", normalizer="casefold")
    pen_name = EncryptedCharField(item="pen_name", max_length=20)
    landline = EncryptedCharField(item="landline", max_length=20)

    status = models.CharField(max_length=20, choices=Status.choices, default=Status.ACTIVE)
    is_active = models.BooleanField(default=True)
    is_staff = models.BooleanField(default=False)
    date_joined = models.DateTimeField(default=timezone.now)
    identity_verified_at = models.DateTimeField(null=True, blank=True)
    failed_logins = models.PositiveSmallIntegerField(default=0)
    locked_until = models.DateTimeField(null=True, blank=True)

    objects = MemberManager()

    USERNAME_FIELD = "login_id_index"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    class Meta:
        verbose_name = "회원"
        verbose_name_plural = "회원"

    def __str__(self) -> str:
        return f"회원 #{self.pk}"

    def get_username(self):
        return self.login_id

    def natural_key(self):
        return (self.login_id,)

    def clean(self):
        """AbstractBaseUser.clean would normalise the username field, a hash here."""

    def age_on(self, day: datetime.date) -> int | None:
        """만 나이 on ``day`` from the verified birthdate (never a typed value)."""
        born = self.birthdate
        if born is None:
            return None
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day))

    @property
    def is_under_14(self) -> bool:
        age = self.age_on(timezone.localdate())
        return age is not None and age < 14

    @property
    def is_locked(self) -> bool:
        return self.locked_until is not None and self.locked_until > timezone.now()


class Withdrawal(models.Model):
    """A membership withdrawal, carried out as a restartable state machine (P5.2).

    REQUESTED → ARCHIVED (kept records copied to the separate store; idempotent)
    → DONE (everything else destroyed in one transaction, the member's key shredded).
    A crash at any point leaves a state from which ``run`` finishes the job.
    """

    class State(models.TextChoices):
        REQUESTED = "requested", "탈퇴 요청"
        ARCHIVED = "archived", "법정 보존 기록 분리 완료"
        DONE = "done", "탈퇴 완료"

    Channel = IntakeChannel  # the engine's one list of intake channels

    member = models.ForeignKey("Member", null=True, on_delete=models.SET_NULL,
                               related_name="withdrawals")
    member_number = models.PositiveBigIntegerField()  # for the record; means nothing alone
    channel = models.CharField(max_length=10, choices=Channel.choices)
    handled_by = models.ForeignKey("Member", null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    verification = models.CharField("본인 확인 방법", max_length=200, blank=True)
    state = models.CharField(max_length=10, choices=State.choices, default=State.REQUESTED)
    requested_at = models.DateTimeField(default=timezone.now)
    archived_at = models.DateTimeField(null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    kept = models.JSONField(default=dict)  # rule → count of records kept (never data)

    privacy_waivers = {"kept": "retention rule keys with counts of records kept, never data"}

    class Meta:
        verbose_name = "회원 탈퇴"
        ordering = ["-requested_at"]


class MemberOwned(VaultModel):
    """A row about one member, sealed under that member's data key."""

    vault_key_path = "member__data_key"

    class Meta:
        abstract = True

    def vault_data_key(self):
        return self.member.data_key


class IdentityVerification(KeyedVaultModel):
    """A verification result waiting to be used (signup, guardian consent, re-verification).

    Held under its own data key: once used or expired the key is destroyed and the row
    deleted, so a result never outlives its purpose (``until_purpose_end``).
    """

    vault_scope = "identity-verification"

    class Purpose(models.TextChoices):
        SIGNUP = "signup", "회원가입"
        GUARDIAN = "guardian", "법정대리인 동의"
        REVERIFY = "reverify", "본인확인 정보 변경"
        PASSWORD_RESET = "password_reset", "비밀번호 재설정"

    provider = models.CharField(max_length=30)
    # A keyed hash of the provider's transaction ID: each result is used once.
    transaction_index = models.CharField(max_length=64, unique=True)
    purpose = models.CharField(max_length=20, choices=Purpose.choices)
    result = EncryptedJSONField(item="identity_verification_result")
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()

    class Meta:
        verbose_name = "본인확인 결과(임시)"


class UsedVerification(models.Model):
    """A tombstone per provider transaction already accepted, so a result cannot be
    replayed after its IdentityVerification row is gone. Holds only a keyed hash."""

    transaction_index = models.CharField(max_length=64, unique=True)
    used_at = models.DateTimeField(default=timezone.now, db_index=True)


class GuardianConsent(MemberOwned):
    """The consent of the legal guardian of a member under 14 (PIPA 22-2, L1.3)."""

    class Status(models.TextChoices):
        REQUESTED = "requested", "동의 요청"
        CONSENTED = "consented", "동의 완료"
        REFUSED = "refused", "동의 거부"

    member = models.OneToOneField(Member, on_delete=models.CASCADE, related_name="guardian_consent")
    guardian_name = EncryptedCharField(item="guardian_contact", max_length=50)
    guardian_mobile = EncryptedCharField(item="guardian_contact", max_length=20)
    guardian_result = EncryptedJSONField(item="guardian_verification")
    token_hash = models.CharField(max_length=64, unique=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.REQUESTED)
    requested_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "법정대리인 동의"


class AccessRecord(MemberOwned):
    """One member request as automatically collected (P1.2); kept 3 months."""

    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="access_records")
    at = models.DateTimeField(default=timezone.now, db_index=True)
    ip = EncryptedCharField(item="access_ip", max_length=45)
    # Sealed like the IP since migration 0005 (the three-step seal of existing rows).
    path = EncryptedCharField(item="service_use_record", max_length=200)
    method = models.CharField(max_length=8)
    os = EncryptedCharField(item="device_info", max_length=60)
    browser = EncryptedCharField(item="device_info", max_length=60)
    device = EncryptedCharField(item="device_info", max_length=60)
    carrier = EncryptedCharField(item="carrier", max_length=30)

    class Meta:
        verbose_name = "접속 기록"
        ordering = ["-at"]
