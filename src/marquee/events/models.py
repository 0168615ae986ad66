"""Events (P1.3, P1.7): an event with its prizes, members' entries, the draw record and
the winners' prize delivery.

What each prize needs from a member is fixed by its kind (``Prize.ITEMS``): a goods
prize needs a recipient name, a mobile number and an address, asked of the winner only
when the prize is claimed; a mobile-coupon prize needs a mobile number at entry; a
preview-screening prize needs nothing beyond the member account. An entry therefore
holds a contact only when one of the event's prizes needs it.
"""

from __future__ import annotations

import hashlib
import secrets

from django.db import models
from django.urls import reverse
from django.utils import timezone

from marquee.members.models import Member, MemberOwned
from marquee.privacy.api import EncryptedCharField, personal

MEMBER_REF = "a reference to the member row, whose items are sealed there"


def new_secret() -> str:
    return secrets.token_hex(32)


class Event(models.Model):
    """An event members enter during ``[starts_at, ends_at)``.

    The draw is commit-reveal: ``draw_secret`` is made when the event is created and only
    its SHA-256 (``commitment``) is shown until the draw, which reveals it (``draws``)."""

    class Status(models.TextChoices):
        OPEN = "open", "응모 진행"
        CLOSED = "closed", "응모 마감(추첨 대기)"
        ANNOUNCED = "announced", "당첨자 발표"

    title = models.CharField("이벤트명", max_length=120)
    description = models.TextField("이벤트 내용")
    starts_at = models.DateTimeField("응모 시작")
    ends_at = models.DateTimeField("응모 마감")
    sponsor_name = models.CharField("후원사", max_length=80, blank=True)
    sponsor_url = models.URLField("후원사 홈페이지", blank=True)
    status = models.CharField("상태", max_length=12, choices=Status.choices, default=Status.OPEN)
    draw_secret = models.CharField(max_length=64, default=new_secret, editable=False)
    commitment = models.CharField("추첨 비밀값 해시(사전 공개)", max_length=64, editable=False)
    announced_at = models.DateTimeField("당첨자 발표 일시", null=True, blank=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    privacy_waivers = {"description": "the event's public description written by staff",
                       "sponsor_name": "the sponsoring company's name, not a person's"}

    class Meta:
        ordering = ["-starts_at", "-id"]
        verbose_name = "이벤트"
        verbose_name_plural = "이벤트"

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        self.commitment = hashlib.sha256(self.draw_secret.encode()).hexdigest()
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("events:detail", args=[self.pk])

    def is_open(self, now=None) -> bool:
        now = now or timezone.now()
        return self.status == self.Status.OPEN and self.starts_at <= now < self.ends_at

    def entry_items(self) -> list[str]:
        """Item keys an entry to this event collects (the union over its prizes)."""
        keys = {key for prize in self.prizes.all() for key in Prize.ENTRY_ITEMS[prize.kind]}
        return sorted(keys)

    def claim_items(self) -> list[str]:
        keys = {key for prize in self.prizes.all() for key in Prize.CLAIM_ITEMS[prize.kind]}
        return sorted(keys)


class Prize(models.Model):
    class Kind(models.TextChoices):
        GOODS = "goods", "경품(배송)"
        SCREENING = "screening", "시사회 초대"
        COUPON = "coupon", "모바일 쿠폰"

    # What each kind needs, as inventory item keys: at entry, and from a winner at claim.
    ENTRY_ITEMS = {"goods": (), "screening": (), "coupon": ("event_mobile",)}
    CLAIM_ITEMS = {"goods": ("event_recipient", "event_mobile", "event_address"),
                   "screening": (), "coupon": ()}

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="prizes")
    name = models.CharField("경품명", max_length=120)
    kind = models.CharField("경품 종류", max_length=12, choices=Kind.choices)
    quantity = models.PositiveIntegerField("당첨 인원")
    position = models.PositiveSmallIntegerField("추첨 순서", default=1)

    privacy_waivers = {"name": "the prize's name (\"영화 굿즈 세트\"), not a person's"}

    class Meta:
        ordering = ["position", "id"]
        verbose_name = "경품"
        verbose_name_plural = "경품"

    def __str__(self) -> str:
        return f"{self.name} ({self.quantity}명)"

    @property
    def needs_delivery(self) -> bool:
        return bool(self.CLAIM_ITEMS[self.kind])


