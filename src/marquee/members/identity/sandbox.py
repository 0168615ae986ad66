"""The sandbox provider: a page of our own that plays the carrier verification window.

It is what the demo and the tests use. The person types the values a carrier would
confirm; the page returns a signed, time-limited result; CI and DI are derived from
the identity the way a real provider's are: stable per person (CI) and per person and
site (DI), never typed.
"""

from __future__ import annotations

import base64
import datetime
import hashlib
import hmac
import secrets
from urllib.parse import urlencode

from django.conf import settings
from django.core import signing
from django.urls import reverse

from .base import VerificationFailed, VerifiedIdentity

SALT = "marquee.identity.sandbox"
MAX_AGE_SECONDS = 10 * 60
CARRIERS = {"SKT": "SKT", "KT": "KT", "LGU": "LG U+", "SKT_MVNO": "SKT 알뜰폰",
            "KT_MVNO": "KT 알뜰폰", "LGU_MVNO": "LG U+ 알뜰폰"}


def _derive(kind: str, name: str, birthdate: datetime.date, gender: str, site: str = "") -> str:
    """A deterministic stand-in for a CI/DI: the same person always gets the same value."""
    key = hashlib.sha256(f"sandbox-identity:{settings.SECRET_KEY}".encode()).digest()
    subject = f"{kind}|{name}|{birthdate.isoformat()}|{gender}|{site}".encode()
    digest = hmac.new(key, subject, hashlib.sha512).digest()
    return base64.b64encode(digest[: (66 if kind == "ci" else 48)]).decode()


def issue_result(*, name: str, birthdate: datetime.date, gender: str, mobile: str,
                 carrier: str, is_foreigner: bool = False) -> str:
    """Sign the result of a sandbox verification; the token is the verification ID.
    ``is_foreigner`` is what a carrier window asks; like PortOne's, it is not kept."""
    del is_foreigner
    identity = VerifiedIdentity(
        provider="sandbox", transaction_id=secrets.token_urlsafe(16), name=name,
        birthdate=birthdate, gender=gender, mobile=mobile,
        carrier=carrier,
        ci=_derive("ci", name, birthdate, gender),
        di=_derive("di", name, birthdate, gender, site="marquee"),
    )
    return signing.dumps(identity.to_json(), salt=SALT, compress=True)


class SandboxProvider:
    name = "sandbox"

    def start_url(self, request, *, purpose: str, return_url: str) -> str:
        return reverse("members:sandbox_identity") + "?" + urlencode(
            {"purpose": purpose, "return": return_url})

    def fetch(self, verification_id: str) -> VerifiedIdentity:
        try:
            data = signing.loads(verification_id, salt=SALT, max_age=MAX_AGE_SECONDS)
            return VerifiedIdentity.from_json(data)
        except signing.SignatureExpired:
            raise VerificationFailed("본인확인 시간이 초과되었습니다. 다시 인증해 주세요.") from None
        except (signing.BadSignature, TypeError, ValueError, KeyError):
            raise VerificationFailed("본인확인 결과를 확인할 수 없습니다.") from None
