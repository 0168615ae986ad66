"""P11.2: the masker leaves example values and every declared public contact alone, and
still masks the real values next to them (invented strings)."""

from __future__ import annotations

import pytest
from django.test import override_settings

from marquee.privacy.pii import mask_text
from marquee.privacy.pii.placeholders import is_placeholder


@pytest.mark.parametrize("text", [
    "가입 양식 예시: 아이디 user01, 이메일 user@example.com 형식으로 적어 주세요.",
    "테스트 계정 tester@qa.example 으로는 로그인되지 않습니다.",
    "아이디@example.com 처럼 적으면 됩니다.",
    "연락처는 010-0000-0000 처럼 하이픈을 넣어 입력하세요.",
    "대표번호 자리에는 02-000-0000 이 들어갑니다(예시).",
    "이름 칸에는 실명을 적어 주세요. (예: 홍길동)",
    "예시) 홍길동 / 010-0000-0000 / someone@example.org",
])
def test_p11_2_example_values_are_not_masked(text):
    assert mask_text(text).text == text


@pytest.mark.parametrize("text, gone", [
    ("제 메일은 minji.kwon@gmail.com 이에요", "minji.kwon@gmail.com"),
    ("제 메일은 minji.kwon@example.com 이에요", "minji.kwon@example.com"),
    ("연락 주세요 010-0000-4821", "010-0000-4821"),
    ("어제 홍길동 씨가 표를 두고 가셨어요", "홍길동"),
])
def test_p11_2_real_values_beside_the_rules_are_still_masked(text, gone):
    assert gone not in mask_text(text).text


def test_p11_2_the_rules_name_their_entity():
    text = "메일 user@example.com"
    start = text.index("user")
    assert is_placeholder("EMAIL", text, start, len(text))
    assert not is_placeholder("PHONE", text, start, len(text))


@override_settings(MARQUEE_COMPLAINT_BODIES=[
    {"name": "분쟁조정기관", "phone": "02-711-4031~3"}],
    MARQUEE_CS_LEAD_EMAIL="lead-desk@cinema-op.kr", DEFAULT_FROM_EMAIL="mailer@cinema-op.kr")
def test_p11_2_every_declared_contact_is_public_ranges_included():
    text = ("신고: 분쟁조정기관 02-711-4032, 답장 주소 lead-desk@cinema-op.kr, 발신 "
            "mailer@cinema-op.kr. 제 번호는 02-711-4039 입니다.")
    masked = mask_text(text).text
    assert "02-711-4032" in masked and "lead-desk@cinema-op.kr" in masked
    assert "mailer@cinema-op.kr" in masked
    assert "02-711-4039" not in masked
