"""Payment services: start, complete (idempotent), cancel/refund.

The rules that keep money and seats consistent:

* The amount is re-checked against the gateway's own record before anything is
  approved; a mismatch is cancelled at the gateway and never confirms a booking.
* Completion is idempotent per merchant payment ID: the return URL, every webhook
  replay and the reconciler may all call ``complete_payment``; one of them wins the
  row lock, the rest see it done.
* Approval and booking confirmation commit together. A crash in between leaves the
  payment READY in our database while the gateway says PAID; ``reconcile`` (cron, and
  every webhook retry; ``reconciliation``) completes it: the booking is confirmed, or,
  if its seats were lost meanwhile, the payment is refunded and the hold released.
  Never lost, never half-done.
* A refund is first recorded (REQUESTED), then sent to the gateway, then marked DONE.
  A crash after the gateway call is detected on retry by re-reading the gateway's
  cancelled amount, so a refund is never paid twice.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from marquee import compiled
from marquee.booking import notifications
from marquee.booking import services as booking_services
from marquee.booking.models import Booking
from marquee.errors import ServiceError
from marquee.privacy.api import blind_index

from . import reads
from .gateway import (
    AmountMismatch,
    GatewayError,
    GatewayStatus,
    Method,
    PaymentRequest,
    RefundAccount,
    get_gateway,
)
from .models import Payment, Refund, Voucher, WebhookReceipt

ABANDON_AFTER = timedelta(minutes=30)
ABANDONED_REASON = "결제 창 이탈(미결제)"
AUTO_REFUND_REASON = "좌석 확보 실패(선점 만료)로 자동 환불"


class PaymentError(ServiceError):
    """A payment rule refused the request; the message is shown as is."""

    code = "payment_refused"


class UnknownPayment(PaymentError):
    """No such payment (for this booking, when one is named)."""

    code = "unknown_payment"

    def __init__(self):
        super().__init__("알 수 없는 결제입니다.")


class RefundAccountRequired(PaymentError):
    """The original method cannot refund: the member must name a bank account."""

    code = "refund_account_required"


def new_payment_id() -> str:
    return "pay_" + secrets.token_urlsafe(18)


def voucher_hash(code: str) -> str:
    return blind_index("voucher", code.replace("-", "").replace(" ", "").upper())


# --- vouchers ------------------------------------------------------------------------------


def issue_voucher(value: int, *, valid_days: int = 365 * 5) -> str:
    """Create a voucher and return its code, the only time it is ever visible."""
    alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
    code = "".join(secrets.choice(alphabet) for _ in range(16))  # 80 bits
    Voucher.objects.create(code_hash=voucher_hash(code), code_hint=code[-4:], value=value,
                           expires_at=timezone.now() + timedelta(days=valid_days))
    return "-".join(code[i:i + 4] for i in range(0, 16, 4))


def _stale(booking: Booking, now) -> bool:
    return booking.status in (Booking.Status.EXPIRED, Booking.Status.CANCELLED) or (
        booking.status == Booking.Status.HELD and booking.held_until <= now)


def _attach_vouchers(booking: Booking, codes: list[str]) -> int:
    """Attach vouchers to the booking by compare-and-swap; returns their total value.

    A voucher is attached to at most one booking; it is spent only when that booking is
    confirmed. One attached to a booking that lapsed unconfirmed may be taken over, by
    a swap conditional on both the old booking and its not being spent.
    """
    now = timezone.now()
    total = 0
    # The same voucher typed twice (in any spacing or case) counts once.
    hashes = dict.fromkeys(voucher_hash(c) for c in codes if c.strip())
    for code_hash in hashes:
        voucher = Voucher.objects.select_related("booking").filter(code_hash=code_hash).first()
        if voucher is None:
            raise PaymentError("유효하지 않은 예매권 번호입니다.")
        if voucher.expires_at <= now:
            raise PaymentError(f"유효기간이 지난 예매권입니다(****{voucher.code_hint}).")
        if voucher.booking_id not in (None, booking.pk):
            if voucher.redeemed_at is not None or not _stale(voucher.booking, now):
                raise PaymentError(f"이미 사용된 예매권입니다(****{voucher.code_hint}).")
            Voucher.objects.filter(pk=voucher.pk, booking_id=voucher.booking_id,
                                   redeemed_at__isnull=True).update(booking=None)
        if voucher.booking_id != booking.pk:
            taken = Voucher.objects.filter(pk=voucher.pk, booking__isnull=True,
                                           redeemed_at__isnull=True).update(booking=booking)
            if not taken:
                raise PaymentError(f"이미 사용된 예매권입니다(****{voucher.code_hint}).")
        total += voucher.value
    return total


# --- starting a payment ------------------------------------------------------------------


@dataclass(frozen=True)
class PaymentStart:
    payment: Payment
    request: PaymentRequest | None  # None when vouchers covered everything


def start_payment(booking: Booking, member, method: str, voucher_codes=()) -> PaymentStart:
    if method not in {m.value for m in Method}:
        raise PaymentError("결제 수단을 선택하세요.")
    with transaction.atomic():
        booking = Booking.objects.select_for_update().select_related("showtime__movie").get(
            pk=booking.pk)
        if booking.member_id != member.pk:
            raise PaymentError("본인의 예매만 결제할 수 있습니다.")
        if not booking.hold_active:
            raise PaymentError("좌석 선점 시간이 지났습니다. 좌석을 다시 선택해 주세요.")
        # A new attempt replaces an unfinished one (its window may still be open: if it
        # is paid after all, completion refunds it).
        booking.payments.filter(status=Payment.Status.READY).update(
            status=Payment.Status.FAILED, failure_reason="새 결제 시도로 대체됨")
        Voucher.objects.filter(booking=booking, redeemed_at__isnull=True).update(booking=None)
        voucher_value = min(_attach_vouchers(booking, list(voucher_codes)), booking.total)
        remainder = booking.total - voucher_value
        payment = Payment.objects.create(
            payment_id=new_payment_id(), booking=booking, member=member,
            gateway=get_gateway().name if remainder else "voucher",
            method=method if remainder else Payment.Method.VOUCHER,
            amount=remainder, voucher_amount=voucher_value)
        if remainder == 0:
            if not _confirm(payment, via="voucher"):
                raise PaymentError("좌석을 확보하지 못했습니다. 다시 선택해 주세요.")
            return PaymentStart(payment, None)
    return PaymentStart(payment, _prepare(booking, payment, member, method))


def _prepare(booking: Booking, payment: Payment, member, method: str) -> PaymentRequest:
    """The PG's side of a started payment: what opens its window."""
    return get_gateway().prepare(
        payment_id=payment.payment_id, amount=payment.amount,
        order_name=f"{booking.showtime.movie.title} {booking.seat_count}매",
        method=Method(method), customer={"id": str(member.vault_id)},
        return_url=return_url(booking.number, payment.payment_id))


