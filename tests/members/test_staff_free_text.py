"""Issue 12.4: free text staff write about a person (how a withdrawing member was
verified, why a record was read) is masked by the PII masker before it is stored, shown
masked, and falls under a declared retention rule with destruction records."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from marquee.backoffice.models import StaffAccessLog
from marquee.compliance.policy.sections import render
from marquee.members import withdrawal
from marquee.members.models import Withdrawal
from marquee.privacy.api import inventory
from marquee.privacy.models import DestructionRecord
from marquee.privacy.retention import sweep
from tests.conftest import create_staff, otp_session

pytestmark = pytest.mark.django_db(databases=["default", "archive"])
NOTE = "홍길동 본인과 010-1234-5678로 통화하여 생년월일 1990-05-17 확인, 서울특별시 마포구 월드컵북로 21"
RAW = ("홍길동", "010-1234-5678", "1234-5678", "월드컵북로 21")


def test_issue_12_4_a_withdrawal_note_is_kept_masked(member):
    done = withdrawal.withdraw(member, channel=Withdrawal.Channel.PHONE, verification=NOTE)
    stored = Withdrawal.objects.get(pk=done.pk).verification
    assert stored and stored != NOTE
    for value in RAW:
        assert value not in stored


def test_issue_12_4_the_staff_withdrawal_page_stores_and_logs_the_note_masked(client, member):
    staff = create_staff("privacy_handler")
    otp_session(client, staff)
    response = client.post(f"/admin/members/member/{member.pk}/withdraw/", {
        "channel": "phone", "reference": "CS-2026-0042", "verification": NOTE, "confirm": "on"})
    assert response.status_code == 302, response.content.decode()[:500]
    row = Withdrawal.objects.get(member_number=member.pk)
    log = StaffAccessLog.objects.filter(action="delete").order_by("-seq").first()
    page = client.get(f"/admin/members/withdrawal/{row.pk}/change/").content.decode()
    for value in RAW:
        assert value not in row.verification and value not in log.reason
        assert value not in page


def test_issue_12_4_withdrawal_records_follow_a_declared_rule_and_are_destroyed_with_a_record(
        member):
    rule = inventory.rules["withdrawal_records"]
    assert any(t.rule == "withdrawal_records" and t.model == "members.Withdrawal"
               for t in inventory.targets)
    assert rule.label in render().text()
    done = withdrawal.withdraw(member, verification=NOTE)

    sweep(now=timezone.now() + timedelta(days=366))

    assert not Withdrawal.objects.filter(pk=done.pk).exists()
    assert DestructionRecord.objects.filter(rule="withdrawal_records", count__gte=1).exists()
