"""PortOne (포트원) V2 identity verification (본인확인).

PortOne fronts the Korean identity-verification agencies (KG Inicis 통합인증, KCB,
Dream Security and others) behind one browser SDK and one REST API, so the site needs
one contract and one integration instead of one per agency.

The flow has two halves. In the browser, a page of ours runs PortOne's browser SDK
(``PortOne.requestIdentityVerification``) with the parameters from ``new_request``: our
store ID, our channel key and a fresh, unguessable identity-verification ID. When the
carrier window closes the browser tells us only that ID. On our server ``fetch`` then
asks PortOne's REST API, with our API secret, for the result of that ID. Nothing typed or
returned by the browser (name, birthdate, a "success" flag) is trusted: the identity is
taken only from PortOne's answer, and only when PortOne says it is VERIFIED.

Binding the ID to the member's session (so one person cannot submit another's ID) and
refusing an ID twice are the caller's job; ``fetch`` checks what PortOne can vouch for.
"""

from __future__ import annotations

import datetime
import logging
import uuid
from urllib.parse import urlencode

import httpx
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from portone_server_sdk.errors import (
    ForbiddenError,
    IdentityVerificationNotFoundError,
    InvalidRequestError,
    UnauthorizedError,
)
from portone_server_sdk.identity_verification import (
    FailedIdentityVerification,
    GetIdentityVerificationError,
    IdentityVerificationClient,
    ReadyIdentityVerification,
    VerifiedIdentityVerification,
)

from marquee.privacy.api import Wire

from .base import VerificationFailed, VerifiedIdentity

logger = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://api.portone.io"
# The SDK's own HTTP client waits up to 60 seconds; a sign-up request should not.
TIMEOUT_SECONDS = 10.0
# Like the sandbox's signed results: a verification older than this is not accepted.
MAX_AGE_SECONDS = 10 * 60
MAX_ID_LENGTH = 200

# PortOne's operator codes, stored with the same labels the sandbox provider uses.
CARRIERS = {"SKT": "SKT", "KT": "KT", "LGU": "LG U+", "SKT_MVNO": "SKT 알뜰폰",
            "KT_MVNO": "KT 알뜰폰", "LGU_MVNO": "LG U+ 알뜰폰"}
GENDERS = {"MALE": "male", "FEMALE": "female"}

MSG_UNREADABLE = "본인확인 결과를 확인할 수 없습니다. 다시 인증해 주세요."
MSG_NOT_FOUND = "본인확인 내역을 찾을 수 없습니다. 다시 인증해 주세요."
MSG_NOT_FINISHED = "본인확인이 완료되지 않았습니다. 인증을 끝까지 진행한 뒤 다시 시도해 주세요."
MSG_FAILED = "본인확인에 실패했습니다. 다시 인증해 주세요."
MSG_EXPIRED = "본인확인 시간이 초과되었습니다. 다시 인증해 주세요."
MSG_UNAVAILABLE = "본인확인 서비스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요."
MSG_SERVICE_ERROR = "본인확인 서비스에서 오류가 발생했습니다. 잠시 후 다시 시도해 주세요."
MSG_MISSING = ("본인확인 결과에 필요한 정보({items})가 없어 진행할 수 없습니다. "
               "다른 인증 수단으로 다시 인증해 주세요.")


# What the browser's requestIdentityVerification sends (P7.3): nothing about the person;
# the person types their details into the identity provider's own window.
REQUEST_WIRE = Wire("portone", {"storeId": None, "channelKey": None,
                                "identityVerificationId": None, "customData": None})


def _required_setting(value: str | None, name: str) -> str:
    if not value:
        raise ImproperlyConfigured(f"{name} must be set to use PortOne identity verification.")
    return value


