"""Log-in, password reset, My Page and automatic collection through the test client
(L3.1, P1.2, P8.1, P8.2, L1.2, P12.1)."""

from __future__ import annotations

import datetime
import json
import re
from datetime import timedelta

import pytest
from django.conf import settings
from django.utils import timezone

from marquee.members.models import AccessRecord, Member
from marquee.privacy.inventory import inventory
from marquee.privacy.models import ConsentRecord
from tests.conftest import make_identity, sign_up
from tests.members.test_views_signup import assert_error, page, row_counts

LOGIN = "/members/login/"
MYPAGE = "/members/mypage/"
EDIT = "/members/mypage/edit/"
CONSENTS = "/members/mypage/consents/"
DOWNLOAD = "/members/mypage/download.json"
RESET = "/members/password-reset/"
PASSWORD = "Cinema!Seat2024"

SAMSUNG_CHROME = ("Mozilla/5.0 (Linux; Android 14; SM-S918N) AppleWebKit/537.36 "
                  "(KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36")


def logged_in(client) -> bool:
    return "_auth_user_id" in client.session


def reset_path(message) -> str:
    match = re.search(r"(/members/password-reset/[^/\s]+/[^/\s]+/)", message.body)
    assert match, message.body
    return match.group(1)


# --- log-in ------------------------------------------------------------------------------


@pytest.mark.django_db
def test_login_with_the_right_password_goes_to_my_page(client, member):
    response = client.post(LOGIN, {"login_id": "gildong90", "password": PASSWORD})
    assert response.status_code == 302 and response["Location"] == MYPAGE
    assert client.session["_auth_user_id"] == str(member.pk)


@pytest.mark.django_db
@pytest.mark.parametrize(("login_id", "password"), [
    ("gildong90", "Wrong!Seat2024"),
    ("nobody123", PASSWORD),
])
def test_login_with_wrong_password_or_unknown_id_gets_the_same_korean_error(
        client, member, login_id, password):
    before = row_counts()
    response = client.post(LOGIN, {"login_id": login_id, "password": password})
    assert_error(response, "아이디 또는 비밀번호가 올바르지 않습니다.")
    assert not logged_in(client)
    assert row_counts() == before


@pytest.mark.django_db
def test_login_with_empty_fields_gets_a_korean_required_error(client):
    response = client.post(LOGIN, {"login_id": "", "password": ""})
    assert_error(response, "필수 항목입니다.")
    assert not logged_in(client)


@pytest.mark.django_db
def test_login_does_not_redirect_off_site(client, member):
    response = client.post(LOGIN + "?next=https://evil.example/",
                           {"login_id": "gildong90", "password": PASSWORD})
    assert response["Location"] == MYPAGE


@pytest.mark.django_db
def test_l3_1_login_locks_after_max_failures_even_for_the_right_password(client, member):
    for _ in range(settings.MARQUEE_LOGIN_MAX_FAILURES):
        response = client.post(LOGIN, {"login_id": "gildong90", "password": "Wrong!Seat2024"})
        assert_error(response, "아이디 또는 비밀번호가 올바르지 않습니다.")
    member.refresh_from_db()
    assert member.is_locked

    response = client.post(LOGIN, {"login_id": "gildong90", "password": PASSWORD})
    assert_error(response, "로그인 실패가 반복되어 계정이 잠시 잠겼습니다. "
                           f"{settings.MARQUEE_LOGIN_LOCKOUT_MINUTES}분 후 다시 시도하세요.")
    assert not logged_in(client)

    # The lockout time passes.
    Member.objects.filter(pk=member.pk).update(locked_until=timezone.now() - timedelta(seconds=1))
    response = client.post(LOGIN, {"login_id": "gildong90", "password": PASSWORD})
    assert response.status_code == 302 and logged_in(client)


# --- password reset ---------------------------------------------------------------------


def without_nonce(response) -> bytes:
    """The page with its per-response CSP nonce blanked out, where the page uses one (pages
    whose styles and scripts are static files carry none: issue 19)."""
    nonce = re.search(r"'nonce-([\w-]+)'", response["Content-Security-Policy"]).group(1)
    return response.content.replace(nonce.encode(), b"NONCE")


@pytest.mark.django_db
def test_password_reset_with_unknown_id_answers_exactly_like_a_known_one(client, member, outbox):
    unknown = client.post(RESET, {"login_id": "nobody123", "mobile": "010-1234-5678"})
    wrong_mobile = client.post(RESET, {"login_id": "gildong90", "mobile": "010-9999-8888"})
    assert outbox("password_reset") == []
    known = client.post(RESET, {"login_id": "gildong90", "mobile": "010-1234-5678"})
    assert len(outbox("password_reset")) == 1
    assert unknown.status_code == wrong_mobile.status_code == known.status_code == 200
    # Equal byte for byte, but for the per-response CSP nonce (P12.13).
    assert without_nonce(unknown) == without_nonce(wrong_mobile) == without_nonce(known)


