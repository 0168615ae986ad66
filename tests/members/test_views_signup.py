"""Signup and identity-verification pages: bad input gets a clear Korean error and
writes nothing (L1.1, L1.3, L1.4, L2.1, P8.2, P12.1).

The helpers at the top drive the multi-step signup through the Django test client
(consents -> sandbox carrier window -> identity callback -> details); the other
``test_views_*`` modules import them.
"""

from __future__ import annotations

import datetime
import html
import re
import time
from unittest import mock

import pytest
from django.core import signing

from marquee.members.identity import sandbox
from marquee.members.models import GuardianConsent, IdentityVerification, Member
from marquee.outbox.models import Message
from marquee.privacy.models import ConsentRecord, DataKey
from tests.conftest import at_run, kst_today, years_ago

SIGNUP = "/members/signup/"
VERIFY = "/members/signup/verify/"
DETAILS = "/members/signup/details/"
CALLBACK = "/members/identity/callback/"
SANDBOX = "/members/identity/sandbox/"


def sandbox_url(purpose: str = "signup", return_url: str = CALLBACK) -> str:
    return f"{SANDBOX}?purpose={purpose}&return={return_url}"


COUNTED = (Member, ConsentRecord, IdentityVerification, GuardianConsent, Message, DataKey)


def row_counts() -> dict[str, int]:
    """Rows of everything a signup step could write, live data keys included."""
    counts = {model.__name__: model.objects.count() for model in COUNTED}
    counts["DataKey(live)"] = DataKey.objects.live().count()
    return counts


def page(response) -> str:
    return html.unescape(response.content.decode())


def assert_error(response, message: str, *, status: int = 200) -> None:
    """A re-rendered page (never a 500) that shows ``message`` to the person."""
    assert response.status_code == status, response.status_code
    assert message in page(response)


def form_codes(response) -> set[str]:
    form = response.context["form"]
    return {error.code for errors in form.errors.as_data().values() for error in errors}


def consent_post(answers: dict[str, bool]) -> dict[str, str]:
    """What the browser sends for the consent checkboxes (unticked boxes are absent)."""
    return {key: "on" for key, agreed in answers.items() if agreed}


FORM_ALL_YES = {"terms": True, "optional_profile": True, "marketing_sms": True,
                "marketing_email": True, "marketing_push": True}


def identity_post(**overrides) -> dict[str, str]:
    data = {"carrier": "SKT", "name": "홍길동", "birthdate": "1990-05-17", "gender": "male",
            "is_foreigner": "0", "mobile": "010-1234-5678"}
    data.update(overrides)
    return data


def sandbox_token(client, purpose: str = "signup", **identity) -> str:
    """Fill in the sandbox carrier window; return the verification ID it hands back."""
    response = client.post(sandbox_url(purpose), identity_post(**identity))
    assert response.status_code == 200
    match = re.search(r'name="identity_verification_id" value="([^"]+)"', response.content.decode())
    assert match, "the sandbox return page carries the verification ID"
    return html.unescape(match.group(1))


def verify(client, purpose: str = "signup", **identity):
    """The whole verification: sandbox window, then the callback. Returns its response."""
    token = sandbox_token(client, purpose, **identity)
    return client.post(CALLBACK, {"purpose": purpose, "identity_verification_id": token})


def start_signup(client, answers=None, **identity) -> None:
    """Consents and identity verification done; the details form is next."""
    response = client.post(SIGNUP, consent_post(answers or FORM_ALL_YES))
    assert response.status_code == 302 and response["Location"] == VERIFY
    response = verify(client, "signup", **identity)
    assert response.status_code == 302 and response["Location"] == DETAILS


def details_post(**overrides) -> dict[str, str]:
    data = {"login_id": "gildong90", "password1": "Cinema!Seat2024",
            "password2": "Cinema!Seat2024", "email": "gildong@example.com"}
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def sign_up_via_pages(client, answers=None, identity=None, **details) -> Member:
    start_signup(client, answers, **(identity or {}))
    response = client.post(DETAILS, details_post(**details))
    assert response.status_code == 302, page(response)
    return Member.objects.find(login_id=details.get("login_id", "gildong90")).get()


# --- the happy path the error tests deviate from ------------------------------------


