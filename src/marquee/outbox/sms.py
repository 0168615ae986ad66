"""The production SMS backend: an HTTP adapter for a Korean SMS API.

The request has the shape of Solapi's (CoolSMS) ``POST /messages/v4/send``: a JSON
body ``{"message": {"to", "from", "text", "type"}}`` signed with an
``Authorization: HMAC-SHA256 apiKey=…, date=…, salt=…, signature=…`` header, where the
signature is HMAC-SHA256 of ``date + salt`` under the API secret. Other vendors (NHN
Cloud Notification, …) take the same three facts under other names.

P7.3: the payload is the recipient number, the registered sender number, the body and
the message type; nothing else about the member leaves (``build_payload`` refuses any
other key before a request is made). The type follows the carriers' byte count in
EUC-KR: up to 90 bytes is an SMS, up to 2,000 an LMS; longer is refused for good.

Errors: a time-out, a connection failure, 429 and 5xx are retryable; any other 4xx is
permanent. The reason kept names the status and the vendor's error code only.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass

import httpx
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils import timezone

from marquee.privacy.api import UndeclaredDisclosure, Wire

from .protocol import Outgoing, PermanentError, RetryableError

SMS_MAX_BYTES = 90
LMS_MAX_BYTES = 2000
# P7.3: the SMS gateway (declared as the processor "solapi" in outbox.privacy) gets the
# recipient's number and the text; the sender number and the type are ours.
MESSAGE_WIRE = Wire("solapi", {"to": "mobile", "from": None, "text": "message_log",
                               "type": None})
_ERROR_CODE = re.compile(r"[A-Za-z0-9_.-]{1,40}")


def euc_kr_length(text: str) -> int:
    """Bytes as the carriers count them: EUC-KR, where Hangul takes two bytes and ASCII
    one. Counted in CP949, EUC-KR's superset that the carriers actually use, so a
    syllable outside EUC-KR's 2,350 (똠) is two bytes too, not Python's eight-byte
    jamo sequence; a character neither has (an emoji) counts as two."""
    total = 0
    for char in text:
        try:
            total += len(char.encode("cp949"))
        except UnicodeEncodeError:
            total += 2
    return total


def message_type(body: str) -> str:
    size = euc_kr_length(body)
    if size <= SMS_MAX_BYTES:
        return "SMS"
    if size <= LMS_MAX_BYTES:
        return "LMS"
    raise PermanentError(f"message too long for LMS ({size} bytes > {LMS_MAX_BYTES})")


def phone_digits(number: str) -> str:
    """A Korean number as the gateways want it: digits only, national form (010…,
    02…, or an eight-digit 대표번호 such as 1661-xxxx)."""
    digits = re.sub(r"\D", "", number)
    if digits.startswith("82"):
        digits = "0" + digits[2:]
    if not re.fullmatch(r"0\d{8,10}|1[5-9]\d{6}", digits):
        raise PermanentError("recipient is not a Korean phone number")
    return digits


def build_payload(outgoing: Outgoing, sender: str, **extra) -> dict:
    """The request body: only the recipient, the sender and the body (P7.3). Anything
    else (``extra``, or a field a future edit adds) must be declared on ``MESSAGE_WIRE``
    and entrusted to the processor, or ``UndeclaredDisclosure`` is raised."""
    return {"message": MESSAGE_WIRE.build({
        "to": phone_digits(outgoing.recipient), "from": sender,
        "text": outgoing.body, "type": message_type(outgoing.body), **extra})}


@dataclass(frozen=True)
class SmsApiConfig:
    """``MARQUEE_SMS_API``: where and as whom to send."""

    url: str
    key: str
    secret: str
    sender: str
    timeout_seconds: float = 10.0

    @classmethod
    def from_settings(cls) -> SmsApiConfig:
        config = cls(**settings.MARQUEE_SMS_API)
        missing = [name for name in ("url", "key", "secret", "sender") if not getattr(config, name)]
        if missing:
            env = ", ".join(f"MARQUEE_SMS_API_{name.upper()}" if name != "sender"
                            else "MARQUEE_SMS_SENDER" for name in missing)
            raise ImproperlyConfigured(f"the SMS backend needs {env}")
        if not config.url.startswith("https://"):
            raise ImproperlyConfigured("MARQUEE_SMS_API_URL must be an https:// URL")
        try:
            phone_digits(config.sender)  # a registered 발신번호, or refuse at start-up
        except PermanentError as exc:
            raise ImproperlyConfigured("MARQUEE_SMS_SENDER must be a Korean phone number "
                                       "registered as a sender (발신번호)") from exc
        return config


def authorization(key: str, secret: str) -> str:
    """The HMAC-SHA256 header: a fresh salt and the current time, signed by the secret."""
    date = timezone.now().strftime("%Y-%m-%dT%H:%M:%SZ")
    salt = secrets.token_hex(16)
    signature = hmac.new(secret.encode(), (date + salt).encode(), hashlib.sha256).hexdigest()
    return f"HMAC-SHA256 apiKey={key}, date={date}, salt={salt}, signature={signature}"


class HttpSmsBackend:
    """SMS and LMS through the configured HTTP API (``MARQUEE_OUTBOX_SMS_BACKEND=sms_http``)."""

    channels = frozenset({"sms"})

    def __init__(self, config: SmsApiConfig | None = None, *,
                 transport: httpx.BaseTransport | None = None):
        self.config = config or SmsApiConfig.from_settings()
        self._transport = transport
        self._client: httpx.Client | None = None

    @property
    def client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(timeout=self.config.timeout_seconds,
                                        transport=self._transport)
        return self._client

    def send(self, outgoing: Outgoing) -> None:
        try:
            payload = build_payload(outgoing, phone_digits(self.config.sender))
        except UndeclaredDisclosure as exc:  # sending again cannot help
            raise PermanentError(f"SMS payload refused: {exc.code}") from exc
        headers = {"Authorization": authorization(self.config.key, self.config.secret)}
        try:
            response = self.client.post(self.config.url, json=payload, headers=headers)
        except httpx.TimeoutException as exc:
            raise RetryableError("SMS API timed out") from exc
        except httpx.TransportError as exc:
            raise RetryableError(f"SMS API unreachable ({type(exc).__name__})") from exc
        if response.is_success:
            return
        reason = f"SMS API HTTP {response.status_code}{_vendor_code(response)}"
        if response.status_code == 429 or response.status_code >= 500:
            raise RetryableError(reason)
        raise PermanentError(reason)


def _vendor_code(response: httpx.Response) -> str:
    """The vendor's error code (``errorCode``), if it is a plain token: never its
    message, which may quote the number."""
    try:
        code = str(response.json().get("errorCode", ""))
    except (ValueError, AttributeError):
        return ""
    return f" {code}" if _ERROR_CODE.fullmatch(code) else ""