def return_url(number: str, payment_id: str) -> str:
    """Where the PG window sends the member back (the return completes the payment)."""
    return reverse("booking:payment_return", args=[number]) + f"?paymentId={payment_id}"


def start_for_hold(booking: Booking, member, method: str) -> dict:
    """``booking.paynow``'s starter: the card (mobile, virtual account) payment of a hold
    made by the caller's transaction, which is still open, answered as
    ``POST /api/bookings/<number>/payments`` answers (no vouchers: those go through the
    checkout).

    What ``start_payment`` does first is moot for such a booking: no other transaction
    can see it yet, so nobody can hold its row, have started a payment for it or have
    attached a voucher to it; it is the member's and its hold has just begun (both are
    checked all the same). So the payment is created at once: one INSERT here and the
    PG's record, instead of a row lock, two UPDATEs and a savepoint more.
    """
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("start_for_hold runs inside the transaction that made the hold")
    if method not in {m.value for m in Method}:
        raise PaymentError("결제 수단을 선택하세요.")
    if booking.member_id != member.pk or not booking.hold_active:
        raise PaymentError("좌석 선점 시간이 지났습니다. 좌석을 다시 선택해 주세요.")
    if booking.total == 0:  # nothing to pay at a PG: the ordinary path confirms it
        return start_answer(start_payment(booking, member, method))
    payment = Payment(
        payment_id=new_payment_id(), booking=booking, member=member,
        gateway=get_gateway().name, method=method, amount=booking.total, voucher_amount=0)
    compiled.insert(payment)  # its text built once (issue 17)
    return start_answer(PaymentStart(payment, _prepare(booking, payment, member, method)))