@pytest.mark.django_db
def test_password_reset_request_with_a_landline_gets_a_korean_error(client, member, outbox):
    before = row_counts()
    response = client.post(RESET, {"login_id": "gildong90", "mobile": "02-312-3456"})
    assert_error(response, "휴대전화번호 형식이 올바르지 않습니다.")
    assert row_counts() == before


@pytest.mark.django_db
@pytest.mark.parametrize("path", [
    "/members/password-reset/MQ/not-a-token/",
    "/members/password-reset/!!!/abc-def/",
    "/members/password-reset/OTk5OTk/abc-def/",
])
def test_password_reset_confirm_with_a_bad_link_is_a_400(client, member, path):
    before = row_counts()
    assert client.get(path).status_code == 400
    response = client.post(path, {"new_password1": "New!Cinema2025",
                                  "new_password2": "New!Cinema2025"})
    assert response.status_code == 400
    assert "링크가 유효하지 않거나 만료되었습니다." in page(response)
    assert row_counts() == before
    member.refresh_from_db()
    assert member.check_password(PASSWORD)


@pytest.mark.django_db
def test_password_reset_link_sets_a_new_password_once(client, member, outbox):
    client.post(RESET, {"login_id": "gildong90", "mobile": "01012345678"})
    [sms] = outbox("password_reset")
    assert sms.recipient == "010-1234-5678"
    path = reset_path(sms)
    assert client.get(path).status_code == 200

    weak = client.post(path, {"new_password1": "short", "new_password2": "short"})
    assert_error(weak, "최소 10자 이상이어야 합니다.")
    response = client.post(path, {"new_password1": "New!Cinema2025",
                                  "new_password2": "New!Cinema2025"})
    assert response.status_code == 302 and response["Location"] == LOGIN
    member.refresh_from_db()
    assert member.check_password("New!Cinema2025") and member.password.startswith("argon2")
    # The link is spent once the password changed.
    assert client.get(path).status_code == 400
    login = client.post(LOGIN, {"login_id": "gildong90", "password": "New!Cinema2025"})
    assert login.status_code == 302 and logged_in(client)


# --- My Page -------------------------------------------------------------------------------


def profile_post(**overrides) -> dict[str, str]:
    data = {"email": "gildong@example.com", "pen_name": "영화광", "landline": "02-312-3456"}
    data.update(overrides)
    return data


@pytest.mark.django_db
def test_my_page_needs_login(client):
    for path in (MYPAGE, EDIT, CONSENTS, DOWNLOAD):
        response = client.get(path)
        assert response.status_code == 302 and response["Location"].startswith(LOGIN)


@pytest.mark.django_db
@pytest.mark.parametrize(("overrides", "message"), [
    pytest.param({"email": "gildong@"}, "이메일 주소 형식이 올바르지 않습니다.", id="email"),
    pytest.param({"pen_name": "900101-1234567"}, "주민등록번호는 입력할 수 없습니다.",
                 id="rrn"),
    pytest.param({"landline": "02-12"}, "전화번호 형식이 올바르지 않습니다.", id="landline"),
])
def test_p8_2_my_page_edit_with_bad_input_gets_a_korean_error_and_changes_nothing(
        client, member, overrides, message):
    client.force_login(member)
    before = row_counts()
    response = client.post(EDIT, profile_post(**overrides))
    assert_error(response, message)
    assert row_counts() == before
    fresh = Member.objects.get(pk=member.pk)
    assert (fresh.email, fresh.pen_name, fresh.landline) == (
        "gildong@example.com", "영화광", "02-312-3456")


@pytest.mark.django_db
def test_p8_2_verified_items_cannot_be_changed_through_my_page_edit(client, member):
    client.force_login(member)
    response = client.post(EDIT, profile_post(
        email="new@example.com", name="김도둑", birthdate="2001-01-01", gender="female",
        mobile="010-9999-8888", mobile_carrier="KT", nationality="foreign", ci="x", di="y",
        login_id="thief123", status="withdrawn", is_staff="on"))
    assert response.status_code == 302
    fresh = Member.objects.get(pk=member.pk)
    assert fresh.email == "new@example.com"  # the correctable item changed
    assert (fresh.name, fresh.birthdate, fresh.gender, fresh.mobile, fresh.mobile_carrier,
            fresh.login_id) == (
        "홍길동", datetime.date(1990, 5, 17), "male", "010-1234-5678", "SKT", "gildong90")
    assert (fresh.ci, fresh.di) == (member.ci, member.di)
    assert (fresh.status, fresh.is_staff) == (Member.Status.ACTIVE, False)
    # The edit page does not even offer them.
    names = set(re.findall(r'name="([^"]+)"', client.get(EDIT).content.decode()))
    assert names.isdisjoint({"name", "birthdate", "gender", "mobile"})


