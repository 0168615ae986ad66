"""Payments, refunds, vouchers (예매권) and webhook receipts.

Card numbers never reach us: the gateway keeps them and returns a masked number and,
for billing, a token; both are sealed under the member's data key (P1.4).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from marquee.privacy.api import EncryptedCharField, EncryptedJSONField, VaultModel


class PaymentQuerySet(models.QuerySet):
    def paid(self):
        """Paid payments; ``booking.payments.paid()`` lets booking's pages list them
        without importing payments."""
        return self.filter(status=Payment.Status.PAID)


class Payment(VaultModel):
    class Status(models.TextChoices):
        READY = "ready", "결제 대기"
        AWAITING_DEPOSIT = "awaiting_deposit", "입금 대기"
        PAID = "paid", "결제 완료"
        FAILED = "failed", "결제 실패"
        CANCELLED = "cancelled", "결제 취소"
        PARTIALLY_CANCELLED = "partially_cancelled", "부분 취소"

    class Method(models.TextChoices):
        CARD = "card", "신용·체크카드"
        MOBILE = "mobile", "휴대폰 결제"
        VIRTUAL_ACCOUNT = "virtual_account", "가상계좌"
        VOUCHER = "voucher", "예매권"

    payment_id = models.CharField("결제 ID", max_length=64, unique=True)
    booking = models.ForeignKey("booking.Booking", on_delete=models.PROTECT, related_name="payments", verbose_name="예매")
    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT,
                               related_name="payments", verbose_name="회원")
    gateway = models.CharField(max_length=20, verbose_name="결제대행사")
    method = models.CharField(max_length=20, choices=Method.choices, verbose_name="결제 수단")
    amount = models.PositiveIntegerField("결제 금액")
    voucher_amount = models.PositiveIntegerField("예매권 사용 금액", default=0)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.READY, verbose_name="결제 상태")
    cancelled_amount = models.PositiveIntegerField(default=0, verbose_name="취소 금액")
    transaction_id = models.CharField(max_length=100, blank=True, verbose_name="PG 거래번호")
    card_masked = EncryptedCharField(item="payment_details", max_length=30, verbose_name="카드번호")
    card_issuer = models.CharField(max_length=30, blank=True, verbose_name="카드사")
    billing_key = EncryptedCharField(item="payment_details", max_length=200, verbose_name="빌링키")
    virtual_account = EncryptedJSONField(item="payment_details", verbose_name="가상계좌")
    created_at = models.DateTimeField(default=timezone.now, db_index=True, verbose_name="생성 일시")
    paid_at = models.DateTimeField(null=True, blank=True, verbose_name="결제 일시")
    completed_via = models.CharField(max_length=20, blank=True, verbose_name="완료 경로")  # return, webhook, reconcile
    failure_reason = models.CharField(max_length=200, blank=True, verbose_name="실패 사유")
    # When reconciliation found a failed payment final at the gateway too (failed,
    # cancelled, or a window long expired): from then on it stops asking (B8).
    settled_at = models.DateTimeField(null=True, blank=True, verbose_name="정산 일시")

    objects = PaymentQuerySet.as_manager()

    vault_key_path = "member__data_key"
    privacy_waivers = {"card_issuer": "the card company the PG names (\"신한카드\"), shared "
                                      "by millions of cardholders; the card number is sealed"}

    class Meta:
        verbose_name = "결제"
        verbose_name_plural = "결제"

    def __str__(self) -> str:
        return self.payment_id

    def vault_data_key(self):
        return self.member.data_key

    @property
    def cancellable(self) -> int:
        return self.amount - self.cancelled_amount


class Refund(VaultModel):
    class Status(models.TextChoices):
        REQUESTED = "requested", "환불 요청"
        DONE = "done", "환불 완료"
        PENDING_TRANSFER = "pending_transfer", "계좌 환불 대기"
        FAILED = "failed", "환불 실패(재시도)"

    class Route(models.TextChoices):
        ORIGINAL = "original", "원결제 수단 취소"
        ACCOUNT = "account", "환불 계좌 입금"

    payment = models.ForeignKey(Payment, on_delete=models.PROTECT, related_name="refunds", verbose_name="결제")
    amount = models.PositiveIntegerField(verbose_name="환불 금액")
    reason = models.CharField(max_length=200, verbose_name="환불 사유")
    route = models.CharField(max_length=10, choices=Route.choices, default=Route.ORIGINAL, verbose_name="환불 경로")
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.REQUESTED, verbose_name="환불 상태")
    bank = EncryptedCharField(item="refund_account", max_length=30, verbose_name="환불 은행")
    account_number = EncryptedCharField(item="refund_account", max_length=30, verbose_name="환불 계좌번호")
    account_holder = EncryptedCharField(item="refund_account", max_length=50, verbose_name="예금주")
    cancellation_id = models.CharField(max_length=100, blank=True, verbose_name="PG 취소 번호")
    requested_at = models.DateTimeField(default=timezone.now, verbose_name="요청 일시")
    completed_at = models.DateTimeField(null=True, blank=True, verbose_name="완료 일시")
    attempts = models.PositiveSmallIntegerField(default=0, verbose_name="시도 횟수")
    last_error = models.CharField(max_length=200, blank=True, verbose_name="마지막 오류")

    vault_key_path = "payment__member__data_key"

    class Meta:
        verbose_name = "환불"
        verbose_name_plural = "환불"

    def __str__(self) -> str:
        return f"환불 #{self.pk}"

    def vault_data_key(self):
        return self.payment.member.data_key


class Voucher(models.Model):
    """A prepaid admission voucher (예매권). Only a keyed hash of its code is stored,
    like a password: the code is shown once, when issued."""

    code_hash = models.CharField(max_length=64, unique=True)
    code_hint = models.CharField("코드 끝자리", max_length=8)
    value = models.PositiveIntegerField("금액(원)")
    expires_at = models.DateTimeField("유효기간")
    issued_at = models.DateTimeField(default=timezone.now)
    booking = models.ForeignKey("booking.Booking", null=True, blank=True,
                                on_delete=models.PROTECT, related_name="vouchers")
    redeemed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "예매권"
        verbose_name_plural = "예매권"
        constraints = [models.CheckConstraint(condition=Q(value__gt=0), name="voucher_value_positive")]

    def __str__(self) -> str:
        return f"예매권 ****{self.code_hint} ({self.value:,}원)"


class WebhookReceipt(models.Model):
    """Each gateway notification once: replays are recognised and ignored."""

    gateway = models.CharField(max_length=20)
    event_id = models.CharField(max_length=200)
    kind = models.CharField(max_length=60)
    payment_id = models.CharField(max_length=64)
    received_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["gateway", "event_id"],
                                               name="webhook_once")]


class SandboxTransaction(models.Model):
    """The sandbox PG's own ledger (stands in for the PG's servers, not our data).

    Holds only what a PG would tell us: amounts, status and a masked card number.
    """

    payment_id = models.CharField(max_length=64, unique=True)
    amount = models.PositiveIntegerField()
    order_name = models.CharField(max_length=200)
    method = models.CharField(max_length=20)
    status = models.CharField(max_length=20, default="ready")
    cancelled_amount = models.PositiveIntegerField(default=0)
    transaction_id = models.CharField(max_length=40, blank=True)
    card_masked = models.CharField(max_length=30, blank=True)
    card_issuer = models.CharField(max_length=30, blank=True)
    virtual_account = models.JSONField(null=True, blank=True)
    paid_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    # Where the window sends the browser back, given when the payment was prepared (a
    # real PG's redirect URL): the window then needs none of our rows (issue 17).
    return_url = models.CharField(max_length=300, blank=True)

    # The PG side (it stands in for the PG's servers); our own copies are sealed.
    privacy_waivers = {
        "card_masked": "the sandbox PG's masked card number (1234-****-****-5678)",
        "card_issuer": "the card company the sandbox PG names (\"신한카드\")",
        "order_name": "the film and seat summary the PG shows, not about the buyer",
        "virtual_account": "the sandbox PG's bank, number and deadline it issued itself"}
