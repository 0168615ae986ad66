"""P11.2, issue 16, round 11 (lead): an address given by its 동, apartment complex and unit with
no lot number is found and its complex and numbers masked, the 동 kept like a region; a lot
number after a 동 that is also a common word counts when a floor follows. Words ending in
동/가 before a number that is not a home (a phone, a count, a mode) are left alone. Sentences
of the lead's own, not taken from any evaluation set."""

from __future__ import annotations

import pytest

from marquee.privacy.pii import detect, mask_text, morph
from marquee.privacy.pii.complexaddress import find_complex_addresses

needs_kiwi = pytest.mark.skipif(not morph.warm_up(), reason="kiwipiepy unavailable")


def addresses(text):
    return [text[s.start:s.end] for s in detect(text) if s.entity == "ADDRESS"]


@needs_kiwi
@pytest.mark.parametrize(("text", "address"), [
    ("택배는 대구광역시 수성구 만촌동 별빛마을아파트 203동 1104호로 보내 주세요",
     "대구광역시 수성구 만촌동 별빛마을아파트 203동 1104호"),
    ("주소: 중계동 은행사거리 108-902 / 연락은 문자로", "중계동 은행사거리 108-902"),
    ("지난주에 이사했어요. 저희 집은 정자동 느티마을 3단지 305동 702호예요",
     "정자동 느티마을 3단지 305동 702호"),
    ("분실물 찾으러 갈게요 (화정동 은빛마을 506-1203 거주)", "화정동 은빛마을 506-1203"),
    ("상품 배송지 평촌동 꿈마을 101동 302호", "평촌동 꿈마을 101동 302호"),
])
def test_p11_2_dong_complex_and_unit_without_a_lot_number_is_an_address(text, address):
    assert address in addresses(text)
    masked = mask_text(text).text
    dong = address.split()[0] if "시" not in address.split()[0] else None
    assert len(masked) == len(text)
    assert not any(ch.isdigit() for ch in masked[text.index(address):text.index(address) + len(address)])
    if dong:
        assert dong in masked  # the neighbourhood stays, like a road name


@needs_kiwi
@pytest.mark.parametrize(("text", "address"), [
    ("배송지 변경 부탁드려요 → 연동 33-7 3층", "연동 33-7 3층"),
    ("주소 우동 120-4 2층으로 보내주세요", "우동 120-4 2층"),
])
def test_p11_2_a_lot_number_and_floor_after_a_common_word_dong_is_an_address(text, address):
    assert any(address in a or a.strip() in address for a in addresses(text))


@needs_kiwi
@pytest.mark.parametrize("text", [
    "추가 문의는 1588-1234로 부탁드립니다",
    "자동 모드 123-456 입력하면 돼요",
    "이동 시간은 10-15분 정도예요",
    "우동 2-3그릇 먹고 영화 봤어요",
    "연동 1-2초 걸리네요",
    "운동 3-4회 하고 와서 잤어요",
    "감동 포인트 100-200개는 된다",
    "서울 강남구 영화관 추가 상영관 12-345",
])
def test_p11_2_a_word_ending_in_dong_before_numbers_is_not_a_home(text):
    assert addresses(text) == []
    assert find_complex_addresses(text) == []
