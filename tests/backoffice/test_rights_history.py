"""Access-rights history (L3.1) and handover of duties (P12.5): every grant, change and
revocation is recorded with who, by whom, when and why, and kept three years."""

from __future__ import annotations

import datetime

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.utils import timezone

from marquee.backoffice import services
from marquee.backoffice.models import AccessRightsChange, StaffProfile
from marquee.backoffice.roles import role, roles_of
from marquee.members.models import Member
from marquee.privacy import retention
from marquee.privacy.inventory import inventory

from .conftest import create_staff, otp_session


def history(staff):
    return list(AccessRightsChange.objects.filter(staff=staff).order_by("id")
                .values_list("kind", "role", "by", "reason"))


@pytest.mark.django_db
def test_l3_1_grant_change_and_revoke_are_recorded_with_who_by_whom_when_why(client):
    cpo = create_staff("cpo")
    otp_session(client, cpo)
    done = client.post("/admin/backoffice/staffprofile/add/", {
        "login_id": "cs_park", "name": "박상담", "email": "cs_park@marquee.test",
        "employee_number": "E-2026-101", "department": "고객센터", "password": "Temp!Pass2026x",
        "roles": ["cs_agent"], "reason": "고객센터 신규 입사(인사명령 2026-101)"})
    assert done.status_code == 302
    staff = Member.objects.find(login_id="cs_park").get()
    profile = staff.staff_profile
    assert [r.key for r in roles_of(staff)] == ["cs_agent"]
    base = f"/admin/backoffice/staffprofile/{profile.pk}"
    # A change of role: revoke one, grant the other, each with a reason.
    assert client.post(f"{base}/grant/", {"role": "privacy_handler",
                                          "reason": "권리 행사 처리 겸직 발령"}).status_code == 302
    assert client.post(f"{base}/revoke/", {"role": "cs_agent",
                                           "reason": "고객상담 업무 종료"}).status_code == 302
    assert history(staff) == [
        ("account_created", "", cpo.pk, "고객센터 신규 입사(인사명령 2026-101)"),
        ("grant", "cs_agent", cpo.pk, "고객센터 신규 입사(인사명령 2026-101)"),
        ("grant", "privacy_handler", cpo.pk, "권리 행사 처리 겸직 발령"),
        ("revoke", "cs_agent", cpo.pk, "고객상담 업무 종료"),
    ]
    assert all(c.at <= timezone.now() for c in AccessRightsChange.objects.filter(staff=staff))
    staff = Member.objects.get(pk=staff.pk)
    assert [r.key for r in roles_of(staff)] == ["privacy_handler"]
    # Without a reason nothing changes.
    assert client.post(f"{base}/grant/", {"role": "marketing", "reason": ""}).status_code == 200
    listing = client.get("/admin/backoffice/accessrightschange/").content.decode()
    assert "고객상담 업무 종료" in listing
    # Only the CPO manages rights.
    otp_session(client, create_staff("privacy_handler"))
    assert client.post(f"{base}/grant/", {"role": "cpo", "reason": "스스로 권한 상승"}) \
        .status_code == 403


@pytest.mark.django_db
def test_p12_5_handover_is_an_explicit_revoke_and_regrant(client, demo_members):
    cpo = create_staff("cpo")
    leaving = create_staff("cs_agent")
    arriving = create_staff()
    otp_session(client, cpo)
    url = f"/admin/backoffice/staffprofile/{leaving.staff_profile.pk}/handover/"
    assert client.post(url, {"role": "cs_agent", "to_staff": arriving.staff_profile.pk,
                             "reason": "부서 이동에 따른 인수인계"}).status_code == 302
    revoked = AccessRightsChange.objects.get(staff=leaving, kind="revoke")
    granted = AccessRightsChange.objects.get(staff=arriving, kind="grant")
    assert revoked.handover == granted.handover and revoked.handover.startswith("handover-")
    assert arriving.login_id in revoked.reason and leaving.login_id in granted.reason
    assert revoked.by == granted.by == cpo
    # The person handing over loses access at once; the one taking over has it.
    otp_session(client, leaving)
    assert client.get("/admin/members/member/").status_code == 403
    services.sign_pledge(arriving)
    otp_session(client, arriving)
    assert client.get("/admin/members/member/").status_code == 200


@pytest.mark.django_db
def test_l3_1_a_role_changed_outside_the_services_is_still_recorded():
    staff = create_staff()
    staff.groups.add(Group.objects.get(name=role("marketing").name))
    change = AccessRightsChange.objects.get(staff=staff, kind="grant")
    assert change.role == "marketing" and change.by is None and "처리자 미상" in change.reason
    staff.groups.remove(Group.objects.get(name=role("marketing").name))
    assert AccessRightsChange.objects.filter(staff=staff, kind="revoke").count() == 1
    Group.objects.get(name=role("cpo").name).user_set.add(staff)  # from the group's side
    assert AccessRightsChange.objects.get(staff=staff, kind="grant", role="cpo").by is None


@pytest.mark.django_db
def test_l3_1_leaving_staff_account_is_disabled_with_every_role_revoked(client):
    cpo = create_staff("cpo")
    leaving = create_staff("cs_agent", "marketing")
    otp_session(client, cpo)
    url = f"/admin/backoffice/staffprofile/{leaving.staff_profile.pk}/disable/"
    assert client.post(url, {"reason": "퇴직(2026-11-30)"}).status_code == 302
    leaving = Member.objects.get(pk=leaving.pk)
    assert not leaving.is_active and roles_of(leaving) == []
    assert StaffProfile.objects.get(member=leaving).disabled_at is not None
    kinds = [k for k, *_ in history(leaving)]
    assert kinds.count("revoke") == 2 and kinds[-1] == "account_disabled"
    reset = f"/admin/backoffice/staffprofile/{cpo.staff_profile.pk}/reset-otp/"
    assert client.post(reset, {"reason": "휴대전화 분실"}).status_code == 302
    assert AccessRightsChange.objects.filter(staff=cpo, kind="otp_reset").exists()


@pytest.mark.django_db
def test_l3_1_rights_history_is_kept_three_years():
    rule = inventory.rules["access_rights_history"]
    assert rule.period.years == 3 and "제5조" in rule.citation
    now = timezone.now()
    old = create_staff("cs_agent")
    recent = create_staff("cs_agent")
    with connection.cursor() as cursor:  # recorded three years ago (the model never updates)
        cursor.execute(f"UPDATE {AccessRightsChange._meta.db_table} SET at = %s "
                       "WHERE staff_id = %s", [now - datetime.timedelta(days=3 * 366), old.pk])
    run = retention.sweep(now=now)
    assert not AccessRightsChange.objects.filter(staff=old).exists()
    assert AccessRightsChange.objects.filter(staff=recent).count() == 2
    assert run.records.get(rule="access_rights_history").count == 2
