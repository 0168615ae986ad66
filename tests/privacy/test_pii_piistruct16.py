"""P11.2, issue 16, round 14 (piistruct16): structured identifiers in layouts the masker missed,
read from test16's misses and rebuilt as sentences of this branch's own:

* an account a post says money was sent to (``…로 보냄``), with no bank or account word;
* a registration number whose back seven digits are typed in spaced groups, and one given for a
  prize's tax report (제세공과금);
* a card number after a masked card it replaces, and a 4-6-5 American Express layout after a
  card word, both with a wrong check digit;
* a bare lot address whose 동 name Kiwi cuts into syllables, after an address word, and a
  parcel's recipient in brackets kept out of the address.
"""

from __future__ import annotations

import pytest

from marquee.privacy.pii import detect


def found(text, entity):
    return [text[s.start:s.end] for s in detect(text) if s.entity == entity]


@pytest.mark.parametrize("text, number", [
    ("민재: 표값 돈 482-915-330271로 보냈어요", "482-915-330271"),
    ("아까 4812-3377-5521-06로 쐈어요 확인해줘", "4812-3377-5521-06"),
])
def test_p11_2_money_sent_to_a_number_is_an_account(text, number):
    assert found(text, "ACCOUNT") == [number]


def test_p11_2_a_phone_sent_to_stays_a_phone():
    assert found("사진은 010-4821-3390로 보냈어요", "ACCOUNT") == []


@pytest.mark.parametrize("text, number", [
    ("상품 수령 확인용 / 850315-2 417 603 / 감사합니다", "850315-2 417 603"),
    ("제세공과금 처리 때문에 올려요 9203151234560 입니다", "9203151234560"),
])
def test_p11_2_registration_number_layouts(text, number):
    assert found(text, "RRN") == [number]


@pytest.mark.parametrize("text, number", [
    ("등록 카드 바꿔주세요 예전 4410-****-****-2281 → 새거 5312 7788 0145 9920", "5312 7788 0145 9920"),
    ("해외결제 카드 3741 552908 61230 로 했는데 취소되나요", "3741 552908 61230"),
])
def test_p11_2_card_layouts_with_a_wrong_check_digit(text, number):
    assert found(text, "CARD") == [number]


def test_p11_2_a_wrong_check_digit_alone_is_no_card():
    assert found("주문 3741 552908 61230 건 확인 부탁", "CARD") == []


@pytest.mark.parametrize("text, address", [
    ("우리집 풍덕천동 71-3 앞에 영화관 생겼어요", "풍덕천동 71-3"),
    ("주소: 풍덕천동 412-18 으로 보내주세요", "풍덕천동 412-18"),
    ("배송지 변경: 청라동 902-15 (받는분 김하늘)", "청라동 902-15"),
])
def test_p11_2_bare_lot_addresses(text, address):
    assert found(text, "ADDRESS") == [address]


def test_p11_2_a_form_that_says_to_replace_its_examples():
    text = "양도 신청서\n이름: 홍길동\n전화: 010-1234-5678\n※ 예시 내용은 지운 뒤 보내주세요"
    assert found(text, "PHONE") == [] and found(text, "PERSON") == []
    assert found("제 번호 010-1234-5678 이에요 예시 아니고 진짜", "PHONE") == ["010-1234-5678"]
