"""Staff authentication (L3.2, L3.1) and pledges (P12.4): password then TOTP before any
back-office page, enrolment at first log-in, lockout, idle timeout, one account per
person, and no personal data without a current security pledge."""

from __future__ import annotations

import time

import pytest

from marquee.backoffice import pledges, services
from marquee.backoffice.middleware import SESSION_KEY
from marquee.backoffice.models import PledgeRecord, SealedTOTPDevice
from marquee.members.models import Member

from .conftest import STAFF_PASSWORD, create_staff, current_token, otp_session


def password_step(client, login_id, password=STAFF_PASSWORD, next_url="/admin/"):
    return client.post(f"/admin/login/?next={next_url}", {"login_id": login_id,
                                                          "password": password})


@pytest.mark.django_db
def test_l3_2_no_back_office_page_before_the_totp_code(client, demo_members):
    staff = create_staff("cs_agent", login_id="cs_lee")
    fan = demo_members["moviefan"]
    target = f"/admin/members/member/{fan.pk}/change/"
    first = client.get(target)
    assert first.status_code == 302 and first["Location"].startswith("/admin/login/")
    step1 = password_step(client, "cs_lee", next_url=target)
    assert step1.status_code == 302 and step1["Location"].startswith("/admin/otp/")
    # Password alone: still no page, and no personal data.
    for url in (target, "/admin/", "/admin/members/member/"):
        response = client.get(url)
        assert response.status_code == 302, url
    otp_page = client.get(step1["Location"])
    assert "인증 코드" in otp_page.content.decode() and "otp-qr" not in otp_page.content.decode()
    device = SealedTOTPDevice.objects.get(user=staff)
    wrong = client.post(step1["Location"], {"token": "000000" if current_token(device) != "000000"
                                            else "111111"})
    assert wrong.status_code == 200 and "올바르지 않습니다" in wrong.content.decode()
    device.refresh_from_db()
    SealedTOTPDevice.objects.filter(pk=device.pk).update(throttling_failure_count=0,
                                                   throttling_failure_timestamp=None)
    device.refresh_from_db()
    ok = client.post(step1["Location"], {"token": current_token(device)})
    assert ok.status_code == 302 and ok["Location"] == target
    assert client.get(target).status_code == 200
    assert Member.objects.get(pk=staff.pk).failed_logins == 0


@pytest.mark.django_db
def test_l3_2_first_log_in_enrols_a_totp_device_with_a_qr_code(client):
    staff = create_staff("cs_agent", login_id="cs_new", otp=False)
    step1 = password_step(client, "cs_new")
    page = client.get(step1["Location"]).content.decode()
    assert "otp-qr" in page and "<svg" in page and "otp-secret" in page
    device = SealedTOTPDevice.objects.get(user=staff)
    assert not device.confirmed
    assert client.get("/admin/").status_code == 302  # not before the device is confirmed
    assert client.post(step1["Location"], {"token": current_token(device)}).status_code == 302
    device.refresh_from_db()
    assert device.confirmed and client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_l3_1_repeated_failures_lock_the_account(client, settings):
    settings.MARQUEE_LOGIN_MAX_FAILURES = 3
    create_staff("cs_agent", login_id="cs_lock")
    for _ in range(3):
        assert password_step(client, "cs_lock", "wrong-password").status_code == 200
    locked = password_step(client, "cs_lock")
    assert locked.status_code == 200 and "잠겼습니다" in locked.content.decode()
    assert client.get("/admin/").status_code == 302


@pytest.mark.django_db
def test_l3_1_wrong_totp_codes_count_towards_the_lockout(client, settings):
    settings.MARQUEE_LOGIN_MAX_FAILURES = 2
    staff = create_staff("cs_agent", login_id="cs_otp")
    step1 = password_step(client, "cs_otp")
    device = SealedTOTPDevice.objects.get(user=staff)
    bad = "123456" if current_token(device) != "123456" else "654321"
    client.post(step1["Location"], {"token": bad})
    locked = client.post(step1["Location"], {"token": bad})
    assert locked.status_code == 302 and locked["Location"] == "/admin/login/"
    assert Member.objects.get(pk=staff.pk).is_locked
    assert "잠겼습니다" in password_step(client, "cs_otp").content.decode()


@pytest.mark.django_db
def test_l3_1_members_and_unprovisioned_staff_cannot_use_the_back_office(client, member):
    refused = client.post("/admin/login/", {"login_id": "gildong90", "password": "Cinema!Seat2024"})
    assert refused.status_code == 200 and "직원 계정이 아닙니다" in refused.content.decode()
    # is_staff without a personal staff account (profile): refused too.
    loose = Member.objects.create_staff("shared_ops", STAFF_PASSWORD, "공용", "ops@marquee.test")
    client.force_login(loose)
    assert client.get("/admin/").status_code == 302
    again = password_step(client, "shared_ops")
    assert again.status_code == 200 and "직원 계정이 아닙니다" in again.content.decode()


@pytest.mark.django_db
def test_l3_1_one_account_per_person():
    create_staff("cs_agent", login_id="cs_kim")
    profile = Member.objects.find(login_id="cs_kim").get().staff_profile
    with pytest.raises(services.StaffError, match="1인 1계정"):
        services.create_staff_account(login_id="cs_kim2", password=STAFF_PASSWORD, name="김",
                                      email="other@marquee.test",
                                      employee_number=profile.employee_number, reason="두 번째 계정")
    with pytest.raises(services.StaffError, match="1인 1계정"):
        services.create_staff_account(login_id="cs_kim3", password=STAFF_PASSWORD, name="김",
                                      email="cs_kim@marquee.test", employee_number="X-1",
                                      reason="두 번째 계정")


