"""PortOne (포트원) V2 payments through ``portone-server-sdk``.

The browser half runs PortOne's browser SDK (``PortOne.requestPayment``) with the
parameters from ``prepare``: our store ID, the channel key configured for the payment
method, our merchant payment ID, the order name and the amount. Nothing the browser
reports afterwards is trusted: ``fetch`` asks PortOne's REST API, with our API secret,
for its own record of the payment, and the caller compares that record with the order.

``cancel`` always states the balance we believe is still cancellable
(``currentCancellableAmount``), so PortOne refuses a refund computed against a stale
balance: two concurrent partial refunds cannot both succeed, and a refund retried after
a timeout cannot be applied twice.

Webhooks are signed the Standard Webhooks way (``webhook-id``, ``webhook-timestamp``,
``webhook-signature``) with ``PORTONE_WEBHOOK_SECRET``; ``verify_webhook`` checks them
with the SDK and returns only which payment to fetch.

Card numbers (P1.4): PortOne reports a masked number; it is kept only while it stays
masked (no digit showing but the first 8, or 6, and the last 4). Anything more complete
is masked again here before it reaches a ``GatewayPayment``.
"""

from __future__ import annotations

import datetime
import functools
import json
import logging
import typing

import httpx
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from portone_server_sdk import webhook as portone_webhook
from portone_server_sdk.common import Bank
from portone_server_sdk.errors import (
    CancelAmountExceedsCancellableAmountError,
    CancellableAmountConsistencyBrokenError,
    ForbiddenError,
    InvalidRequestError,
    PaymentAlreadyCancelledError,
    PaymentNotFoundError,
    PaymentNotPaidError,
    PgProviderError,
    PortOneError,
    UnauthorizedError,
    UnknownError,
)
from portone_server_sdk.payment import (
    CancelledPayment,
    CancelPaymentBodyRefundAccount,
    FailedPayment,
    FailedPaymentCancellation,
    PaidPayment,
    PartialCancelledPayment,
    PaymentClient,
    PaymentMethodCard,
    PaymentMethodEasyPay,
    PaymentMethodMobile,
    PaymentMethodVirtualAccount,
    PayPendingPayment,
    ReadyPayment,
    RequestedPaymentCancellation,
    SucceededPaymentCancellation,
    VirtualAccountIssuedPayment,
)

from .gateway import (
    AmountMismatch,
    CancelResult,
    GatewayError,
    GatewayPayment,
    GatewayStatus,
    InvalidWebhook,
    Method,
    PaymentRequest,
    RefundAccount,
    WebhookEvent,
)

logger = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://api.portone.io"
# The SDK's own HTTP client waits up to 60 seconds; a checkout request should not.
TIMEOUT_SECONDS = 10.0
MAX_ID_LENGTH = 200
MAX_CARD_FIELD = 30  # what our payment records hold for the masked number and the issuer
CURRENCY = "KRW"

PAY_METHODS = {Method.CARD: "CARD", Method.MOBILE: "MOBILE",
               Method.VIRTUAL_ACCOUNT: "VIRTUAL_ACCOUNT"}

STATUSES = {
    ReadyPayment: GatewayStatus.READY,
    PayPendingPayment: GatewayStatus.READY,  # authorised, waiting for a confirm: not paid
    PaidPayment: GatewayStatus.PAID,
    VirtualAccountIssuedPayment: GatewayStatus.AWAITING_DEPOSIT,
    CancelledPayment: GatewayStatus.CANCELLED,
    PartialCancelledPayment: GatewayStatus.PARTIALLY_CANCELLED,
    FailedPayment: GatewayStatus.FAILED,
}

