"""Provision, processors and purpose-bound reads (P2.2, P6, P7.2, P8.3, P8.4)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from marquee.compliance.provision import checks as read_checks
from marquee.compliance.provision import services as provision
from marquee.compliance.provision.models import CorrectionNotice, Provision
from marquee.compliance.provision.processors import UndeclaredItem, processor_payload
from marquee.compliance.provision.reads import PurposeViolation, read_for
from marquee.compliance.rights import services as rights
from marquee.compliance.rights.models import RightsRequest
from marquee.members import services as member_services
from marquee.members.models import Member
from tests.compliance.conftest import agree
from tests.conftest import ONLY_REQUIRED, make_identity, sign_up

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(db):
    return Member.objects.create_staff("cpo01", "Cinema!Seat2024", "김보호", "cpo@example.kr")


@pytest.fixture
def quiet(db):
    """A member who agreed to nothing optional."""
    return sign_up(make_identity(name="김조용", mobile="010-2222-9999"), ONLY_REQUIRED,
                   login_id="quietone", email="quiet@example.com")


def open_correction(member, *items):
    return rights.submit(member, "correction", items=items, details="휴대전화번호가 바뀌었습니다.")


def legal_request(staff, members, items=("name", "mobile")):
    return provision.register_legal_request(
        agency="서울마포경찰서", document_number="마포서 수사과-2026-1234",
        legal_article="형사소송법 제199조제2항", items=items, members=members,
        agency_contact="mapo-cyber@police.example", handler=staff)


# --- provision needs a basis (P6.1) -----------------------------------------------------------


def test_p6_1_a_provision_without_a_basis_is_refused(member):
    with pytest.raises(provision.ProvisionRefused, match="근거가 하나 있어야"):
        provision.provide(members=[member], items=["name", "mobile"], by="staff:1")
    assert not Provision.objects.exists()


def test_p6_1_a_legal_request_needs_every_particular(member, staff):
    with pytest.raises(provision.ProvisionRefused) as refused:
        provision.register_legal_request(
            agency="서울마포경찰서", document_number="", legal_article="",
            items=["name"], members=[member], agency_contact="x@police.example", handler=None)
    for gap in ("문서 번호", "근거 법령", "처리 담당자"):
        assert gap in str(refused.value)


def test_p6_1_a_legal_request_provides_only_its_items_and_its_members(member, quiet, staff):
    request = legal_request(staff, [member])
    with pytest.raises(provision.ProvisionRefused, match="선언되지 않은 항목"):
        provision.provide(members=[member], items=["name", "email"], legal_request=request,
                          by="staff:1")
    with pytest.raises(provision.ProvisionRefused, match="법령상 요청의 대상이 아님"):
        provision.provide(members=[quiet], items=["name"], legal_request=request, by="staff:1")
    result = provision.provide(members=[member, quiet], items=["name", "mobile"],
                               legal_request=request, by=f"staff:{staff.pk}")
    [record] = result.provisions
    assert record.member == member and record.basis == Provision.Basis.LAW
    assert "마포서 수사과-2026-1234" in record.basis_summary and "형사소송법" in record.basis_summary
    assert result.payload == [{"provision": record.pk,
                               "values": {"name": "홍길동",
                                          "mobile": {"mobile": "010-1234-5678",
                                                     "mobile_carrier": "SKT"}}}]
    assert result.excluded == {quiet.pk: "법령상 요청의 대상이 아님"}
    assert "010-1234-5678" not in str(record.value_digests)  # hashes, never values


def test_p6_1_consent_based_provision_reaches_only_members_who_agree(member, quiet, partner):
    with pytest.raises(provision.ProvisionRefused, match="제3자 제공 동의 없음"):
        provision.provide(members=[member, quiet], items=["name", "email"], rule=partner.key,
                          by="staff:1")
    agree(member, provision_partner=True)
    result = provision.provide(members=[member, quiet], items=["name", "email"],
                               rule=partner.key, by="staff:1")
    [record] = result.provisions
    assert record.basis == Provision.Basis.CONSENT and record.consent_record.agreed
    assert "제휴 영화잡지 개인정보 제3자 제공 동의 v1 동의" in record.basis_summary
    agree(member, provision_partner=False)  # withdrawn: no further provision
    with pytest.raises(provision.ProvisionRefused):
        provision.provide(members=[member], items=["name"], rule=partner.key, by="staff:1")


def test_p6_2_p8_1_provisions_are_shown_to_the_member_and_exported(client, member, staff):
    provision.provide(members=[member], items=["name", "mobile"],
                      legal_request=legal_request(staff, [member]), by=f"staff:{staff.pk}")
    client.force_login(member)
    page = client.get(reverse("members:mypage")).content.decode()
    assert 'id="my-provisions"' in page and "서울마포경찰서" in page
    assert "법령에 따른 요청" in page and "이름, 휴대전화번호" in page
    assert 'id="my-processors"' in page and "KG이니시스" in page
    exported = member_services.personal_data(member)
    assert exported["provisions"][0]["recipient"] == "서울마포경찰서"
    assert {p["name"] for p in exported["processors"]} >= {"엑스노티", "코리아크레딧뷰로(KCB)"}


# --- processors (P7.2) ---------------------------------------------------------------------------


def test_p7_2_a_processor_payload_refuses_an_item_not_declared_for_its_task(member):
    payload = processor_payload("kg_mobilians", member, ["mobile"])
    assert payload.values == {"mobile": {"mobile": "010-1234-5678", "mobile_carrier": "SKT"}}
    with pytest.raises(UndeclaredItem, match="KG모빌리언스에 위탁하지 않은 항목은 보낼 수 없습니다: 이메일"):
        processor_payload("kg_mobilians", member, ["mobile", "email"])
    with pytest.raises(UndeclaredItem, match="등록되지 않은 수탁자"):
        processor_payload("nobody", member, ["name"])


# --- correction holds (P8.3) ---------------------------------------------------------------------


def test_p8_3_a_held_item_is_excluded_from_a_marketing_selection_and_a_processor_payload(
        member, quiet):
    agree(quiet, marketing_sms=True)
    before = read_for("marketing", [member, quiet], ["name", "mobile"], channel="sms")
    assert before.member_ids == [member.pk, quiet.pk]
    request = open_correction(member, "mobile")
    selection = read_for("marketing", [member, quiet], ["name", "mobile"], channel="sms")
    assert selection.member_ids == [quiet.pk]  # the SMS contact is held: not reachable
    assert selection.withheld == {member.pk: ["mobile"]}
    email = read_for("marketing", [member], ["name", "email"], channel="email")
    assert email.rows[0].values == {"name": "홍길동", "email": "gildong@example.com"}
    payload = processor_payload("xnoti", member, ["login_id", "name", "mobile"])
    assert set(payload.values) == {"login_id", "name"} and payload.withheld == ["mobile"]
    rights.decide(request, RightsRequest.Status.ACCEPTED)  # decided: the hold is lifted
    assert "mobile" in processor_payload("xnoti", member, ["mobile"]).values
    assert read_for("marketing", [member], ["mobile"], channel="sms").member_ids == [member.pk]


def test_p8_3_a_held_item_is_not_provided(member, staff):
    open_correction(member, "mobile")
    result = provision.provide(members=[member], items=["name", "mobile"],
                               legal_request=legal_request(staff, [member]), by="staff:1")
    assert result.provisions[0].items == ["name"] and result.withheld == {member.pk: ["mobile"]}


def test_p8_3_a_suspension_stops_marketing_and_statistics_but_not_a_legal_request(member,
                                                                                  staff):
    rights.submit(member, "suspension", items=[], details="마케팅 이용을 멈춰 주세요.")
    assert read_for("marketing", [member], ["name"], channel="push").excluded == {
        member.pk: "처리정지 요구"}
    assert read_for("statistics", [member], ["name"]).member_ids == []
    request = legal_request(staff, [member])
    assert read_for("provision", [member], ["name"],
                    legal_request=request).member_ids == [member.pk]


# --- correction notices (P8.4) ------------------------------------------------------------------


def test_p8_4_a_correction_of_an_already_provided_item_produces_a_recorded_notice(
        member, partner, outbox):
    agree(member, provision_partner=True)
    [given] = provision.provide(members=[member], items=["name", "email"], rule=partner.key,
                                by="staff:1").provisions
    request = rights.submit(member, "correction", items=["email"],
                            details="이메일 주소를 new@example.com 으로 고쳐 주세요.")
    member.email = "new@example.com"  # staff correct it (back office), then answer
    member.save()
    rights.decide(request, RightsRequest.Status.ACCEPTED)
    [notice] = CorrectionNotice.objects.all()
    assert (notice.provision, notice.items, notice.rights_request) == (given, ["email"], request)
    [sent] = outbox("correction_notice")
    assert sent.pk == notice.message_id and sent.recipient == "privacy@cinemagazine.example"
    assert "이메일: new@example.com" in sent.body and f"제공 번호 {given.pk}" in sent.body
    # Told once: answering again or saving the same value sends nothing more.
    from marquee.compliance.provision import corrections

    assert corrections.notify_recipients(member, ["email"]) == []


def test_p8_4_a_member_correcting_their_own_email_notifies_the_recipient(member, partner,
                                                                         outbox):
    agree(member, provision_partner=True)
    provision.provide(members=[member], items=["email"], rule=partner.key, by="staff:1")
    member_services.update_profile(member, email="fresh@example.com", pen_name="영화광",
                                   landline="02-312-3456")
    [sent] = outbox("correction_notice")
    assert "fresh@example.com" in sent.body
    assert CorrectionNotice.objects.count() == 1
    member_services.update_profile(member, email="fresh@example.com", pen_name="새필명",
                                   landline="02-312-3456")
    assert CorrectionNotice.objects.count() == 1  # the pen name was never provided


def test_p8_4_an_item_not_provided_or_unchanged_produces_no_notice(member, partner):
    agree(member, provision_partner=True)
    provision.provide(members=[member], items=["name"], rule=partner.key, by="staff:1")
    request = open_correction(member, "name")
    rights.decide(request, RightsRequest.Status.ACCEPTED)  # name did not change
    assert not CorrectionNotice.objects.exists()


# --- purpose-bound reads (P2.1, P2.2) ------------------------------------------------------------


def test_p2_2_marketing_reads_only_members_who_agreed_to_the_channel(member, quiet):
    selection = read_for("marketing", [member, quiet], ["name", "mobile"], channel="sms")
    assert selection.member_ids == [member.pk]
    assert "수신 동의 없음" in selection.excluded[quiet.pk]
    member_services.change_consents(member, {"marketing_sms": False})
    assert read_for("marketing", [member], ["mobile"], channel="sms").member_ids == []


def test_p2_2_night_sends_need_the_night_consent_and_never_by_email(member):
    assert read_for("marketing", [member], ["mobile"], channel="sms", night=True).member_ids == []
    agree(member, marketing_night=True)
    assert read_for("marketing", [member], ["mobile"], channel="sms",
                    night=True).member_ids == [member.pk]
    with pytest.raises(PurposeViolation, match="이메일은 야간"):
        read_for("marketing", [member], ["email"], channel="email", night=True)


def test_p2_1_an_item_not_declared_for_the_purpose_is_refused_for_everyone(member):
    with pytest.raises(PurposeViolation, match="생년월일: 이 목적\\(marketing\\)"):
        read_for("marketing", [member], ["name", "birthdate"], channel="sms")
    with pytest.raises(PurposeViolation, match="성별"):
        read_for("statistics", [member], ["gender"])
    with pytest.raises(PurposeViolation, match="근거"):
        read_for("provision", [member], ["name"])


def test_p2_1_check_fails_when_marketing_code_reads_personal_fields_directly():
    names = read_checks.personal_field_names()
    assert {"mobile", "email", "name", "birthdate"} <= names
    direct = (
        "def recipients(members):\n"
        "    return [m.mobile for m in members]\n"
        "def emails(qs):\n"
        "    return qs.values_list('email', flat=True)\n")
    found = read_checks.scan(direct, "marquee.marketing.campaigns", names)
    assert [line for line, _ in found] == [2, 4]
    gated = ("from marquee.compliance.provision.reads import read_for\n"
             "def recipients(members):\n"
             "    rows = read_for('marketing', members, ['mobile'], channel='sms').rows\n"
             "    return [row.values['mobile'] for row in rows]\n"
             "def venue(theatre):\n"
             "    return theatre.name  # privacy: not-personal\n")
    assert read_checks.scan(gated, "marquee.marketing.campaigns", names) == []
    marked = "PRIVACY_USE = 'statistics'\ndef ages(ms):\n    return [m.birthdate for m in ms]\n"
    assert read_checks.scan(marked, "marquee.booking.reports", names) == [
        (3, "reads personal field .birthdate")]
    # Anywhere: an advertising message sent straight to a member's own field.
    ad = ("def blast(member):\n"
          "    outbox.queue(data_key=member.data_key, channel='sms', kind='marketing_sms',\n"
          "                 recipient=member.mobile, body='(광고) 할인')\n")
    assert [line for line, _ in read_checks.scan(ad, "marquee.booking.services", names)] == [3]
    # The project as it stands passes (manage.py check runs this too).
    assert read_checks.check_purpose_bound_reads() == []


def test_p4_1_withdrawal_destroys_provision_records_requests_and_notices(member, partner,
                                                                         staff):
    from marquee.compliance.provision.models import LegalRequest
    from marquee.members import withdrawal

    agree(member, provision_partner=True)
    provision.provide(members=[member], items=["email"], rule=partner.key, by="staff:1")
    provision.provide(members=[member], items=["name"],
                      legal_request=legal_request(staff, [member]), by="staff:1")
    request = rights.submit(member, "correction", items=["email"])
    member.email = "other@example.com"
    member.save()
    rights.decide(request, RightsRequest.Status.ACCEPTED)
    assert CorrectionNotice.objects.count() == 1
    withdrawal.withdraw(member)
    assert not Provision.objects.exists() and not CorrectionNotice.objects.exists()
    assert not RightsRequest.objects.exists()
    # The agency's request stays (it names no one any more): evidence of what was asked.
    assert list(LegalRequest.objects.get().members.all()) == []
