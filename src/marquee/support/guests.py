"""A guest's contact, verified by a one-time code before the guest may ask (P13.1).

The code goes out through the outbox sealed under a data key issued for the inquiry to
come; the inquiry is then sealed under that same key, so the verification message is
destroyed with the inquiry. Only a hash of the code is kept, in the session, for ten
minutes and five tries.
"""

from __future__ import annotations

import datetime
import hashlib
import hmac
import secrets

from django.conf import settings
from django.utils import timezone

from marquee.outbox import services as outbox
from marquee.privacy.api import DataKey

from .errors import InquiryRefused

SESSION_KEY = "support_guest"
TTL = datetime.timedelta(minutes=10)
TRIES = 5


def _hash(code: str) -> str:
    return hashlib.sha256(f"{settings.SECRET_KEY}:{code}".encode()).hexdigest()


def send_code(session, *, name: str, email: str = "", mobile: str = "") -> None:
    code = f"{secrets.randbelow(10**6):06d}"
    key = DataKey.issue("inquiry")
    sender = f"[{settings.MARQUEE_SENDER_NAME}]"
    text = f"{sender} 1:1 문의 인증번호는 {code}입니다. 10분 안에 입력해 주세요."
    if email:
        outbox.queue(data_key=key, channel="email", kind="inquiry_code", recipient=email,
                     subject=f"{sender} 1:1 문의 인증번호", body=text)
    else:
        outbox.queue(data_key=key, channel="sms", kind="inquiry_code", recipient=mobile, body=text)
    session[SESSION_KEY] = {"name": name, "email": email, "mobile": mobile, "key": str(key.pk),
                            "hash": _hash(code), "tries": 0, "verified": False,
                            "expires": (timezone.now() + TTL).isoformat()}


def pending(session) -> dict | None:
    state = session.get(SESSION_KEY)
    if not state or timezone.now() > datetime.datetime.fromisoformat(state["expires"]):
        return None
    return state


def verify(session, code: str) -> dict:
    state = pending(session)
    if state is None:
        raise InquiryRefused("인증 시간이 지났습니다. 인증번호를 다시 받아 주세요.")
    if state["tries"] >= TRIES:
        raise InquiryRefused("인증번호를 너무 많이 틀렸습니다. 인증번호를 다시 받아 주세요.")
    state["tries"] += 1
    if not hmac.compare_digest(state["hash"], _hash(code)):
        session[SESSION_KEY] = state
        raise InquiryRefused("인증번호가 맞지 않습니다.")
    state["verified"] = True
    state["expires"] = (timezone.now() + datetime.timedelta(minutes=30)).isoformat()
    session[SESSION_KEY] = state
    return state


def verified(session) -> dict | None:
    state = pending(session)
    return state if state and state["verified"] else None


def data_key(state: dict) -> DataKey:
    return DataKey.objects.get(pk=state["key"])
