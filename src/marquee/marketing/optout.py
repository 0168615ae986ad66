"""The free, one-step opt-out every advertisement carries (L1.2, 정보통신망법 50④).

The link names the member and the channel in a signed token: following it shows a
confirmation page, and one POST (the button, or a mail client's RFC 8058 one-click
``List-Unsubscribe=One-Click``) withdraws that channel's consent through the members
app, which records it and sends the 처리 결과 안내 (시행령 62-3)."""

from __future__ import annotations

from django.conf import settings
from django.core import signing
from django.urls import reverse

from marquee.members.consents import change_consents
from marquee.privacy.api import ConsentRecord

SALT = "marquee.marketing.optout"
CHANNELS = ("sms", "email", "push")


def token(member_id: int, channel: str) -> str:
    return signing.dumps([member_id, channel], salt=SALT, compress=True)


def read(value: str) -> tuple[int, str]:
    """(member id, channel); ``signing.BadSignature`` for anything forged or mangled."""
    data = signing.loads(value, salt=SALT)
    if (not isinstance(data, list) or len(data) != 2 or not isinstance(data[0], int)
            or data[1] not in CHANNELS):
        raise signing.BadSignature("unexpected opt-out token")
    return data[0], data[1]


def url(member_id: int, channel: str) -> str:
    return settings.MARQUEE_SITE_URL + reverse("marketing:unsubscribe",
                                               args=[token(member_id, channel)])


def withdraw(member, channel: str) -> bool:
    """Withdraw the channel's consent; False when it was already withdrawn."""
    return bool(change_consents(member, {f"marketing_{channel}": False},
                                via=ConsentRecord.Via.WEB))