@pytest.mark.django_db
def test_p1_1_signup_through_the_pages_takes_verified_items_from_the_verification(client):
    member = sign_up_via_pages(client, pen_name="영화광", landline="02-312-3456")
    assert (member.name, member.birthdate, member.gender, member.mobile) == (
        "홍길동", datetime.date(1990, 5, 17), "male", "010-1234-5678")
    assert member.status == Member.Status.ACTIVE and member.is_active
    assert (member.pen_name, member.landline) == ("영화광", "02-312-3456")
    assert member.password.startswith("argon2")
    # The verification result has served its purpose: row gone, key shredded.
    assert IdentityVerification.objects.count() == 0
    assert DataKey.objects.filter(scope="identity-verification", destroyed_at__isnull=True
                                  ).count() == 0
    assert client.session["_auth_user_id"] == str(member.pk)


@pytest.mark.django_db
def test_l1_4_optional_items_refused_on_the_consent_page_are_neither_asked_nor_stored(client):
    start_signup(client, answers={"terms": True})
    form_page = client.get(DETAILS)
    assert 'name="pen_name"' not in form_page.content.decode()
    assert 'name="landline"' not in form_page.content.decode()
    response = client.post(DETAILS, details_post(pen_name="영화광", landline="02-312-3456"))
    assert response.status_code == 302
    member = Member.objects.get()
    assert (member.pen_name, member.landline) == ("", "")


# --- 1/3 consent page -----------------------------------------------------------------


@pytest.mark.django_db
def test_l1_1_consent_page_without_terms_is_refused_in_korean_and_stores_nothing(client):
    before = row_counts()
    answers = {k: v for k, v in FORM_ALL_YES.items() if k != "terms"}
    response = client.post(SIGNUP, consent_post(answers))
    assert_error(response, "'마키시네마 이용약관 동의'에 동의해야 가입할 수 있습니다.")
    assert "signup_consents" not in client.session
    assert row_counts() == before
    # The verification step is not reachable without the terms.
    assert client.get(VERIFY)["Location"] == SIGNUP


@pytest.mark.django_db
def test_l1_4_consent_page_with_only_the_terms_goes_on_to_verification(client):
    response = client.post(SIGNUP, consent_post({"terms": True}))
    assert response.status_code == 302 and response["Location"] == VERIFY
    assert client.session["signup_consents"]["terms"] is True
    assert not any(v for k, v in client.session["signup_consents"].items() if k != "terms")


# --- 3/3 details form -----------------------------------------------------------------


