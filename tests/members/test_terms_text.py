"""The 이용약관 a member agrees to is one tap away (issue 15, L1.1): the signup's terms
consent carries its full text in a disclosure (a focusable, labelled scroll region),
and the text has a page of its own for reading or sharing."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.django_db


def test_i15_l1_1_the_signup_terms_consent_opens_its_full_text(client):
    html = client.get("/members/signup/").content.decode()
    block = re.search(r'<details class="terms">(.*?)</details>', html, re.S)
    assert block, "no disclosure with the terms under the terms consent"
    text = block.group(1)
    assert "<summary>이용약관 전문 보기</summary>" in text
    assert 'role="region" aria-label="이용약관 전문" tabindex="0"' in text
    assert "제1조 (목적)" in text and "제5조 (결제, 취소와 환불)" in text
    assert 'href="/members/terms/"' in text
    # Under the terms consent, and only there (the other consents show theirs in full).
    assert html.count('<details class="terms">') == 1
    assert html.index("마키시네마 이용약관 동의") < html.index('<details class="terms">')


def test_i15_the_terms_have_a_page_of_their_own(client):
    response = client.get("/members/terms/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>마키시네마 이용약관</h1>" in html and "제11조 (분쟁 해결)" in html