def start_answer(start: PaymentStart) -> dict:
    """What a client needs to open the PG window (or to know vouchers paid it all)."""
    payment = start.payment
    return {"payment_id": payment.payment_id, "amount": payment.amount,
            "voucher_amount": payment.voucher_amount, "gateway": payment.gateway,
            "params": dict(start.request.params) if start.request else {},
            "confirmed": start.request is None}


def _confirm(payment: Payment, *, via: str) -> bool:
    """Inside a transaction: spend the vouchers and confirm the booking, or neither."""
    vouchers = Voucher.objects.filter(booking=payment.booking)
    values = reads.voucher_values(payment.booking_id)
    if min(sum(values), payment.booking.total) != payment.voucher_amount:
        return False  # a voucher was taken over while this payment was open
    if not values:
        # No voucher, nothing to spend (the usual card payment): nothing precedes the
        # sale here, and ``confirm`` undoes its own part when a seat is lost, so no
        # savepoint of ours (two statements less, issue 17).
        if not booking_services.confirm(payment.booking):
            return False
    elif not _spend_and_confirm(vouchers, len(values), payment.booking):
        return False
    payment.status = Payment.Status.PAID
    payment.paid_at = payment.paid_at or timezone.now()
    payment.completed_via = via
    payment.save(update_fields=PAID_FIELDS)
    return True


# What completing a payment writes (the gateway's record, the outcome). Only these: a
# completer's copy of the row may be older than the lock (``settled_at``, say).
PAID_FIELDS = ("status", "paid_at", "completed_via", "transaction_id", "card_masked",
               "card_issuer", "billing_key", "virtual_account")


def _spend_and_confirm(vouchers, count: int, booking: Booking) -> bool:
    """Spend the booking's ``count`` vouchers and confirm it, both or neither."""
    try:
        with transaction.atomic():
            if vouchers.filter(redeemed_at__isnull=True).update(
                    redeemed_at=timezone.now()) != count:
                raise _Lost
            if not booking_services.confirm(booking):
                raise _Lost
    except _Lost:
        return False
    return True


class _Lost(Exception):
    pass


# --- completing a payment ----------------------------------------------------------------


# The member and their data key (the sealed card details, the message's recipient) are
# the signed-in request's (``own_payment``) or read with the payment (``complete_payment``).
COMPLETION_RELATED = reads.COMPLETION_RELATED


def own_payment(member, number: str, payment_id: str) -> Payment:
    """The signed-in member's payment ``payment_id`` of their booking ``number`` (the
    return URL's), ready for ``complete``: one query, the member and their data key
    being the request's own (UnknownPayment if it is not theirs)."""
    payment = reads.OWN_PAYMENT.get(str(payment_id), member.pk, str(number))
    if payment is None:
        raise UnknownPayment
    payment.member = payment.booking.member = member
    return payment


def complete_payment(payment_id: str, *, via: str, booking: Booking | None = None) -> Payment:
    """Bring our record in line with the gateway's; idempotent and safe to repeat.
    ``booking``: the payment must be this booking's (``UnknownPayment`` otherwise). The
    returned payment's ``booking`` carries the booking's status after the completion."""
    payments = Payment.objects.select_related(*COMPLETION_RELATED, "member__data_key")
    if booking is not None:
        payments = payments.filter(booking=booking)
    payment = payments.filter(payment_id=payment_id).first()
    if payment is None:
        raise UnknownPayment
    if payment.booking.member_id == payment.member_id:  # always so: the message's recipient
        payment.booking.member = payment.member
    return complete(payment, via=via)


def complete(payment: Payment, *, via: str) -> Payment:
    """``complete_payment`` of a payment read with ``COMPLETION_RELATED``."""
    if payment.status in (Payment.Status.PAID, Payment.Status.CANCELLED,
                          Payment.Status.PARTIALLY_CANCELLED) or payment.gateway == "voucher":
        return payment
    gateway = get_gateway(payment.gateway)
    record = gateway.fetch(payment.payment_id)
    if record.amount != payment.amount:
        _fail(payment, "결제 금액 불일치")
        if record.status == GatewayStatus.PAID:
            gateway.cancel(payment.payment_id, amount=record.cancellable,
                           cancellable=record.cancellable, reason="결제 금액 불일치")
        raise AmountMismatch("결제 금액이 주문 금액과 다릅니다. 결제를 취소했습니다.")
    if record.status == GatewayStatus.FAILED:
        _fail(payment, "결제 실패")
        return payment
    if record.status == GatewayStatus.AWAITING_DEPOSIT:
        Payment.objects.filter(pk=payment.pk, status=Payment.Status.READY).update(
            status=Payment.Status.AWAITING_DEPOSIT)
        payment.refresh_from_db()
        payment.virtual_account = record.virtual_account
        payment.save(update_fields=["virtual_account"])
        return payment
    if record.status != GatewayStatus.PAID:
        return payment
    return _settle_paid(payment, record, via)


