"""Rights requests by members and legal guardians (L5.1, P8.2, P8.5): 10-day deadline in
KST, overdue alerts to the CPO, replies with reasons and the appeal route."""

from __future__ import annotations

import datetime
import re
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from marquee.compliance.rights import services as rights
from marquee.compliance.rights.deadlines import due_at
from marquee.compliance.rights.models import RightsRequest
from marquee.members import services as member_services
from marquee.privacy import consent
from marquee.privacy.models import ConsentRecord

pytestmark = pytest.mark.django_db
KST = ZoneInfo("Asia/Seoul")


def kst(*args) -> datetime.datetime:
    return datetime.datetime(*args, tzinfo=KST)


def test_l5_1_a_request_is_due_at_the_end_of_the_tenth_day_after_receipt_in_kst():
    # 23:50 KST on 3 March is still 3 March in Korea (14:50 UTC): due end of 13 March KST.
    assert due_at(kst(2026, 3, 3, 23, 50)) == kst(2026, 3, 13, 23, 59, 59)
    # 00:10 KST on 4 March is 3 March in UTC: still counted from 4 March in Korea.
    utc = kst(2026, 3, 4, 0, 10).astimezone(datetime.UTC)
    assert utc.day == 3 and due_at(utc) == kst(2026, 3, 14, 23, 59, 59)


def test_l5_1_a_member_request_is_received_with_its_deadline_and_acknowledged(member, outbox):
    now = kst(2026, 5, 1, 10, 0)
    request = rights.submit(member, "access", details="보유 정보 전체", now=now)
    assert request.status == RightsRequest.Status.RECEIVED
    assert (request.received_at, request.due_at) == (now, kst(2026, 5, 11, 23, 59, 59))
    [ack] = outbox("rights_received")
    assert ack.recipient == "010-1234-5678" and "2026-05-11까지" in ack.body


def test_l5_1_a_refusal_needs_a_reason_and_the_reply_states_it_and_the_appeal_route(
        member, outbox):
    request = rights.submit(member, "deletion", items=["login_id"], details="아이디 삭제")
    with pytest.raises(rights.RequestRefused, match="사유"):
        rights.decide(request, RightsRequest.Status.REFUSED, reason=" ")
    rights.decide(request, RightsRequest.Status.REFUSED,
                  reason="로그인 ID는 회원 탈퇴로만 삭제할 수 있습니다.")
    [reply] = outbox("rights_reply")
    assert "처리 결과: 거절" in reply.body
    assert "사유: 로그인 ID는 회원 탈퇴로만 삭제할 수 있습니다. (개인정보 보호법 제36조)" in reply.body
    assert "이의를 제기" in reply.body and "개인정보분쟁조정위원회(1833-6972" in reply.body
    assert "개인정보침해신고센터" in reply.body and "mktlee@mecross.net" in reply.body
    with pytest.raises(rights.RequestRefused, match="접수된 요구만"):
        rights.decide(request, RightsRequest.Status.ACCEPTED)


def test_l5_1_an_accepted_request_replies_without_the_appeal_route(member, outbox):
    request = rights.submit(member, "access")
    rights.decide(request, RightsRequest.Status.ACCEPTED)
    [reply] = outbox("rights_reply")
    assert "처리 완료" in reply.body and "마이페이지에서 열람" in reply.body
    assert "이의" not in reply.body


def test_l5_1_an_appeal_against_a_refusal_is_a_request_with_its_own_deadline(member):
    request = rights.submit(member, "suspension", items=["email"])
    with pytest.raises(rights.RequestRefused, match="처리 결과를 받은 요구"):
        rights.appeal(request, "다시 검토해 주세요.")
    rights.decide(request, RightsRequest.Status.PARTIAL, reason="예매 안내 메일은 계속됩니다.")
    appeal = rights.appeal(request, "예매 안내도 멈춰 주세요.")
    assert (appeal.kind, appeal.appeal_of, appeal.status) == (
        "appeal", request, RightsRequest.Status.RECEIVED)
    assert appeal.due_at is not None


def test_l5_1_overdue_requests_alert_the_cpo_once_a_day(member, outbox):
    request = rights.submit(member, "correction", items=["email"],
                            now=timezone.now() - datetime.timedelta(days=12))
    rights.submit(member, "access")  # not yet due
    assert list(rights.overdue()) == [request]
    assert rights.alert_overdue() == 1
    [alert] = outbox("rights_overdue")
    assert alert.recipient == "mktlee@mecross.net" and f"접수번호 {request.pk}" in alert.body
    assert "010" not in alert.body and "gildong" not in alert.body  # no member data
    assert rights.alert_overdue() == 0  # once a day
    tomorrow = timezone.now() + datetime.timedelta(days=1)
    assert rights.alert_overdue(now=tomorrow) == 1
    rights.decide(request, RightsRequest.Status.ACCEPTED)
    assert rights.alert_overdue(now=tomorrow + datetime.timedelta(days=1)) == 0


def test_l5_1_the_overdue_command_reports_what_it_sent(member, capsys):
    rights.submit(member, "access", now=timezone.now() - datetime.timedelta(days=11))
    call_command("rights", "overdue")
    assert "1 overdue request(s); 1 alert(s) sent to the CPO" in capsys.readouterr().out


def test_l5_1_a_consent_withdrawal_asked_on_the_web_takes_effect_at_once(member, outbox):
    request = rights.submit(member, "withdraw_consent", consents=["marketing_sms"])
    assert request.status == RightsRequest.Status.ACCEPTED
    assert consent.current_state(member)["marketing_sms"] is False
    assert outbox("consent_confirmation")  # the members app's confirmation (L1.2)
    with pytest.raises(rights.RequestRefused, match="회원 탈퇴"):
        rights.submit(member, "withdraw_consent", consents=["terms"])


