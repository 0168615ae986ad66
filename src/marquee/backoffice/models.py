"""The back office's records: staff accounts, access logs, reveals, rights history,
pledges and training, monthly reviews (P12.3–P12.5, L3.1–L3.3).

Staff are Members with ``is_staff`` and a ``StaffProfile`` (one account per person,
L3.1). Every staff read, reveal, change, export and deletion of personal data is a
``StaffAccessLog`` entry: append-only and hash-chained (see ``audit.py``).
"""

from __future__ import annotations

import time
from base64 import b32encode
from binascii import unhexlify
from urllib.parse import quote, urlencode

from django.conf import settings
from django.db import models
from django.utils import timezone
from django_otp.models import Device, ThrottlingMixin, TimestampMixin
from django_otp.oath import TOTP
from django_otp.util import hex_validator, random_hex

from marquee.privacy.api import EncryptedCharField, KeyedVaultModel


def _totp_default_key() -> str:
    return random_hex(20)


def _totp_key_validator(value):
    return hex_validator()(value)


class AppendOnlyError(Exception):
    """Records of what staff did are never edited or deleted (only expired, by retention)."""


class AppendOnlyQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AppendOnlyError(f"{self.model.__name__} is append-only")

    def delete(self):
        raise AppendOnlyError(f"{self.model.__name__} is append-only; retention purges it")

    def _purge(self) -> int:
        """Retention only (``audit.purge_expired``): delete without the model's guard."""
        return self._raw_delete(self.db)


class AppendOnlyModel(models.Model):
    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise AppendOnlyError(f"{type(self).__name__} #{self.pk} cannot be changed")
        kwargs["force_insert"] = True
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError(f"{type(self).__name__} #{self.pk} cannot be deleted")


class StaffProfile(models.Model):
    """The staff side of an account: one per person, identified by employee number."""

    member = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.PROTECT,
                                  related_name="staff_profile", verbose_name="회원 계정")
    employee_number = models.CharField("사번", max_length=20, unique=True)
    department = models.CharField("부서", max_length=50, blank=True)
    created_at = models.DateTimeField("계정 생성 일시", default=timezone.now)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                   on_delete=models.PROTECT, related_name="+",
                                   verbose_name="생성자")
    disabled_at = models.DateTimeField("계정 말소 일시", null=True, blank=True)

    class Meta:
        verbose_name = "직원 계정"
        verbose_name_plural = "직원 계정"
        ordering = ["employee_number"]
        permissions = [("manage_staff_roles", "직원 접근권한 부여·변경·회수")]

    def __str__(self) -> str:
        return f"{self.employee_number} ({self.member.login_id})"