@pytest.mark.django_db
def test_l1_4_my_page_edit_ignores_optional_items_without_their_consent(client):
    member = sign_up(answers={"terms": True})
    client.force_login(member)
    response = client.post(EDIT, profile_post(pen_name="영화광", landline="02-312-3456"))
    assert response.status_code == 302
    fresh = Member.objects.get(pk=member.pk)
    assert (fresh.pen_name, fresh.landline) == ("", "")


@pytest.mark.django_db
def test_p8_1_my_data_download_is_json_with_every_item_and_the_consent_history(client, member):
    client.force_login(member)
    client.get(MYPAGE, REMOTE_ADDR="203.0.113.7")
    response = client.get(DOWNLOAD)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)

    member_items = {key for key, item in inventory.items.items()
                    if any(f.startswith("members.Member.") for f in item.fields)}
    assert {item["key"] for item in data["items"]} == member_items
    values = {k: v for item in data["items"] for k, v in item["values"].items()}
    assert values["name"] == "홍길동" and values["birthdate"] == "1990-05-17"
    assert values["login_id"] == "gildong90" and values["mobile"] == "010-1234-5678"
    assert values["email"] == "gildong@example.com" and values["pen_name"] == "영화광"
    assert values["landline"] == "02-312-3456" and values["ci"] == member.ci
    assert not values["password"].startswith("argon2")  # not even the hash is handed out
    assert all(item["purposes"] and item["retention"] for item in data["items"])

    assert len(data["consent_history"]) == ConsentRecord.objects.filter(member=member).count()
    assert len(data["consent_history"]) == len(inventory.consents)
    assert data["consents"]["terms"] is True and data["consents"]["marketing_night"] is False
    [access] = data["access_records"]  # P1.2 records are part of the view too
    assert (access["path"], access["ip"]) == (MYPAGE, "203.0.113.7")


@pytest.mark.django_db
def test_p8_1_my_page_shows_the_data(client, member):
    client.force_login(member)
    response = client.get(MYPAGE)
    assert response.status_code == 200
    assert "홍길동" in page(response) and "gildong@example.com" in page(response)


@pytest.mark.django_db
def test_l1_2_consent_change_on_my_page_records_it_and_confirms_once(client, member, outbox):
    client.force_login(member)
    before = len(outbox("consent_confirmation"))
    response = client.post(CONSENTS, {"optional_profile": "on", "marketing_sms": "on",
                                      "marketing_push": "on"})  # e-mail withdrawn
    assert response.status_code == 302
    new = outbox("consent_confirmation")[before:]
    assert len(new) == 1
    assert "광고성 정보 이메일 수신 동의: 거부(철회)" in new[0].body
    latest = ConsentRecord.objects.filter(member=member, text__key="marketing_email").first()
    assert latest.agreed is False

    # Saving the same answers again changes nothing and sends nothing.
    client.post(CONSENTS, {"optional_profile": "on", "marketing_sms": "on",
                           "marketing_push": "on"})
    assert len(outbox("consent_confirmation")) == before + 1


# --- automatic collection (P1.2) ----------------------------------------------------------


@pytest.mark.django_db
def test_p1_2_a_members_request_records_ip_os_browser_device_and_carrier(client, member):
    client.force_login(member)
    response = client.get(MYPAGE, HTTP_USER_AGENT=SAMSUNG_CHROME, HTTP_X_MARQUEE_CARRIER="SKT",
                          REMOTE_ADDR="203.0.113.7")
    assert response.status_code == 200
    [record] = AccessRecord.objects.filter(member=member)
    assert record.ip == "203.0.113.7"
    assert record.path == MYPAGE and record.method == "GET"
    assert record.os == "Android 14"
    assert record.browser == "Chrome Mobile 124"
    assert record.device == "Samsung SM-S918N"
    assert record.carrier == "SKT"


@pytest.mark.django_db
def test_p1_2_anonymous_requests_record_nothing(client, member):
    for path in ("/", LOGIN, "/members/signup/"):
        client.get(path, HTTP_USER_AGENT=SAMSUNG_CHROME, HTTP_X_MARQUEE_CARRIER="SKT")
    client.post(LOGIN, {"login_id": "gildong90", "password": "Wrong!Seat2024"},
                HTTP_USER_AGENT=SAMSUNG_CHROME)
    assert AccessRecord.objects.count() == 0


