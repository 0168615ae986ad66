"""Least privilege (P12.3): each role walks the back office and sees exactly the models
and the personal fields its duties need, masked. The expectations below are written
out by hand from the requirement, not read from roles.py, so they check it."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command

from marquee.backoffice import matrix
from marquee.backoffice.roles import ROLES
from marquee.members.models import Member
from marquee.privacy import consent

from .conftest import create_staff, leaks, otp_session

PERSONAL_DATA_MODELS = {
    "members.member", "members.guardianconsent", "members.withdrawal", "members.accessrecord",
    "privacy.consentrecord", "booking.booking", "payments.payment", "payments.refund",
}
CATALOGUE = {"booking.theatre", "booking.screen", "booking.movie", "booking.showtime"}
STAFF_RECORDS = {"backoffice.staffprofile", "backoffice.staffaccesslog", "backoffice.reveal",
                 "backoffice.accessrightschange", "backoffice.pledgerecord",
                 "backoffice.monthlyreview"}
# Rights requests (L5.1) and the records of what third parties were given (P6, P8.4).
RIGHTS = {"rights.rightsrequest"}
PROVISION_RECORDS = {"provision.provision", "provision.correctionnotice"}
# The CPO's alone: legal requests (provision without consent), published policy versions
# and the notices board that announces them (P15).
CPO_POLICY = {"provision.legalrequest", "policy.policyversion", "notices.notice"}
# The customer centre (P13): inquiries (masked), its calendar, templates; incidents (L6).
INQUIRIES = {"support.inquiry", "support.inquiryattachment"}

EXPECTED_MODELS = {
    "cpo": PERSONAL_DATA_MODELS | {"privacy.destructionrecord", "privacy.jobrun"} | STAFF_RECORDS | RIGHTS
    | PROVISION_RECORDS | CPO_POLICY | INQUIRIES | {"support.closure", "support.incident"},
    "privacy_handler": PERSONAL_DATA_MODELS | {"privacy.destructionrecord", "privacy.jobrun"} | RIGHTS
    | PROVISION_RECORDS,
    "cs_agent": {"members.member", "members.withdrawal", "privacy.consentrecord",
                 "booking.booking", "payments.payment", "payments.refund"} | RIGHTS
    | INQUIRIES | {"support.closure", "support.replytemplate"},
    "cs_lead": {"members.member", "booking.booking", "payments.payment", "payments.refund"}
    | INQUIRIES | {"support.closure", "support.replytemplate"},
    "marketing": {"members.member", "events.event", "events.entry", "events.delivery",
                  "marketing.campaign", "marketing.adrecord"},
    "cinema_manager": CATALOGUE,
    "developer": CATALOGUE,
}
# Which roles answer rights requests (the "처리 결과 회신" view needs the change permission)
# and which personal fields of a request each sees, masked (reveal only with a reason).
EXPECTED_RIGHTS_FIELDS = {
    "cpo": ["요구 내용", "요구인 이름", "회신 연락처", "처리 사유"],
    "privacy_handler": ["요구 내용", "요구인 이름", "회신 연락처", "처리 사유"],
    "cs_agent": ["요구 내용"],
}
MODERATORS = {"cs_agent", "privacy_handler"}

ALL_MEMBER_FIELDS = ["아이디", "이름", "생년월일", "성별", "휴대전화번호", "통신사",
                     "이메일", "필명", "전화번호(자택·직장)"]
# No longer collected (issue 12, P1.1): looked for so that their return is noticed.
DROPPED_MEMBER_FIELDS = ["우편번호", "주소", "상세주소"]
EXPECTED_MEMBER_FIELDS = {  # personal fields on a member's page, in order
    "cpo": ALL_MEMBER_FIELDS,
    "privacy_handler": ALL_MEMBER_FIELDS,
    "cs_agent": ["아이디", "이름", "휴대전화번호", "이메일"],
    "cs_lead": ["아이디", "이름", "휴대전화번호", "이메일"],
    "marketing": ["이름", "휴대전화번호", "이메일"],
}
EXPECTED_MEMBER_COLUMNS = {
    "cpo": ["회원번호", "아이디", "이름", "휴대전화번호", "이메일"],
    "privacy_handler": ["회원번호", "아이디", "이름", "휴대전화번호", "이메일"],
    "cs_agent": ["회원번호", "아이디", "이름", "휴대전화번호", "이메일"],
    "cs_lead": ["회원번호", "아이디", "이름", "휴대전화번호", "이메일"],
    "marketing": ["회원번호", "이름", "휴대전화번호", "이메일"],
}
MOVIEFAN_MASKED = {"아이디": "mo******", "이름": "홍*동", "휴대전화번호": "010-****-7731",
                   "이메일": "g***@example.com",
                   "전화번호(자택·직장)": "02-****-8800", "생년월일": "-**-**", "성별": "***"}


def visible_models(client) -> set[str]:
    response = client.get("/admin/")
    assert response.status_code == 200
    return {f"{app['app_label']}.{m['object_name'].lower()}"
            for app in response.context_data["app_list"] for m in app["models"]}


def readonly_labels(response) -> list[str]:
    return [str(field.field["label"]) for fieldset in response.context_data["adminform"]
            for line in fieldset for field in line]


def column_labels(response) -> list[str]:
    from django.contrib.admin.utils import label_for_field

    cl = response.context_data["cl"]
    return [str(label_for_field(name, cl.model, cl.model_admin)) for name in cl.list_display
            if name != "action_checkbox"]


@pytest.mark.django_db
def test_p12_3_roles_are_groups_created_by_the_migration():
    names = set(Group.objects.values_list("name", flat=True))
    assert {r.name for r in ROLES} <= names
    cpo = Group.objects.get(name="개인정보 보호책임자(CPO)")
    assert cpo.permissions.filter(codename="sign_off_review").exists()
    manager = Group.objects.get(name="극장 운영 관리자")
    assert not manager.permissions.filter(content_type__app_label="members").exists()


@pytest.mark.django_db
@pytest.mark.parametrize("role", list(EXPECTED_MODELS))
def test_p12_3_each_role_sees_exactly_its_models_and_fields_masked(role, client, demo_purchases,
                                                                     demo_members):
    staff = create_staff(role)
    otp_session(client, staff)
    assert visible_models(client) == EXPECTED_MODELS[role]
    fan = demo_members["moviefan"]
    member_list = client.get("/admin/members/member/")
    member_page = client.get(f"/admin/members/member/{fan.pk}/change/")
    if role not in EXPECTED_MEMBER_FIELDS:
        # A cinema manager or developer never reaches member data, by any URL.
        assert member_list.status_code == 403 and member_page.status_code == 403
        for url in ("/admin/payments/refund/", "/admin/members/accessrecord/",
                    f"/admin/members/member/{fan.pk}/reveal/mobile/"):
            assert client.get(url).status_code == 403
        return
    assert member_list.status_code == 200
    assert column_labels(member_list)[:len(EXPECTED_MEMBER_COLUMNS[role])] == \
        EXPECTED_MEMBER_COLUMNS[role]
    labels = readonly_labels(member_page)
    personal = [label for label in labels
                if label in ALL_MEMBER_FIELDS + DROPPED_MEMBER_FIELDS]
    assert personal == EXPECTED_MEMBER_FIELDS[role]
    html = member_page.content.decode()
    for label in personal:
        if label in MOVIEFAN_MASKED:
            assert MOVIEFAN_MASKED[label] in html, label
    assert leaks(html) == [] and leaks(member_list.content.decode()) == []
    # The other models the role sees open, masked, too.
    for label in EXPECTED_MODELS[role] & (PERSONAL_DATA_MODELS | RIGHTS | PROVISION_RECORDS
                                          | INQUIRIES) \
            - {"members.member"}:
        app, model = label.split(".")
        page = client.get(f"/admin/{app}/{model}/")
        assert page.status_code == 200 and leaks(page.content.decode()) == [], label


@pytest.mark.django_db
@pytest.mark.parametrize("role", list(EXPECTED_MODELS))
def test_p12_3_l5_1_rights_requests_open_to_the_roles_that_answer_them_with_only_their_fields(
        role, client, demo_members):
    from marquee.compliance.rights import services as rights

    fan = demo_members["moviefan"]
    request = rights.submit(fan, "correction", items=["pen_name"],
                            details=f"필명을 {fan.pen_name}에서 바꿔 주세요.")
    staff = create_staff(role)
    otp_session(client, staff)
    page = client.get(f"/admin/rights/rightsrequest/{request.pk}/change/")
    decide = client.get(f"/admin/rights/rightsrequest/{request.pk}/decide/")
    if role not in EXPECTED_RIGHTS_FIELDS:
        assert page.status_code == 403 and decide.status_code == 403
        return
    assert page.status_code == 200 and decide.status_code == 200
    labels = readonly_labels(page)
    assert [label for label in labels if label in EXPECTED_RIGHTS_FIELDS["cpo"]] == \
        EXPECTED_RIGHTS_FIELDS[role]
    html = page.content.decode()
    assert fan.pen_name not in html and leaks(html) == []
    assert staff.has_perm("rights.change_rightsrequest")
    assert not staff.has_perm("rights.delete_rightsrequest")


@pytest.mark.django_db
@pytest.mark.parametrize("role", list(EXPECTED_MODELS))
def test_p12_3_p6_1_only_the_cpo_records_legal_requests_and_provides_under_them(role, client):
    otp_session(client, create_staff(role))
    listing = client.get("/admin/provision/legalrequest/")
    add = client.get("/admin/provision/legalrequest/add/")
    if role == "cpo":
        assert listing.status_code == 200 and add.status_code == 200
        actions = dict(listing.context_data["action_form"].fields["action"].choices)
        assert "provide_under_request" in actions
    else:  # a provision grant (privacy handler) does not open the requests themselves
        assert listing.status_code == 403 and add.status_code == 403


@pytest.mark.django_db
@pytest.mark.parametrize("role", list(EXPECTED_MODELS))
def test_p11_3_p12_3_the_moderation_permission_comes_with_the_moderating_roles(role):
    assert create_staff(role).has_perm("community.moderate_post") == (role in MODERATORS)


@pytest.mark.django_db
def test_p12_3_cs_agent_sees_payments_masked_but_never_the_billing_key(client, demo_purchases):
    otp_session(client, create_staff("cs_agent"))
    payment = demo_purchases["payment"]
    html = client.get(f"/admin/payments/payment/{payment.pk}/change/").content.decode()
    assert "****-****-****-4821" in html and "billing-key" not in html
    assert "940702" not in html  # the virtual account is not a CS field at all
    refund = client.get(f"/admin/payments/refund/{demo_purchases['refund'].pk}/change/")
    assert "********7310" in refund.content.decode() and "마스킹 해제" not in refund.content.decode()


@pytest.mark.django_db
def test_p2_2_p12_3_marketing_sees_only_consenting_members_and_their_channels(client,
                                                                            demo_members):
    from tests.conftest import make_identity, sign_up

    email_only = sign_up(make_identity(name="정메일", mobile="010-3333-4444"),
                         answers={"terms": True, "marketing_email": True},
                         login_id="mailonly1", email="mail.only@example.com")
    otp_session(client, create_staff("marketing"))
    response = client.get("/admin/members/member/")
    shown = {m.pk for m in response.context_data["cl"].result_list}
    # moviefan agreed to every channel; quietviewer to none; the children to none.
    assert shown == {demo_members["moviefan"].pk, email_only.pk}
    page = client.get(f"/admin/members/member/{email_only.pk}/change/").content.decode()
    assert "m***@example.com" in page and "(수신 미동의)" in page and "3333-4444" not in page
    assert client.get(f"/admin/members/member/{demo_members['quietviewer'].pk}/change/") \
        .status_code in (302, 404)  # outside the marketing scope: no such member for them
    # Consent withdrawn: gone from the list at once (P2.2).
    from marquee.members import services as member_services

    member_services.change_consents(email_only, {"marketing_email": False})
    assert consent.current_state(email_only)["marketing_email"] is False
    response = client.get("/admin/members/member/")
    assert {m.pk for m in response.context_data["cl"].result_list} == {demo_members["moviefan"].pk}


@pytest.mark.django_db
def test_p12_3_superuser_flag_grants_no_personal_fields(client, demo_members):
    staff = create_staff()
    Member.objects.filter(pk=staff.pk).update(is_superuser=True)
    otp_session(client, staff)
    fan = demo_members["moviefan"]
    page = client.get(f"/admin/members/member/{fan.pk}/change/")
    assert page.status_code == 200
    assert [label for label in readonly_labels(page) if label in ALL_MEMBER_FIELDS] == []
    assert leaks(page.content.decode()) == []


def test_p12_3_role_matrix_document_is_generated_from_the_code_and_current():
    path = matrix.default_path()
    assert path.exists(), "run: python manage.py roles_matrix"
    assert path.read_text(encoding="utf-8") == matrix.render(), \
        "docs/roles.md is stale: run `python manage.py roles_matrix`"
    call_command("roles_matrix", "--check")


def test_p12_3_role_matrix_names_every_role_and_its_fields():
    text = matrix.render()
    for r in ROLES:
        assert r.name in text
    assert "극장 운영 관리자" in text and "개인정보를 볼 수 없는 역할" in text