def _settle_paid(payment: Payment, record, via: str) -> Payment:
    """Paid at the gateway: confirm the booking, or refund. Under the payment's row lock,
    read as its status alone (the rest of the row is the caller's, and only
    ``PAID_FIELDS`` are written back)."""
    refund = None
    with transaction.atomic():
        status = reads.locked_status(payment.pk)
        if status == Payment.Status.PAID:  # someone else (webhook/return) got here first
            return Payment.objects.select_related(*COMPLETION_RELATED).get(pk=payment.pk)
        was_replaced = status == Payment.Status.FAILED
        payment.status = status
        payment.transaction_id = record.transaction_id
        payment.card_masked = record.card_masked
        payment.card_issuer = record.card_issuer
        payment.billing_key = record.billing_key
        payment.virtual_account = record.virtual_account
        payment.paid_at = record.paid_at or timezone.now()
        if was_replaced or not _confirm(payment, via=via):
            # Paid, but the booking cannot take it: give the money back.
            payment.status = Payment.Status.PAID
            payment.completed_via = via
            payment.failure_reason = "좌석 확보 실패로 자동 환불"
            payment.save(update_fields=(*PAID_FIELDS, "failure_reason"))
            refund = Refund.objects.create(payment=payment, amount=payment.amount,
                                           reason=AUTO_REFUND_REASON)
            # The money goes back, so the seats are not this booking's any more (B8).
            booking_services.release_hold(payment.booking)
    if refund is not None:
        process_refund(refund)
        payment.refresh_from_db()
    return payment


def _fail(payment: Payment, reason: str) -> None:
    Payment.objects.filter(pk=payment.pk, status__in=[Payment.Status.READY,
                                                       Payment.Status.AWAITING_DEPOSIT]).update(
        status=Payment.Status.FAILED, failure_reason=reason)
    payment.refresh_from_db()


def handle_webhook(gateway_name: str, headers: dict, body: bytes) -> str:
    """Verify, de-duplicate and act on a webhook; returns what happened."""
    gateway = get_gateway(gateway_name)
    event = gateway.verify_webhook(headers, body)  # raises InvalidWebhook
    try:
        with transaction.atomic():
            WebhookReceipt.objects.create(gateway=gateway_name, event_id=event.event_id,
                                          kind=event.kind, payment_id=event.payment_id)
    except IntegrityError:
        return "duplicate"
    if not Payment.objects.filter(payment_id=event.payment_id).exists():
        return "unknown-payment"
    try:
        complete_payment(event.payment_id, via="webhook")
    except Exception:
        # Not processed: forget the receipt so the gateway's retry is not a "duplicate".
        WebhookReceipt.objects.filter(gateway=gateway_name, event_id=event.event_id).delete()
        raise
    return "processed"


# --- cancellation and refunds -----------------------------------------------------------


def needs_refund_account(payment: Payment, now=None) -> bool:
    """Virtual-account payments, and mobile billing from a past month, cannot be
    reversed on the original method: the money goes to an account the member names."""
    now = timezone.localtime(now or timezone.now())
    if payment.method == Payment.Method.VIRTUAL_ACCOUNT:
        return True
    if payment.method == Payment.Method.MOBILE and payment.paid_at:
        paid = timezone.localtime(payment.paid_at)
        return (paid.year, paid.month) != (now.year, now.month)
    return False


