"""Log-in failure counting and lockout (L3.1, P12.9): the one service both log-ins use.

The member log-in and the staff back office (wrong passwords and wrong second-factor
codes alike) count failures here, through ``MemberBackend``: the back office reaches it
via Django's ``authenticate()`` and the backend it loaded, never by importing members.

"N failures lock, whatever their concurrency": a failure is counted, and the lock set,
by one ``UPDATE`` whose new values the database computes from the row as it stands when
the statement gets its row lock. Nothing is read first and written back, so parallel
wrong passwords cannot overwrite each other's count.
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db.models import Case, DateTimeField, F, Q, Value, When
from django.utils import timezone

from .models import Member


def register_failure(member_pk: int) -> bool:
    """Count one failure; lock the account when the count reaches the limit.

    While locked, further failures still count (in-flight requests that read the row
    before the lock) but do not extend the lock. A failure after an expired lock starts
    a new count. Returns whether the account is locked now.
    """
    now = timezone.now()
    limit = settings.MARQUEE_LOGIN_MAX_FAILURES
    until = Value(now + timedelta(minutes=settings.MARQUEE_LOGIN_LOCKOUT_MINUTES),
                  output_field=DateTimeField())
    expired = Q(locked_until__isnull=False, locked_until__lte=now)
    Member.objects.filter(pk=member_pk).update(
        failed_logins=Case(When(expired, then=Value(1)), default=F("failed_logins") + 1),
        locked_until=Case(
            When(expired, then=until if limit <= 1 else Value(None, output_field=DateTimeField())),
            When(Q(locked_until__isnull=True, failed_logins__gte=limit - 1), then=until),
            default=F("locked_until")))
    return is_locked(member_pk)


def clear_failures(member_pk: int) -> None:
    """A successful log-in (or password reset) starts the count again."""
    Member.objects.filter(pk=member_pk).exclude(failed_logins=0, locked_until=None).update(
        failed_logins=0, locked_until=None)


def is_locked(member_pk: int) -> bool:
    return Member.objects.filter(pk=member_pk, locked_until__gt=timezone.now()).exists()
