"""The sandbox gateway: a PG of our own for the demo and the tests.

It plays the card / mobile-billing / virtual-account window in the browser, keeps its
own ledger (``SandboxTransaction``, standing in for the PG's servers), answers
server-side look-ups and cancels with the same preconditions as PortOne (a partial
cancel must state the current cancellable balance), and sends HMAC-signed webhooks.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import secrets
import threading
import time

import httpx
from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from marquee import compiled
from marquee.compiled import Compiled

from .gateway import (
    CancelResult,
    GatewayError,
    GatewayPayment,
    GatewayStatus,
    InvalidWebhook,
    Method,
    PaymentRequest,
    WebhookEvent,
)
from .models import SandboxTransaction

logger = logging.getLogger(__name__)
SIGNATURE_HEADER = "X-Sandbox-Signature"
TIMESTAMP_HEADER = "X-Sandbox-Timestamp"
TOLERANCE_SECONDS = 300


def _secret() -> bytes:
    return settings.MARQUEE_SANDBOX_WEBHOOK_SECRET.encode()


def sign_webhook(body: bytes, timestamp: int | None = None) -> dict[str, str]:
    timestamp = int(time.time()) if timestamp is None else timestamp
    mac = hmac.new(_secret(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return {SIGNATURE_HEADER: mac, TIMESTAMP_HEADER: str(timestamp)}


def webhook_body(kind: str, payment_id: str) -> bytes:
    return json.dumps({"id": "evt_" + secrets.token_hex(12), "type": kind,
                       "paymentId": payment_id}).encode()


def send_webhook(kind: str, payment_id: str) -> None:
    """Deliver a signed webhook to our own endpoint, in the background, like a PG."""
    if not settings.MARQUEE_SANDBOX_SEND_WEBHOOKS:
        return
    body = webhook_body(kind, payment_id)
    url = settings.MARQUEE_SITE_URL + reverse("payments:webhook", args=["sandbox"])

    def post():
        try:
            httpx.post(url, content=body, timeout=5,
                       headers={"Content-Type": "application/json", **sign_webhook(body)})
        except httpx.HTTPError as exc:  # the reconciler catches up on anything missed
            logger.warning("sandbox webhook to %s failed: %s", url, exc)

    threading.Thread(target=post, daemon=True).start()


def mask_card(number: str) -> str:
    """Korean PG style: first 6 digits partly shown, last 4 shown: 5365-10**-****-1234."""
    digits = "".join(ch for ch in number if ch.isdigit())
    return f"{digits[:4]}-{digits[4:6]}**-****-{digits[-4:]}"


def luhn_ok(number: str) -> bool:
    digits = [int(ch) for ch in number if ch.isdigit()]
    checksum = 0
    for i, digit in enumerate(reversed(digits)):
        if i % 2:
            digit *= 2
            digit -= 9 if digit > 9 else 0
        checksum += digit
    return len(digits) in (15, 16) and checksum % 10 == 0


ISSUERS = {"4": "비씨카드", "5": "신한카드", "3": "삼성카드", "6": "국민카드", "9": "현대카드"}


# The ledger's record of a payment, compiled once per thread (``marquee.compiled``; every
# payment return fetches it, issue 17).
_LEDGER = Compiled(lambda payment_id: SandboxTransaction.objects.filter(payment_id=payment_id),
                   "\x00payment")


class SandboxGateway:
    name = "sandbox"

    def prepare(self, *, payment_id, amount, order_name, method, customer,
                return_url="") -> PaymentRequest:
        # Merchant payment IDs are never reused (``new_payment_id``): one INSERT, and a
        # second prepare of the same ID fails on the unique column instead of re-pricing it.
        compiled.insert(SandboxTransaction(payment_id=payment_id, amount=amount,
                                           order_name=order_name, method=method.value,
                                           return_url=return_url))
        return PaymentRequest(
            payment_id=payment_id, amount=amount, order_name=order_name, method=method,
            gateway=self.name,
            params={"window_url": reverse("payments:sandbox_window", args=[payment_id])})

    def fetch(self, payment_id: str) -> GatewayPayment:
        tx = _LEDGER.get(str(payment_id))
        if tx is None:
            raise GatewayError("결제 정보를 찾을 수 없습니다.")
        return GatewayPayment(
            payment_id=tx.payment_id, status=GatewayStatus(tx.status), amount=tx.amount,
            cancelled_amount=tx.cancelled_amount, method=Method(tx.method),
            transaction_id=tx.transaction_id, card_masked=tx.card_masked,
            card_issuer=tx.card_issuer, billing_key="", paid_at=tx.paid_at,
            virtual_account=tx.virtual_account)

    @transaction.atomic
    def cancel(self, payment_id, *, amount, cancellable, reason, refund_account=None):
        tx = SandboxTransaction.objects.select_for_update().filter(payment_id=payment_id).first()
        if tx is None:
            raise GatewayError("결제 정보를 찾을 수 없습니다.")
        balance = tx.amount - tx.cancelled_amount
        if tx.status not in ("paid", "partially_cancelled"):
            raise GatewayError("취소할 수 없는 결제 상태입니다.")
        if cancellable != balance:
            raise GatewayError("취소 가능 금액이 일치하지 않습니다(이미 취소되었을 수 있습니다).")
        if amount <= 0 or amount > balance:
            raise GatewayError("취소 금액이 올바르지 않습니다.")
        if tx.method == "virtual_account" and refund_account is None:
            raise GatewayError("가상계좌 결제는 환불 계좌가 필요합니다.")
        tx.cancelled_amount += amount
        tx.status = "cancelled" if tx.cancelled_amount == tx.amount else "partially_cancelled"
        tx.save(update_fields=["cancelled_amount", "status"])
        transaction.on_commit(lambda: send_webhook("Transaction.Cancelled", payment_id))
        return CancelResult(payment_id=payment_id, cancelled=amount,
                            cancellation_id="cnl_" + secrets.token_hex(8),
                            cancelled_at=timezone.now())

    def verify_webhook(self, headers, body: bytes) -> WebhookEvent:
        lowered = {k.lower(): v for k, v in headers.items()}
        signature = lowered.get(SIGNATURE_HEADER.lower(), "")
        try:
            timestamp = int(lowered.get(TIMESTAMP_HEADER.lower(), ""))
        except ValueError:
            raise InvalidWebhook("타임스탬프가 없습니다.") from None
        if abs(time.time() - timestamp) > TOLERANCE_SECONDS:
            raise InvalidWebhook("오래된 웹훅입니다.")
        expected = sign_webhook(body, timestamp)[SIGNATURE_HEADER]
        if not hmac.compare_digest(expected, signature):
            raise InvalidWebhook("서명이 올바르지 않습니다.")
        try:
            data = json.loads(body)
            return WebhookEvent(event_id=str(data["id"]), kind=str(data["type"]),
                                payment_id=str(data["paymentId"]))
        except (ValueError, KeyError, TypeError):
            raise InvalidWebhook("웹훅 본문을 읽을 수 없습니다.") from None


# --- the PG window's actions (called by the sandbox window view) --------------------------


def approve(payment_id: str, *, method: str, card_number: str = "", bank: str = "") -> str:
    """Pay a window's transaction; returns where the window sends the browser back.

    One conditional UPDATE (the PG's ledger is all a PG writes when a card is accepted;
    issue 17), then the return URL; a transaction no longer ready (paid or declined in
    another tab, or unknown) is refused. The amount is not the window's to check: the
    return compares the PG's record with our order."""
    fields = {"transaction_id": "sbx_" + secrets.token_hex(10), "method": method,
              "status": "paid", "paid_at": timezone.now()}
    if method == "card":
        fields.update(card_masked=mask_card(card_number),
                      card_issuer=ISSUERS.get(card_number.strip()[:1], "기타카드"))
    if method == "virtual_account":
        fields["virtual_account"] = {
            "bank": bank or "국민은행",
            "number": "9" + "".join(secrets.choice("0123456789") for _ in range(13)),
            "holder": "(주)마키시네마", "deposited": True}
    ledger = SandboxTransaction.objects.filter(payment_id=payment_id)
    if not ledger.filter(status="ready").update(**fields):
        raise GatewayError("이미 처리된 결제입니다.")
    transaction.on_commit(lambda: send_webhook("Transaction.Paid", payment_id))
    return ledger.values_list("return_url", flat=True).first() or ""


def decline(payment_id: str) -> str:
    """Decline a window's transaction if it is still ready; returns the return URL."""
    ledger = SandboxTransaction.objects.filter(payment_id=payment_id)
    ledger.filter(status="ready").update(status="failed")
    transaction.on_commit(lambda: send_webhook("Transaction.Failed", payment_id))
    return ledger.values_list("return_url", flat=True).first() or ""