def cancel_booking(booking: Booking, member, *, refund_account: RefundAccount | None = None,
                   now=None) -> list[Refund]:
    """Cancel a confirmed booking online under its theatre's policy and refund it."""
    now = now or timezone.now()
    refunds = []
    with transaction.atomic():
        booking = Booking.objects.select_for_update().select_related(
            "showtime__screen__theatre").get(pk=booking.pk)
        if booking.member_id != member.pk:
            raise PaymentError("본인의 예매만 취소할 수 있습니다.")
        quote = booking_services.refund_quote(booking, now)
        if not quote.allowed:
            raise PaymentError(quote.reason)
        paid = list(booking.payments.filter(status=Payment.Status.PAID).exclude(amount=0))
        for payment in paid:
            if needs_refund_account(payment, now) and refund_account is None:
                raise RefundAccountRequired("이 결제는 원래 수단으로 환불할 수 없어 환불 계좌가 필요합니다.")
        booking_services.mark_cancelled(booking)
        if quote.percent == 100:
            # Unspend the vouchers: they can be used again until they expire.
            Voucher.objects.filter(booking=booking).update(booking=None, redeemed_at=None)
        for payment in paid:
            amount = payment.cancellable * quote.percent // 100
            if amount == 0:
                continue
            account_route = (payment.method == Payment.Method.MOBILE
                             and needs_refund_account(payment, now))
            refund = Refund(payment=payment, amount=amount, reason=f"예매 취소 ({quote.reason})",
                            route=Refund.Route.ACCOUNT if account_route else Refund.Route.ORIGINAL)
            if refund_account is not None and needs_refund_account(payment, now):
                refund.bank = refund_account.bank
                refund.account_number = refund_account.number
                refund.account_holder = refund_account.holder
            refund.save()
            refunds.append(refund)
    for refund in refunds:
        process_refund(refund)
    notifications.booking_cancelled(booking, sum(r.amount for r in refunds))
    return [Refund.objects.get(pk=r.pk) for r in refunds]


def process_refund(refund: Refund) -> Refund:
    """Send a recorded refund to the gateway (or to the transfer queue). Retry-safe."""
    refund = Refund.objects.select_related("payment__member__data_key").get(pk=refund.pk)
    if refund.status in (Refund.Status.DONE, Refund.Status.PENDING_TRANSFER):
        return refund
    payment = refund.payment
    if refund.route == Refund.Route.ACCOUNT:
        with transaction.atomic():
            _apply_refund(payment, refund, status=Refund.Status.PENDING_TRANSFER)
        return refund
    gateway = get_gateway(payment.gateway)
    account = None
    if refund.account_number:
        account = RefundAccount(refund.bank, refund.account_number, refund.account_holder)
    Refund.objects.filter(pk=refund.pk).update(attempts=refund.attempts + 1)
    try:
        result = gateway.cancel(payment.payment_id, amount=refund.amount,
                                cancellable=payment.cancellable, reason=refund.reason,
                                refund_account=account)
        cancellation_id = result.cancellation_id
    except GatewayError as exc:
        # Perhaps it went through before a crash: the gateway's books tell.
        try:
            record = gateway.fetch(payment.payment_id)
        except GatewayError:
            record = None
        if record is None or record.cancelled_amount < payment.cancelled_amount + refund.amount:
            Refund.objects.filter(pk=refund.pk).update(status=Refund.Status.FAILED,
                                                       last_error=str(exc)[:200])
            return Refund.objects.get(pk=refund.pk)
        cancellation_id = "recovered"
    with transaction.atomic():
        _apply_refund(payment, refund, status=Refund.Status.DONE, cancellation_id=cancellation_id)
    return Refund.objects.get(pk=refund.pk)


def _apply_refund(payment: Payment, refund: Refund, *, status: str, cancellation_id: str = ""):
    payment = Payment.objects.select_for_update().get(pk=payment.pk)
    payment.cancelled_amount += refund.amount
    payment.status = (Payment.Status.CANCELLED if payment.cancelled_amount >= payment.amount
                      else Payment.Status.PARTIALLY_CANCELLED)
    payment.save(update_fields=["cancelled_amount", "status"])
    Refund.objects.filter(pk=refund.pk).update(status=status, cancellation_id=cancellation_id,
                                               completed_at=timezone.now(), last_error="")


def purge_bookings(queryset) -> int:
    """Retention purge of expired contract records with their payments and refunds."""
    bookings = list(queryset.values_list("pk", flat=True))
    Refund.objects.filter(payment__booking__in=bookings).delete()
    Payment.objects.filter(booking__in=bookings).delete()
    Voucher.objects.filter(booking__in=bookings).update(booking=None)
    return Booking.objects.filter(pk__in=bookings).delete()[1].get("booking.Booking", 0)