# PortOne's standard bank codes (은행 코드) and the names shown to customers.
BANKS = {
    "KDB": "KDB산업은행", "IBK": "IBK기업은행", "KOOKMIN": "KB국민은행", "SUHYUP": "수협은행",
    "NONGHYUP": "NH농협은행", "LOCAL_NONGHYUP": "지역농·축협", "WOORI": "우리은행",
    "STANDARD_CHARTERED": "SC제일은행", "CITI": "한국씨티은행", "DAEGU": "iM뱅크(대구은행)",
    "BUSAN": "부산은행", "KWANGJU": "광주은행", "JEJU": "제주은행", "JEONBUK": "전북은행",
    "KYONGNAM": "경남은행", "KFCC": "새마을금고", "SHINHYUP": "신협", "SAVINGS_BANK": "저축은행",
    "POST": "우체국", "HANA": "하나은행", "SHINHAN": "신한은행", "K_BANK": "케이뱅크",
    "KAKAO": "카카오뱅크", "TOSS": "토스뱅크",
}
BANK_ALIASES = {
    "산업은행": "KDB", "기업은행": "IBK", "국민은행": "KOOKMIN", "농협": "NONGHYUP",
    "농협은행": "NONGHYUP", "SC은행": "STANDARD_CHARTERED", "씨티은행": "CITI",
    "대구은행": "DAEGU", "iM뱅크": "DAEGU", "K뱅크": "K_BANK",
}
# Every code the SDK's Bank type knows (a Literal inside a Union with str).
BANK_CODES = frozenset(typing.get_args(typing.get_args(Bank)[0]))

# PortOne's card company codes (카드사 코드).
CARD_COMPANIES = {
    "KOOKMIN_CARD": "KB국민카드", "SHINHAN_CARD": "신한카드", "SAMSUNG_CARD": "삼성카드",
    "HYUNDAI_CARD": "현대카드", "LOTTE_CARD": "롯데카드", "HANA_CARD": "하나카드",
    "WOORI_CARD": "우리카드", "BC_CARD": "BC카드", "NH_CARD": "NH농협카드",
    "CITI_CARD": "씨티카드", "SUHYUP_CARD": "수협카드", "JEONBUK_CARD": "전북카드",
    "GWANGJU_CARD": "광주카드", "JEJU_CARD": "제주카드", "KAKAO_BANK": "카카오뱅크",
    "K_BANK": "케이뱅크", "TOSS_BANK": "토스뱅크", "KOREA_DEVELOPMENT_BANK": "KDB산업은행",
    "KFCC": "새마을금고", "SHINHYUP": "신협", "EPOST": "우체국", "SAVINGS_BANK_KOREA": "저축은행",
    "MIRAE_ASSET_SECURITIES": "미래에셋증권",
}
MASK_CHARACTERS = frozenset("*Xx#•●")

MSG_INVALID_ID = "결제 번호가 올바르지 않습니다."
MSG_INVALID_AMOUNT = "결제 금액이 올바르지 않습니다."
MSG_INVALID_ORDER_NAME = "주문명이 올바르지 않습니다."
MSG_NOT_FOUND = "결제 내역을 찾을 수 없습니다. 결제를 다시 진행해 주세요."
MSG_UNREADABLE = "결제 내역을 확인할 수 없습니다. 잠시 후 다시 시도해 주세요."
MSG_FOREIGN = "주문과 일치하지 않는 결제입니다. 결제가 승인되지 않았습니다."
MSG_CURRENCY = "결제 통화가 주문과 다릅니다. 결제가 승인되지 않았습니다."
MSG_UNAVAILABLE = "결제 서비스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요."
MSG_SERVICE_ERROR = "결제 서비스에서 오류가 발생했습니다. 잠시 후 다시 시도해 주세요."

MSG_CANCEL_AMOUNT = "취소 금액이 올바르지 않습니다. 취소 가능 금액 안에서 다시 입력해 주세요."
MSG_CANCEL_STALE = ("결제의 취소 가능 금액이 그사이 바뀌어 취소하지 않았습니다. "
                    "결제 내역을 새로 확인한 뒤 다시 시도해 주세요.")