DETAIL_ERRORS = [
    pytest.param({"login_id": "1movie"}, "login_id",
                 "아이디는 영문 소문자로 시작하는 4~20자의 영문 소문자, 숫자, _ 조합이어야 합니다.",
                 id="login-id-digit-start"),
    pytest.param({"login_id": "_movie"}, "login_id",
                 "아이디는 영문 소문자로 시작하는 4~20자의 영문 소문자, 숫자, _ 조합이어야 합니다.",
                 id="login-id-underscore-start"),
    pytest.param({"login_id": "abc"}, "login_id",
                 "아이디는 영문 소문자로 시작하는 4~20자의 영문 소문자, 숫자, _ 조합이어야 합니다.",
                 id="login-id-too-short"),
    pytest.param({"login_id": "gil-dong"}, "login_id",
                 "아이디는 영문 소문자로 시작하는 4~20자의 영문 소문자, 숫자, _ 조합이어야 합니다.",
                 id="login-id-bad-character"),
    pytest.param({"login_id": "홍길동아이디"}, "login_id",
                 "아이디는 영문 소문자로 시작하는 4~20자의 영문 소문자, 숫자, _ 조합이어야 합니다.",
                 id="login-id-hangul"),
    pytest.param({"password2": "Cinema!Seat2025"}, "password_mismatch",
                 "비밀번호가 일치하지 않습니다.", id="password-mismatch"),
    pytest.param({"password1": "Ab1!x", "password2": "Ab1!x"}, "password_too_short",
                 "최소 10자 이상이어야 합니다.", id="password-too-short"),
    pytest.param({"password1": "Password123", "password2": "Password123"},
                 "password_too_common", "너무 흔히 사용되는 비밀번호입니다.", id="password-common"),
    pytest.param({"password1": "8302917465019", "password2": "8302917465019"},
                 "password_entirely_numeric", "비밀번호가 전부 숫자로 되어 있습니다.",
                 id="password-numeric"),
    pytest.param({"password1": "cinemaseatnumber", "password2": "cinemaseatnumber"},
                 "password_too_simple",
                 "비밀번호는 영문 대문자, 영문 소문자, 숫자, 특수문자 중 3종류 이상을 포함해야 합니다.",
                 id="password-one-character-class"),
    pytest.param({"password1": "gildong90!A", "password2": "gildong90!A"},
                 "password_too_similar", "너무 유사합니다.", id="password-like-login-id"),
    pytest.param({"email": "gildong@"}, "email", "이메일 주소 형식이 올바르지 않습니다.",
                 id="email-bad"),
    pytest.param({"email": "길동 at example"}, "email", "이메일 주소 형식이 올바르지 않습니다.",
                 id="email-no-at"),
    pytest.param({"pen_name": "900101 - 2345678"}, "rrn",
                 "주민등록번호는 입력할 수 없습니다.", id="rrn-in-pen-name"),
    pytest.param({"landline": "02-12"}, "landline", "전화번호 형식이 올바르지 않습니다.",
                 id="landline-short"),
    pytest.param({"landline": "전화없음"}, "landline", "전화번호 형식이 올바르지 않습니다.",
                 id="landline-text"),
    pytest.param({"email": ""}, "required", "필수 항목입니다.", id="email-missing"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("overrides", "code", "message"), DETAIL_ERRORS)
def test_l2_1_p12_1_bad_signup_details_get_a_korean_error_and_write_nothing(
        client, overrides, code, message):
    start_signup(client)
    before = row_counts()
    response = client.post(DETAILS, details_post(**overrides))
    assert_error(response, message)
    if code == "password_mismatch":
        assert "password2" in response.context["form"].errors
    else:
        assert code in form_codes(response)
    assert row_counts() == before
    # The verification is still waiting: the person corrects the form and goes on.
    assert IdentityVerification.objects.count() == 1


@pytest.mark.django_db
def test_signup_login_id_already_taken_is_refused_and_writes_nothing(client, member):
    start_signup(client, name="김철수", birthdate="1992-03-04",
                 mobile="010-5555-6666")
    before = row_counts()
    response = client.post(DETAILS, details_post(login_id="GilDong90"))
    assert_error(response, "이미 사용 중인 아이디입니다.")
    assert "login_id_taken" in form_codes(response)
    assert row_counts() == before


@pytest.mark.django_db
def test_signup_login_id_is_lowercased_so_an_uppercase_start_is_not_refused(client):
    """Documents current behaviour: the form lowercases the ID (its blind index is
    case-insensitive), so 'Gildong90' becomes 'gildong90' instead of being refused."""
    sign_up_via_pages(client, login_id="Gildong90")
    assert Member.objects.get().login_id == "gildong90"


@pytest.mark.django_db
def test_p12_1_password_like_the_login_id_error_is_all_korean(client):
    start_signup(client)
    response = client.post(DETAILS, details_post(password1="gildong90!A",
                                                 password2="gildong90!A"))
    assert "login id" not in page(response)


@pytest.mark.django_db
def test_l2_1_no_signup_page_asks_for_a_resident_registration_number(client):
    start_signup(client)
    body = page(client.get(DETAILS)) + page(client.get(sandbox_url())) + page(client.get(SIGNUP))
    assert "주민등록번호</label>" not in body
    assert "rrn" not in re.findall(r'name="([^"]+)"', body)


# --- under 14: the guardian's name and mobile (L1.3) -----------------------------------


def child_identity() -> dict[str, str]:
    return {"name": "홍아들", "birthdate": years_ago(10).isoformat(), "mobile": "010-3333-4444"}


@pytest.mark.django_db
@pytest.mark.parametrize(("overrides", "field", "message"), [
    pytest.param({}, "guardian_name", "필수 항목입니다.", id="no-guardian-fields"),
    pytest.param({"guardian_name": "홍길동"}, "guardian_mobile", "필수 항목입니다.",
                 id="no-guardian-mobile"),
    pytest.param({"guardian_mobile": "010-1234-5678"}, "guardian_name", "필수 항목입니다.",
                 id="no-guardian-name"),
    pytest.param({"guardian_name": "홍길동", "guardian_mobile": "02-312-3456"},
                 "guardian_mobile", "휴대전화번호 형식이 올바르지 않습니다.",
                 id="guardian-mobile-is-a-landline"),
    pytest.param({"guardian_name": "홍길동", "guardian_mobile": "010-12"},
                 "guardian_mobile", "휴대전화번호 형식이 올바르지 않습니다.",
                 id="guardian-mobile-too-short"),
])
def test_l1_3_minor_without_valid_guardian_contact_is_refused_and_writes_nothing(
        client, overrides, field, message):
    start_signup(client, **child_identity())
    details = client.get(DETAILS)
    assert 'name="guardian_name"' in details.content.decode()
    before = row_counts()
    response = client.post(DETAILS, details_post(login_id="gildongkid", **overrides))
    assert_error(response, message)
    assert field in response.context["form"].errors
    assert row_counts() == before


@pytest.mark.django_db
def test_l1_3_minor_signup_through_the_pages_waits_for_the_guardian(client, outbox):
    start_signup(client, **child_identity())
    response = client.post(DETAILS, details_post(
        login_id="gildongkid", guardian_name="홍길동", guardian_mobile="01012345678"))
    assert response.status_code == 200
    assert "법정대리인 동의를 기다리고 있습니다" in page(response)
    child = Member.objects.get()
    assert (child.status, child.is_active) == (Member.Status.PENDING_GUARDIAN, False)
    assert "_auth_user_id" not in client.session
    [sms] = outbox("guardian_consent_request")
    assert sms.recipient == "010-1234-5678"  # normalised by the form
    assert ConsentRecord.objects.count() == 0  # a child's own answers are not consent


# --- the sandbox carrier window ---------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(("overrides", "message"), [
    pytest.param({"mobile": "02-312-3456"}, "휴대전화번호 형식이 올바르지 않습니다.",
                 id="mobile-landline"),
    pytest.param({"mobile": "010-123"}, "휴대전화번호 형식이 올바르지 않습니다.",
                 id="mobile-short"),
    pytest.param({"mobile": "휴대폰"}, "휴대전화번호 형식이 올바르지 않습니다.", id="mobile-text"),
    pytest.param({"birthdate": lambda: (kst_today() + datetime.timedelta(days=1)).isoformat()},
                 "생년월일이 올바르지 않습니다.", id="birthdate-future"),
    pytest.param({"birthdate": "1890-01-01"}, "생년월일이 올바르지 않습니다.",
                 id="birthdate-before-1900"),
    pytest.param({"birthdate": "1990-13-45"}, "생년월일을 YYYY-MM-DD 형식으로 입력하세요.",
                 id="birthdate-impossible"),
    pytest.param({"birthdate": "90/05/17"}, "생년월일을 YYYY-MM-DD 형식으로 입력하세요.",
                 id="birthdate-bad-format"),
    pytest.param({"name": "홍"}, "이름을 정확히 입력하세요.", id="name-too-short"),
    pytest.param({"name": "홍길동 900101-1234567"}, "주민등록번호는 입력할 수 없습니다.",
                 id="name-with-rrn"),
])
def test_bad_sandbox_identity_input_gets_a_korean_error_and_no_result(
        client, overrides, message):
    before = row_counts()
    response = client.post(sandbox_url(), identity_post(**{key: at_run(value)
                                                           for key, value in overrides.items()}))
    assert_error(response, message)
    assert "identity_verification_id" not in response.content.decode()
    assert row_counts() == before


