"""P11.2, issue 16, round 12 (lead): a business's published landline right after its name or desk,
and a loyalty card named right before its number, point at a business, not a member. A mobile
number, a member's own landline and a payment card near a loyalty card stay masked. Sentences of
the lead's own."""

from __future__ import annotations

import pytest

from marquee.privacy.pii import detect


def found(text, entity):
    return [text[s.start:s.end] for s in detect(text) if s.entity == entity]


@pytest.mark.parametrize("text", [
    "메가박스 목동 02-2652-7000 으로 전화해 보세요",
    "카드사 고객센터 02-3456-7890 연결이 안 돼요",
    "매표소 전화 051-745-1234 안 받네요",
    "마키 판교점 (031)789-1234 운영시간 문의",
])
def test_p11_2_a_business_landline_after_its_name_is_public(text):
    assert found(text, "PHONE") == []


@pytest.mark.parametrize("text", [
    "판교점 010-2345-6789로 연락주세요",
    "고객센터에 제 집 번호 02-1234-5678 남겼어요",
    "회사 전화 02-1234-5678 로 연락 주세요",
])
def test_p11_2_a_mobile_or_a_members_landline_stays_masked(text):
    assert found(text, "PHONE") != []


def test_p11_2_a_loyalty_card_number_is_public_and_a_payment_card_beside_it_is_not():
    text = "제 카드번호 4111 1111 1111 1111 인데 적립이 안 됐어요. 적립카드 번호는 5105-1051-0510-5100 이고요"
    assert found(text, "CARD") == ["4111 1111 1111 1111"]
