"""The payment-gateway protocol.

Every Korean PG works the same way underneath: the browser authorises a payment in
the PG's window, then *our server* asks the PG for the result and approves it, re-
checking the amount against our own order (never trusting the browser). Cancels may be
partial; a partial cancel states the balance we believe is still cancellable, so two
concurrent refunds cannot both succeed against a stale balance. Webhooks are signed.
Our merchant payment ID (``payment_id``) is the idempotency key everywhere.

Adapters: ``sandbox`` (our own PG window, used by the demo and the tests) and
``portone`` (PortOne V2 through ``portone-server-sdk``).
"""

from __future__ import annotations

import datetime
import enum
from dataclasses import dataclass, field
from typing import Protocol

from marquee.errors import ServiceError
from marquee.privacy.api import Registry


class Method(enum.StrEnum):
    CARD = "card"
    MOBILE = "mobile"  # 휴대폰 소액결제
    VIRTUAL_ACCOUNT = "virtual_account"

    @property
    def label(self) -> str:
        return {"card": "신용·체크카드", "mobile": "휴대폰 결제",
                "virtual_account": "가상계좌"}[self.value]


class GatewayError(ServiceError):
    """The PG refused or could not be reached; the message is safe to show."""

    code = "gateway_error"
    default_message = "결제 대행사 처리 중 오류가 발생했습니다."


class AmountMismatch(GatewayError):
    """The PG's record of the payment disagrees with our order: never approve it."""


class InvalidWebhook(GatewayError):
    """Signature, timestamp or body failed verification."""


@dataclass(frozen=True)
class PaymentRequest:
    """What the browser needs to open the PG window (no secrets)."""

    payment_id: str
    amount: int
    order_name: str
    method: Method
    gateway: str
    params: dict = field(default_factory=dict)


class GatewayStatus(enum.StrEnum):
    READY = "ready"  # window opened, not paid
    PAID = "paid"
    AWAITING_DEPOSIT = "awaiting_deposit"  # virtual account issued
    CANCELLED = "cancelled"
    PARTIALLY_CANCELLED = "partially_cancelled"
    FAILED = "failed"


@dataclass(frozen=True)
class GatewayPayment:
    """The PG's own record of a payment, fetched server-side."""

    payment_id: str
    status: GatewayStatus
    amount: int
    cancelled_amount: int
    method: Method
    transaction_id: str = ""
    card_masked: str = ""  # e.g. 5365-10**-****-1234; never the full number
    card_issuer: str = ""
    billing_key: str = ""  # a gateway token, never a card number
    paid_at: datetime.datetime | None = None
    virtual_account: dict | None = None  # bank, number, holder, due

    @property
    def cancellable(self) -> int:
        return self.amount - self.cancelled_amount


@dataclass(frozen=True)
class CancelResult:
    payment_id: str
    cancelled: int
    cancellation_id: str
    cancelled_at: datetime.datetime


@dataclass(frozen=True)
class RefundAccount:
    bank: str
    number: str
    holder: str


@dataclass(frozen=True)
class WebhookEvent:
    """A verified notification: something happened to ``payment_id``; fetch it."""

    event_id: str
    kind: str  # e.g. "Transaction.Paid", "Transaction.Cancelled", "Transaction.VirtualAccountIssued"
    payment_id: str


class Gateway(Protocol):
    name: str

    def prepare(self, *, payment_id: str, amount: int, order_name: str, method: Method,
                customer: dict, return_url: str = "") -> PaymentRequest:
        """Parameters for the browser window; registers nothing secret client-side.
        ``return_url``: where the window sends the browser back (our payment return)."""

    def fetch(self, payment_id: str) -> GatewayPayment:
        """The PG's record of ``payment_id``."""

    def cancel(self, payment_id: str, *, amount: int, cancellable: int, reason: str,
               refund_account: RefundAccount | None = None) -> CancelResult:
        """Cancel ``amount`` (the whole payment when it equals ``cancellable``); the PG
        must refuse if its cancellable balance differs from ``cancellable``."""

    def verify_webhook(self, headers: dict[str, str], body: bytes) -> WebhookEvent:
        """Check the signature and freshness of a webhook; raise InvalidWebhook."""


# Filled in PaymentsConfig.ready() (sandbox, portone); the setting picks one, and the
# start-up check (privacy.E021) names a value nothing is registered under.
gateways: Registry[Gateway] = Registry("payment gateway", setting="MARQUEE_PAYMENT_GATEWAY")


def get_gateway(name: str | None = None) -> Gateway:
    return gateways.get(name)
