"""Talking to PortOne: the SDK client (one per configuration, with a timeout), answers
the SDK cannot read turned into HTTP errors, and every failure of a call turned into a
``GatewayError`` with a message a person may be shown."""

from __future__ import annotations

import functools
import json
import logging

import httpx
from django.core.exceptions import ImproperlyConfigured
from portone_server_sdk.errors import ForbiddenError, PortOneError, UnauthorizedError
from portone_server_sdk.payment import PaymentClient

from ..gateway import GatewayError, Method
from .constants import (
    MSG_SERVICE_ERROR,
    MSG_UNAVAILABLE,
    MSG_UNREADABLE,
    TIMEOUT_SECONDS,
)

logger = logging.getLogger("marquee.payments.portone")


def required_setting(value, name: str):
    if not value:
        raise ImproperlyConfigured(f"{name} must be set to use PortOne payments.")
    return value


def parse_channel_keys(value) -> dict[Method, str]:
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


def raise_unless_portone_error_body(response: httpx.Response) -> None:
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
def sdk_client(secret: str, base_url: str, store_id: str | None) -> PaymentClient:
    # Building a PaymentClient is slow (it builds a dozen httpx clients, each loading the
    # CA bundle: ~0.4 s), so one is kept per configuration; httpx clients are thread-safe.
    sdk = PaymentClient(secret=secret, base_url=base_url, store_id=store_id)
    # The SDK offers no timeout option; its sync client is a plain httpx.Client.
    sdk._sync_client.close()
    sdk._sync_client = httpx.Client(
        timeout=TIMEOUT_SECONDS, event_hooks={"response": [raise_unless_portone_error_body]})
    return sdk


def call(action: str, payment_id: str, request, *, refusal, uncertain: str = ""):
    """Run one SDK call. PortOne's own refusals are worded by ``refusal``; transport
    and format failures become GatewayError too. ``uncertain`` is the message for
    failures after which the request may have been carried out (a cancel that timed
    out while waiting for the answer)."""
    try:
        return request()
    except PortOneError as exc:
        raise GatewayError(refusal(exc)) from None
    except httpx.HTTPStatusError as exc:  # see raise_unless_portone_error_body
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

def refused(action: str, payment_id: str, exc: PortOneError) -> str:
    if isinstance(exc, (UnauthorizedError, ForbiddenError)):
        logger.error("PortOne refused our API secret (%s): %s",
                     type(exc).__name__, exc.message)
        return MSG_SERVICE_ERROR
    logger.error("PortOne error during %s %s: %s %r", action, payment_id,
                 type(exc).__name__, getattr(exc, "error", exc.message))
    return MSG_SERVICE_ERROR