class AccessRightsChange(AppendOnlyModel):
    """Every grant, change and revocation of a staff role: who, by whom, when, why (L3.1).

    Kept 3 years (고시 제5조). A handover of duties (P12.5) is a revoke from one person
    and a grant to another, sharing one ``handover`` reference.
    """

    class Kind(models.TextChoices):
        ACCOUNT_CREATED = "account_created", "계정 생성"
        GRANT = "grant", "권한 부여"
        REVOKE = "revoke", "권한 회수"
        OTP_RESET = "otp_reset", "2단계 인증 기기 초기화"
        ACCOUNT_DISABLED = "account_disabled", "계정 말소"

    staff = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT,
                              related_name="+", verbose_name="대상 직원")
    kind = models.CharField("구분", max_length=20, choices=Kind.choices)
    role = models.CharField("역할", max_length=40, blank=True)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                           on_delete=models.PROTECT, related_name="+", verbose_name="처리자")
    at = models.DateTimeField("일시", default=timezone.now, db_index=True)
    reason = models.CharField("사유", max_length=300)
    handover = models.CharField("인수인계 참조", max_length=40, blank=True)

    class Meta:
        verbose_name = "접근권한 변경 이력"
        verbose_name_plural = "접근권한 변경 이력"
        ordering = ["-at", "-id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} #{self.pk}"


class PledgeRecord(AppendOnlyModel):
    """A security pledge signed, or a privacy training completed, per version (P12.4)."""

    class Kind(models.TextChoices):
        PLEDGE = "pledge", "보안 서약"
        TRAINING = "training", "개인정보 보호 교육 이수"

    staff = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT,
                              related_name="+", verbose_name="직원")
    kind = models.CharField("구분", max_length=10, choices=Kind.choices)
    version = models.CharField("버전", max_length=40)
    at = models.DateTimeField("일시", default=timezone.now)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                    on_delete=models.PROTECT, related_name="+",
                                    verbose_name="기록자")
    note = models.CharField("비고", max_length=200, blank=True)

    class Meta:
        verbose_name = "보안 서약·교육 이수 기록"
        verbose_name_plural = "보안 서약·교육 이수 기록"
        ordering = ["-at", "-id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} #{self.pk}"


class ChainHead(models.Model):
    """The newest entry of the access log: a lock point for appends and a tail anchor
    (a log cut short no longer matches its head)."""

    seq = models.PositiveBigIntegerField(default=0)
    hash = models.CharField(max_length=64, default="")
    updated_at = models.DateTimeField(default=timezone.now)


class ChainPurge(models.Model):
    """Where the chain starts after retention removed its oldest entries."""

    seq = models.PositiveBigIntegerField()  # the last entry removed
    hash = models.CharField(max_length=64)  # its hash: the next entry's prev_hash
    count = models.PositiveIntegerField()
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-seq"]


class StaffAccessLog(AppendOnlyModel):
    """One staff action on personal data (L3.3): account, time, source IP, the members
    concerned, the action. Kept 2 years (고시 제8조). ``hash`` commits to this entry and
    to ``prev_hash``, the previous entry's hash, so editing or removing any entry breaks
    the chain from there on (``manage.py verify_access_log``)."""

    class Action(models.TextChoices):
        LIST = "list", "목록 조회(마스킹)"
        SEARCH = "search", "정확히 일치 검색(마스킹)"
        READ = "read", "상세 조회"
        REVEAL = "reveal", "마스킹 해제 열람"
        CHANGE = "change", "정정"
        DOWNLOAD = "download", "내려받기"
        DELETE = "delete", "삭제(탈퇴 처리, 게시물 삭제 조치)"

    seq = models.PositiveBigIntegerField("순번", primary_key=True)
    at = models.DateTimeField("일시", db_index=True)
    staff = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT,
                              related_name="+", verbose_name="접속자 계정")
    roles = models.CharField("역할", max_length=200)
    source_ip = models.CharField("접속지(IP)", max_length=45)
    action = models.CharField("수행 업무", max_length=10, choices=Action.choices)
    target = models.CharField("대상", max_length=60)  # "members.Member"
    object_id = models.CharField(max_length=40, blank=True, verbose_name="대상 번호")
    fields = models.CharField("항목", max_length=300, blank=True)
    reason_code = models.CharField("사유 구분", max_length=20, blank=True)
    reason = models.TextField("사유", blank=True)
    subjects = models.TextField("정보주체(회원번호)", blank=True)  # "12 15 18"
    subject_count = models.PositiveIntegerField("정보주체 수", default=0)
    path = models.CharField(max_length=200, blank=True, verbose_name="경로")
    prev_hash = models.CharField(max_length=64, verbose_name="이전 해시")
    hash = models.CharField(max_length=64, unique=True, verbose_name="해시")

    # The staff member's own address, which 고시 제8조 requires in this log; not member data.
    privacy_waivers = {
        "source_ip": "the staff member's own address, which 고시 제8조 requires in this log",
        "reason": "the staff member's stated reason for the access; its input is masked",
        "subjects": "member numbers only (\"12 15 18\"), the pseudonymous row ids"}

    class Meta:
        verbose_name = "개인정보 접속기록"
        verbose_name_plural = "개인정보 접속기록"
        ordering = ["-seq"]
        permissions = [("export_personal_data", "개인정보 내려받기(사유 기재)")]

    def __str__(self) -> str:
        return f"접속기록 #{self.seq}"

    def subject_numbers(self) -> list[int]:
        return [int(s) for s in self.subjects.split()]


class AccessSubject(models.Model):
    """Index: which members an entry concerns (for My Page). Derived from the entry's
    ``subjects``; the verify command checks the two agree."""

    entry = models.ForeignKey(StaffAccessLog, on_delete=models.DO_NOTHING,
                              db_constraint=False, related_name="+")
    member_number = models.PositiveBigIntegerField(db_index=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["entry", "member_number"],
                                               name="access_subject_once")]


class Reveal(AppendOnlyModel):
    """One field of one record unmasked for one staff member, for a stated reason,
    until ``expires_at`` (P12.3). Logged as a REVEAL entry."""

    class Reason(models.TextChoices):
        INQUIRY = "inquiry", "고객 문의 처리"
        RIGHTS = "rights", "정보주체 권리 행사(열람·정정·삭제·처리정지) 처리"
        REFUND = "refund", "환불 처리"
        DISPUTE = "dispute", "분쟁·민원 처리"
        LEGAL = "legal", "법령에 따른 요청(수사기관 등)"
        OTHER = "other", "기타"

    staff = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT,
                              related_name="+", verbose_name="직원")
    target = models.CharField("대상", max_length=60)
    object_id = models.CharField(max_length=40, verbose_name="대상 번호")
    field = models.CharField("항목", max_length=60)
    member_number = models.PositiveBigIntegerField("회원번호", null=True)
    reason_code = models.CharField("사유 구분", max_length=20, choices=Reason.choices)
    reference = models.CharField("문의·요청 번호", max_length=60)
    note = models.CharField("상세 사유", max_length=300, blank=True)
    granted_at = models.DateTimeField("열람 일시", default=timezone.now, db_index=True)
    expires_at = models.DateTimeField("열람 종료")
    log_seq = models.PositiveBigIntegerField("접속기록 순번")

    class Meta:
        verbose_name = "마스킹 해제 기록"
        verbose_name_plural = "마스킹 해제 기록"
        ordering = ["-granted_at", "-id"]
        indexes = [models.Index(fields=["staff", "expires_at"])]

    def __str__(self) -> str:
        return f"마스킹 해제 #{self.pk}"


