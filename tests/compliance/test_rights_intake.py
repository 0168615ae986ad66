"""Staff register rights requests received by phone, letter, e-mail or in person (P8, P8.5,
L5.1, P12.3, L3.3): the member is found by an exact identifier through the blind-index
search and shown masked; the channel, the identity check and (for a guardian or an
agent) the evidence of authority are recorded; the 10-day deadline counts from the day of
receipt in KST; the intake is in the staff access log; the request then follows the same
workflow as one filed on My Page. Only the CPO and the privacy handler may do it."""

from __future__ import annotations

import datetime
import re
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone

from marquee.backoffice.models import StaffAccessLog
from marquee.compliance.rights import services as rights
from marquee.compliance.rights.deadlines import due_at
from marquee.compliance.rights.models import RightsRequest
from marquee.outbox.models import Message
from marquee.privacy import consent
from marquee.privacy.models import ConsentRecord
from tests.conftest import at_run, create_staff, kst_today, otp_session

pytestmark = pytest.mark.django_db
KST = ZoneInfo("Asia/Seoul")
SEARCH = reverse("admin:rights_rightsrequest_intake")
CHANGELIST = reverse("admin:rights_rightsrequest_changelist")
# The `member` fixture's values, in the forms they could appear in a page.
PLAINTEXT = ["홍길동", "gildong@example.com", "010-1234-5678", "01012345678", "1234-5678",
             "gildong90", "영화광", "02-312-3456"]


def intake_url(member) -> str:
    return reverse("admin:rights_rightsrequest_intake_member", args=[member.pk])


def intake_data(**overrides) -> dict:
    data = {"channel": "phone", "received_on": kst_today().isoformat(), "received_time": "",
            "requester": "member", "requester_name": "", "verification": "휴대폰 본인확인 후 DI 일치",
            "representation": "", "kind": "access", "scope": "items", "details": "보유 정보 전체 열람"}
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def leaks(html: str) -> list[str]:
    return [v for v in PLAINTEXT if v in html]


def counts() -> dict[str, int]:
    return {"requests": RightsRequest.objects.count(), "messages": Message.objects.count(),
            "intake log": StaffAccessLog.objects.filter(
                target="rights.RightsRequest", action="change").count()}


@pytest.fixture(autouse=True)
def _joined_long_ago(db, request):
    """The `member` joined a year ago, so a request received days ago can be theirs."""
    if "member" in request.fixturenames:
        from marquee.members.models import Member

        member = request.getfixturevalue("member")
        Member.objects.filter(pk=member.pk).update(
            date_joined=timezone.now() - datetime.timedelta(days=365))
        member.refresh_from_db()


@pytest.fixture
def handler(client):
    staff = create_staff("privacy_handler")
    otp_session(client, staff)
    return staff


# --- finding the member ---------------------------------------------------------------------


@pytest.mark.parametrize("identifier", ["010-1234-5678", "01012345678", "GilDong@Example.com",
                                        "gildong90", "#{pk}"])
def test_p8_p12_3_the_member_is_found_by_an_exact_identifier_and_shown_masked(
        client, member, handler, identifier):
    page = client.post(SEARCH, {"q": identifier.format(pk=member.pk)})
    html = page.content.decode()
    assert page.status_code == 200
    assert f'data-member="{member.pk}"' in html and intake_url(member) in html
    assert "홍*동" in html and "010-****-5678" in html  # masked, never the value
    assert leaks(html) == []  # nor is the identifier echoed back
    entry = StaffAccessLog.objects.get(staff=handler, action="search")
    assert entry.subjects == str(member.pk) and entry.target == "members.Member"
    assert "권리 행사 요구 접수" in entry.reason and "010" not in entry.reason


@pytest.mark.parametrize("term", ["010-1234", "gildong", "홍길동", "gildong@example"])
def test_p12_3_a_partial_or_unsearchable_value_finds_nobody(client, member, handler, term):
    html = client.post(SEARCH, {"q": term}).content.decode()
    assert "정확히 일치하는 회원이 없습니다" in html and f'data-member="{member.pk}"' not in html
    assert StaffAccessLog.objects.get(staff=handler, action="search").subjects == ""