@pytest.mark.django_db
def test_p1_2_access_records_are_sealed_under_the_members_key(client, member):
    client.force_login(member)
    client.get(MYPAGE, REMOTE_ADDR="198.51.100.23")
    raw = AccessRecord.objects.values_list("ip", flat=True).get()
    assert "198.51.100.23" not in raw


@pytest.mark.django_db
def test_l1_3_a_child_waiting_for_the_guardian_cannot_log_in(client):
    from tests.conftest import years_ago

    sign_up(identity=make_identity(name="홍아들", birthdate=years_ago(10),
                                   mobile="010-3333-4444"),
            login_id="gildongkid", guardian_name="홍길동", guardian_mobile="010-1234-5678")
    response = client.post(LOGIN, {"login_id": "gildongkid", "password": PASSWORD})
    assert response.status_code == 200
    assert not logged_in(client)


@pytest.mark.django_db
def test_password_reset_link_expires_after_the_one_hour_it_promises(
        client, member, outbox, monkeypatch):
    from django.contrib.auth.tokens import default_token_generator

    client.post(RESET, {"login_id": "gildong90", "mobile": "010-1234-5678"})
    [sms] = outbox("password_reset")
    assert "1시간" in sms.body
    later = datetime.datetime.now() + timedelta(hours=2)
    monkeypatch.setattr(default_token_generator, "_now", lambda: later)
    assert client.get(reset_path(sms)).status_code == 400


@pytest.mark.django_db
def test_l3_1_the_right_password_of_a_pending_child_is_not_a_failed_login(client):
    from tests.conftest import years_ago

    child = sign_up(identity=make_identity(name="홍아들", birthdate=years_ago(10),
                                           mobile="010-3333-4444"),
                    login_id="gildongkid", guardian_name="홍길동",
                    guardian_mobile="010-1234-5678")
    for _ in range(settings.MARQUEE_LOGIN_MAX_FAILURES):
        client.post(LOGIN, {"login_id": "gildongkid", "password": PASSWORD})
    fresh = Member.objects.get(pk=child.pk)
    assert not fresh.is_locked and fresh.failed_logins == 0


@pytest.mark.django_db
def test_p8_1_my_data_download_includes_the_messages_sent_to_the_member(client, member, outbox):
    [confirmation] = outbox("consent_confirmation")
    assert "수신 동의 처리 결과 안내" in confirmation.body
    client.force_login(member)
    body = client.get(DOWNLOAD).content.decode()
    assert "수신 동의 처리 결과 안내" in body


@pytest.mark.django_db
def test_p8_1_my_data_download_includes_every_access_record(client, member):
    for i in range(101):
        AccessRecord(member=member, ip=f"203.0.113.{i % 250}", path="/", method="GET").save()
    client.force_login(member)
    data = json.loads(client.get(DOWNLOAD).content)
    assert len(data["access_records"]) == AccessRecord.objects.filter(member=member).count() - 1


# --- re-verification through the pages (P8.2) ------------------------------------------------


@pytest.mark.django_db
def test_p8_2_reverification_through_the_pages_updates_the_mobile(client, member):
    from tests.members.test_views_signup import verify

    client.force_login(member)
    response = verify(client, "reverify", mobile="010-9876-5432", carrier="KT")
    assert response["Location"] == "/members/mypage/reverify/complete/"
    response = client.get(response["Location"], follow=True)
    assert "본인확인 정보가 갱신되었습니다." in page(response)
    fresh = Member.objects.get(pk=member.pk)
    assert (fresh.name, fresh.mobile, fresh.mobile_carrier) == ("홍길동", "010-9876-5432", "KT")


@pytest.mark.django_db
def test_p8_2_reverification_by_another_person_through_the_pages_is_refused(client, member):
    from tests.members.test_views_signup import verify

    client.force_login(member)
    response = verify(client, "reverify", name="김철수", mobile="010-5555-6666")
    response = client.get(response["Location"], follow=True)
    assert "회원 본인의 본인확인 결과가 아닙니다." in page(response)
    fresh = Member.objects.get(pk=member.pk)
    assert (fresh.name, fresh.mobile) == ("홍길동", "010-1234-5678")


@pytest.mark.django_db
def test_l1_3_a_bad_guardian_link_is_a_404_with_a_korean_reason(client):
    before = row_counts()
    for path in ("/members/guardian/not-a-token/", "/members/guardian/not-a-token/consent/"):
        response = client.get(path)
        assert_error(response, "동의 요청 링크가 유효하지 않거나 만료되었습니다.", status=404)
    assert row_counts() == before
