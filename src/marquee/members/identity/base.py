"""Identity verification (본인확인) behind one protocol.

A provider runs the carrier verification window in the member's browser and then, on
our server, hands over the result for a verification ID. The verified name,
birthdate, gender and mobile come from that result, never from a form. The providers
also report 내외국인 구분; nothing here uses it, so it is not taken (issue 12.6).
"""

from __future__ import annotations

import datetime
from dataclasses import asdict, dataclass
from typing import Protocol

from marquee.errors import ServiceError
from marquee.privacy.api import Registry


class VerificationFailed(ServiceError):
    """The provider did not confirm an identity (cancelled, failed, forged, reused)."""

    code = "verification_failed"


@dataclass(frozen=True)
class VerifiedIdentity:
    provider: str
    transaction_id: str
    name: str
    birthdate: datetime.date
    gender: str  # "male" | "female"
    mobile: str
    carrier: str
    ci: str
    di: str

    def to_json(self) -> dict:
        data = asdict(self)
        data["birthdate"] = self.birthdate.isoformat()
        return data

    @classmethod
    def from_json(cls, data: dict) -> VerifiedIdentity:
        data = {k: v for k, v in data.items() if k != "is_foreigner"}  # results stored before
        return cls(**{**data, "birthdate": datetime.date.fromisoformat(data["birthdate"])})

    def age_on(self, day: datetime.date) -> int:
        born = self.birthdate
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


class IdentityProvider(Protocol):
    name: str

    def start_url(self, request, *, purpose: str, return_url: str) -> str:
        """Where the browser goes to verify (the carrier window)."""

    def fetch(self, verification_id: str) -> VerifiedIdentity:
        """The result for ``verification_id``, fetched or checked on our server."""


# Filled in MembersConfig.ready() (sandbox, portone); the setting picks one, and the
# start-up check (privacy.E021) names a value nothing is registered under.
identity_providers: Registry[IdentityProvider] = Registry(
    "identity provider", setting="MARQUEE_IDENTITY_PROVIDER")


def get_provider(name: str | None = None) -> IdentityProvider:
    return identity_providers.get(name)