@pytest.mark.django_db
@pytest.mark.parametrize("return_url", [
    "https://evil.example/steal", "//evil.example/steal", "http://evil.example",
    "javascript:alert(1)", "",
])
def test_sandbox_refuses_an_off_site_return_url(client, return_url):
    """No open redirect: the verification result is never posted to another site."""
    before = row_counts()
    assert client.get(sandbox_url(return_url=return_url)).status_code == 400
    response = client.post(sandbox_url(return_url=return_url), identity_post())
    assert response.status_code == 400
    assert "identity_verification_id" not in response.content.decode()
    assert row_counts() == before


@pytest.mark.django_db
def test_sandbox_refuses_an_unknown_purpose(client):
    assert client.get(sandbox_url(purpose="steal")).status_code == 400


# --- the identity callback ---------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("data", [
    pytest.param({"purpose": "signup"}, id="missing-token"),
    pytest.param({"purpose": "signup", "identity_verification_id": ""}, id="empty-token"),
    pytest.param({"purpose": "admin", "identity_verification_id": "x"}, id="unknown-purpose"),
    pytest.param({"identity_verification_id": "x"}, id="missing-purpose"),
])
def test_identity_callback_without_token_or_known_purpose_is_a_400(client, data):
    before = row_counts()
    response = client.post(CALLBACK, data)
    assert response.status_code == 400
    assert "잘못된 본인확인 요청입니다." in page(response)
    assert row_counts() == before


@pytest.mark.django_db
def test_identity_callback_with_unknown_purpose_and_a_real_token_is_a_400(client):
    token = sandbox_token(client)
    before = row_counts()
    response = client.post(CALLBACK, {"purpose": "superuser", "identity_verification_id": token})
    assert response.status_code == 400
    assert row_counts() == before


