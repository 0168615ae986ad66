"""Log-in failure counting (L3.1, P12.9): one service for the member log-in and the back
office, atomic under parallel requests: N failures lock, whatever their concurrency."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from marquee.members import lockout
from marquee.members.auth import AccountLocked, MemberBackend
from marquee.members.models import Member

from ..conftest import sign_up

WRONG = "Wrong!Seat2024"
THREADS = 30


def attempt(login_id: str, password: str = WRONG):
    return MemberBackend().authenticate(None, username=login_id, password=password)


@pytest.mark.django_db
def test_p12_9_failures_keep_counting_while_locked_and_restart_after_the_lock(settings):
    settings.MARQUEE_LOGIN_MAX_FAILURES = 3
    member = sign_up()
    assert [lockout.register_failure(member.pk) for _ in range(4)] == [False, False, True, True]
    locked = Member.objects.get(pk=member.pk)
    assert locked.failed_logins == 4 and locked.is_locked
    until = locked.locked_until
    lockout.register_failure(member.pk)  # a late failure does not extend the lock
    assert Member.objects.get(pk=member.pk).locked_until == until

    Member.objects.filter(pk=member.pk).update(locked_until=timezone.now() - timedelta(seconds=1))
    assert lockout.register_failure(member.pk) is False
    fresh = Member.objects.get(pk=member.pk)
    assert (fresh.failed_logins, fresh.locked_until) == (1, None)


@pytest.mark.django_db
def test_p12_9_the_backend_counts_through_the_one_service(settings):
    settings.MARQUEE_LOGIN_MAX_FAILURES = 2
    member = sign_up(login_id="gildong90")
    backend = MemberBackend()
    assert backend.register_failure(member) is False  # e.g. a wrong second-factor code
    assert attempt("gildong90") is None
    with pytest.raises(AccountLocked) as refused:
        attempt("gildong90")
    assert refused.value.code == "account_locked" and "잠겼습니다" in refused.value.message
    backend.clear_failures(member)
    fresh = Member.objects.get(pk=member.pk)
    assert (fresh.failed_logins, fresh.locked_until) == (0, None)


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, databases=["default", "archive"])
def test_p12_9_parallel_wrong_passwords_lock_and_every_counted_failure_is_in_the_counter(settings):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: parallel connections with row locks")
    member = sign_up(login_id="gildong90")
    barrier = threading.Barrier(THREADS)
    outcomes: list = [None] * THREADS

    def run(i):
        try:
            connection.ensure_connection()
            barrier.wait(timeout=30)
            outcomes[i] = ("counted", attempt("gildong90"))
        except AccountLocked:
            outcomes[i] = ("refused", None)
        except BaseException as exc:  # noqa: B036 - asserted on below
            outcomes[i] = ("error", exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i,), daemon=True) for i in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not any(t.is_alive() for t in threads)
    assert [o for o in outcomes if o[0] == "error"] == []
    assert all(result is None for kind, result in outcomes if kind == "counted")
    counted = sum(kind == "counted" for kind, _ in outcomes)
    fresh = Member.objects.get(pk=member.pk)
    assert fresh.is_locked
    assert counted >= settings.MARQUEE_LOGIN_MAX_FAILURES and fresh.failed_logins == counted
