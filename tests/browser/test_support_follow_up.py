"""A member adds to an answered inquiry from My Page with a photo, in a real chromium:
the photo is scanned and sealed, shown back to the member, and the inquiry is taken up
again with a new clock (P13.1, P13.2, P12.2)."""

from __future__ import annotations

import io
import re

import pytest
from PIL import Image
from playwright.sync_api import Page, expect

from marquee.support import services
from marquee.support.models import Inquiry, InquiryAttachment
from tests.community.conftest import SIGNATURES, needs_clamscan
from tests.conftest import create_staff, sign_up

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True), needs_clamscan]

MEMBER_PASSWORD = "Cinema!Seat2024"


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), (20, 120, 200)).save(out, format="PNG")
    return out.getvalue()


def test_p13_1_p12_2_a_member_follows_up_with_a_photo(new_context, site, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.MARQUEE_AV_BACKEND = "clamscan"
    settings.MARQUEE_CLAMAV_DATABASE = str(SIGNATURES)
    member = sign_up()
    inquiry = services.submit(services.Ask(category="booking", subject="좌석 문의",
                                           body="좌석이 고장 났어요."), member=member)
    services.answer(inquiry, "확인해 보겠습니다. 사진을 보내 주세요.", by=create_staff("cs_agent"))

    phone: Page = new_context().new_page()
    phone.goto(f"/members/login/?next=/support/inquiries/{inquiry.number}/")
    phone.locator("#id_login_id").fill("gildong90")
    phone.locator("#id_password").fill(MEMBER_PASSWORD)
    phone.locator("main").get_by_role("button", name="로그인").click()
    expect(phone).to_have_url(re.compile(rf"/support/inquiries/{inquiry.number}/"))
    expect(phone.locator("#conversation")).to_contain_text("사진을 보내 주세요")
    phone.get_by_label("추가 문의 내용").fill("고장 난 좌석 사진입니다.")
    phone.get_by_label("이미지 첨부(선택)").set_input_files(
        {"name": "seat.png", "mimeType": "image/png", "buffer": _png()})
    phone.get_by_role("button", name="추가 문의 보내기").click()
    expect(phone.locator("#inquiry-status")).to_have_text("처리 중")
    expect(phone.locator("#conversation")).to_contain_text("고장 난 좌석 사진입니다.")
    image = phone.locator("#conversation img").first
    expect(image).to_be_visible()
    image.evaluate("img => img.complete || new Promise(done => img.onload = img.onerror = done)")
    assert image.evaluate("img => img.complete && img.naturalWidth") == 40
    expect(phone.locator("#due-at")).to_be_visible()  # a new clock runs
    item = InquiryAttachment.objects.get()
    assert item.scanner == "clamscan"
    assert Inquiry.objects.get().status == Inquiry.Status.IN_PROGRESS
