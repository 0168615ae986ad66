"""L1.2 (issue 12.9): the marketing-consent confirmation says only what happened and
never goes out at night (21:00–08:00 KST); at signup, unticked boxes are not withdrawals."""

from __future__ import annotations

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from marquee.members import services
from marquee.members.consents import daytime
from marquee.outbox import relay
from tests.conftest import sign_up

KST = ZoneInfo("Asia/Seoul")
pytestmark = pytest.mark.django_db


def kst(day, hour, minute=0):
    return datetime.datetime(2026, 12, day, hour, minute, tzinfo=KST)


@pytest.fixture
def at(monkeypatch):
    """Freeze ``timezone.now`` at a KST wall-clock time."""
    def freeze(moment):
        monkeypatch.setattr(timezone, "now", lambda: moment.astimezone(datetime.UTC))
        return moment
    return freeze


@pytest.mark.parametrize(("moment", "expected"), [
    (kst(7, 1, 18), kst(7, 8)),
    (kst(7, 21), kst(8, 8)),
    (kst(7, 23, 59), kst(8, 8)),
    (kst(7, 7, 59), kst(7, 8)),
    (kst(7, 8), kst(7, 8)),
    (kst(7, 20, 59), kst(7, 20, 59)),
])
def test_l1_2_night_moments_move_to_eight_in_the_morning(moment, expected):
    assert daytime(moment.astimezone(datetime.UTC)) == expected


def test_l1_2_a_new_member_who_ticked_no_marketing_box_gets_no_confirmation(outbox):
    sign_up(answers={"terms": True})
    assert outbox("consent_confirmation") == []


def test_l1_2_a_signup_at_one_in_the_morning_is_confirmed_at_eight(outbox, at):
    at(kst(7, 1, 18))
    sign_up(answers={"terms": True, "marketing_sms": True})
    [message] = outbox("consent_confirmation")
    assert message.next_attempt_at == kst(7, 8)
    assert "광고성 정보 문자(SMS) 수신 동의: 동의" in message.body
    assert "거부(철회)" not in message.body

    relay.deliver_pending()
    message.refresh_from_db()
    assert message.status == message.Status.PENDING and message.attempts == 0

    at(kst(7, 8, 1))
    relay.deliver_pending()
    message.refresh_from_db()
    assert message.status == message.Status.SENT


def test_l1_2_a_daytime_change_is_confirmed_at_once(outbox, at, member):
    now = at(kst(7, 14))
    services.change_consents(member, {"marketing_sms": False})
    message = outbox("consent_confirmation")[-1]
    assert message.next_attempt_at == now
    assert "광고성 정보 문자(SMS) 수신 동의: 거부(철회)" in message.body
