"""Cancelling (refunding) a PortOne payment: always against the balance we believe is
cancellable, so a stale or repeated refund is refused rather than applied twice; each
refusal worded for the person who asked."""

from __future__ import annotations

import logging

from django.utils import timezone
from portone_server_sdk.errors import (
    CancelAmountExceedsCancellableAmountError,
    CancellableAmountConsistencyBrokenError,
    ForbiddenError,
    PaymentAlreadyCancelledError,
    PaymentNotFoundError,
    PaymentNotPaidError,
    PgProviderError,
    PortOneError,
    UnauthorizedError,
    UnknownError,
)
from portone_server_sdk.payment import (
    CancelPaymentBodyRefundAccount,
    FailedPaymentCancellation,
    RequestedPaymentCancellation,
    SucceededPaymentCancellation,
)

from marquee.privacy.api import Wire

from ..gateway import CancelResult, GatewayError, RefundAccount
from .constants import (
    BANK_ALIASES,
    BANK_CODES,
    BANKS,
    MSG_ALREADY_CANCELLED,
    MSG_CANCEL_AMOUNT,
    MSG_CANCEL_EXCEEDS,
    MSG_CANCEL_INVALID,
    MSG_CANCEL_REFUSED,
    MSG_CANCEL_STALE,
    MSG_CANCEL_UNCERTAIN,
    MSG_INVALID_ID,
    MSG_NOT_FOUND,
    MSG_NOT_PAID,
    MSG_REFUND_ACCOUNT,
    MSG_REFUND_BANK,
)
from .records import is_amount, parse_time, valid_id
from .transport import call, refused

logger = logging.getLogger("marquee.payments.portone")

# A refund to a virtual-account payer carries the refund account (P7.3).
REFUND_ACCOUNT_WIRE = Wire("portone", {"bank": None, "number": "refund_account",
                                       "holder_name": "refund_account"})


def bank_code(bank: str) -> str | None:
    value = (bank or "").strip()
    if value.upper() in BANK_CODES:
        return value.upper()
    compact = value.replace(" ", "")
    for code, label in BANKS.items():
        if compact in (label, label.replace("·", "")):
            return code
    return BANK_ALIASES.get(compact)


def cancel(client, payment_id: str, *, amount: int, cancellable: int, reason: str,
           refund_account: RefundAccount | None = None) -> CancelResult:
    """Cancel ``amount`` of a payment whose cancellable balance we believe is
    ``cancellable``; PortOne refuses if it is not."""
    if not valid_id(payment_id):
        raise GatewayError(MSG_INVALID_ID)
    if not (is_amount(amount) and is_amount(cancellable) and 0 < amount <= cancellable):
        raise GatewayError(MSG_CANCEL_AMOUNT)
    account = refund_account_body(refund_account) if refund_account is not None else None
    reason = (reason or "").strip() or "결제 취소"

    response = call(
        "cancel", payment_id,
        lambda: client.cancel_payment(
            payment_id=payment_id, amount=amount, reason=reason,
            current_cancellable_amount=cancellable, refund_account=account),
        refusal=lambda exc: _refusal(exc, payment_id, amount, cancellable),
        uncertain=MSG_CANCEL_UNCERTAIN)
    return _result(payment_id, amount, response.cancellation)


def _result(payment_id: str, amount: int, cancellation) -> CancelResult:
    """What PortOne says it did; anything but a (pending) success is a refusal."""
    if isinstance(cancellation, FailedPaymentCancellation):
        logger.error("PortOne cancellation %s of %s failed", cancellation.id, payment_id)
        raise GatewayError(MSG_CANCEL_REFUSED)
    if not isinstance(cancellation, (SucceededPaymentCancellation,
                                     RequestedPaymentCancellation)):
        logger.error("PortOne cancel of %s: unexpected cancellation %r", payment_id,
                     type(cancellation))
        raise GatewayError(MSG_CANCEL_UNCERTAIN)
    if isinstance(cancellation, RequestedPaymentCancellation):
        # Accepted, completed by the PG later (e.g. some virtual-account refunds).
        logger.info("PortOne cancellation %s of %s is pending", cancellation.id, payment_id)
    if cancellation.total_amount != amount:
        logger.warning("PortOne cancelled %s of %s, not the %s asked for",
                       cancellation.total_amount, payment_id, amount)
    cancelled_at = (parse_time(cancellation.cancelled_at)
                    or parse_time(cancellation.requested_at) or timezone.now())
    return CancelResult(payment_id=payment_id, cancelled=cancellation.total_amount,
                        cancellation_id=cancellation.id, cancelled_at=cancelled_at)


def _refusal(exc: PortOneError, payment_id: str, amount: int, cancellable: int) -> str:
    """PortOne's refusal of a cancel, worded for the person who asked."""
    if isinstance(exc, CancellableAmountConsistencyBrokenError):
        logger.warning("PortOne refused to cancel %s of %s: cancellable balance is "
                       "not %s", amount, payment_id, cancellable)
        return MSG_CANCEL_STALE
    if isinstance(exc, CancelAmountExceedsCancellableAmountError):
        return MSG_CANCEL_EXCEEDS
    if isinstance(exc, PaymentAlreadyCancelledError):
        return MSG_ALREADY_CANCELLED
    if isinstance(exc, PaymentNotPaidError):
        return MSG_NOT_PAID
    if isinstance(exc, PaymentNotFoundError):
        return MSG_NOT_FOUND
    if isinstance(exc, PgProviderError):
        logger.error("PG refused to cancel %s: %s (%s %s)", payment_id, exc.message,
                     exc.pg_code, exc.pg_message)
        return MSG_CANCEL_REFUSED
    if isinstance(exc, (UnauthorizedError, ForbiddenError)):
        return refused("cancel", payment_id, exc)
    if isinstance(exc, UnknownError):  # any other answer, 5xx JSON included
        refused("cancel", payment_id, exc)
        return MSG_CANCEL_UNCERTAIN
    # InvalidRequest, tax/VAT/promotion/sum-of-parts errors: the request is wrong.
    logger.error("PortOne refused to cancel %s: %s %s", payment_id,
                 type(exc).__name__, exc.message)
    return MSG_CANCEL_INVALID


def refund_account_body(refund_account: RefundAccount) -> CancelPaymentBodyRefundAccount:
    bank = bank_code(refund_account.bank)
    if bank is None:
        raise GatewayError(MSG_REFUND_BANK)
    number = "".join((refund_account.number or "").split()).replace("-", "")
    holder = (refund_account.holder or "").strip()
    if not number.isdigit() or not holder:
        raise GatewayError(MSG_REFUND_ACCOUNT)
    return CancelPaymentBodyRefundAccount(**REFUND_ACCOUNT_WIRE.build(
        {"bank": bank, "number": number, "holder_name": holder}))
