"""A granted deletion request is carried out, not just answered (PIPA 36; P8.6, P4.1, P5.1,
P5.2, L5.1): named optional items are cleared; a request to delete the whole account runs
the restartable withdrawal, which keeps only what the law requires, in the separate
store; the reply says what was kept and why, citing the retention rule's legal basis.
A crash half-way leaves nothing half-done: the decision is all or nothing, and an
interrupted withdrawal is finished by the next sweep."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from marquee.backoffice.models import StaffAccessLog
from marquee.booking.models import FavouriteTheatre, Theatre
from marquee.booking.services import set_favourites
from marquee.compliance.rights import holds
from marquee.compliance.rights import services as rights
from marquee.compliance.rights.models import RightsRequest
from marquee.members.models import Member, Withdrawal
from marquee.outbox import services as outbox_services
from marquee.payments import sandbox
from marquee.payments import services as payments
from marquee.privacy import consent
from marquee.privacy.archive.models import ArchivedRecord, Block
from marquee.privacy.models import DataKey
from tests.booking.conftest import hold, make_showtime
from tests.conftest import create_staff, otp_session, sign_up
from tests.members.test_demo_data import raw_dump
from tests.privacy.test_lifecycle import (
    CRASH_POINTS,
    PLAINTEXT,
    Crash,
    crash_on_call,
    customer_with_history,
    member_rows,
    values_sealed_under,
)

DBS = ["default", "archive"]
ACCEPTED, PARTIAL, REFUSED = (RightsRequest.Status.ACCEPTED, RightsRequest.Status.PARTIAL,
                              RightsRequest.Status.REFUSED)
WHOLE = [RightsRequest.WHOLE_ACCOUNT]
ECOMMERCE = "전자상거래법 제6조, 같은 법 시행령 제6조에 따라"
ARCHIVED_KINDS = ["booking", "booking", "cancellation", "payment", "payment"]


@pytest.fixture(autouse=True)
def _quiet_sandbox(settings):
    settings.MARQUEE_SANDBOX_SEND_WEBHOOKS = False


@pytest.fixture
def replies(monkeypatch):
    """Every rights reply queued, as (recipient, body): a withdrawal destroys the outbox
    rows sealed under the member's key, so the test keeps its own copy."""
    sent = []
    real = outbox_services.queue

    def queue(**kwargs):
        if kwargs["kind"] == "rights_reply":
            sent.append((kwargs["recipient"], kwargs["body"]))
        return real(**kwargs)

    monkeypatch.setattr(outbox_services, "queue", queue)
    return sent


def by_phone(member, staff, **kwargs) -> RightsRequest:
    kwargs.setdefault("items", WHOLE)
    return rights.register(member, "deletion", channel="phone", received_at=timezone.now(),
                           verification="휴대폰 본인확인 후 DI 일치", by=staff,
                           details="제 정보를 지워 주세요.", **kwargs)


def favourite(member) -> None:
    theatre, _ = Theatre.objects.get_or_create(
        code="SEOUL1", defaults={"name": "마키 강남", "region": "서울",
                                 "address": "서울특별시 강남구 강남대로 438"})
    set_favourites(member, [theatre])


def upcoming_show(member) -> None:
    booking = hold(member, make_showtime(), "C5")
    start = payments.start_payment(booking, member, "card")
    sandbox.approve(start.payment.payment_id, method="card", card_number="4242424242424242")
    payments.complete_payment(start.payment.payment_id, via="return")


# --- named items ----------------------------------------------------------------------------


@pytest.mark.django_db
def test_p8_6_l5_1_granted_deletion_of_optional_items_clears_them_at_once(member, replies):
    favourite(member)
    request = rights.submit(member, "deletion", items=["pen_name", "landline",
                                                       "favourite_theatres"])
    assert {"pen_name", "landline"} <= holds.held_items([member.pk])[member.pk]  # P8.3
    decided = rights.decide(request, ACCEPTED, by=create_staff("privacy_handler"))
    assert decided.erased == {"pen_name": 1, "landline": 1, "favourite_theatres": 1}
    fresh = Member.objects.get(pk=member.pk)
    assert (fresh.pen_name, fresh.landline) == ("", "")
    assert not FavouriteTheatre.objects.filter(member=member).exists()
    assert fresh.name == "홍길동" and fresh.status == Member.Status.ACTIVE  # nothing else
    assert consent.current_state(member)["optional_profile"] is True  # not a withdrawal
    assert holds.held_items([member.pk]) == {}
    [(recipient, body)] = replies
    assert recipient == "010-1234-5678" and "처리 결과: 처리 완료" in body
    assert "삭제한 항목: 필명, 전화번호(자택 또는 직장), 단골극장" in body
    assert "이의" not in body