class MonthlyReview(models.Model):
    """The monthly review of the access log (L3.3, 고시 제8조②): unusual access found,
    and the CPO's sign-off. The report anchors the chain head it reviewed."""

    month = models.CharField("점검 월", max_length=7, unique=True)  # "2026-10", KST
    generated_at = models.DateTimeField("작성 일시", default=timezone.now)
    entries = models.PositiveIntegerField("점검한 기록 수", default=0)
    report = models.JSONField("점검 결과", default=dict)
    head_seq = models.PositiveBigIntegerField("점검 시점 마지막 순번", default=0)
    head_hash = models.CharField(max_length=64, blank=True, verbose_name="마지막 기록 해시")
    signed_off_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                      on_delete=models.PROTECT, related_name="+",
                                      verbose_name="확인자(CPO)")
    signed_off_at = models.DateTimeField("확인 일시", null=True, blank=True)
    sign_off_note = models.TextField("확인 의견", blank=True)

    privacy_waivers = {
        "report": "findings about staff access (staff numbers, counts, hours), no member value",
        "sign_off_note": "the CPO's sign-off opinion on the month's review, a work record"}

    class Meta:
        verbose_name = "접속기록 월간 점검"
        verbose_name_plural = "접속기록 월간 점검"
        ordering = ["-month"]
        permissions = [("sign_off_review", "접속기록 월간 점검 확인 서명(CPO)")]

    def __str__(self) -> str:
        return f"{self.month} 접속기록 점검"

    @property
    def findings_count(self) -> int:
        return sum(len(self.report.get(k, [])) for k in ("volume", "off_hours", "downloads"))


class SealedTOTPDevice(KeyedVaultModel, TimestampMixin, ThrottlingMixin, Device):
    """A staff member's TOTP authenticator (L3.2) whose secret is sealed at rest (P1.6).

    Behaves exactly like django-otp's ``TOTPDevice`` (same parameters, drift, replay
    protection through ``last_t``, throttling, ``config_url`` for enrolment) except that
    ``key`` is an ``EncryptedCharField`` sealed under the device's own data key: the
    database holds only ``v1.…`` ciphertext. Deleting the device destroys that key
    (``signals.py``), so copies of the row in backups are unreadable too.
    """

    vault_scope = "staff-otp"

    key = EncryptedCharField(item="staff_otp_secret", max_length=80,
                             validators=[_totp_key_validator], default=_totp_default_key)
    step = models.PositiveSmallIntegerField(default=30)
    t0 = models.BigIntegerField(default=0)
    digits = models.PositiveSmallIntegerField(choices=[(6, 6), (8, 8)], default=6)
    tolerance = models.PositiveSmallIntegerField(default=1)
    drift = models.SmallIntegerField(default=0)
    last_t = models.BigIntegerField(default=-1)

    # ``Device.name`` is the device's label ("백오피스 OTP"), not a person's name.
    privacy_waivers = {"name": "the device's label (\"백오피스 OTP\"), not a person's name"}

    class Meta(Device.Meta):
        verbose_name = "직원 OTP 기기"
        verbose_name_plural = "직원 OTP 기기"

    @property
    def bin_key(self) -> bytes:
        return unhexlify(self.key.encode())

    def verify_token(self, token) -> bool:
        """``TOTPDevice.verify_token``: a token verifies once, within ``tolerance`` steps."""
        sync = getattr(settings, "OTP_TOTP_SYNC", True)
        allowed, _ = self.verify_is_allowed()
        if not allowed:
            return False
        try:
            token = int(token)
        except Exception:
            verified = False
        else:
            totp = TOTP(self.bin_key, self.step, self.t0, self.digits, self.drift)
            totp.time = time.time()
            verified = totp.verify(token, self.tolerance, self.last_t + 1)
            if verified:
                self.last_t = totp.t()
                if sync:
                    self.drift = totp.drift
                self.throttle_reset(commit=False)
                self.set_last_used_timestamp(commit=False)
                self.save()
        if not verified:
            self.throttle_increment(commit=True)
        return verified

    def get_throttle_factor(self):
        return getattr(settings, "OTP_TOTP_THROTTLE_FACTOR", 1)

    @property
    def config_url(self) -> str:
        """The ``otpauth://`` URI for an authenticator app (Key URI Format)."""
        label = str(self.user.get_username())
        params = urlencode({"secret": b32encode(self.bin_key), "algorithm": "SHA1",
                            "digits": self.digits, "period": self.step})
        issuer = self._setting("OTP_TOTP_ISSUER")
        if issuer:
            issuer = issuer.replace(":", "")
            label = f"{issuer}:{label}"
            params += f"&issuer={quote(issuer)}"
        image = self._setting("OTP_TOTP_IMAGE")
        if image:
            params += f"&image={quote(image, safe=':/')}"
        return f"otpauth://totp/{quote(label)}?{params}"

    def _setting(self, name):
        value = getattr(settings, name, None)
        if callable(value):
            value = value(self)
        return value if isinstance(value, str) and value else None
