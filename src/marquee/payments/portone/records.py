"""Reading PortOne's payment records: never trusting more than PortOne says, and never
keeping a card number that shows more than a masked one may (P1.4)."""

from __future__ import annotations

import datetime
import logging

from django.utils import timezone
from django.utils.dateparse import parse_datetime
from portone_server_sdk.payment import (
    PaymentMethodCard,
    PaymentMethodEasyPay,
    PaymentMethodMobile,
    PaymentMethodVirtualAccount,
)

from ..gateway import AmountMismatch, GatewayError, GatewayPayment, GatewayStatus, Method
from .constants import (
    BANKS,
    CARD_COMPANIES,
    CURRENCY,
    MASK_CHARACTERS,
    MAX_CARD_FIELD,
    MAX_ID_LENGTH,
    MSG_CURRENCY,
    MSG_FOREIGN,
    MSG_UNREADABLE,
    STATUSES,
)

logger = logging.getLogger("marquee.payments.portone")


def valid_id(payment_id) -> bool:
    return isinstance(payment_id, str) and 0 < len(payment_id) <= MAX_ID_LENGTH


def is_amount(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def parse_time(value: str | None) -> datetime.datetime | None:
    try:
        moment = parse_datetime(value or "")
    except ValueError:
        return None
    if moment is None or timezone.is_naive(moment):
        return None
    return moment


def masked_card_number(number: str | None) -> str:
    """PortOne's masked card number, masked again if it shows too much.

    Only the first 8 digits (6 for numbers shorter than 16) and the last 4 may show;
    if any other digit is visible, only the first 6 and the last 4 are kept.
    """
    if not number:
        return ""
    number = number.strip()
    positions = [i for i, char in enumerate(number)
                 if char.isdigit() or char in MASK_CHARACTERS]
    count = len(positions)
    head = 8 if count >= 16 else 6
    if not any(number[i].isdigit() for i in positions[head:count - 4]):
        return number
    keep = set(positions[:6]) | set(positions[max(6, count - 4):])
    return "".join("*" if char.isdigit() and i not in keep else char
                   for i, char in enumerate(number))


def compact(masked: str) -> str:
    if len(masked) <= MAX_CARD_FIELD:
        return masked
    return "".join(c for c in masked if c.isdigit() or c in MASK_CHARACTERS)[-MAX_CARD_FIELD:]


def card_issuer(card) -> str:
    for code in (card.issuer, card.publisher):
        if code:
            code = code.removeprefix("CARD_COMPANY_")
            return CARD_COMPANIES.get(code, code)
    return ""


def to_payment(gateway, payment_id: str, payment) -> GatewayPayment:
    """PortOne's record of a payment as ours, refused unless it is our store's, through
    our channel, in won, with consistent amounts."""
    status = STATUSES.get(type(payment))
    if status is None:
        logger.error("PortOne payment %s: unexpected result %r", payment_id, type(payment))
        raise GatewayError(MSG_UNREADABLE)
    if payment.id != payment_id:
        logger.error("PortOne answered %s for a lookup of %s", payment.id, payment_id)
        raise GatewayError(MSG_UNREADABLE)
    if gateway.store_id and payment.store_id != gateway.store_id:
        logger.error("PortOne payment %s belongs to store %s, not ours",
                     payment_id, payment.store_id)
        raise GatewayError(MSG_FOREIGN)
    channel_key = getattr(payment.channel, "key", None)
    if gateway.channel_keys and channel_key and channel_key not in gateway.channel_keys.values():
        # e.g. a test channel's key handed to the browser SDK: "paid", but no money moved.
        logger.error("PortOne payment %s went through channel %s (%s), not ours",
                     payment_id, channel_key, getattr(payment.channel, "type", "?"))
        raise GatewayError(MSG_FOREIGN)
    if payment.currency != CURRENCY:
        logger.error("PortOne payment %s is in %s", payment_id, payment.currency)
        raise AmountMismatch(MSG_CURRENCY)
    amount = payment.amount
    if not (is_amount(amount.total) and is_amount(amount.cancelled)
            and 0 <= amount.cancelled <= amount.total):
        logger.error("PortOne payment %s has inconsistent amounts", payment_id)
        raise GatewayError(MSG_UNREADABLE)

    method, card, virtual_account = method_of(gateway, payment_id, payment)
    paid_at = parse_time(getattr(payment, "paid_at", None))
    if status is GatewayStatus.PAID and paid_at is None:
        logger.warning("PortOne payment %s is paid but has no readable paidAt", payment_id)
    return GatewayPayment(
        payment_id=payment_id,
        status=status,
        amount=amount.total,
        cancelled_amount=amount.cancelled,
        method=method,
        transaction_id=payment.transaction_id or "",
        card_masked=compact(masked_card_number(card.number)) if card else "",
        card_issuer=card_issuer(card)[:MAX_CARD_FIELD] if card else "",
        billing_key=getattr(payment, "billing_key", None) or "",
        paid_at=paid_at,
        virtual_account=virtual_account,
    )

def method_of(gateway, payment_id: str, payment):
    """(Method, card details or None, virtual account dict or None)."""
    detail = payment.method
    if isinstance(detail, PaymentMethodCard):
        return Method.CARD, detail.card, None
    if isinstance(detail, PaymentMethodMobile):
        return Method.MOBILE, None, None
    if isinstance(detail, PaymentMethodVirtualAccount):
        due = parse_time(detail.expired_at)
        # Stored as JSON (an encrypted JSON field): plain strings only.
        return Method.VIRTUAL_ACCOUNT, None, {
            "bank": BANKS.get(detail.bank or "", detail.bank or ""),
            "bank_code": detail.bank or "",
            "number": detail.account_number,
            "holder": detail.remittee_name or "",
            "due": due.isoformat() if due else "",
        }
    # No method yet (READY, FAILED) or one we never request (an easy-pay wallet chosen
    # inside a card window): the method is the one whose channel was used.
    card = None
    if isinstance(detail, PaymentMethodEasyPay) and isinstance(
            detail.easy_pay_method, PaymentMethodCard):
        card = detail.easy_pay_method.card
    channel_key = getattr(payment.channel, "key", None)
    for method, key in gateway.channel_keys.items():
        if key == channel_key:
            return method, card, None
    if detail is not None:
        logger.warning("PortOne payment %s has method %s", payment_id, type(detail).__name__)
    return Method.CARD, card, None