class Entry(MemberOwned):
    """One member's entry to one event, with the consent shown when entering."""

    class Status(models.TextChoices):
        ENTERED = "entered", "응모 완료"
        WON = "won", "당첨"
        LOST = "lost", "미당첨"

    event = models.ForeignKey(Event, on_delete=models.PROTECT, related_name="entries",
                              verbose_name="이벤트")
    member = personal(models.ForeignKey(Member, on_delete=models.CASCADE,
                                        related_name="event_entries", verbose_name="회원"),
                      item="event_entry", plain_reason=MEMBER_REF)
    mobile = EncryptedCharField(item="event_mobile", max_length=20, null=True, blank=True,
                                verbose_name="휴대전화번호")
    # The consent as shown (event, items, retention, right to refuse): the event's text.
    consent_text = models.TextField("동의 문구")
    entered_at = models.DateTimeField("응모 일시", default=timezone.now)
    status = models.CharField("응모 상태", max_length=10, choices=Status.choices,
                              default=Status.ENTERED)
    prize = models.ForeignKey(Prize, null=True, blank=True, on_delete=models.PROTECT,
                              verbose_name="당첨 경품")

    privacy_waivers = {"consent_text": "the consent wording generated from the event, the "
                                       "same for every entrant"}

    class Meta:
        verbose_name = "이벤트 응모"
        verbose_name_plural = "이벤트 응모"
        constraints = [models.UniqueConstraint(fields=["event", "member"],
                                               name="one_entry_per_member_per_event")]

    def __str__(self) -> str:
        return f"응모 {self.pk}번 ({self.event_id}번 이벤트)"


class DrawRecord(models.Model):
    """The frozen entrant list and the seed, recorded before any winner is computed.

    ``entrant_ids`` is the canonical list (entry IDs ascending, one per line) whose
    SHA-256 is ``entrants_hash``; ``seed`` is HMAC-SHA256(secret, entrants_hash). The
    winners follow from these alone (``draws.rank``)."""

    event = models.OneToOneField(Event, on_delete=models.PROTECT, related_name="draw")
    frozen_at = models.DateTimeField(default=timezone.now)
    entrant_ids = models.TextField()
    entrants_hash = models.CharField(max_length=64)
    secret = models.CharField(max_length=64)
    seed = models.CharField(max_length=64)
    # Winning entry IDs in draw order, one per line ("entry_id prize_id"); empty until drawn.
    winners = models.TextField(blank=True)
    drawn_at = models.DateTimeField(null=True, blank=True)

    privacy_waivers = {"entrant_ids": "entry row numbers only, no member reference",
                       "winners": "entry and prize row numbers only"}

    class Meta:
        verbose_name = "추첨 기록"
        verbose_name_plural = "추첨 기록"


class Delivery(MemberOwned):
    """A winner's prize delivery: the address confirmed through the postcode search and
    what the delivery processor was sent (only its declared items, P7.3)."""

    class Status(models.TextChoices):
        AWAITING = "awaiting", "배송지 입력 대기"
        REQUESTED = "requested", "배송 요청"
        SHIPPED = "shipped", "발송"
        DELIVERED = "delivered", "배송 완료"
        FAILED = "failed", "배송 실패"

    entry = models.OneToOneField(Entry, on_delete=models.CASCADE, related_name="delivery",
                                 verbose_name="응모")
    member = personal(models.ForeignKey(Member, on_delete=models.CASCADE,
                                        related_name="event_deliveries", verbose_name="회원"),
                      item="event_entry", plain_reason=MEMBER_REF)
    recipient_name = EncryptedCharField(item="event_recipient", max_length=50, null=True,
                                        blank=True, verbose_name="받는 분")
    mobile = EncryptedCharField(item="event_mobile", max_length=20, null=True, blank=True,
                                verbose_name="휴대전화번호")
    postcode = EncryptedCharField(item="event_address", max_length=10, null=True, blank=True,
                                  verbose_name="우편번호")
    address = EncryptedCharField(item="event_address", max_length=200, null=True, blank=True,
                                 verbose_name="주소")
    address_detail = EncryptedCharField(item="event_address", max_length=100, null=True,
                                        blank=True, verbose_name="상세주소")
    status = models.CharField("배송 상태", max_length=10, choices=Status.choices,
                              default=Status.AWAITING)
    processor_reference = models.CharField("배송 접수번호", max_length=64, blank=True)
    requested_at = models.DateTimeField("배송 요청 일시", null=True, blank=True)
    shipped_at = models.DateTimeField("발송 일시", null=True, blank=True)
    # Delivered or failed: the dispute window for the delivery data starts here.
    closed_at = models.DateTimeField("배송 종료 일시", null=True, blank=True)

    class Meta:
        verbose_name = "경품 배송"
        verbose_name_plural = "경품 배송"

    def __str__(self) -> str:
        return f"배송 {self.pk}번 ({self.get_status_display()})"
