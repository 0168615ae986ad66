"""The boards end to end in headless chromium (P11.1–P11.3, P12.2).

A member writes a review that mentions another person's name and phone number; the
attachment carrying the EICAR test string is refused, a clean photo is accepted; the
published review shows the name and number masked and the photo loads. Another member
reports the review; a moderator (a staff account of the CS role) opens the moderation
queue, is sent through the staff log-in with password and TOTP, and removes the review
with a §11 reason; the removal is recorded, and so is it in the staff access log.
"""

from __future__ import annotations

import re
import shutil

import pytest
from playwright.sync_api import Page, expect

from marquee.backoffice import audit
from marquee.backoffice.models import SealedTOTPDevice, StaffAccessLog
from marquee.booking.models import Movie, Theatre
from marquee.community.defaults import ensure_default_boards
from marquee.community.models import Attachment, MaskingRecord, Post, Removal, Report, Status
from marquee.privacy.pii import mask_text
from tests.community.conftest import (
    SIGNATURES,
    STAFF_PASSWORD,
    eicar,
    image_bytes,
    make_member,
    make_moderator,
)
from tests.conftest import current_token

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True),
              pytest.mark.skipif(shutil.which("clamscan") is None,
                                 reason="Debian's clamav (clamscan) is not installed")]

PASSWORD = "Cinema!Seat2024"  # tests.conftest.signup_data's
REVIEW = ("같이 본 김철수 씨가 너무 울어서 놀랐어요. 연락처 010-2345-6789 로 다음에 또 보자고 했어요. "
          "송강호 배우 연기는 최고!")