def _forged_tokens():
    genuine = sandbox.issue_result(name="홍길동", birthdate=datetime.date(1990, 5, 17),
                                   gender="male", is_foreigner=False,
                                   mobile="010-1234-5678", carrier="SKT")
    payload = {"provider": "sandbox", "transaction_id": "forged", "name": "홍길동",
               "birthdate": "1990-05-17", "gender": "male", "is_foreigner": False,
               "mobile": "010-1234-5678", "carrier": "SKT", "ci": "x", "di": "y"}
    flipped = genuine[:-3] + ("AAA" if not genuine.endswith("AAA") else "BBB")
    return {
        "garbage": "forged-token",
        "tampered-signature": flipped,
        "signed-with-another-key": signing.dumps(payload, key="not-our-secret-key-at-all",
                                                 salt=sandbox.SALT),
        "signed-for-another-purpose": signing.dumps(payload, salt="some.other.salt"),
        "unsigned-json": '{"name": "홍길동"}',
    }


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["garbage", "tampered-signature", "signed-with-another-key",
                                  "signed-for-another-purpose", "unsigned-json"])
def test_forged_verification_token_redirects_with_a_message_and_stores_nothing(client, kind):
    client.post(SIGNUP, consent_post(FORM_ALL_YES))
    token = _forged_tokens()[kind]
    before = row_counts()
    response = client.post(CALLBACK, {"purpose": "signup", "identity_verification_id": token},
                           follow=True)
    assert response.redirect_chain[0] == (DETAILS, 302)
    assert "본인확인 결과를 확인할 수 없습니다." in page(response)
    assert response.status_code == 200
    assert row_counts() == before
    assert "identity_verification:signup" not in client.session


@pytest.mark.django_db
def test_expired_verification_token_redirects_with_a_message_and_stores_nothing(client):
    client.post(SIGNUP, consent_post(FORM_ALL_YES))
    issued = time.time() - sandbox.MAX_AGE_SECONDS - 60
    with mock.patch("django.core.signing.time.time", return_value=issued):
        token = sandbox.issue_result(name="홍길동", birthdate=datetime.date(1990, 5, 17),
                                     gender="male", is_foreigner=False,
                                     mobile="010-1234-5678", carrier="SKT")
    before = row_counts()
    response = client.post(CALLBACK, {"purpose": "signup", "identity_verification_id": token},
                           follow=True)
    assert "본인확인 시간이 초과되었습니다. 다시 인증해 주세요." in page(response)
    assert row_counts() == before
    # Without a stored verification the details page is not reachable.
    response = client.get(DETAILS, follow=True)
    assert response.redirect_chain[-1][0] == VERIFY
    assert "본인확인이 필요합니다." in page(response)


@pytest.mark.django_db
def test_the_same_verification_token_twice_is_refused_the_second_time(client, outbox):
    client.post(SIGNUP, consent_post(FORM_ALL_YES))
    token = sandbox_token(client)
    first = client.post(CALLBACK, {"purpose": "signup", "identity_verification_id": token})
    assert first.status_code == 302
    stored = client.session["identity_verification:signup"]
    before = row_counts()
    # The same result again, e.g. replayed from another browser.
    other = client.__class__()
    second = other.post(CALLBACK, {"purpose": "signup", "identity_verification_id": token},
                        follow=True)
    assert "이미 사용된 본인확인 결과입니다. 다시 인증해 주세요." in page(second)
    assert row_counts() == before
    assert "identity_verification:signup" not in other.session
    # And in the same browser: the first result stays the one in use.
    again = client.post(CALLBACK, {"purpose": "signup", "identity_verification_id": token},
                        follow=True)
    assert "이미 사용된 본인확인 결과입니다." in page(again)
    assert client.session["identity_verification:signup"] == stored
    assert row_counts() == before


@pytest.mark.django_db
def test_a_verification_token_already_used_for_signup_cannot_be_replayed(client):
    client.post(SIGNUP, consent_post(FORM_ALL_YES))
    token = sandbox_token(client)
    client.post(CALLBACK, {"purpose": "signup", "identity_verification_id": token})
    assert client.post(DETAILS, details_post()).status_code == 302
    assert IdentityVerification.objects.count() == 0

    replay = client.__class__()
    replay.post(SIGNUP, consent_post(FORM_ALL_YES))
    response = replay.post(CALLBACK, {"purpose": "signup", "identity_verification_id": token},
                           follow=True)
    assert "이미 사용된 본인확인 결과입니다." in page(response)
    assert IdentityVerification.objects.count() == 0


@pytest.mark.django_db
def test_signup_details_without_consents_or_verification_redirect(client):
    assert client.get(DETAILS)["Location"] == SIGNUP
    client.post(SIGNUP, consent_post({"terms": True}))
    response = client.get(DETAILS)
    assert response["Location"] == VERIFY
    before = row_counts()
    assert client.post(DETAILS, details_post())["Location"] == VERIFY
    assert row_counts() == before
