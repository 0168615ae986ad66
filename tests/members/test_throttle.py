"""Log-in throttles per source and per account-and-source, and messages rate-limited per
person (P12.9): nobody can lock a member out from elsewhere or flood their phone."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.test import Client

from marquee.members import throttle
from marquee.members.auth import LoginThrottled, MemberBackend
from marquee.members.models import Member
from marquee.outbox.models import Message
from tests.conftest import STAFF_PASSWORD, create_staff
from tests.members.test_views_account import LOGIN, PASSWORD, RESET, logged_in, reset_path

ATTACKER, OWNER = "203.0.113.9", "198.51.100.7"
WRONG = "Wrong!Seat2024"


def from_address(address: str) -> Client:
    return Client(REMOTE_ADDR=address)


def request_from(address: str):
    from django.test import RequestFactory

    return RequestFactory().post(LOGIN, REMOTE_ADDR=address)


@pytest.mark.django_db
def test_p12_9_anonymous_wrong_passwords_do_not_lock_the_owner_out(member):
    attacker = from_address(ATTACKER)
    for _ in range(settings.MARQUEE_LOGIN_MAX_FAILURES):
        attacker.post(LOGIN, {"login_id": "gildong90", "password": WRONG})
    assert Member.objects.get(pk=member.pk).is_locked  # the account lock still counts (L3.1)
    refused = attacker.post(LOGIN, {"login_id": "gildong90", "password": PASSWORD})
    assert "잠겼습니다" in refused.content.decode() and not logged_in(attacker)

    owner = from_address(OWNER)
    response = owner.post(LOGIN, {"login_id": "gildong90", "password": PASSWORD})
    assert response.status_code == 302 and logged_in(owner)
    # The owner's log-in ends the lock, not the attacker's record: their next wrong
    # password makes their source wait, whatever it sends next.
    attacker.post(LOGIN, {"login_id": "gildong90", "password": WRONG})
    again = attacker.post(LOGIN, {"login_id": "gildong90", "password": PASSWORD})
    assert "잠시 제한되었습니다" in again.content.decode() and not logged_in(attacker)


@pytest.mark.django_db
def test_p12_9_anonymous_wrong_passwords_do_not_lock_the_cpo_out_of_the_back_office():
    create_staff("cpo", login_id="staff_cpo_t")
    attacker = from_address(ATTACKER)
    for _ in range(settings.MARQUEE_LOGIN_MAX_FAILURES):
        attacker.post("/admin/login/", {"login_id": "staff_cpo_t", "password": WRONG})
    refused = attacker.post("/admin/login/", {"login_id": "staff_cpo_t",
                                              "password": STAFF_PASSWORD})
    assert "잠겼습니다" in refused.content.decode()
    cpo = from_address(OWNER)
    response = cpo.post("/admin/login/", {"login_id": "staff_cpo_t", "password": STAFF_PASSWORD})
    assert response.status_code == 302 and response["Location"].startswith("/admin/otp/")


@pytest.mark.django_db
def test_p12_9_a_source_waits_progressively_longer_after_its_free_failures(settings, member,
                                                                          monkeypatch):
    settings.MARQUEE_LOGIN_SOURCE_FREE_FAILURES = 3
    now = [1_000_000.0]
    monkeypatch.setattr(throttle.time, "time", lambda: now[0])
    backend = MemberBackend()

    def attempt(login_id="nobody123", password=WRONG):
        return backend.authenticate(request_from(ATTACKER), username=login_id,
                                    password=password)

    for _ in range(4):  # three free failures; the fourth makes the next attempt wait
        assert attempt() is None
    waits = []
    for _ in range(3):
        with pytest.raises(LoginThrottled) as refused:
            attempt("gildong90", PASSWORD)  # even the right password of another account
        waits.append(refused.value.retry_after)
        now[0] += refused.value.retry_after
        assert attempt() is None
    assert waits == [30, 60, 120]
    assert "분 후 다시 시도" in refused.value.message
    # Another source is not slowed down by this one.
    assert backend.authenticate(request_from(OWNER), username="gildong90",
                                password=PASSWORD) == member


def test_p12_9_the_progressive_wait_doubles_and_is_capped(settings):
    settings.MARQUEE_LOGIN_DELAY_BASE_SECONDS = 30
    settings.MARQUEE_LOGIN_DELAY_MAX_SECONDS = 3600
    assert [throttle.progressive(n, 5) for n in (1, 5, 6, 7, 8, 12, 500)] == [
        0, 0, 30, 60, 120, 1920, 3600]


@pytest.mark.django_db
def test_p12_9_the_owner_gets_past_a_lock_on_their_own_network_through_the_verified_mobile(
        member, outbox):
    owner = from_address(OWNER)
    for _ in range(settings.MARQUEE_LOGIN_MAX_FAILURES):
        owner.post(LOGIN, {"login_id": "gildong90", "password": WRONG})
    locked = owner.post(LOGIN, {"login_id": "gildong90", "password": PASSWORD})
    assert "휴대폰으로 비밀번호를 재설정" in locked.content.decode() and not logged_in(owner)
    assert throttle.is_suspect(member.pk, throttle.source_of(request_from(OWNER)))

    owner.post(RESET, {"login_id": "gildong90", "mobile": "010-1234-5678"})
    [sms] = outbox("password_reset")
    owner.post(reset_path(sms), {"new_password1": "New!Cinema2025",
                                 "new_password2": "New!Cinema2025"})
    assert not throttle.is_suspect(member.pk, throttle.source_of(request_from(OWNER)))
    response = owner.post(LOGIN, {"login_id": "gildong90", "password": "New!Cinema2025"})
    assert response.status_code == 302 and logged_in(owner)


@pytest.mark.django_db
def test_p12_9_twenty_reset_requests_send_the_victim_at_most_three_texts(client, member,
                                                                        outbox):
    for _ in range(20):
        response = client.post(RESET, {"login_id": "gildong90", "mobile": "010-1234-5678"})
        assert response.status_code == 200
    messages = outbox("password_reset")
    sendable = [m for m in messages if m.status != Message.Status.FAILED]
    assert len(sendable) == settings.MARQUEE_MESSAGE_RATE_LIMITS["password_reset"] == 3
    held_back = [m for m in messages if m.status == Message.Status.FAILED]
    assert held_back and all(m.last_error == "rate_limited" and m.attempts == 0
                             for m in held_back)


@pytest.mark.django_db
def test_p12_9_every_kind_of_message_to_a_person_is_rate_limited(member, settings):
    from marquee.outbox import services

    settings.MARQUEE_MESSAGE_RATE_LIMITS = {"*": 2}
    sent = [services.queue(data_key=member.data_key, channel="email", kind="anything",
                           recipient="a@example.com", body="x") for _ in range(4)]
    assert [m.last_error == "rate_limited" for m in sent] == [False, False, True, True]


def test_p12_9_the_policy_says_the_lock_cannot_be_used_from_elsewhere():
    from marquee.members.privacy import _lockout

    text = _lockout()
    assert "다른 곳에서 회원을 잠글 수 없고" in text and "본인 명의 휴대폰" in text