@pytest.mark.django_db
def test_l5_1_p3_a_deletion_naming_records_kept_by_law_is_only_partly_granted_citing_the_law(
        member, replies):
    request = rights.submit(member, "deletion",
                            items=["pen_name", "purchase_history", "access_ip", "name"])
    with pytest.raises(rights.RequestRefused, match="'처리 완료'로 회신할 수 없습니다"):
        rights.decide(request, ACCEPTED)
    request.refresh_from_db()
    assert request.status == RightsRequest.Status.RECEIVED and replies == []
    assert Member.objects.get(pk=member.pk).pen_name == "영화광"  # nothing was done
    rights.decide(request, PARTIAL, reason="법령상 보존 기록과 필수 항목은 삭제할 수 없습니다.")
    assert Member.objects.get(pk=member.pk).pen_name == ""
    [(_, body)] = replies
    assert "처리 결과: 일부 처리" in body and "삭제한 항목: 필명" in body
    assert ("구매 내역(예매 내역): 법령에 따라 보관해야 하는 기록입니다(계약 또는 청약철회 등에 "
            f"관한 기록: {ECOMMERCE} 계약일로부터 5년간 보관 후 파기).") in body
    assert "IP 주소: 법령에 따라 보관해야 하는 기록입니다(로그기록자료, 접속지의 추적자료: " \
           "통신비밀보호법 제15조의2, 같은 법 시행령 제41조에 따라 기록 생성일로부터 3개월간" in body
    assert "이름: 회원 가입 계약의 이행에 필요한 필수 항목이므로 회원 탈퇴(계정 전체 삭제)로만" in body
    assert "사유: 법령상 보존 기록과 필수 항목은 삭제할 수 없습니다. (개인정보 보호법 제36조)" in body
    assert "개인정보분쟁조정위원회" in body  # the appeal route


@pytest.mark.django_db
def test_l5_1_a_deletion_with_nothing_erasable_is_refused_not_partly_granted(member, replies):
    request = rights.submit(member, "deletion", items=["name", "payment_details"])
    with pytest.raises(rights.RequestRefused, match="바로 삭제할 수 있는 항목이 없습니다"):
        rights.decide(request, PARTIAL, reason="일부만 처리")
    assert replies == []
    rights.decide(request, REFUSED, reason="필수 항목과 결제 기록은 삭제할 수 없습니다.")
    assert "처리 결과: 거절" in replies[0][1]


# --- the whole account ------------------------------------------------------------------------