MSG_CANCEL_EXCEEDS = "취소하려는 금액이 취소 가능 금액보다 큽니다. 결제 내역을 새로 확인해 주세요."
MSG_ALREADY_CANCELLED = "이미 취소된 결제입니다."
MSG_NOT_PAID = "결제가 완료되지 않아 취소할 수 없습니다."
MSG_CANCEL_INVALID = "취소 요청이 올바르지 않아 처리하지 못했습니다. 취소 금액과 환불 계좌 정보를 확인해 주세요."
MSG_CANCEL_REFUSED = ("결제사에서 취소를 처리하지 못했습니다. "
                      "잠시 후 다시 시도하거나 고객센터로 문의해 주세요.")
MSG_CANCEL_UNCERTAIN = ("취소 요청의 처리 결과를 확인하지 못했습니다. "
                        "결제 내역을 확인한 뒤 다시 시도해 주세요.")
MSG_REFUND_BANK = "환불 계좌의 은행을 확인할 수 없습니다. 은행을 다시 선택해 주세요."
MSG_REFUND_ACCOUNT = "환불 계좌 정보(계좌번호, 예금주)를 확인해 주세요."

MSG_WEBHOOK_HEADERS = "웹훅 서명 헤더가 없습니다."
MSG_WEBHOOK_SIGNATURE = "웹훅 서명이 올바르지 않습니다."
MSG_WEBHOOK_TIMESTAMP = "웹훅 시각이 허용 범위를 벗어났습니다."
MSG_WEBHOOK_BODY = "웹훅 본문을 해석할 수 없습니다."
MSG_WEBHOOK_NOT_PAYMENT = "결제 건에 대한 웹훅이 아닙니다."

WEBHOOK_FAILURES = {
    "MISSING_REQUIRED_HEADERS": MSG_WEBHOOK_HEADERS,
    "NO_MATCHING_SIGNATURE": MSG_WEBHOOK_SIGNATURE,
    "INVALID_SIGNATURE": MSG_WEBHOOK_SIGNATURE,  # a timestamp that is not a number
    "TIMESTAMP_TOO_OLD": MSG_WEBHOOK_TIMESTAMP,
    "TIMESTAMP_TOO_NEW": MSG_WEBHOOK_TIMESTAMP,
}


def _required_setting(value, name: str):
    if not value:
        raise ImproperlyConfigured(f"{name} must be set to use PortOne payments.")
    return value


def _channel_keys(value) -> dict[Method, str]:
    if not isinstance(value, dict):
        raise ImproperlyConfigured("PORTONE_CHANNEL_KEYS must be a dict of method -> channel key.")
    keys = {}
    for method, key in value.items():
        try:
            keys[Method(str(method).lower())] = key
        except ValueError:
            raise ImproperlyConfigured(
                f"PORTONE_CHANNEL_KEYS has an unknown payment method {method!r}; "
                f"use one of {', '.join(Method)}.") from None
    return {method: key for method, key in keys.items() if key}


def _raise_unless_portone_error_body(response: httpx.Response) -> None:
    """Hand the SDK only answers it can read.

    For any non-200 answer the SDK calls ``response.json()`` without checking it, so a
    proxy's HTML 502 page would surface as a JSONDecodeError, indistinguishable from a
    garbled 200. Such answers become ``httpx.HTTPStatusError`` here. PortOne's own JSON
    errors (``{"type": ...}``) pass through, including 5xx ones: PG_PROVIDER arrives as
    a 502 and carries the PG's reason.
    """
    if response.status_code == 200:
        return
    response.read()
    try:
        body = json.loads(response.content)
    except ValueError:
        body = None
    if isinstance(body, dict) and isinstance(body.get("type"), str):
        return
    response.raise_for_status()
    raise httpx.HTTPStatusError(  # a 2xx other than 200: the SDK would treat it as an error
        f"Unexpected status {response.status_code}", request=response.request,
        response=response)


