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
    login_id_index = BlindIndexField(source="login_id", normalizer="casefold", unique=True, verbose_name="아이디 검색 색인")
    password = personal(models.CharField("비밀번호", max_length=128), item="password")
    name = EncryptedCharField("이름", item="name", max_length=50)
    birthdate = EncryptedDateField(item="birthdate", verbose_name="생년월일")
    gender = EncryptedCharField(item="gender", max_length=10, verbose_name="성별")
    mobile = EncryptedCharField(item="mobile", max_length=20, verbose_name="휴대전화번호")
    mobile_index = BlindIndexField(source="mobile", normalizer="mobile", verbose_name="휴대전화번호 검색 색인")
    mobile_carrier = EncryptedCharField(item="mobile", max_length=20, verbose_name="통신사")
    ci = EncryptedCharField(item="ci", max_length=100, verbose_name="연계정보(CI)")
    ci_index = BlindIndexField(source="ci", scope="ci", verbose_name="CI 검색 색인")
    di = EncryptedCharField(item="di", max_length=100, verbose_name="중복가입확인정보(DI)")
    # Duplicate signup is refused by the database itself (one account per DI).
    di_index = BlindIndexField(source="di", scope="di", unique=True, verbose_name="DI 검색 색인")
    email = EncryptedCharField("이메일", item="email", max_length=254)
    email_index = BlindIndexField(source="email", normalizer="casefold", verbose_name="이메일 검색 색인")
    pen_name = EncryptedCharField(item="pen_name", max_length=20, verbose_name="필명")
    landline = EncryptedCharField(item="landline", max_length=20, verbose_name="전화번호(자택·직장)")

    status = models.CharField(max_length=20, choices=Status.choices, default=Status.ACTIVE, verbose_name="회원 상태")
    is_active = models.BooleanField(default=True, verbose_name="활성 계정")
    is_staff = models.BooleanField(default=False, verbose_name="직원 계정")
    date_joined = models.DateTimeField(default=timezone.now, verbose_name="가입일시")
    identity_verified_at = models.DateTimeField(null=True, blank=True, verbose_name="본인확인 일시")
    failed_logins = models.PositiveSmallIntegerField(default=0, verbose_name="로그인 실패 횟수")
    locked_until = models.DateTimeField(null=True, blank=True, verbose_name="잠금 해제 시각")

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
                               related_name="withdrawals", verbose_name="회원")
    member_number = models.PositiveBigIntegerField(verbose_name="회원번호")  # for the record; means nothing alone
    channel = models.CharField(max_length=10, choices=Channel.choices, verbose_name="접수 경로")
    handled_by = models.ForeignKey("Member", null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+", verbose_name="처리 직원")
    verification = models.CharField("본인 확인 방법", max_length=200, blank=True)
    state = models.CharField(max_length=10, choices=State.choices, default=State.REQUESTED, verbose_name="처리 상태")
    requested_at = models.DateTimeField(default=timezone.now, verbose_name="요청 일시")
    archived_at = models.DateTimeField(null=True, blank=True, verbose_name="분리 보관 일시")
    completed_at = models.DateTimeField(null=True, blank=True, verbose_name="완료 일시")
    kept = models.JSONField(default=dict, verbose_name="보존 기록 수(규칙별)")  # rule → count of records kept (never data)

    privacy_waivers = {"kept": "retention rule keys with counts of records kept, never data"}

    class Meta:
        verbose_name = "회원 탈퇴"
        ordering = ["-requested_at"]

    def __str__(self) -> str:
        return f"회원 탈퇴 #{self.pk}"


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

    member = models.OneToOneField(Member, on_delete=models.CASCADE, related_name="guardian_consent", verbose_name="회원")
    guardian_name = EncryptedCharField(item="guardian_contact", max_length=50, verbose_name="법정대리인 이름")
    guardian_mobile = EncryptedCharField(item="guardian_contact", max_length=20, verbose_name="법정대리인 휴대전화번호")
    guardian_result = EncryptedJSONField(item="guardian_verification", verbose_name="법정대리인 본인확인 결과")
    token_hash = models.CharField(max_length=64, unique=True, verbose_name="동의 링크 해시")
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.REQUESTED, verbose_name="상태")
    requested_at = models.DateTimeField(default=timezone.now, verbose_name="요청 일시")
    expires_at = models.DateTimeField(verbose_name="만료 일시")
    decided_at = models.DateTimeField(null=True, blank=True, verbose_name="결정 일시")

    class Meta:
        verbose_name = "법정대리인 동의"

    def __str__(self) -> str:
        return f"법정대리인 동의 #{self.pk}"


class AccessRecord(MemberOwned):
    """One member request as automatically collected (P1.2); kept 3 months."""

    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="access_records", verbose_name="회원")
    at = models.DateTimeField(default=timezone.now, db_index=True, verbose_name="접속 일시")
    ip = EncryptedCharField(item="access_ip", max_length=45, verbose_name="IP 주소")
    # Sealed like the IP since migration 0005 (the three-step seal of existing rows).
    path = EncryptedCharField(item="service_use_record", max_length=200, verbose_name="접속 경로")
    method = models.CharField(max_length=8, verbose_name="요청 방식")
    os = EncryptedCharField(item="device_info", max_length=60, verbose_name="OS")
    browser = EncryptedCharField(item="device_info", max_length=60, verbose_name="브라우저")
    device = EncryptedCharField(item="device_info", max_length=60, verbose_name="단말기")
    carrier = EncryptedCharField(item="carrier", max_length=30, verbose_name="이동통신사")

    class Meta:
        verbose_name = "접속 기록"
        ordering = ["-at"]

    def __str__(self) -> str:
        return f"접속 기록 #{self.pk}"