@pytest.mark.django_db(databases=DBS)
def test_p4_1_p5_1_l5_1_a_granted_account_deletion_runs_the_withdrawal_and_says_what_was_kept(
        client, replies):
    member = customer_with_history()
    key_id, pk = member.data_key_id, member.pk
    staff = create_staff("privacy_handler")
    request = by_phone(member, staff)
    assert holds.held_items([pk])[pk] >= {"name", "mobile", "email", "purchase_history"}
    otp_session(client, staff)
    decide = reverse("admin:rights_rightsrequest_decide", args=[request.pk])
    preview = client.get(decide).content.decode()
    assert 'id="kept-preview"' in preview and "전자상거래법 제6조" in preview
    response = client.post(decide, {"decision": "accepted", "reason": ""})
    assert response.status_code == 302
    assert response.url == reverse("admin:members_withdrawal_changelist")
    # The withdrawal ran to the end, recorded as done because of this request.
    withdrawal = Withdrawal.objects.get(member_number=pk)
    assert (withdrawal.state, withdrawal.channel, withdrawal.handled_by) == (
        Withdrawal.State.DONE, "phone", staff)
    assert withdrawal.verification.startswith(
        f"개인정보 삭제 요구 #{request.pk}(전화 접수, 요구인 본인)에 따른 탈퇴 / 본인 확인: 휴대폰")
    assert withdrawal.kept == {"contract_records": 3, "payment_records": 2}
    # Exactly as a withdrawal: nothing left in the main database, the key shredded, the
    # records the law keeps in the separate store.
    assert not Member.objects.filter(pk=pk).exists() and member_rows(pk) == {}
    assert values_sealed_under(key_id) == [] and DataKey.objects.get(pk=key_id).destroyed
    assert not RightsRequest.objects.filter(pk=request.pk).exists()
    assert sorted(ArchivedRecord.objects.values_list("kind", flat=True)) == ARCHIVED_KINDS
    assert Block.objects.count() == 3
    dump = raw_dump("default") + raw_dump("archive")
    assert [v for v in PLAINTEXT if v in dump] == []
    # The reply (sent before the data went) says what was kept, why and for how long.
    [(recipient, body)] = replies
    assert recipient == "010-1234-5678" and "처리 결과: 처리 완료" in body
    assert "대상 항목: 계정 전체(회원 탈퇴)" in body and "회원 탈퇴를 처리하여" in body
    assert ("- 계약·청약철회 기록(예매·취소 내역)(2건) — 계약 또는 청약철회 등에 관한 기록: "
            f"{ECOMMERCE} 계약일로부터 5년간 보관") in body
    assert ("- 대금결제 기록(2건) — 대금결제 및 재화 등의 공급에 관한 기록: "
            f"{ECOMMERCE} 결제일로부터 5년간 보관") in body
    assert "개인정보의 안전성 확보조치 기준 제8조에 따라 기록 생성일로부터 2년간 보관" in body
    assert "로그인 ID 재사용 방지: 컨텐츠 이용 ID 중복 방지에 따라 회원 탈퇴일로부터 3개월간" in body
    # The staff access log records the deletion and the withdrawal it ran.
    entry = StaffAccessLog.objects.get(staff=staff, action="delete")
    assert entry.subjects == str(pk) and f"탈퇴 기록 #{withdrawal.pk}" in entry.reason
    assert f"권리 행사 요구 {request.pk} 회신: 처리 완료" in entry.reason


@pytest.mark.django_db(databases=DBS)
def test_p5_1_l5_1_an_account_deletion_with_an_upcoming_show_cannot_be_granted_yet(
        client, replies):
    member = sign_up()
    upcoming_show(member)
    staff = create_staff("privacy_handler")
    request = by_phone(member, staff)
    otp_session(client, staff)
    decide = reverse("admin:rights_rightsrequest_decide", args=[request.pk])
    page = client.post(decide, {"decision": "accepted", "reason": ""}).content.decode()
    assert "관람 전인 예매" in page and "지금은 회원 탈퇴를 진행할 수 없습니다" in page
    request.refresh_from_db()
    member.refresh_from_db()
    assert request.status == RightsRequest.Status.RECEIVED and replies == []
    assert member.status == Member.Status.ACTIVE and member.is_active
    assert not Withdrawal.objects.exists()
    assert not StaffAccessLog.objects.filter(staff=staff, action="delete").exists()
    client.post(decide, {"decision": "refused", "reason": "관람 전인 예매가 있어 관람 후 처리합니다."})
    request.refresh_from_db()
    assert request.status == REFUSED and "이의를 제기" in replies[0][1]


@pytest.mark.django_db(databases=DBS)
def test_l5_1_an_account_deletion_is_granted_or_refused_never_partly(member, replies):
    request = by_phone(member, create_staff("privacy_handler"))
    with pytest.raises(rights.RequestRefused, match="'처리 완료'\\(회원 탈퇴 실행\\) 또는"):
        rights.decide(request, PARTIAL, reason="일부만")
    assert Member.objects.get(pk=member.pk).status == Member.Status.ACTIVE
    assert not Withdrawal.objects.exists() and replies == []


@pytest.mark.django_db(databases=DBS)
def test_p8_5_a_guardian_deletes_a_childs_account_and_is_answered(child, replies):
    staff = create_staff("cpo")
    request = rights.register(child, "deletion", channel="letter", received_at=timezone.now(),
                              requester="guardian", verification="법정대리인 휴대폰 본인확인",
                              representation="가족관계증명서 원본 대조", items=WHOLE, by=staff)
    pk = child.pk
    decided = rights.decide(request, ACCEPTED, by=staff)
    assert decided.withdrawal.state == Withdrawal.State.DONE
    assert not Member.objects.filter(pk=pk).exists() and member_rows(pk) == {}
    withdrawal = Withdrawal.objects.get(member_number=pk)
    assert withdrawal.channel == "letter" and "요구인 법정대리인" in withdrawal.verification
    [(recipient, body)] = replies
    assert recipient == "010-1234-5678" and "회원 탈퇴를 처리하여" in body  # the guardian


