"""Log-in throttles per source and per account-and-source (P12.9).

The account lock (``lockout``: N failures, one atomic ``UPDATE``) used to refuse the
account to everyone, so five wrong passwords from anywhere locked the owner out. Now:

* the lock refuses only the sources that failed against the account (``is_suspect``):
  the owner, signing in from their own device, is not refused; a locked-out owner on a
  suspect network gets in through the verified-mobile password reset, which clears the
  lock and forgets every source's record for the account (``forget_account``);
* each source (client address) gets ``MARQUEE_LOGIN_SOURCE_FREE_FAILURES`` failures a
  day, across all accounts and unknown IDs alike; after that each failure makes the next
  attempt wait, the wait doubling (``progressive``) up to ``MARQUEE_LOGIN_DELAY_MAX_SECONDS``;
* one source failing on one account past the lock limit waits the same way.

Why not django-axes: its lock is all-or-nothing per parameter combination and cannot
leave a locked account open to clean sources while the atomic account counter (kept, it
is what "N failures lock, whatever their concurrency" rests on) decides the lock; its
database handler would also store login IDs and addresses readable, outside the privacy
inventory. Counters live in Django's cache (``add`` + ``incr``: atomic on Redis and the
local-memory cache); keys carry a keyed hash of the address, never the address.
"""

from __future__ import annotations

import time

from django.conf import settings
from django.core.cache import cache
from django.utils.crypto import salted_hmac

from marquee.http import client_ip

DAY = 60 * 60 * 24
_SALT = "marquee.members.throttle"


def source_of(request) -> str | None:
    """A keyed hash of the client address; ``None`` when there is no request (internal
    callers), which the throttles leave alone and the lock treats as suspect."""
    if request is None:
        return None
    return salted_hmac(_SALT, client_ip(request) or "-").hexdigest()[:24]


def _generation(member_pk: int) -> int:
    return cache.get(f"login:gen:{member_pk}", 0)


def _pair(member_pk: int, source: str) -> str:
    return f"login:pair:{member_pk}:{_generation(member_pk)}:{source}"


def _count(key: str) -> int:
    """One more failure under ``key`` (a day's window from the first), atomically."""
    cache.add(key, 0, DAY)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr: this failure starts a new window
        cache.set(key, 1, DAY)
        return 1


def progressive(failures: int, free: int) -> int:
    """Seconds to wait after ``failures``: none within ``free``, then the base doubling."""
    if failures <= free:
        return 0
    base = settings.MARQUEE_LOGIN_DELAY_BASE_SECONDS
    return min(settings.MARQUEE_LOGIN_DELAY_MAX_SECONDS, base * 2 ** min(failures - free - 1, 20))


def _delay(key: str, failures: int, free: int) -> None:
    seconds = progressive(failures, free)
    if seconds:
        cache.set(f"{key}:wait", time.time() + seconds, seconds)


def wait_seconds(member_pk: int | None, source: str | None) -> int:
    """How long this source must wait before trying (this account) again; 0: go ahead."""
    if source is None:
        return 0
    keys = [f"login:source:{source}:wait"]
    if member_pk is not None:
        keys.append(f"{_pair(member_pk, source)}:wait")
    until = max((cache.get(key) or 0) for key in keys)
    return max(0, int(until - time.time() + 0.999))


def record_failure(member_pk: int | None, source: str | None) -> None:
    """Count a failure for the source and, for a known account, the pair."""
    if source is None:
        return
    key = f"login:source:{source}"
    _delay(key, _count(key), settings.MARQUEE_LOGIN_SOURCE_FREE_FAILURES)
    if member_pk is not None:
        pair = _pair(member_pk, source)
        _delay(pair, _count(pair), settings.MARQUEE_LOGIN_MAX_FAILURES)


def is_suspect(member_pk: int, source: str | None) -> bool:
    """Whether the account lock applies to this source: it failed on the account (or is
    unknown)."""
    return source is None or bool(cache.get(_pair(member_pk, source)))


def clear_pair(member_pk: int, source: str | None) -> None:
    """The right password from a source: that source is no longer suspect."""
    if source is not None:
        pair = _pair(member_pk, source)
        cache.delete_many([pair, f"{pair}:wait"])


def forget_account(member_pk: int) -> None:
    """The owner proved themselves through the verified mobile: every source's record on
    the account is forgotten at once (a new generation in the keys)."""
    key = f"login:gen:{member_pk}"
    cache.add(key, 0, None)
    try:
        cache.incr(key)
    except ValueError:
        cache.set(key, 1, None)