def test_p12_3_the_search_page_itself_lists_nobody_and_the_intake_page_is_masked_and_logged(
        client, member, handler):
    first = client.get(SEARCH).content.decode()
    assert "member-matches" not in first and not StaffAccessLog.objects.filter(
        action="search").exists()
    html = client.get(intake_url(member)).content.decode()
    assert "홍*동" in html and 'name="verification"' in html and leaks(html) == []
    read = StaffAccessLog.objects.get(staff=handler, action="read")
    assert (read.subjects, read.reason_code) == (str(member.pk), "rights")


# --- registering --------------------------------------------------------------------------


def test_p8_l5_1_a_phone_request_is_registered_with_its_deadline_and_logged(
        client, member, handler, outbox):
    response = client.post(intake_url(member), intake_data(kind="correction", items=["email"],
                                                           details="이메일 도메인이 틀렸습니다."))
    request = RightsRequest.objects.get(member=member)
    assert response.status_code == 302 and response.url == reverse(
        "admin:rights_rightsrequest_change", args=[request.pk])
    assert (request.kind, request.channel, request.requester, request.status) == (
        "correction", "phone", "member", RightsRequest.Status.RECEIVED)
    assert (request.items, request.details) == (["email"], "이메일 도메인이 틀렸습니다.")
    assert request.verification == "휴대폰 본인확인 후 DI 일치" and request.handled_by == handler
    assert request.due_at == due_at(request.received_at)
    assert request.due_at.astimezone(KST).date() == kst_today() + datetime.timedelta(days=10)
    [ack] = outbox("rights_received")
    assert ack.recipient == "010-1234-5678" and "전화(으)로" in ack.body
    assert f"접수번호 {request.pk}" in ack.body
    entry = StaffAccessLog.objects.get(staff=handler, action="change")
    assert (entry.target, entry.object_id, entry.subjects, entry.reason_code) == (
        "rights.RightsRequest", str(request.pk), str(member.pk), "rights")
    assert "접수(전화, 정정, 요구인 본인)" in entry.reason and "휴대폰 본인확인" in entry.reason
    # The change page shows the request masked, like one filed on My Page.
    page = client.get(response.url).content.decode()
    assert "휴대폰 본인확인 후 DI 일치" in page and leaks(page) == []


@pytest.mark.parametrize("channel", ["letter", "email", "fax", "visit"])
def test_l5_1_a_request_received_days_ago_is_due_ten_days_after_the_day_of_receipt_in_kst(
        client, member, handler, channel):
    received = kst_today() - datetime.timedelta(days=3)
    client.post(intake_url(member), intake_data(channel=channel,
                                                received_on=received.isoformat(),
                                                received_time="23:50"))
    request = RightsRequest.objects.get(member=member)
    assert request.channel == channel
    assert request.received_at == datetime.datetime.combine(
        received, datetime.time(23, 50), tzinfo=KST)
    assert request.due_at == datetime.datetime.combine(
        received + datetime.timedelta(days=10), datetime.time(23, 59, 59), tzinfo=KST)
    assert request.submitted_at > request.received_at  # registered later, counted from receipt


def test_l5_1_a_registered_request_follows_the_same_workflow_overdue_alert_and_refusal(
        client, member, handler, outbox):
    received = kst_today() - datetime.timedelta(days=12)
    client.post(intake_url(member), intake_data(
        channel="letter", received_on=received.isoformat(), kind="suspension",
        items=["email"], details="이메일 마케팅 중단"))
    request = RightsRequest.objects.get(member=member)
    assert list(rights.overdue()) == [request] and rights.alert_overdue() == 1
    assert f"접수번호 {request.pk}" in outbox("rights_overdue")[0].body
    decide = reverse("admin:rights_rightsrequest_decide", args=[request.pk])
    client.post(decide, {"decision": "refused", "reason": "예매 안내는 계약 이행에 필요합니다."})
    request.refresh_from_db()
    assert request.status == RightsRequest.Status.REFUSED
    [reply] = outbox("rights_reply")
    assert "사유: 예매 안내는 계약 이행에 필요합니다. (개인정보 보호법 제37조)" in reply.body
    assert "개인정보분쟁조정위원회" in reply.body  # the appeal route


def test_p8_p5_1_a_consent_withdrawal_made_in_person_is_recorded_as_a_written_request(
        client, member, handler):
    client.post(intake_url(member), intake_data(channel="visit", kind="withdraw_consent",
                                                consents=["marketing_sms"],
                                                verification="신분증(운전면허증) 원본 대조"))
    request = RightsRequest.objects.get(member=member)
    assert request.status == RightsRequest.Status.RECEIVED  # staff answer it, as any other
    assert consent.current_state(member)["marketing_sms"] is True
    rights.decide(request, RightsRequest.Status.ACCEPTED, by=handler)
    assert consent.current_state(member)["marketing_sms"] is False
    latest = member.consent_records.filter(text__key="marketing_sms").order_by("-at", "-id")[0]
    assert latest.via == ConsentRecord.Via.LETTER