@pytest.mark.django_db(databases=DBS)
def test_p8_1_the_member_sees_an_account_deletion_request_on_my_page(client, member):
    by_phone(member, create_staff("privacy_handler"))
    client.force_login(member)
    page = client.get(reverse("members:mypage")).content.decode()
    assert "계정 전체(회원 탈퇴)" in page


@pytest.mark.django_db
def test_l5_1_l3_3_staff_partly_grant_an_item_deletion_in_the_back_office(client, member,
                                                                         replies):
    staff = create_staff("privacy_handler")
    request = by_phone(member, staff, items=["landline", "payment_details"])
    otp_session(client, staff)
    decide = reverse("admin:rights_rightsrequest_decide", args=[request.pk])
    preview = client.get(decide).content.decode()
    assert "처리하면 바로 삭제되는 항목: 전화번호(자택 또는 직장)" in preview
    assert "결제 내역" in preview and "전자상거래법 제6조" in preview
    refused = client.post(decide, {"decision": "accepted", "reason": ""}).content.decode()
    assert "로 회신할 수 없습니다" in refused and "결제 내역" in refused
    assert Member.objects.get(pk=member.pk).landline == "02-312-3456"
    response = client.post(decide, {"decision": "partial",
                                    "reason": "결제 기록은 법령에 따라 보관합니다."})
    assert response.status_code == 302
    assert Member.objects.get(pk=member.pk).landline == ""
    entry = StaffAccessLog.objects.get(staff=staff, action="change",
                                       target="rights.RightsRequest", reason__contains="회신")
    assert entry.reason.endswith("회신: 일부 처리 / 삭제: landline")
    assert "결제 내역(카드사·마스킹된 카드번호, 결제 토큰, 가상계좌): 법령에 따라" in replies[0][1]


# --- fault injection: a crash half-way leaves nothing half-done (P5.2) ------------------------


@pytest.mark.django_db(databases=DBS)
def test_p5_2_l5_1_a_crash_inside_the_decision_writes_nothing_and_it_can_be_decided_again(
        monkeypatch, replies):
    member = customer_with_history()
    staff = create_staff("privacy_handler")
    request = by_phone(member, staff)
    crash_on_call(monkeypatch, "marquee.outbox.services.queue", 1)  # the reply, last step
    with pytest.raises(Crash):
        rights.decide(request, ACCEPTED, by=staff)
    request.refresh_from_db()
    member.refresh_from_db()
    assert (request.status, request.decided_at) == (RightsRequest.Status.RECEIVED, None)
    assert not request.reason
    assert member.status == Member.Status.ACTIVE and member.is_active
    assert not Withdrawal.objects.exists() and not ArchivedRecord.objects.exists()
    monkeypatch.undo()
    rights.decide(request, ACCEPTED, by=staff)
    assert Withdrawal.objects.get().state == Withdrawal.State.DONE
    assert member_rows(member.pk) == {}


@pytest.mark.django_db
def test_p5_2_l5_1_a_crash_while_erasing_items_leaves_every_item_in_place(member, monkeypatch):
    favourite(member)
    request = rights.submit(member, "deletion", items=["favourite_theatres", "pen_name"])
    real_save = Member.save

    def crash_on_save(self, *args, **kwargs):  # after the favourites were deleted
        raise Crash

    monkeypatch.setattr(Member, "save", crash_on_save)
    with pytest.raises(Crash):
        rights.decide(request, ACCEPTED)
    monkeypatch.setattr(Member, "save", real_save)
    assert FavouriteTheatre.objects.filter(member=member).count() == 1
    assert Member.objects.get(pk=member.pk).pen_name == "영화광"
    request.refresh_from_db()
    assert request.status == RightsRequest.Status.RECEIVED
    rights.decide(request, ACCEPTED)
    assert not FavouriteTheatre.objects.filter(member=member).exists()


