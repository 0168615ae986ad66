"""The periodic notices to members: the yearly 개인정보 이용내역 통지 (L5.3, PIPA 20-2)
and the two-yearly 광고성 정보 수신동의 여부 확인 (L1.2, 정보통신망법 시행령 62-2)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from marquee.compliance.provision import services as provision
from marquee.members.consents import change_consents
from marquee.members.models import Member
from marquee.notices import reconfirm, usage
from marquee.notices.models import MemberNotice
from marquee.outbox.models import Message
from marquee.privacy.api import JobRun, inventory

from ..booking.conftest import hold, make_showtime
from ..compliance.test_provision import legal_request
from ..marketing.conftest import NOTHING, SMS_DAY, person
from ..payments.test_payments import pay

pytestmark = pytest.mark.django_db


def notices(kind, member=None):
    qs = Message.objects.filter(kind=kind).order_by("id")
    return list(qs.filter(data_key=member.data_key) if member else qs)


# --- the yearly usage notice (L5.3) -------------------------------------------------------


def test_l5_3_the_yearly_notice_matches_the_members_actual_records(member):
    payer = member
    pay(hold(payer, make_showtime(title="결제 영화"), "C5"), payer)
    other = person(NOTHING)
    assert usage.send_yearly() == {"sent": 2}
    [to_payer] = notices("usage_notice", payer)
    [to_other] = notices("usage_notice", other)
    payment_label = inventory.items["payment_details"].label
    pg = inventory.processors["kg_inicis"].name
    # The payer's notice names the payment records, their 5-year retention and the PG.
    assert payment_label in to_payer.body and pg in to_payer.body
    assert "대금결제 및 재화 등의 공급에 관한 기록" in to_payer.body
    # The other member has no payment: neither the item nor the PG processor appears.
    assert payment_label not in to_other.body and pg not in to_other.body
    # Optional items only where the member gave them (the fixture member has a pen name).
    pen = inventory.items["pen_name"].label
    assert pen in to_payer.body and pen not in to_other.body
    for body in (to_payer.body, to_other.body):
        assert "마이페이지" in body and "/members/mypage/" in body
        assert "이용 목적" in body and "보유 및 이용 기간" in body
    assert "3. 제3자 제공 내역(최근 1년)\n- 없음" in to_other.body
    assert inventory.items["provision_records"].label not in to_other.body  # none exist


def test_l5_3_the_yearly_notice_lists_what_was_provided_to_a_third_party(member):
    other = person(NOTHING)
    staff = Member.objects.create_staff("cpo01", "Cinema!Seat2024", "김보호", "cpo@example.kr")
    request = legal_request(staff, [member])
    provision.provide(members=[member], items=["name", "mobile"], legal_request=request,
                      by="staff:1")
    body = usage.render(usage.report(member), at=timezone.now())
    assert "서울마포경찰서" in body and "이름, 휴대전화번호" in body.split("3. 제3자 제공")[1]
    assert inventory.items["provision_records"].label in body  # the record itself is held
    assert "서울마포경찰서" not in usage.render(usage.report(other), at=timezone.now())


def test_l5_3_the_yearly_notice_is_sent_once_per_member_per_year_and_recorded(member):
    call_command("notices", "usage-yearly")
    call_command("notices", "usage-yearly")
    assert len(notices("usage_notice", member)) == 1
    assert MemberNotice.objects.filter(kind="usage_yearly").count() == 1
    assert JobRun.objects.filter(job="usage_notice_yearly", status="succeeded").count() == 2
    next_year = timezone.now() + timedelta(days=366)
    assert usage.send_yearly(now=next_year) == {"sent": 1}


def test_l5_3_a_crash_half_way_through_the_yearly_run_leaves_no_half_notice(member, monkeypatch):
    others = [person(NOTHING) for _ in range(2)]
    real = usage.outbox.queue
    calls = []

    def crash_on_the_second(**kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("worker killed")
        return real(**kwargs)
    monkeypatch.setattr(usage.outbox, "queue", crash_on_the_second)
    with pytest.raises(RuntimeError):
        usage.send_yearly()
    # One member fully notified, the one in progress not at all (no notice row without
    # its message).
    assert MemberNotice.objects.count() == len(notices("usage_notice")) == 1
    monkeypatch.setattr(usage.outbox, "queue", real)
    assert usage.send_yearly() == {"sent": 2}
    for m in (member, *others):
        assert len(notices("usage_notice", m)) == 1


# --- the two-yearly reconfirmation (L1.2) ---------------------------------------------------


def test_l1_2_consenting_members_are_reconfirmed_after_two_years(member):
    quiet = person(NOTHING)
    now = timezone.now()
    assert reconfirm.send_due(now=now + timedelta(days=700)) == {"sent": 0}
    assert reconfirm.send_due(now=now + timedelta(days=731)) == {"sent": 1}
    [sent] = notices("consent_reconfirmation", member)
    assert "광고성 정보 수신동의 여부" in sent.body
    assert inventory.consents["marketing_sms"].title in sent.body
    assert f"{timezone.localtime(now):%Y-%m-%d} 동의" in sent.body  # when it was given
    assert "/members/mypage/consents/" in sent.body  # how to withdraw
    assert notices("consent_reconfirmation", quiet) == []  # nothing to reconfirm
    # Idempotent, and not again until two more years have passed.
    assert reconfirm.send_due(now=now + timedelta(days=732)) == {"sent": 0}
    assert reconfirm.send_due(now=now + timedelta(days=1400)) == {"sent": 0}
    assert reconfirm.send_due(now=now + timedelta(days=1462)) == {"sent": 1}


def test_l1_2_a_fresh_answer_restarts_the_two_years():
    member = person(SMS_DAY)
    change_consents(member, {"marketing_email": False})  # a change confirms at once
    [confirmation] = notices("consent_confirmation", member)[-1:]
    assert "거부(철회)" in confirmation.body
    assert reconfirm.send_due(now=timezone.now() + timedelta(days=729)) == {"sent": 0}


def test_l1_2_the_reconfirmation_job_is_scheduled_and_recorded(member):
    assert {"consent_reconfirmation", "usage_notice_yearly"} <= set(inventory.jobs)
    call_command("notices", "reconfirm")
    assert JobRun.objects.filter(job="consent_reconfirmation", status="succeeded").exists()