def test_p8_5_a_guardian_request_by_letter_records_the_evidence_and_answers_the_guardian(
        client, child, handler, outbox):
    response = client.post(intake_url(child), intake_data(
        channel="letter", requester="guardian", kind="deletion", items=["pen_name"],
        verification="법정대리인 휴대폰 본인확인",
        representation="가족관계증명서 원본 대조, 담당 홍길동 010-1234-5678"))
    assert response.status_code == 302
    request = RightsRequest.objects.get(member=child)
    # Staff verified the guardian: received at once, no confirmation link.
    assert request.status == RightsRequest.Status.RECEIVED and not outbox(
        "rights_guardian_confirm")
    assert (request.requester, request.requester_name, request.reply_to) == (
        "guardian", "홍길동", "010-1234-5678")
    # Personal values typed into the plain evidence column are masked before storage.
    assert request.representation == "가족관계증명서 원본 대조, 담당 홍*동 010-****-5678"
    [ack] = outbox("rights_received")
    assert ack.recipient == "010-1234-5678"  # the registered guardian
    assert "대리 권한: 가족관계증명서" in StaffAccessLog.objects.get(action="change").reason


def test_p8_an_agent_request_records_the_mandate_and_is_answered_to_the_member(
        client, member, handler, outbox):
    client.post(intake_url(member), intake_data(
        channel="visit", requester="agent", requester_name="김대리",
        representation="위임장과 위임인 인감증명서 원본 확인",
        verification="대리인 신분증 원본 대조"))
    request = RightsRequest.objects.get(member=member)
    assert (request.requester, request.requester_name) == ("agent", "김대리")
    assert request.representation == "위임장과 위임인 인감증명서 원본 확인"
    assert outbox("rights_received")[0].recipient == "010-1234-5678"  # the member's own
    page = client.get(reverse("admin:rights_rightsrequest_change", args=[request.pk]))
    assert "김대리" not in page.content.decode()  # the agent's name is masked too


def test_p8_a_deletion_of_the_whole_account_is_registered_as_such(client, member, handler):
    client.post(intake_url(member), intake_data(kind="deletion", scope="account",
                                                details="모든 정보를 지워 주세요."))
    request = RightsRequest.objects.get(member=member)
    assert request.items == [RightsRequest.WHOLE_ACCOUNT] and request.is_account_deletion
    page = client.get(reverse("admin:rights_rightsrequest_change", args=[request.pk]))
    assert "계정 전체(회원 탈퇴)" in page.content.decode()


# --- bad input: a form error, nothing written ---------------------------------------------

BAD = {
    "no verification": ({"verification": ""}, "verification"),
    "vague verification": ({"verification": "확인"}, "본인 확인 방법을 구체적으로"),
    "web is not an intake channel": ({"channel": "web"}, "channel"),
    "no channel": ({"channel": None}, "channel"),
    "received tomorrow": ({"received_on": lambda: (kst_today() + datetime.timedelta(days=1)).isoformat()},
                          "지금보다 늦을 수 없습니다"),
    "received later today": ({"received_time": "23:59:59"}, None),
    "not a date": ({"received_on": "2026-13-40"}, "received_on"),
    "guardian without evidence": ({"requester": "guardian"}, "대리 권한을 확인한"),
    "agent without a name": ({"requester": "agent", "representation": "위임장 원본 확인"},
                             "대리인의 이름"),
    "own request with evidence": ({"representation": "위임장 확인"}, "비워 두세요"),
    "correction without items": ({"kind": "correction"}, "대상 항목을 하나 이상"),
    "deletion without items": ({"kind": "deletion"}, "삭제할 항목을 고르거나"),
    "account deletion with items": ({"kind": "deletion", "scope": "account",
                                     "items": ["pen_name"]}, "항목을 따로 고르지"),
    "consent withdrawal without consents": ({"kind": "withdraw_consent"}, "철회할 동의"),
    "the terms cannot be withdrawn": ({"kind": "withdraw_consent", "consents": ["terms"]},
                                      "consents"),
    "unknown item": ({"kind": "correction", "items": ["shoe_size"]}, "items"),
    "no details": ({"details": ""}, "details"),
    "unknown kind": ({"kind": "appeal"}, "kind"),
}


