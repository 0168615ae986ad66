"""PortOne's webhooks: signed the Standard Webhooks way (``webhook-id``,
``webhook-timestamp``, ``webhook-signature``) with ``PORTONE_WEBHOOK_SECRET``."""

from __future__ import annotations

import json
import logging

from django.core.exceptions import ImproperlyConfigured
from portone_server_sdk import webhook as portone_webhook

from ..gateway import InvalidWebhook, WebhookEvent
from .constants import (
    MSG_WEBHOOK_BODY,
    MSG_WEBHOOK_NOT_PAYMENT,
    MSG_WEBHOOK_SIGNATURE,
    WEBHOOK_FAILURES,
)
from .transport import required_setting

logger = logging.getLogger("marquee.payments.portone")


def verify_webhook(webhook_secret: str | None, headers: dict[str, str], body: bytes) -> WebhookEvent:
    """Check a Standard Webhooks signature with the SDK; return only which payment to
    fetch (nothing in the body is trusted beyond that)."""
    secret = required_setting(webhook_secret, "PORTONE_WEBHOOK_SECRET")
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
