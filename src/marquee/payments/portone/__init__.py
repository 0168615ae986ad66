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

from django.conf import settings
from portone_server_sdk.errors import InvalidRequestError, PaymentNotFoundError, PortOneError
from portone_server_sdk.payment import PaymentClient

from marquee.privacy.api import Wire

from ..gateway import (
    CancelResult,
    GatewayError,
    GatewayPayment,
    Method,
    PaymentRequest,
    RefundAccount,
    WebhookEvent,
)
from . import cancellations, webhooks
from .constants import (
    CURRENCY,
    DEFAULT_BASE_URL,
    MSG_INVALID_AMOUNT,
    MSG_INVALID_ID,
    MSG_INVALID_ORDER_NAME,
    MSG_NOT_FOUND,
    MSG_UNREADABLE,
    PAY_METHODS,
)
from .records import (
    is_amount,
    masked_card_number,  # noqa: F401  (part of this module's interface)
    to_payment,
    valid_id,
)
from .transport import (
    call,
    logger,
    parse_channel_keys,
    refused,
    required_setting,
    sdk_client,
)

# What the browser's requestPayment carries to PortOne (P7.3): the customer is the
# member's pseudonymous vault ID, and the name and mobile when the caller gives them;
# an e-mail address or anything else is refused before any request.
REQUEST_WIRE = Wire("portone", {
    "storeId": None, "channelKey": None, "paymentId": None, "orderName": None,
    "totalAmount": None, "currency": None, "payMethod": None,
    "customer": None,  # built through CUSTOMER_WIRE below
})
CUSTOMER_WIRE = Wire("portone", {"customerId": None, "fullName": "name",
                                 "phoneNumber": "mobile"})
CUSTOMER_ALIASES = {
    "customer_id": "customerId", "id": "customerId", "member_id": "customerId",
    "full_name": "fullName", "name": "fullName",
    "phone_number": "phoneNumber", "phone": "phoneNumber", "mobile": "phoneNumber",
}


def customer_params(customer: dict | None) -> dict:
    """Our customer dict in the browser SDK's ``customer`` shape (empty items dropped);
    a key the wire does not declare raises ``UndeclaredDisclosure``."""
    renamed = {CUSTOMER_ALIASES.get(key, key): None if value is None else str(value)
               for key, value in (customer or {}).items()}
    return CUSTOMER_WIRE.build(renamed, drop_empty=True)


class PortOneGateway:
    name = "portone"

    def __init__(self, *, secret: str | None = None, store_id: str | None = None,
                 webhook_secret: str | None = None, base_url: str | None = None,
                 channel_keys: dict | None = None):
        """Each argument defaults to its setting (``PORTONE_API_SECRET``,
        ``PORTONE_STORE_ID``, ``PORTONE_WEBHOOK_SECRET``, ``PORTONE_CHANNEL_KEYS``)."""
        self.secret = required_setting(
            secret if secret is not None else getattr(settings, "PORTONE_API_SECRET", ""),
            "PORTONE_API_SECRET")
        self.store_id = (store_id if store_id is not None
                         else getattr(settings, "PORTONE_STORE_ID", "")) or None
        self.webhook_secret = (webhook_secret if webhook_secret is not None
                               else getattr(settings, "PORTONE_WEBHOOK_SECRET", "")) or None
        self.base_url = (base_url or DEFAULT_BASE_URL).rstrip("/")
        self.channel_keys = parse_channel_keys(
            channel_keys if channel_keys is not None
            else getattr(settings, "PORTONE_CHANNEL_KEYS", {}))

    @property
    def client(self) -> PaymentClient:
        return sdk_client(self.secret, self.base_url, self.store_id)

    # -- browser half -------------------------------------------------------------------

    def prepare(self, *, payment_id: str, amount: int, order_name: str, method: Method,
                customer: dict, return_url: str = "") -> PaymentRequest:
        """Parameters for ``PortOne.requestPayment``; no network call, no secrets. The
        return URL is not among them: PortOne's browser SDK resolves its promise in our
        own page, which then goes to the return (``payments/portone_payment.html``)."""
        method = Method(method)
        if not valid_id(payment_id):
            raise GatewayError(MSG_INVALID_ID)
        if not is_amount(amount) or amount <= 0:
            raise GatewayError(MSG_INVALID_AMOUNT)
        if not isinstance(order_name, str) or not order_name.strip():
            raise GatewayError(MSG_INVALID_ORDER_NAME)
        params = REQUEST_WIRE.build({
            "storeId": required_setting(self.store_id, "PORTONE_STORE_ID"),
            "channelKey": required_setting(self.channel_keys.get(method),
                                            f"PORTONE_CHANNEL_KEYS[{method.value!r}]"),
            "paymentId": payment_id,
            "orderName": order_name.strip(),
            "totalAmount": amount,
            "currency": CURRENCY,
            "payMethod": PAY_METHODS[method],
            "customer": customer_params(customer),
        })
        return PaymentRequest(payment_id=payment_id, amount=amount,
                              order_name=order_name.strip(), method=method,
                              gateway=self.name, params=params)

    # -- server half --------------------------------------------------------------------

    def fetch(self, payment_id: str) -> GatewayPayment:
        if not valid_id(payment_id):
            raise GatewayError(MSG_INVALID_ID)
        client = self.client

        def refusal(exc: PortOneError) -> str:
            if isinstance(exc, PaymentNotFoundError):
                return MSG_NOT_FOUND
            if isinstance(exc, InvalidRequestError):
                logger.warning("PortOne rejected the lookup of %s: %s", payment_id, exc.message)
                return MSG_UNREADABLE
            return refused("fetch", payment_id, exc)

        payment = call("fetch", payment_id,
                             lambda: client.get_payment(payment_id=payment_id),
                             refusal=refusal)
        try:
            return to_payment(self, payment_id, payment)
        except GatewayError:
            raise
        except Exception:
            logger.exception("Unexpected PortOne payment record for %s", payment_id)
            raise GatewayError(MSG_UNREADABLE) from None

    def cancel(self, payment_id: str, *, amount: int, cancellable: int, reason: str,
               refund_account: RefundAccount | None = None) -> CancelResult:
        return cancellations.cancel(self.client, payment_id, amount=amount,
                                    cancellable=cancellable, reason=reason,
                                    refund_account=refund_account)

    def verify_webhook(self, headers: dict[str, str], body: bytes) -> WebhookEvent:
        return webhooks.verify_webhook(self.webhook_secret, headers, body)