@pytest.mark.parametrize("case", list(BAD))
def test_l5_1_bad_intake_input_gives_a_form_error_and_writes_nothing(client, member, handler,
                                                                      case):
    overrides, expected = BAD[case]
    if case == "received later today":
        now_kst = timezone.now().astimezone(KST)
        if now_kst.time() >= datetime.time(23, 59):
            pytest.skip("no later minute left today")
        overrides = {"received_time": "23:59"}
        expected = "지금보다 늦을 수 없습니다"
    before = counts()
    response = client.post(intake_url(member), intake_data(**{key: at_run(value)
                                                              for key, value in overrides.items()}))
    assert response.status_code == 200
    form = response.context_data["form"]
    assert form.errors
    assert expected in form.errors or expected in str(form.errors), form.errors
    assert counts() == before


def test_p8_5_a_guardian_request_for_an_adult_is_refused_and_writes_nothing(
        client, member, handler):
    before = counts()
    response = client.post(intake_url(member), intake_data(
        requester="guardian", representation="가족관계증명서 원본 대조"))
    assert "등록된 법정대리인이 없습니다" in response.content.decode()
    assert counts() == before


def test_l5_1_a_receipt_date_before_the_member_joined_is_refused(client, member, handler):
    from marquee.members.models import Member

    Member.objects.filter(pk=member.pk).update(date_joined=timezone.now())
    before = counts()
    response = client.post(intake_url(member), intake_data(
        received_on=(kst_today() - datetime.timedelta(days=30)).isoformat()))
    assert "회원 가입일보다 앞설 수 없습니다" in response.content.decode()
    assert counts() == before


def test_l5_1_the_service_refuses_bad_intakes_too(member):
    staff = create_staff("privacy_handler")
    now = timezone.now()
    before = counts()
    for kwargs, message in (
            ({"channel": "web"}, "접수 경로"),
            ({"received_at": now + datetime.timedelta(hours=1)}, "지금보다 늦을"),
            ({"verification": " "}, "본인 확인 방법"),
            ({"requester": "agent", "representation": "위임장 확인"}, "대리인의 이름"),
            ({"requester": "guardian"}, "대리 권한")):
        args = {"channel": "phone", "received_at": now, "verification": "휴대폰 본인확인",
                **kwargs}
        with pytest.raises(rights.RequestRefused, match=message):
            rights.register(member, "access", by=staff, now=now, **args)
    assert counts() == before


# --- who may do it ------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["cs_agent", "marketing", "cinema_manager", "developer"])
def test_p12_3_only_the_cpo_and_the_privacy_handler_register_requests(client, member, role):
    otp_session(client, create_staff(role))
    before = counts()
    assert client.get(SEARCH).status_code == 403
    assert client.post(SEARCH, {"q": "gildong90"}).status_code == 403
    assert client.get(intake_url(member)).status_code == 403
    assert client.post(intake_url(member), intake_data()).status_code == 403
    assert counts() == before and not StaffAccessLog.objects.filter(action="search").exists()
    listing = client.get(CHANGELIST)
    if listing.status_code == 200:  # the CS agent answers requests but does not register them
        assert "rights-intake-link" not in listing.content.decode()


@pytest.mark.parametrize("role", ["cpo", "privacy_handler"])
def test_p12_3_the_cpo_and_the_privacy_handler_see_the_intake_link_and_register(
        client, member, role):
    staff = create_staff(role)
    otp_session(client, staff)
    assert "rights-intake-link" in client.get(CHANGELIST).content.decode()
    assert client.post(intake_url(member), intake_data()).status_code == 302
    assert RightsRequest.objects.get(member=member).handled_by == staff


def test_p12_4_l3_2_intake_needs_a_pledge_and_the_second_factor(client, member):
    unpledged = create_staff("privacy_handler", pledge=False)
    otp_session(client, unpledged)
    response = client.get(SEARCH)
    assert response.status_code == 302 and "pledge" in response.url
    client.logout()
    client.force_login(create_staff("privacy_handler"),
                       backend="marquee.members.auth.MemberBackend")  # no TOTP step
    response = client.post(intake_url(member), intake_data())
    assert response.status_code == 302 and re.search(r"/admin/login/", response.url)
    assert not RightsRequest.objects.exists()