def new_request(purpose: str, *, store_id: str | None = None,
                channel_key: str | None = None) -> dict:
    """Parameters for ``PortOne.requestIdentityVerification`` in the browser.

    The ID is fresh and unguessable (a random UUID); the caller keeps it in the session so
    that only the browser that started this verification can finish it.
    """
    return REQUEST_WIRE.build({
        "storeId": _required_setting(store_id or settings.PORTONE_STORE_ID, "PORTONE_STORE_ID"),
        "channelKey": _required_setting(channel_key or settings.PORTONE_IDENTITY_CHANNEL_KEY,
                                        "PORTONE_IDENTITY_CHANNEL_KEY"),
        "identityVerificationId": f"identity-verification-{uuid.uuid4()}",
        "customData": {"purpose": purpose},
    })


def _raise_for_server_error(response: httpx.Response) -> None:
    if response.is_server_error:
        response.raise_for_status()


class PortOneProvider:
    name = "portone"

    def __init__(self, *, secret: str | None = None, store_id: str | None = None,
                 base_url: str | None = None, client=None, channel_key: str | None = None,
                 max_age_seconds: int = MAX_AGE_SECONDS):
        """``client`` is anything with the SDK's ``get_identity_verification``; without it
        an ``IdentityVerificationClient`` is built from ``secret``, ``store_id`` and
        ``base_url`` (each defaulting to settings)."""
        self.secret = secret if secret is not None else settings.PORTONE_API_SECRET
        self.store_id = (store_id if store_id is not None else settings.PORTONE_STORE_ID) or None
        self.channel_key = (channel_key if channel_key is not None
                            else settings.PORTONE_IDENTITY_CHANNEL_KEY) or None
        self.base_url = (base_url or DEFAULT_BASE_URL).rstrip("/")
        self.max_age = datetime.timedelta(seconds=max_age_seconds)
        if client is None:
            _required_setting(self.secret, "PORTONE_API_SECRET")
        self._client = client

    # -- browser half -------------------------------------------------------------------

    def start_url(self, request, *, purpose: str, return_url: str) -> str:
        return reverse("members:portone_identity") + "?" + urlencode(
            {"purpose": purpose, "return": return_url})

    def new_request(self, purpose: str) -> dict:
        return new_request(purpose, store_id=self.store_id, channel_key=self.channel_key)

    # -- server half --------------------------------------------------------------------

    @property
    def client(self):
        if self._client is None:
            sdk = IdentityVerificationClient(
                secret=_required_setting(self.secret, "PORTONE_API_SECRET"),
                base_url=self.base_url, store_id=self.store_id)
            # The SDK offers no timeout option; its sync client is a plain httpx.Client.
            # A 5xx is turned into httpx.HTTPStatusError before the SDK reads the body,
            # which it would otherwise feed to response.json() (a proxy's HTML 502 page
            # then surfaces as a JSONDecodeError, indistinguishable from a garbled 200).
            sdk._sync_client = httpx.Client(
                timeout=TIMEOUT_SECONDS, event_hooks={"response": [_raise_for_server_error]})
            self._client = sdk
        return self._client

    def fetch(self, identity_verification_id: str) -> VerifiedIdentity:
        if (not isinstance(identity_verification_id, str) or not identity_verification_id
                or len(identity_verification_id) > MAX_ID_LENGTH):
            raise VerificationFailed(MSG_UNREADABLE)
        client = self.client  # ImproperlyConfigured escapes: that is ours to fix, not theirs.
        result = self._get(client, identity_verification_id)

        if isinstance(result, ReadyIdentityVerification):
            raise VerificationFailed(MSG_NOT_FINISHED)
        if isinstance(result, FailedIdentityVerification):
            failure = result.failure
            logger.info("PortOne identity verification %s failed: %s (%s %s)",
                        identity_verification_id, failure.reason, failure.pg_code,
                        failure.pg_message)
            raise VerificationFailed(MSG_FAILED)
        if not isinstance(result, VerifiedIdentityVerification):
            logger.warning("PortOne identity verification %s: unexpected result %r",
                           identity_verification_id, type(result))
            raise VerificationFailed(MSG_UNREADABLE)
        return self._to_identity(identity_verification_id, result)

    def _get(self, client, identity_verification_id: str):
        try:
            return client.get_identity_verification(
                identity_verification_id=identity_verification_id)
        except IdentityVerificationNotFoundError:
            raise VerificationFailed(MSG_NOT_FOUND) from None
        except (UnauthorizedError, ForbiddenError) as exc:
            logger.error("PortOne refused our API secret (%s): %s",
                         type(exc).__name__, exc.message)
            raise VerificationFailed(MSG_SERVICE_ERROR) from None
        except InvalidRequestError as exc:
            logger.warning("PortOne rejected the lookup of %s: %s",
                           identity_verification_id, exc.message)
            raise VerificationFailed(MSG_UNREADABLE) from None
        except GetIdentityVerificationError as exc:  # UnknownError: any other 4xx/5xx body
            logger.error("PortOne error looking up %s: %r",
                         identity_verification_id, getattr(exc, "error", exc))
            raise VerificationFailed(MSG_SERVICE_ERROR) from None
        except httpx.HTTPStatusError as exc:  # a 5xx, see _raise_for_server_error
            logger.error("PortOne answered %s looking up %s",
                         exc.response.status_code, identity_verification_id)
            raise VerificationFailed(MSG_SERVICE_ERROR) from None
        except httpx.HTTPError as exc:  # connection refused, DNS, timeouts, TLS
            logger.warning("PortOne unreachable looking up %s: %r", identity_verification_id, exc)
            raise VerificationFailed(MSG_UNAVAILABLE) from None
        except ValueError as exc:
            # The SDK calls response.json() on error bodies without checking them (an HTML
            # 502 page raises JSONDecodeError) and raises ValueError for a 200 body that
            # is none of READY/VERIFIED/FAILED as its models define them.
            logger.error("PortOne sent an unreadable response for %s: %s",
                         identity_verification_id, str(exc)[:200])
            raise VerificationFailed(MSG_UNREADABLE) from None
        except Exception:
            logger.exception("Unexpected error looking up PortOne identity verification %s",
                             identity_verification_id)
            raise VerificationFailed(MSG_UNREADABLE) from None

    def _to_identity(self, identity_verification_id: str,
                     result: VerifiedIdentityVerification) -> VerifiedIdentity:
        if result.id != identity_verification_id:
            logger.error("PortOne answered %s for a lookup of %s", result.id,
                         identity_verification_id)
            raise VerificationFailed(MSG_UNREADABLE)
        channel = result.channel
        if self.channel_key and channel is not None and channel.key \
                and channel.key != self.channel_key:
            logger.warning("PortOne identity verification %s used channel %s, not ours",
                           identity_verification_id, channel.key)
            raise VerificationFailed(MSG_UNREADABLE)

        verified_at = parse_datetime(result.verified_at or "")
        if verified_at is None or timezone.is_naive(verified_at):
            raise VerificationFailed(MSG_UNREADABLE)
        if timezone.now() - verified_at > self.max_age:
            raise VerificationFailed(MSG_EXPIRED)

        customer = result.verified_customer
        missing = []
        try:
            birthdate = datetime.date.fromisoformat(customer.birth_date or "")
        except ValueError:
            birthdate = None
            missing.append("생년월일")
        gender = GENDERS.get(customer.gender or "")
        checks = [
            ("이름", bool(customer.name and customer.name.strip())),
            ("성별", gender is not None),
            ("휴대전화번호", bool(customer.phone_number)),
            ("CI", bool(customer.ci)),
            ("DI", bool(customer.di)),
        ]
        missing += [label for label, present in checks if not present]
        if missing:
            logger.warning("PortOne identity verification %s lacks %s",
                           identity_verification_id, ", ".join(missing))
            raise VerificationFailed(MSG_MISSING.format(items=", ".join(missing)))

        operator = customer.operator or ""
        return VerifiedIdentity(
            provider=self.name,
            transaction_id=identity_verification_id,
            name=customer.name.strip(),
            birthdate=birthdate,
            gender=gender,
            mobile=customer.phone_number,
            carrier=CARRIERS.get(operator, operator),
            ci=customer.ci,
            di=customer.di,
        )
