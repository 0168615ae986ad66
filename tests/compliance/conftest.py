"""Fixtures for the policy, provision and rights tests: a consent-based provision rule,
a child whose guardian consented, published policy versions."""

from __future__ import annotations

import datetime
import re

import pytest
from django.utils import timezone

from marquee.compliance.policy import services as policy
from marquee.members import services as member_services
from marquee.members.models import IdentityVerification
from marquee.privacy import consent
from marquee.privacy.declarations import ProvisionRule
from marquee.privacy.inventory import ConsentDefinition, inventory
from tests.conftest import ALL_YES, make_identity, sign_up, years_ago

PARTNER_CONSENT = ConsentDefinition(
    "provision_partner", 1, "제휴 영화잡지 개인정보 제3자 제공 동의",
    "제휴 영화잡지의 정기구독 혜택 안내", ("name", "mobile", "email"),
    "제공 목적 달성 시까지", "동의를 거부할 수 있으며, 거부해도 서비스 이용에 제한이 없습니다.")
PARTNER = ProvisionRule("partner_magazine", "(주)씨네매거진", "정기구독 혜택 안내",
                        ("name", "mobile", "email"), "제공일로부터 1년", "provision_partner",
                        contact="privacy@cinemagazine.example")
GUARDIAN = {"name": "홍길동", "mobile": "010-1234-5678"}


@pytest.fixture
def partner(monkeypatch):
    """A third party members may consent to (none is declared in the real inventory)."""
    monkeypatch.setitem(inventory.consents, PARTNER_CONSENT.key, PARTNER_CONSENT)
    monkeypatch.setitem(inventory.provisions, PARTNER.key, PARTNER)
    return PARTNER


def agree(member, **answers):
    consent.record(member, answers)


@pytest.fixture
def child(db, outbox):
    """A 10-year-old member whose guardian verified and consented (L1.3)."""
    identity = make_identity(name="홍아들", birthdate=years_ago(10), mobile="010-3333-4444")
    kid = sign_up(identity=identity, login_id="gildongkid", guardian_name=GUARDIAN["name"],
                  guardian_mobile=GUARDIAN["mobile"])
    [sms] = outbox("guardian_consent_request")
    token = re.search(r"/members/guardian/([^/\s]+)/", sms.body).group(1)
    record = member_services.store_verification(
        make_identity(name=GUARDIAN["name"], birthdate=datetime.date(1975, 1, 2),
                      mobile=GUARDIAN["mobile"]), IdentityVerification.Purpose.GUARDIAN)
    member_services.guardian_decides(token, record, ALL_YES, agree=True)
    kid.refresh_from_db()
    return kid


def days_ago(n: int) -> datetime.datetime:
    return timezone.now() - datetime.timedelta(days=n)


def local_day(n: int = 0) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=n)


@pytest.fixture
def first_version(db):
    """Version 1, published long ago and in force."""
    return policy.publish(local_day(-100), by="cpo", now=days_ago(100))
