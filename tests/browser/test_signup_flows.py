"""End-to-end signup, guardian consent and My Page flows in a real headless chromium.

Each test drives the Korean pages the way a person would (the sandbox page plays the
carrier's verification window) and then checks the effect on the server through the
ORM: accounts, consent records, messages in the outbox.
"""

from __future__ import annotations

import datetime
import json
import re

import pytest
from playwright.sync_api import Page, expect

from marquee.members.models import GuardianConsent, Member
from marquee.outbox.models import Message
from marquee.privacy.models import ConsentRecord
from tests.conftest import make_identity, sign_up, years_ago

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "Cinema!Seat2024"
GUARDIAN_NAME = "김보호"
GUARDIAN_MOBILE = "010-2222-3333"
OPTIONAL_KEYS = ("optional_profile", "marketing_sms", "marketing_email", "marketing_push",
                 "marketing_night")


def url(path: str) -> re.Pattern:
    """The page's URL is exactly ``path`` (query string allowed)."""
    return re.compile(rf"^https?://[^/]+{re.escape(path)}(\?.*)?$")


def verify_in_sandbox(page: Page, *, name: str, birthdate: datetime.date | str,
                      mobile: str, gender: str = "male", carrier: str = "SKT",
                      foreigner: str = "0") -> None:
    """Click 휴대폰 본인확인 시작 and pass the sandbox carrier window.

    The result page posts itself back to our callback; the caller waits for where the
    callback redirects.
    """
    page.get_by_role("link", name="휴대폰 본인확인 시작").click()
    expect(page).to_have_url(re.compile(r"/members/identity/sandbox/\?"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("휴대폰 본인확인")
    page.locator("#id_carrier").select_option(carrier)
    page.get_by_label("이름").fill(name)
    if isinstance(birthdate, datetime.date):
        birthdate = birthdate.isoformat()
    page.locator("#id_birthdate").fill(birthdate)
    page.locator("#id_gender").select_option(gender)
    page.locator("#id_is_foreigner").select_option(foreigner)
    page.get_by_label("휴대전화번호").fill(mobile)
    page.get_by_role("button", name="인증 완료").click()


def fill_signup_details(page: Page, *, login_id: str, email: str) -> None:
    page.locator("#id_login_id").fill(login_id)
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    page.locator("#id_email").fill(email)
    # P1.1: no address at signup (issue 12); events ask winners for a delivery address.
    expect(page.locator('main form [name="address"]')).to_have_count(0)


def log_in(page: Page, login_id: str, password: str = PASSWORD) -> None:
    page.goto("/members/login/")
    page.locator("#id_login_id").fill(login_id)
    page.locator("#id_password").fill(password)
    page.locator("main").get_by_role("button", name="로그인").click()


def log_in_refused(page: Page, login_id: str) -> None:
    log_in(page, login_id)
    expect(page).to_have_url(url("/members/login/"))
    expect(page.get_by_role("alert")).to_contain_text("법정대리인의 동의를 기다리고 있습니다")


def consent_state(page: Page, key: str):
    return page.locator(f'#my-consents tr[data-consent="{key}"] td').nth(1)


def guardian_link_from_db(child: Member) -> str:
    message = Message.objects.select_related("data_key").get(
        kind="guardian_consent_request", data_key=child.data_key)
    found = re.search(r"https?://\S+/members/guardian/[\w-]+/", message.body)
    assert found, message.body
    return found.group(0)


def start_child_signup(page: Page, *, name: str, birthdate: datetime.date, mobile: str) -> None:
    """Consent page (only the required box) and the child's own verification."""
    page.goto("/members/signup/")
    page.locator("#id_terms").check()
    page.get_by_role("button", name="다음: 본인확인").click()
    expect(page).to_have_url(url("/members/signup/verify/"))
    verify_in_sandbox(page, name=name, birthdate=birthdate, mobile=mobile, gender="female")
    expect(page).to_have_url(url("/members/signup/details/"))


# --- 1. adult signup ------------------------------------------------------------------


def test_p1_1_l1_1_adult_signs_up_end_to_end(page: Page):
    """P1.1, L1.1, L1.4: an adult reads the notice, consents, verifies, joins, logs in."""
    email = "gildong@example.com"
    page.goto("/members/signup/")

    # L1.1: the contract items are listed apart from the consents ...
    contract = page.locator("fieldset", has_text="계약 이행을 위해 동의 없이 처리하는 항목")
    expect(contract).to_contain_text("개인정보 보호법")
    for label in ("로그인 ID", "이름", "생년월일", "휴대전화번호", "이메일"):
        expect(contract.locator("tbody td", has_text=label).first).to_be_visible()
    # P1.1 (issue 12): no postal address is collected for membership.
    expect(contract.locator("tbody td", has_text="주소")).to_have_count(0)
    expect(contract.locator("input[type=checkbox]")).to_have_count(0)
    # ... and every consent shows its purpose, items, retention and right to refuse (P1.1).
    consents = page.locator("div.consent")
    expect(consents).to_have_count(1 + len(OPTIONAL_KEYS))
    for i in range(consents.count()):
        terms = consents.nth(i).locator("dt")
        expect(terms).to_have_text(["목적", "항목", "보유기간", "거부 권리"])
        for dd in consents.nth(i).locator("dd").all():
            assert dd.inner_text().strip(), "an empty consent detail"
    expect(page.locator('label[for="id_terms"]')).to_contain_text("[필수]")
    for key in OPTIONAL_KEYS:
        expect(page.locator(f'label[for="id_{key}"]')).to_contain_text("[선택]")
        expect(page.locator(f"#id_{key}")).not_to_be_checked()  # nothing pre-ticked

    # Without the required box the form refuses, in Korean.
    page.locator("#id_marketing_sms").check()
    page.get_by_role("button", name="다음: 본인확인").click()
    expect(page).to_have_url(url("/members/signup/"))
    expect(page.locator("div.consent .errorlist")).to_contain_text("이용약관 동의'에 동의해야")

    page.locator("#id_terms").check()
    expect(page.locator("#id_marketing_sms")).to_be_checked()
    page.get_by_role("button", name="다음: 본인확인").click()
    expect(page).to_have_url(url("/members/signup/verify/"))
    expect(page.locator("main")).to_contain_text("주민등록번호는 수집하지 않습니다")

    verify_in_sandbox(page, name="홍길동", birthdate="1990-05-17", mobile="010-1234-5678")
    expect(page).to_have_url(url("/members/signup/details/"))

    # The verified items are shown read-only and never asked for again.
    verified = page.locator("fieldset", has_text="본인확인 결과 (변경 불가)")
    expect(verified).to_contain_text("홍길동")
    expect(verified).to_contain_text("1990년 5월 17일")
    expect(verified).to_contain_text("010-1234-5678")
    form = page.locator("main form")
    for name in ("name", "birthdate", "gender", "mobile"):
        expect(form.locator(f'[name="{name}"]')).to_have_count(0)
    # L1.4: optional items declined, so they are not even asked for; no guardian for adults.
    for name in ("pen_name", "landline", "guardian_name", "guardian_mobile"):
        expect(form.locator(f'[name="{name}"]')).to_have_count(0)

    fill_signup_details(page, login_id="gildong90", email=email)
    page.get_by_role("button", name="가입하기").click()
    expect(page).to_have_url(url("/members/signup/done/"))
    expect(page.get_by_role("heading", level=1)).to_have_text("회원가입이 완료되었습니다")

    page.get_by_role("link", name="마이페이지로").click()
    expect(page).to_have_url(url("/members/mypage/"))
    expect(page.locator('#my-items [data-item="name"]')).to_contain_text("홍길동")
    expect(page.locator('#my-items [data-item="email"]')).to_contain_text(email)
    expect(consent_state(page, "terms")).to_have_text("동의")
    expect(consent_state(page, "marketing_sms")).to_have_text("동의")
    for key in ("optional_profile", "marketing_email", "marketing_push", "marketing_night"):
        expect(consent_state(page, key)).to_have_text("미동의")
    expect(page.locator("#consent-history li")).to_have_count(1 + len(OPTIONAL_KEYS))

    # Log out, then in again with the new account.
    page.locator("header").get_by_role("button", name="로그아웃").click()
    expect(page.locator("header").get_by_role("link", name="로그인")).to_be_visible()
    page.goto("/members/mypage/")
    expect(page).to_have_url(re.compile(r"/members/login/\?next="))
    log_in(page, "gildong90")
    expect(page).to_have_url(url("/members/mypage/"))
    expect(page.locator('#my-items [data-item="name"]')).to_contain_text("홍길동")

    # Server side: one active, verified member with one record per consent.
    member = Member.objects.find(email=email).get()
    assert member.status == Member.Status.ACTIVE and member.is_active
    assert member.name == "홍길동"
    assert member.birthdate == datetime.date(1990, 5, 17)
    assert member.identity_verified_at is not None
    assert member.pen_name == "" and member.landline == ""
    records = {r.text.key: r.agreed for r in
               ConsentRecord.objects.filter(member=member).select_related("text")}
    assert records == {"terms": True, "marketing_sms": True, "optional_profile": False,
                       "marketing_email": False, "marketing_push": False,
                       "marketing_night": False}
    assert set(ConsentRecord.objects.filter(member=member).values_list("actor", flat=True)) == {
        ConsentRecord.Actor.MEMBER}


# --- 2. a child joins with the guardian's consent --------------------------------------


def test_l1_3_minor_signs_up_with_guardian_consent_end_to_end(new_context, staff_page):
    """L1.3, P1.1: under 14, the account waits for the verified guardian's consent."""
    child_page = new_context().new_page()
    birthdate = years_ago(10)
    start_child_signup(child_page, name="김아동", birthdate=birthdate, mobile="010-3333-4444")

    guardian_fields = child_page.locator("fieldset", has_text="법정대리인 정보 (만 14세 미만)")
    expect(guardian_fields).to_be_visible()
    fill_signup_details(child_page, login_id="kidmovie", email="kid@example.com")
    # The guardian's name and mobile are required of a child.
    child_page.get_by_role("button", name="가입하기").click()
    expect(child_page).to_have_url(url("/members/signup/details/"))
    expect(guardian_fields.locator(".errorlist").first).to_be_visible()

    child_page.locator("#id_password1").fill(PASSWORD)
    child_page.locator("#id_password2").fill(PASSWORD)
    child_page.get_by_label("법정대리인 이름").fill(GUARDIAN_NAME)
    child_page.get_by_label("법정대리인 휴대전화번호").fill(GUARDIAN_MOBILE)
    child_page.get_by_role("button", name="가입하기").click()
    expect(child_page.locator("#pending-guardian")).to_be_visible()
    expect(child_page.get_by_role("heading", level=1)).to_contain_text("법정대리인 동의")

    child = Member.objects.find(login_id="kidmovie").get()
    assert child.status == Member.Status.PENDING_GUARDIAN and not child.is_active
    # The child's own answers are not consent: nothing is recorded until the guardian acts.
    assert not ConsentRecord.objects.filter(member=child).exists()
    log_in_refused(child_page, "kidmovie")

    # The request went to the guardian's phone: read the link in the development outbox
    # (staff only).
    staff_page.goto("/dev/outbox/")
    row = staff_page.locator('#outbox tr[data-kind="guardian_consent_request"]')
    expect(row).to_have_count(1)
    expect(row).to_contain_text(GUARDIAN_MOBILE)
    expect(row).to_contain_text(f"{GUARDIAN_NAME}님")
    link = row.locator("a").get_attribute("href")
    assert link == guardian_link_from_db(child)

    # The guardian opens the link on their own phone (a fresh browser context).
    guardian = new_context().new_page()
    guardian.goto(link)
    expect(guardian.get_by_role("heading", level=1)).to_have_text("법정대리인 본인확인")
    verify_in_sandbox(guardian, name=GUARDIAN_NAME, birthdate="1982-03-02",
                      mobile=GUARDIAN_MOBILE, carrier="KT")
    expect(guardian).to_have_url(re.compile(r"/members/guardian/[\w-]+/consent/$"))
    expect(guardian.get_by_role("heading", level=1)).to_have_text("자녀 회원가입 법정대리인 동의")
    expect(guardian.locator("div.consent")).to_have_count(1 + len(OPTIONAL_KEYS))
    guardian.locator("#id_terms").check()
    guardian.get_by_role("button", name="동의하고 가입 승인").click()
    expect(guardian.locator("#guardian-result")).to_contain_text("자녀의 계정이 활성화되었습니다")

    # The link cannot be used twice.
    guardian.goto(link)
    expect(guardian.get_by_role("alert")).to_contain_text("이미 처리된 동의 요청입니다")

    # Now the child can log in, and My Page shows the guardian and who consented.
    log_in(child_page, "kidmovie")
    expect(child_page).to_have_url(url("/members/mypage/"))
    section = child_page.locator("section", has=child_page.get_by_role("heading",
                                                                       name="법정대리인"))
    expect(section).to_contain_text(GUARDIAN_NAME)
    expect(section).to_contain_text(GUARDIAN_MOBILE)
    expect(section).to_contain_text("동의 완료")
    history = child_page.locator("#consent-history li")
    expect(history).to_have_count(1 + len(OPTIONAL_KEYS))
    expect(history.locator(".by")).to_have_text(["법정대리인"] * history.count())
    expect(consent_state(child_page, "terms")).to_have_text("동의")

    child.refresh_from_db()
    assert child.status == Member.Status.ACTIVE and child.is_active
    request = GuardianConsent.objects.get(member=child)
    assert request.status == GuardianConsent.Status.CONSENTED
    assert request.guardian_result["name"] == GUARDIAN_NAME
    assert set(ConsentRecord.objects.filter(member=child).values_list("actor", flat=True)) == {
        ConsentRecord.Actor.GUARDIAN}
    result = Message.objects.select_related("data_key").get(kind="guardian_consent_result")
    assert result.recipient == GUARDIAN_MOBILE and "동의가" in result.body


# --- 3. the guardian must be the named adult ---------------------------------------------


def test_l1_3_guardian_must_match_and_be_adult(new_context):
    """L1.3: a different mobile or a minor's verification cannot consent for the child."""
    child = sign_up(
        identity=make_identity(name="이아동", birthdate=years_ago(9), gender="female",
                               mobile="010-5555-6666"),
        answers={"terms": True}, login_id="kidtwo", email="kid2@example.com",
        guardian_name=GUARDIAN_NAME, guardian_mobile=GUARDIAN_MOBILE)
    link = guardian_link_from_db(child)
    page = new_context().new_page()

    def guardian_attempt(*, birthdate: str, mobile: str) -> None:
        page.goto(link)
        verify_in_sandbox(page, name=GUARDIAN_NAME, birthdate=birthdate, mobile=mobile)
        expect(page).to_have_url(re.compile(r"/members/guardian/[\w-]+/consent/$"))
        page.locator("#id_terms").check()
        page.get_by_role("button", name="동의하고 가입 승인").click()
        expect(page).to_have_url(re.compile(r"/members/guardian/[\w-]+/consent/$"))
        expect(page.locator("#guardian-result")).to_have_count(0)

    # Someone else's phone: the verified mobile is not the one the child gave.
    guardian_attempt(birthdate="1982-03-02", mobile="010-9999-8888")
    expect(page.locator(".errorlist")).to_contain_text(
        "본인확인 결과가 자녀가 입력한 법정대리인 정보와 일치하지 않습니다.")

    # The right name and phone, but a minor: not a legal guardian.
    guardian_attempt(birthdate=years_ago(17).isoformat(), mobile=GUARDIAN_MOBILE)
    expect(page.locator(".errorlist")).to_contain_text("법정대리인은 만 19세 이상 성인이어야 합니다.")

    child.refresh_from_db()
    assert child.status == Member.Status.PENDING_GUARDIAN and not child.is_active
    request = GuardianConsent.objects.get(member=child)
    assert request.status == GuardianConsent.Status.REQUESTED
    assert request.decided_at is None and not request.guardian_result
    assert not ConsentRecord.objects.filter(member=child).exists()
    assert not Message.objects.filter(kind="guardian_consent_result").exists()
    log_in_refused(new_context().new_page(), "kidtwo")


# --- 4. My Page: correction, consent change, download ---------------------------------


def test_p8_mypage_corrects_profile_changes_consent_and_downloads_json(page: Page, staff_page):
    """P8.1, P8.2, L1.2: correct the e-mail, change a consent, download my data."""
    member = sign_up(answers={"terms": True}, login_id="moviefan", email="old@example.com")
    confirmations = Message.objects.filter(kind="consent_confirmation").count()

    log_in(page, "moviefan")
    expect(page).to_have_url(url("/members/mypage/"))

    page.get_by_role("link", name="회원정보 수정").click()
    expect(page).to_have_url(url("/members/mypage/edit/"))
    expect(page.locator("#id_email")).to_have_value("old@example.com")
    # Verified items cannot be typed here, and the address is not collected at all (P1.1).
    for name in ("name", "birthdate", "mobile", "postcode", "address", "address_detail"):
        expect(page.locator(f'main form [name="{name}"]')).to_have_count(0)
    page.locator("#id_email").fill("not-an-email")
    page.get_by_role("button", name="저장").click()
    expect(page).to_have_url(url("/members/mypage/edit/"))
    expect(page.locator(".errorlist")).to_have_text("이메일 주소 형식이 올바르지 않습니다.")
    member.refresh_from_db()
    assert member.email == "old@example.com"

    page.locator("#id_email").fill("new@example.com")
    page.get_by_role("button", name="저장").click()
    expect(page).to_have_url(url("/members/mypage/"))
    expect(page.get_by_role("status")).to_contain_text("회원정보가 수정되었습니다.")
    expect(page.locator('#my-items [data-item="email"]')).to_contain_text("new@example.com")
    expect(page.locator('#my-items [data-item="address"]')).to_have_count(0)
    assert Member.objects.find(email="new@example.com").get().pk == member.pk
    assert not Member.objects.find(email="old@example.com").exists()

    # L1.2: agree to e-mail advertising; the result is confirmed to the member.
    expect(consent_state(page, "marketing_email")).to_have_text("미동의")
    page.get_by_role("link", name="수신 동의 관리").click()
    expect(page).to_have_url(url("/members/mypage/consents/"))
    expect(page.locator("#id_terms")).to_have_count(0)  # the required consent is not here
    page.locator("#id_marketing_email").check()
    page.get_by_role("button", name="저장").click()
    expect(page).to_have_url(url("/members/mypage/"))
    expect(page.get_by_role("status")).to_contain_text("수신 동의 설정이 변경되었습니다.")
    expect(consent_state(page, "marketing_email")).to_have_text("동의")

    assert Message.objects.filter(kind="consent_confirmation").count() == confirmations + 1
    latest = Message.objects.select_related("data_key").filter(
        kind="consent_confirmation").order_by("-created_at", "-id").first()
    assert "광고성 정보 이메일 수신 동의: 동의" in latest.body
    staff_page.goto("/dev/outbox/")
    rows = staff_page.locator('#outbox tr[data-kind="consent_confirmation"]')
    expect(rows).to_have_count(confirmations + 1)
    expect(rows.first).to_contain_text("광고성 정보 이메일 수신 동의: 동의")
    expect(rows.first).to_contain_text("마이페이지 > 수신 동의 관리")

    # P8.1: the download holds everything shown, as JSON.
    page.goto("/members/mypage/")
    with page.expect_download() as info:
        page.locator("#download-json").click()
    download = info.value
    assert re.fullmatch(r"marquee-my-data-\d{8}\.json", download.suggested_filename)
    with open(download.path(), encoding="utf-8") as fh:
        data = json.load(fh)
    values = {k: v for item in data["items"] for k, v in item["values"].items()}
    assert values["name"] == member.name == "홍길동"
    assert values["email"] == "new@example.com"
    assert data["consents"]["marketing_email"] is True
    assert data["consents"]["marketing_sms"] is False


def test_l1_1_consent_all_ticks_every_box_and_required_and_optional_stay_apart(page: Page):
    """Issue 15: 전체 동의 ticks and clears every consent; each consent keeps its own box,
    and the required ones are grouped apart from the optional ones (L1.1)."""
    page.goto("/members/signup/")
    required = page.locator("fieldset.consent-group.required")
    optional = page.locator("fieldset.consent-group.optional")
    expect(required.locator("legend")).to_have_text("필수 동의 항목")
    expect(optional.locator("legend")).to_have_text("선택 동의 항목")
    expect(required.locator("#id_terms")).to_have_count(1)
    for key in OPTIONAL_KEYS:
        expect(optional.locator(f"#id_{key}")).to_have_count(1)
    boxes = page.locator(".consent input[type=checkbox]")
    page.get_by_label("전체 동의").check()
    for i in range(boxes.count()):
        expect(boxes.nth(i)).to_be_checked()
    page.locator("#id_marketing_night").uncheck()
    expect(page.get_by_label("전체 동의")).not_to_be_checked()
    page.get_by_label("전체 동의").check()
    expect(page.locator("#id_marketing_night")).to_be_checked()
    page.get_by_label("전체 동의").uncheck()
    for i in range(boxes.count()):
        expect(boxes.nth(i)).not_to_be_checked()