@pytest.mark.django_db(databases=DBS)
def test_p5_2_an_interrupted_withdrawal_is_reported_to_staff_and_finished_by_the_sweep(
        client, monkeypatch, replies):
    member = customer_with_history()
    staff = create_staff("privacy_handler")
    request = by_phone(member, staff)
    otp_session(client, staff)
    crash_on_call(monkeypatch, "marquee.privacy.archive.services.keep", 2)
    response = client.post(reverse("admin:rights_rightsrequest_decide", args=[request.pk]),
                           {"decision": "accepted", "reason": ""}, follow=True)
    assert "정기 파기 작업" in response.content.decode()
    entry = StaffAccessLog.objects.get(staff=staff, action="delete")
    assert "회원 탈퇴 실행 중단" in entry.reason and entry.subjects == str(member.pk)
    assert Withdrawal.objects.get().state == Withdrawal.State.REQUESTED
    monkeypatch.undo()
    call_command("privacy", "sweep")
    assert Withdrawal.objects.get().state == Withdrawal.State.DONE
    assert member_rows(member.pk) == {}




@pytest.mark.django_db(databases=DBS)
@pytest.mark.parametrize("target, n", CRASH_POINTS)
def test_p5_2_l5_1_an_account_deletion_killed_at_any_step_of_the_withdrawal_completes_on_rerun(
        monkeypatch, replies, target, n):
    member = customer_with_history()
    key_id, pk = member.data_key_id, member.pk
    staff = create_staff("privacy_handler")
    request = by_phone(member, staff)
    if target.endswith("DataKey.destroy"):
        real = DataKey.destroy

        def destroy(self, reason):
            raise Crash

        monkeypatch.setattr(DataKey, "destroy", destroy)
    else:
        crash_on_call(monkeypatch, target, n)
    with pytest.raises(Crash):
        rights.decide(request, ACCEPTED, by=staff)
    # Half-way: the answer and the withdrawal (naming the request) are recorded together,
    # and the member's data is either all there, sealed and readable, or not at all.
    request.refresh_from_db()
    assert request.status == ACCEPTED and len(replies) == 1
    withdrawal = Withdrawal.objects.get()
    assert withdrawal.state in (Withdrawal.State.REQUESTED, Withdrawal.State.ARCHIVED)
    assert f"개인정보 삭제 요구 #{request.pk}" in withdrawal.verification
    fresh = Member.objects.get(pk=pk)
    assert fresh.name == "홍길동" and fresh.status == Member.Status.WITHDRAWN
    assert not fresh.is_active  # locked: nobody can log in or book meanwhile
    monkeypatch.undo()
    if target.endswith("DataKey.destroy"):
        assert DataKey.destroy is real
    call_command("privacy", "sweep")  # the sweep resumes unfinished withdrawals first
    withdrawal.refresh_from_db()
    assert withdrawal.state == Withdrawal.State.DONE
    assert member_rows(pk) == {} and values_sealed_under(key_id) == []
    assert not RightsRequest.objects.filter(pk=request.pk).exists()
    assert sorted(ArchivedRecord.objects.values_list("kind", flat=True)) == ARCHIVED_KINDS
    assert Block.objects.count() == 3


# --- the reply reaches the member before the data goes ------------------------------------


class RecordingBackend:
    """An outbox backend that notes each delivery and whether the member still existed."""

    delivered: list[tuple[str, str, bool]] = []

    def deliver(self, message) -> None:
        exists = Member.objects.filter(data_key_id=message.data_key_id).exists()
        RecordingBackend.delivered.append((message.kind, message.body, exists))


@pytest.mark.django_db(transaction=True, databases=DBS)
def test_l5_1_p5_1_the_reply_is_delivered_before_the_withdrawal_destroys_the_outbox(settings):
    settings.MARQUEE_OUTBOX_BACKEND = f"{__name__}.RecordingBackend"
    RecordingBackend.delivered = []
    member = sign_up()
    staff = create_staff("privacy_handler")
    request = by_phone(member, staff)
    rights.decide(request, ACCEPTED, by=staff)
    assert not Member.objects.filter(pk=member.pk).exists()
    [(body, existed)] = [(b, e) for k, b, e in RecordingBackend.delivered if k == "rights_reply"]
    assert existed and "처리 결과: 처리 완료" in body and "회원 탈퇴를 처리하여" in body
    assert "로그인 ID(해시 값)" in body
