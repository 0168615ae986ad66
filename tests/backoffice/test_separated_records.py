"""Separated records are produced for a legal request by the CPO only (P4.1, P8.6)."""

import pytest

from marquee.backoffice.models import StaffAccessLog
from marquee.members import withdrawal

from ..privacy.test_lifecycle import customer_with_history
from .conftest import create_staff, otp_session

URL = "/backoffice/separated-records/"


@pytest.fixture(autouse=True)
def _quiet(settings):
    settings.MARQUEE_SANDBOX_SEND_WEBHOOKS = False


@pytest.mark.django_db
def test_p4_1_only_the_cpo_produces_a_former_members_records(client):
    member = customer_with_history()
    ci = member.ci
    withdrawal.withdraw(member)
    cs = create_staff("cs_agent")
    otp_session(client, cs)
    assert client.get(URL).status_code == 403
    cpo = create_staff("cpo")
    otp_session(client, cpo)
    missing_basis = client.post(URL, {"ci": ci})
    assert missing_basis.status_code == 400
    before = StaffAccessLog.objects.count()
    page = client.post(URL, {"ci": ci, "basis": "서울중앙지검 압수수색영장 2026-1234, 형사소송법 제215조"})
    html = page.content.decode()
    assert page.status_code == 200 and "지난 영화" in html and "취소한 영화" in html
    entry = StaffAccessLog.objects.order_by("-seq").first()
    assert StaffAccessLog.objects.count() == before + 1
    assert entry.action == "read" and "압수수색영장" in entry.reason


@pytest.mark.django_db
def test_p4_1_the_separate_store_needs_the_staff_second_factor(client):
    cpo = create_staff("cpo")
    client.force_login(cpo, backend="marquee.members.auth.MemberBackend")
    assert client.get(URL).status_code == 302