@pytest.fixture(autouse=True)
def _uploads(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.MARQUEE_AV_BACKEND = "clamscan"
    settings.MARQUEE_CLAMAV_DATABASE = str(SIGNATURES)
    mask_text("홍길동 010-1234-5678")  # load the Korean morphology model before the clock runs


def url(path: str) -> re.Pattern:
    return re.compile(rf"^https?://[^/]+{re.escape(path)}(\?.*)?$")


def log_in(page: Page, login_id: str, password: str = PASSWORD, next_path: str = "") -> None:
    page.goto("/members/login/" + (f"?next={next_path}" if next_path else ""))
    page.locator("#id_login_id").fill(login_id)
    page.locator("#id_password").fill(password)
    page.locator("main").get_by_role("button", name="로그인").click()
    expect(page).not_to_have_url(re.compile(r"/members/login/"))


def test_p11_p12_2_l3_2_l3_3_review_masked_eicar_refused_image_served_report_and_removal(new_context):
    ensure_default_boards()  # a flush by an earlier transactional test removes them
    Theatre.objects.create(code="GANGNAM", name="마키 강남", region="서울")
    Movie.objects.create(title="검은 파도", rating=Movie.Rating.AGE_15, running_minutes=124,
                         credits="감독: 민태경\n송강호 (등대지기 역)")
    author = make_member(1, login_id="filmlover", pen_name="극장고양이")
    make_member(3, login_id="watcher", pen_name="팝콘러버")
    moderator = make_moderator("mod01")

    # 1. The member writes a review from the header's 커뮤니티 link.
    page = new_context().new_page()
    log_in(page, "filmlover")
    page.locator("header").get_by_role("link", name="커뮤니티").click()
    page.get_by_role("link", name="관람평").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("관람평")
    page.get_by_role("link", name="글쓰기").click()
    page.get_by_label("영화").select_option(label="검은 파도")
    page.get_by_label("별점").select_option("5")
    page.get_by_label("제목").fill("눈물 없이 못 보는 검은 파도")
    page.get_by_label("본문").fill(REVIEW)

    # 2. An image without its description is a form error on the description field
    #    (issue 19); an attachment carrying the EICAR test string is refused; nothing is stored.
    page.get_by_label("이미지 첨부").set_input_files(
        files=[{"name": "poster.png", "mimeType": "image/png", "buffer": image_bytes() + eicar()}])
    page.get_by_role("button", name="올리기").click()
    expect(page.locator("#id_image_alts_error")).to_contain_text("이미지마다 한 줄씩 설명을 적어 주세요")
    page.get_by_label("이미지 설명 (대체 텍스트)").fill("파란 바다 위 검은 파도 포스터")
    page.get_by_label("이미지 첨부").set_input_files(
        files=[{"name": "poster.png", "mimeType": "image/png", "buffer": image_bytes() + eicar()}])
    page.get_by_role("button", name="올리기").click()
    expect(page.get_by_role("alert")).to_contain_text("악성코드가 발견되어 파일을 받지 않았습니다")
    assert not Post.objects.exists() and not Attachment.objects.exists()

    # 3. A clean photo is accepted; the text the member typed is still in the form.
    expect(page.get_by_label("본문")).to_have_value(REVIEW)
    page.get_by_label("이미지 첨부").set_input_files(
        files=[{"name": "poster.jpg", "mimeType": "image/jpeg",
                "buffer": image_bytes("JPEG", size=(40, 30), color=(20, 120, 220))}])
    page.get_by_role("button", name="올리기").click()
    post = Post.objects.get()
    expect(page).to_have_url(url(f"/community/posts/{post.pk}/"))
    expect(page.get_by_role("status")).to_contain_text("게시물을 올렸습니다")

    # 4. The published review: name and phone masked, cast name kept, pen name shown.
    body = page.locator("#post .post-body")
    expect(body).to_contain_text("같이 본 김*수 씨가")
    expect(body).to_contain_text("010-****-6789")
    expect(body).to_contain_text("송강호 배우 연기는 최고!")
    expect(body).not_to_contain_text("2345")
    expect(page.locator("#post .author")).to_have_text("극장고양이")
    expect(page.locator("main")).not_to_contain_text(author.name)
    image = page.get_by_role("img", name="파란 바다 위 검은 파도 포스터")
    expect(image).to_be_visible()
    page.wait_for_function("img => img.complete && img.naturalWidth === 40", arg=image.element_handle())
    assert MaskingRecord.objects.get(source="community.post", part="body").entities == {
        "PERSON": 1, "PHONE": 1}
    image_url = page.evaluate("() => document.querySelector('#post img').src")

    # 5. Another member reports it.
    other = new_context().new_page()
    log_in(other, "watcher")
    other.goto(f"/community/posts/{post.pk}/")
    other.get_by_role("link", name="신고").click()
    other.get_by_label("명예훼손·모욕·비방").check()
    other.get_by_label("상세 내용 (선택)").fill("다른 관객을 조롱하는 내용입니다")
    other.get_by_role("button", name="신고하기").click()
    expect(other.get_by_role("status")).to_contain_text("신고가 접수되었습니다")
    assert Report.objects.get().state == Report.State.OPEN

    # 6. A moderator opens the queue: the staff log-in first (password, then TOTP), then
    #    back to the queue; they remove the review with a §11 reason.
    staff = new_context().new_page()
    staff.goto("/community/moderation/")
    expect(staff).to_have_url(re.compile(r"/admin/login/\?next=/community/moderation/$"))
    staff.get_by_label("아이디").fill("mod01")
    staff.get_by_label("비밀번호").fill(STAFF_PASSWORD)
    staff.get_by_role("button", name="로그인").click()
    expect(staff).to_have_url(re.compile(r"/admin/otp/"))
    expect(staff.locator("h1")).to_contain_text("2단계 인증")
    assert not StaffAccessLog.objects.exists()  # nothing shown before the second factor
    staff.get_by_label("인증 코드(6자리)").fill(current_token(SealedTOTPDevice.objects.get(user=moderator)))
    staff.get_by_role("button", name="인증").click()
    expect(staff).to_have_url(url("/community/moderation/"))
    queue = staff.locator("#report-queue")
    expect(queue).to_contain_text("눈물 없이 못 보는 검은 파도")
    expect(queue).to_contain_text("명예훼손·모욕·비방 1")
    queue.get_by_role("link", name="검토").click()
    expect(staff.locator("#target .post-body")).to_contain_text("010-****-6789")
    staff.get_by_role("button", name="삭제 조치").click()  # no reason chosen yet
    expect(staff.locator(".errorlist")).to_be_visible()
    assert not Removal.objects.exists()
    staff.get_by_label("명예훼손·모욕·비방 —").check()
    staff.get_by_label("처리 메모 (선택)").fill("신고 내용 확인, 타인 조롱")
    staff.get_by_role("button", name="삭제 조치").click()
    expect(staff).to_have_url(url("/community/moderation/"))
    expect(staff.get_by_role("status")).to_contain_text("삭제 조치했습니다 (사유: 명예훼손·모욕·비방)")
    expect(staff.locator(".removals")).to_contain_text("명예훼손·모욕·비방")
    expect(queue).to_contain_text("처리할 신고가 없습니다")

    # 7. The removal is recorded, and the staff access log has the queue, the review and
    #    the removal with its reason, each naming the author; the post and its image are
    #    gone for the public.
    removal = Removal.objects.get()
    assert (removal.reason, removal.removed_by.login_id, removal.post_number, removal.reports) == (
        "defamation", "mod01", post.pk, 1)
    logged = [(e.action, e.target) for e in StaffAccessLog.objects.filter(
        staff=moderator, subjects=str(author.pk)).order_by("seq")]
    assert ("list", "community.Post") in logged and ("read", "community.Post") in logged
    [deleted] = StaffAccessLog.objects.filter(staff=moderator, action="delete")
    assert (deleted.target, deleted.object_id, deleted.subjects) == ("community.Post", str(post.pk),
                                                                    str(author.pk))
    assert "명예훼손·모욕·비방" in deleted.reason and audit.verify().ok
    post.refresh_from_db()
    assert post.status == Status.REMOVED
    assert Report.objects.get().state == Report.State.ACTIONED
    response = other.goto(f"/community/posts/{post.pk}/")
    assert response.status == 404
    assert other.request.get(image_url).status == 404
    page.reload()
    expect(page.locator("#removal-notice")).to_contain_text("사유: 명예훼손·모욕·비방")