@functools.lru_cache(maxsize=8)
def _sdk_client(secret: str, base_url: str, store_id: str | None) -> PaymentClient:
    # Building a PaymentClient is slow (it builds a dozen httpx clients, each loading the
    # CA bundle: ~0.4 s), so one is kept per configuration; httpx clients are thread-safe.
    sdk = PaymentClient(secret=secret, base_url=base_url, store_id=store_id)
    # The SDK offers no timeout option; its sync client is a plain httpx.Client.
    sdk._sync_client.close()
    sdk._sync_client = httpx.Client(
        timeout=TIMEOUT_SECONDS, event_hooks={"response": [_raise_unless_portone_error_body]})
    return sdk


def _valid_id(payment_id) -> bool:
    return isinstance(payment_id, str) and 0 < len(payment_id) <= MAX_ID_LENGTH


def _is_amount(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _parse_time(value: str | None) -> datetime.datetime | None:
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


def _compact(masked: str) -> str:
    if len(masked) <= MAX_CARD_FIELD:
        return masked
    return "".join(c for c in masked if c.isdigit() or c in MASK_CHARACTERS)[-MAX_CARD_FIELD:]


def _card_issuer(card) -> str:
    for code in (card.issuer, card.publisher):
        if code:
            code = code.removeprefix("CARD_COMPANY_")
            return CARD_COMPANIES.get(code, code)
    return ""


def _bank_code(bank: str) -> str | None:
    value = (bank or "").strip()
    if value.upper() in BANK_CODES:
        return value.upper()
    compact = value.replace(" ", "")
    for code, label in BANKS.items():
        if compact in (label, label.replace("·", "")):
            return code
    return BANK_ALIASES.get(compact)


def _customer(customer: dict | None) -> dict:
    """Our customer dict in the browser SDK's ``customer`` shape (empty items dropped)."""
    aliases = {
        "customerId": ("customerId", "customer_id", "id", "member_id"),
        "fullName": ("fullName", "full_name", "name"),
        "phoneNumber": ("phoneNumber", "phone_number", "phone", "mobile"),
        "email": ("email",),
    }
    result = {}
    for target, names in aliases.items():
        for name in names:
            value = (customer or {}).get(name)
            if value not in (None, ""):
                result[target] = str(value)
                break
    return result


class PortOneGateway:
    name = "portone"

    def __init__(self, *, secret: str | None = None, store_id: str | None = None,
                 webhook_secret: str | None = None, base_url: str | None = None,
                 channel_keys: dict | None = None):
        """Each argument defaults to its setting (``PORTONE_API_SECRET``,
        ``PORTONE_STORE_ID``, ``PORTONE_WEBHOOK_SECRET``, ``PORTONE_CHANNEL_KEYS``)."""
        self.secret = _required_setting(
            secret if secret is not None else getattr(settings, "PORTONE_API_SECRET", ""),
            "PORTONE_API_SECRET")
        self.store_id = (store_id if store_id is not None
                         else getattr(settings, "PORTONE_STORE_ID", "")) or None
        self.webhook_secret = (webhook_secret if webhook_secret is not None
                               else getattr(settings, "PORTONE_WEBHOOK_SECRET", "")) or None
        self.base_url = (base_url or DEFAULT_BASE_URL).rstrip("/")
        self.channel_keys = _channel_keys(
            channel_keys if channel_keys is not None
            else getattr(settings, "PORTONE_CHANNEL_KEYS", {}))

    @property
    def client(self) -> PaymentClient:
        return _sdk_client(self.secret, self.base_url, self.store_id)

    # -- browser half -------------------------------------------------------------------

    def prepare(self, *, payment_id: str, amount: int, order_name: str, method: Method,
                customer: dict) -> PaymentRequest:
        """Parameters for ``PortOne.requestPayment``; no network call, no secrets."""
        method = Method(method)
        if not _valid_id(payment_id):
            raise GatewayError(MSG_INVALID_ID)
        if not _is_amount(amount) or amount <= 0:
            raise GatewayError(MSG_INVALID_AMOUNT)
        if not isinstance(order_name, str) or not order_name.strip():
            raise GatewayError(MSG_INVALID_ORDER_NAME)
        params = {
            "storeId": _required_setting(self.store_id, "PORTONE_STORE_ID"),
            "channelKey": _required_setting(self.channel_keys.get(method),
                                            f"PORTONE_CHANNEL_KEYS[{method.value!r}]"),
            "paymentId": payment_id,
            "orderName": order_name.strip(),
            "totalAmount": amount,
            "currency": CURRENCY,
            "payMethod": PAY_METHODS[method],
            "customer": _customer(customer),
        }
        return PaymentRequest(payment_id=payment_id, amount=amount,
                              order_name=order_name.strip(), method=method,
                              gateway=self.name, params=params)

    # -- server half --------------------------------------------------------------------

    def _call(self, action: str, payment_id: str, call, *, refusal, uncertain: str = ""):
        """Run one SDK call. PortOne's own refusals are worded by ``refusal``; transport
        and format failures become GatewayError too. ``uncertain`` is the message for
        failures after which the request may have been carried out (a cancel that timed
        out while waiting for the answer)."""
        try:
            return call()
        except PortOneError as exc:
            raise GatewayError(refusal(exc)) from None
        except httpx.HTTPStatusError as exc:  # see _raise_unless_portone_error_body
            status = exc.response.status_code
            logger.error("PortOne answered %s to %s %s", status, action, payment_id)
            raise GatewayError(uncertain if uncertain and status >= 500
                               else MSG_SERVICE_ERROR) from None
        except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
            logger.warning("PortOne unreachable for %s %s: %r", action, payment_id, exc)
            raise GatewayError(MSG_UNAVAILABLE) from None
        except httpx.HTTPError as exc:  # read/write timeouts, dropped connections, TLS
            logger.warning("PortOne failed during %s %s: %r", action, payment_id, exc)
            raise GatewayError(uncertain or MSG_UNAVAILABLE) from None
        except ValueError as exc:
            # A 200 body the SDK's models reject. Only the type is logged: the SDK's
            # message repeats the whole body, customer details included.
            logger.error("PortOne sent an unreadable answer to %s %s (%s)",
                         action, payment_id, type(exc).__name__)
            raise GatewayError(uncertain or MSG_UNREADABLE) from None
        except Exception:
            logger.exception("Unexpected error during PortOne %s %s", action, payment_id)
            raise GatewayError(uncertain or MSG_UNREADABLE) from None

    def _refused(self, action: str, payment_id: str, exc: PortOneError) -> str:
        if isinstance(exc, (UnauthorizedError, ForbiddenError)):
            logger.error("PortOne refused our API secret (%s): %s",
                         type(exc).__name__, exc.message)
            return MSG_SERVICE_ERROR
        logger.error("PortOne error during %s %s: %s %r", action, payment_id,
                     type(exc).__name__, getattr(exc, "error", exc.message))
        return MSG_SERVICE_ERROR

    def fetch(self, payment_id: str) -> GatewayPayment:
        if not _valid_id(payment_id):
            raise GatewayError(MSG_INVALID_ID)
        client = self.client

        def refusal(exc: PortOneError) -> str:
            if isinstance(exc, PaymentNotFoundError):
                return MSG_NOT_FOUND
            if isinstance(exc, InvalidRequestError):
                logger.warning("PortOne rejected the lookup of %s: %s", payment_id, exc.message)
                return MSG_UNREADABLE
            return self._refused("fetch", payment_id, exc)

        payment = self._call("fetch", payment_id,
                             lambda: client.get_payment(payment_id=payment_id),
                             refusal=refusal)
        try:
            return self._to_payment(payment_id, payment)
        except GatewayError:
            raise
        except Exception:
            logger.exception("Unexpected PortOne payment record for %s", payment_id)
            raise GatewayError(MSG_UNREADABLE) from None

    def _to_payment(self, payment_id: str, payment) -> GatewayPayment:
        status = STATUSES.get(type(payment))
        if status is None:
            logger.error("PortOne payment %s: unexpected result %r", payment_id, type(payment))
            raise GatewayError(MSG_UNREADABLE)
        if payment.id != payment_id:
            logger.error("PortOne answered %s for a lookup of %s", payment.id, payment_id)
            raise GatewayError(MSG_UNREADABLE)
        if self.store_id and payment.store_id != self.store_id:
            logger.error("PortOne payment %s belongs to store %s, not ours",
                         payment_id, payment.store_id)
            raise GatewayError(MSG_FOREIGN)
        channel_key = getattr(payment.channel, "key", None)
        if self.channel_keys and channel_key and channel_key not in self.channel_keys.values():
            # e.g. a test channel's key handed to the browser SDK: "paid", but no money moved.
            logger.error("PortOne payment %s went through channel %s (%s), not ours",
                         payment_id, channel_key, getattr(payment.channel, "type", "?"))
            raise GatewayError(MSG_FOREIGN)
        if payment.currency != CURRENCY:
            logger.error("PortOne payment %s is in %s", payment_id, payment.currency)
            raise AmountMismatch(MSG_CURRENCY)
        amount = payment.amount
        if not (_is_amount(amount.total) and _is_amount(amount.cancelled)
                and 0 <= amount.cancelled <= amount.total):
            logger.error("PortOne payment %s has inconsistent amounts", payment_id)
            raise GatewayError(MSG_UNREADABLE)

        method, card, virtual_account = self._method(payment_id, payment)
        paid_at = _parse_time(getattr(payment, "paid_at", None))
        if status is GatewayStatus.PAID and paid_at is None:
            logger.warning("PortOne payment %s is paid but has no readable paidAt", payment_id)
        return GatewayPayment(
            payment_id=payment_id,
            status=status,
            amount=amount.total,
            cancelled_amount=amount.cancelled,
            method=method,
            transaction_id=payment.transaction_id or "",
            card_masked=_compact(masked_card_number(card.number)) if card else "",
            card_issuer=_card_issuer(card)[:MAX_CARD_FIELD] if card else "",
            billing_key=getattr(payment, "billing_key", None) or "",
            paid_at=paid_at,
            virtual_account=virtual_account,
        )

    def _method(self, payment_id: str, payment):
        """(Method, card details or None, virtual account dict or None)."""
        detail = payment.method
        if isinstance(detail, PaymentMethodCard):
            return Method.CARD, detail.card, None
        if isinstance(detail, PaymentMethodMobile):
            return Method.MOBILE, None, None
        if isinstance(detail, PaymentMethodVirtualAccount):
            due = _parse_time(detail.expired_at)
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
        for method, key in self.channel_keys.items():
            if key == channel_key:
                return method, card, None
        if detail is not None:
            logger.warning("PortOne payment %s has method %s", payment_id, type(detail).__name__)
        return Method.CARD, card, None

    def cancel(self, payment_id: str, *, amount: int, cancellable: int, reason: str,
               refund_account: RefundAccount | None = None) -> CancelResult:
        if not _valid_id(payment_id):
            raise GatewayError(MSG_INVALID_ID)
        if not (_is_amount(amount) and _is_amount(cancellable) and 0 < amount <= cancellable):
            raise GatewayError(MSG_CANCEL_AMOUNT)
        account = self._refund_account(refund_account) if refund_account is not None else None
        reason = (reason or "").strip() or "결제 취소"
        client = self.client

        def refusal(exc: PortOneError) -> str:
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
                return self._refused("cancel", payment_id, exc)
            if isinstance(exc, UnknownError):  # any other answer, 5xx JSON included
                self._refused("cancel", payment_id, exc)
                return MSG_CANCEL_UNCERTAIN
            # InvalidRequest, tax/VAT/promotion/sum-of-parts errors: the request is wrong.
            logger.error("PortOne refused to cancel %s: %s %s", payment_id,
                         type(exc).__name__, exc.message)
            return MSG_CANCEL_INVALID

        response = self._call(
            "cancel", payment_id,
            lambda: client.cancel_payment(
                payment_id=payment_id, amount=amount, reason=reason,
                current_cancellable_amount=cancellable, refund_account=account),
            refusal=refusal, uncertain=MSG_CANCEL_UNCERTAIN)

        cancellation = response.cancellation
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
        cancelled_at = (_parse_time(cancellation.cancelled_at)
                        or _parse_time(cancellation.requested_at) or timezone.now())
        return CancelResult(payment_id=payment_id, cancelled=cancellation.total_amount,
                            cancellation_id=cancellation.id, cancelled_at=cancelled_at)

    def _refund_account(self, refund_account: RefundAccount) -> CancelPaymentBodyRefundAccount:
        bank = _bank_code(refund_account.bank)
        if bank is None:
            raise GatewayError(MSG_REFUND_BANK)
        number = "".join((refund_account.number or "").split()).replace("-", "")
        holder = (refund_account.holder or "").strip()
        if not number.isdigit() or not holder:
            raise GatewayError(MSG_REFUND_ACCOUNT)
        return CancelPaymentBodyRefundAccount(bank=bank, number=number, holder_name=holder)

    # -- webhooks -----------------------------------------------------------------------

    def verify_webhook(self, headers: dict[str, str], body: bytes) -> WebhookEvent:
        secret = _required_setting(self.webhook_secret, "PORTONE_WEBHOOK_SECRET")
        # The SDK looks the headers up case-sensitively, in lower case.
        lowered = {str(name).lower(): value for name, value in (headers or {}).items()}
        if isinstance(body, (bytes, bytearray, memoryview)):
            try:
                payload = bytes(body).decode("utf-8")
            except UnicodeDecodeError:
                raise InvalidWebhook(MSG_WEBHOOK_BODY) from None
        elif isinstance(body, str):
            payload = body
        else:
            raise InvalidWebhook(MSG_WEBHOOK_BODY)

        try:
            webhook = portone_webhook.verify(secret, payload, lowered)
        except portone_webhook.WebhookVerificationError as exc:
            logger.warning("PortOne webhook %s refused: %s",
                           lowered.get("webhook-id"), exc.reason)
            raise InvalidWebhook(WEBHOOK_FAILURES.get(exc.reason, MSG_WEBHOOK_SIGNATURE)) \
                from None
        except portone_webhook.InvalidInputError:
            raise ImproperlyConfigured(
                "PORTONE_WEBHOOK_SECRET is not a PortOne webhook secret "
                "(base64, optionally after 'whsec_').") from None
        except (ValueError, RecursionError):  # signed, but not a JSON object
            raise InvalidWebhook(MSG_WEBHOOK_BODY) from None
        except Exception:
            logger.exception("Unexpected error verifying a PortOne webhook")
            raise InvalidWebhook(MSG_WEBHOOK_BODY) from None

        event_id = lowered["webhook-id"]
        # The SDK's webhook classes drop ``type``; it is read from the verified body. A
        # webhook the SDK does not know comes back as a plain dict.
        document = json.loads(payload)
        kind = document.get("type")
        data = document.get("data")
        payment_id = getattr(getattr(webhook, "data", None), "payment_id", None)
        if payment_id is None and isinstance(data, dict):
            payment_id = data.get("paymentId")
        if not (isinstance(kind, str) and kind and isinstance(payment_id, str) and payment_id
                and event_id):
            logger.info("PortOne webhook %s (%r) names no payment", event_id, kind)
            raise InvalidWebhook(MSG_WEBHOOK_NOT_PAYMENT)
        return WebhookEvent(event_id=event_id, kind=kind, payment_id=payment_id)