@pytest.mark.django_db
def test_l3_2_idle_staff_sessions_time_out(client, settings, demo_members):
    settings.MARQUEE_STAFF_IDLE_MINUTES = 30
    otp_session(client, create_staff("cs_agent"))
    assert client.get("/admin/members/member/").status_code == 200
    session = client.session
    session[SESSION_KEY] = time.time() - 29 * 60
    session.save()
    assert client.get("/admin/members/member/").status_code == 200  # activity resets the clock
    session = client.session
    session[SESSION_KEY] = time.time() - 31 * 60
    session.save()
    response = client.get("/admin/members/member/")
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")
    assert "_auth_user_id" not in client.session
    # Members are not timed out by this rule.
    client.force_login(demo_members["moviefan"])
    session = client.session
    session[SESSION_KEY] = time.time() - 31 * 60
    session.save()
    assert client.get("/members/mypage/").status_code == 200


@pytest.mark.django_db
def test_p12_4_no_current_pledge_no_personal_data(client, monkeypatch, demo_members):
    staff = create_staff("cs_agent", pledge=False)
    otp_session(client, staff)
    fan = demo_members["moviefan"]
    for url in ("/admin/members/member/", f"/admin/members/member/{fan.pk}/change/",
                f"/admin/members/member/{fan.pk}/reveal/mobile/"):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith(
            "/admin/pledge/"), url
    assert "pledge-missing" in client.get("/admin/").content.decode()
    page = client.get("/admin/pledge/?next=/admin/members/member/")
    assert pledges.PLEDGE_TEXT.splitlines()[0] in page.content.decode()
    assert client.post("/admin/pledge/?next=/admin/members/member/", {}).status_code == 200
    signed = client.post("/admin/pledge/?next=/admin/members/member/", {"agree": "on"})
    assert signed["Location"] == "/admin/members/member/"
    record = PledgeRecord.objects.get(staff=staff, kind="pledge")
    assert record.version == pledges.PLEDGE_VERSION
    assert client.get("/admin/members/member/").status_code == 200
    # A new pledge text: everyone signs again before opening personal data.
    monkeypatch.setattr(pledges, "PLEDGE_VERSION", "2027.1")
    assert client.get("/admin/members/member/").status_code == 302


@pytest.mark.django_db
def test_p12_4_roles_without_personal_data_need_no_pledge(client):
    otp_session(client, create_staff("cinema_manager", pledge=False))
    assert client.get("/admin/booking/movie/").status_code == 200


@pytest.mark.django_db
def test_p12_4_training_is_recorded_per_staff_member_and_version(client):
    cpo = create_staff("cpo")
    cs = create_staff("cs_agent")
    assert not services.has_current_training(cs)
    otp_session(client, cpo)
    done = client.post("/admin/backoffice/pledgerecord/add/", {
        "staff": cs.staff_profile.pk, "version": pledges.TRAINING_VERSION, "note": "집합 교육"})
    assert done.status_code == 302
    record = PledgeRecord.objects.get(staff=cs, kind="training")
    assert (record.version, record.recorded_by) == (pledges.TRAINING_VERSION, cpo)
    assert services.has_current_training(cs)
    otp_session(client, create_staff("cs_agent"))
    assert client.get("/admin/backoffice/pledgerecord/add/").status_code == 403


# --- P1.6: the TOTP secret (an authentication item) is sealed at rest ---------------------


def _raw_key(device) -> str:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(f"SELECT key FROM {SealedTOTPDevice._meta.db_table} WHERE id = %s",
                       [device.pk])
        return cursor.fetchone()[0]


@pytest.mark.django_db
def test_p1_6_the_totp_secret_is_sealed_and_a_token_verifies_only_once():
    staff = create_staff("cs_agent", login_id="cs_sealed")
    device = SealedTOTPDevice.objects.get(user=staff)
    secret = device.key
    assert len(secret) == 40 and int(secret, 16) >= 0  # 20 random bytes, as TOTPDevice
    stored = _raw_key(device)
    assert stored.startswith("v1.") and secret not in stored and secret.upper() not in stored
    assert device.data_key.scope == "staff-otp"
    fresh = SealedTOTPDevice.objects.get(pk=device.pk)  # opened from the database
    assert fresh.key == secret
    token = current_token(fresh)
    assert fresh.verify_token(token)
    assert not SealedTOTPDevice.objects.get(pk=device.pk).verify_token(token)  # no replay
    assert _raw_key(device) == stored  # verifying rewrites the row, not the sealed secret


@pytest.mark.django_db
def test_p1_6_the_totp_secret_goes_with_an_otp_reset_and_the_account_disabled():
    cpo = create_staff("cpo", login_id="cpo_otp")
    for reset in (True, False):
        staff = create_staff("cs_agent")
        key = SealedTOTPDevice.objects.get(user=staff).data_key
        if reset:
            assert services.reset_otp(staff, by=cpo, reason="휴대전화 분실로 재등록") == 1
        else:
            services.disable_account(staff, by=cpo, reason="퇴사에 따른 계정 말소")
        assert not SealedTOTPDevice.objects.filter(user=staff).exists()
        key.refresh_from_db()
        assert key.destroyed  # crypto-shredded: copies in backups cannot be opened
