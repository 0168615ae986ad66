"""Members with chosen marketing answers, campaigns, and a clock the relay obeys."""

from __future__ import annotations

import datetime
import itertools

import pytest
from django.utils import timezone

from marquee.marketing import sending
from marquee.marketing.hours import KST
from marquee.marketing.models import Campaign
from tests.conftest import make_identity, sign_up

_numbers = itertools.count(1)

SMS_NIGHT = {"terms": True, "marketing_sms": True, "marketing_email": True,
             "marketing_push": True, "marketing_night": True}
SMS_DAY = {"terms": True, "marketing_sms": True, "marketing_email": True,
           "marketing_push": True, "marketing_night": False}
EMAIL_ONLY = {"terms": True, "marketing_email": True}
NOTHING = {"terms": True}


def person(answers, name="김회원"):
    n = next(_numbers)
    born = datetime.date(1980, 1, 1) + datetime.timedelta(days=n)
    return sign_up(make_identity(name=name, birthdate=born, mobile=f"010-5{n:03d}-{n:04d}"),
                   answers,
                   login_id=f"member{n:04d}", email=f"member{n}@example.com")


def kst(hour, minute=0, day=7):
    return datetime.datetime(2026, 12, day, hour, minute, tzinfo=KST)


@pytest.fixture
def clock(monkeypatch):
    """``clock(moment)`` makes ``timezone.now()`` return it (the relay reads the clock)."""
    def set_to(moment):
        monkeypatch.setattr(timezone, "now", lambda: moment)
        return moment
    return set_to


def campaign(channel="sms", **fields) -> Campaign:
    data = {"headline": "주말 특가 상영", "text": "이번 주말 조조 영화 5,000원!"}
    data.update(fields)
    return Campaign.objects.create(channel=channel, **data)


def send_all(c: Campaign, *, now, batch_size=500) -> Campaign:
    sending.start(c, now=now)
    while sending.send_batch(c.pk, now=now, batch_size=batch_size):
        pass
    c.refresh_from_db()
    return c
