"""The queue identity (B6, issue 17): who is arriving, known before Django.

With a gate on, every member's first request in a rush (the seat map) is the arrival
that issues their queue ticket. Through Django that is a full signed-in request
(session lookup, the middleware chain, an access record); 2,000 members arriving in a
few seconds then queue in the servers' backlog in front of the admitted members' holds.
So a page the member already has open before the rush (the seat map page, the API seat
map, the queue page; each a full Django request with the session checked) hands out a
**queue identity**: ``django.core.signing`` (the project's secret key, timestamped) over
the member's row ID and a keyed digest of the session key it was issued in
(``gates.session_tag``), sent as the cookie ``mq_id``. The fast path (``fastpath.py``)
trusts an arrival only with a valid identity presented together with the same session
cookie (constant-time comparison, no lookup) and not older than
``MARQUEE_WAITINGROOM_IDENTITY_SECONDS``; anything else goes to Django as before.

What the identity buys is a ticket (a place in the queue), never a seat: the pass it may
lead to opens the seat map and the hold only together with the same member's signed-in
session, which Django checks (``api.must_queue``). Signing out flushes the session, so
the old identity no longer matches the new session cookie.
"""

from __future__ import annotations

from django.conf import settings
from django.core import signing
from django.utils.cache import patch_vary_headers
from django.utils.crypto import constant_time_compare

from . import gates, store

COOKIE = "mq_id"
SALT = "marquee.waitingroom.identity"


def lifetime() -> int:
    return settings.MARQUEE_WAITINGROOM_IDENTITY_SECONDS


def issue(member_pk: int, session_key: str) -> str:
    return signing.dumps({"m": member_pk, "s": gates.session_tag(session_key)}, salt=SALT,
                         compress=False)


def member_of(token: str | None, session_key: str | None) -> int | None:
    """The member a queue identity names, if we signed it for this session and it is
    not too old; None otherwise (forged, tampered, expired, another session's)."""
    if not token or not session_key:
        return None
    try:
        data = signing.loads(token, salt=SALT, max_age=lifetime())
    except signing.BadSignature:  # also SignatureExpired
        return None
    if not isinstance(data, dict) or not constant_time_compare(
            str(data.get("s", "")), gates.session_tag(session_key)):
        return None
    member = data.get("m")
    return member if type(member) is int else None


def remember(request, response):
    """Hand a signed-in member their queue identity on a page they have open (unless
    the one they have is still good). Only where a gate can be on (Redis configured)."""
    user = getattr(request, "user", None)
    session_key = getattr(getattr(request, "session", None), "session_key", None)
    if not store.configured() or user is None or not user.is_authenticated or not session_key:
        return response
    if member_of(request.COOKIES.get(COOKIE), session_key) == user.pk:
        return response
    response.set_cookie(COOKIE, issue(user.pk, session_key), max_age=lifetime(), httponly=True,
                        samesite="Lax", secure=request.is_secure())
    patch_vary_headers(response, ("Cookie",))
    return response


def holds_pass(request, member_pk: int) -> bool:
    """Whether the request carries a valid pass of this member, for any gate (then it is
    not an arrival: Django serves it, checking the pass against the showtime's gate)."""
    from . import api

    tokens = [(None, request.META.get(api.PASS_HEADER))]
    prefix = api.cookie_name("")
    tokens += [(name[len(prefix):], value) for name, value in request.COOKIES.items()
               if name.startswith(prefix)]
    for gate, token in tokens:
        if not token:
            continue
        gate = gate or gates.pass_gate(token)
        if gate and gates.pass_valid(token, gate, member_pk):
            return True
    return False