def test_p8_5_a_guardian_request_is_received_once_confirmed_from_the_registered_mobile(
        child, outbox):
    request = rights.submit(child, "withdraw_consent", consents=["marketing_sms"],
                            requester=RightsRequest.Requester.GUARDIAN)
    assert request.status == RightsRequest.Status.AWAITING_GUARDIAN
    assert request.due_at is None  # not yet received
    [sms] = outbox("rights_guardian_confirm")
    assert sms.recipient == "010-1234-5678" and "홍길동님" in sms.body
    token = re.search(r"/privacy/rights/guardian/([^/\s]+)/", sms.body).group(1)
    assert consent.current_state(child)["marketing_sms"] is True
    confirmed = rights.confirm_guardian(token)
    assert confirmed.status == RightsRequest.Status.ACCEPTED
    latest = child.consent_records.filter(text__key="marketing_sms").order_by("-at", "-id")[0]
    assert (latest.agreed, latest.actor) == (False, ConsentRecord.Actor.GUARDIAN)
    with pytest.raises(rights.RequestRefused, match="유효하지 않거나"):
        rights.confirm_guardian(token)
    [reply] = outbox("rights_reply")
    assert reply.recipient == "010-1234-5678"  # answered to the guardian


def test_p8_5_only_a_childs_registered_guardian_may_request_as_guardian(member):
    with pytest.raises(rights.RequestRefused, match="등록된 법정대리인이 없습니다"):
        rights.submit(member, "access", requester=RightsRequest.Requester.GUARDIAN)


def test_p8_5_the_guardian_confirms_through_the_link_page(client, child, outbox):
    rights.submit(child, "access", requester=RightsRequest.Requester.GUARDIAN)
    [sms] = outbox("rights_guardian_confirm")
    link = re.search(r"(/privacy/rights/guardian/[^/\s]+/)", sms.body).group(1)
    assert "요구 확인" in client.get(link).content.decode()
    page = client.post(link).content.decode()
    assert "접수되었습니다" in page
    assert client.post(link).status_code == 404


def test_p8_2_l5_1_a_member_asks_for_a_correction_from_my_page(client, member):
    client.force_login(member)
    mypage = client.get(reverse("members:mypage")).content.decode()
    assert 'id="my-rights-requests"' in mypage and reverse("rights:new") in mypage
    form = client.get(reverse("rights:new")).content.decode()
    assert 'name="requester"' not in form  # an adult: no guardian option
    response = client.post(reverse("rights:new"), {
        "kind": "correction", "items": ["email"], "details": "도메인이 틀렸습니다."})
    assert response.status_code == 302
    request = RightsRequest.objects.get(member=member)
    assert (request.kind, request.items, request.details) == (
        "correction", ["email"], "도메인이 틀렸습니다.")
    mypage = client.get(reverse("members:mypage")).content.decode()
    assert "접수되었습니다" in mypage and "접수(처리 중)" in mypage
    assert member_services.personal_data(member)["rights_requests"][0]["kind"] == "정정"


def test_l5_1_the_form_needs_items_for_a_correction(client, member):
    client.force_login(member)
    response = client.post(reverse("rights:new"), {"kind": "correction", "details": "x"})
    assert response.status_code == 400 and "대상 항목을 하나 이상" in response.content.decode()


def test_p8_5_a_child_sees_the_guardian_option(client, child):
    client.force_login(child)
    form = client.get(reverse("rights:new")).content.decode()
    assert 'name="requester"' in form and "법정대리인" in form


def test_l5_1_a_member_appeals_a_refusal_from_my_page(client, member):
    request = rights.submit(member, "deletion", items=["email"])
    rights.decide(request, RightsRequest.Status.REFUSED, reason="연락 수단이 필요합니다.")
    client.force_login(member)
    mypage = client.get(reverse("members:mypage")).content.decode()
    assert reverse("rights:appeal", args=[request.pk]) in mypage
    client.post(reverse("rights:appeal", args=[request.pk]), {"details": "다시 봐 주세요."})
    assert RightsRequest.objects.filter(kind="appeal", appeal_of=request).exists()


@pytest.mark.parametrize("role", ["cpo", "privacy_handler", "cs_agent"])
def test_l5_1_p12_3_staff_answer_a_request_in_the_back_office_and_it_is_logged(client, member,
                                                                              outbox, role):
    from marquee.backoffice.models import StaffAccessLog
    from tests.conftest import create_staff, otp_session

    request = rights.submit(member, "deletion", items=["landline"])
    staff = create_staff(role)  # the role's own grants, nothing added by hand
    otp_session(client, staff)
    url = reverse("admin:rights_rightsrequest_decide", args=[request.pk])
    assert "처리 결과 회신" in client.get(url).content.decode()
    refused = client.post(url, {"decision": "refused", "reason": ""})
    assert "사유가 필요합니다" in refused.content.decode()
    client.post(url, {"decision": "refused", "reason": "보조 연락처는 이미 삭제되었습니다."})
    request.refresh_from_db()
    assert (request.status, request.handled_by) == (RightsRequest.Status.REFUSED, staff)
    assert "보조 연락처는 이미 삭제되었습니다." in outbox("rights_reply")[0].body
    assert StaffAccessLog.objects.filter(staff=staff, target="rights.RightsRequest").exists()
