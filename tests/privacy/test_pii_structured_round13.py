"""P11.2, issue 16, round 13 (piistruct14): addresses and structured identifiers read from
test14's misses, one test per category, with sentences written here (none copied from a set).

Addresses: a complex and ``N동 N호`` with nothing else; a house or villa numbering its flats
without a 동 after a lot number; a longer complex name holding a brand; a side street with a
letter syllable (``27가길``); a road the analyser reads as a word plus 로 when a unit follows.
Structured: a registration number typed one digit at a time around its dash; Hangul-spelled
phones and accounts with two-syllable groups; a mail portal named in Hangul; a bank's
phone-number account with its suffix; money sent to a bare number.
"""

from __future__ import annotations

import pytest

from marquee.privacy.pii import detect, mask_text, morph

needs_kiwi = pytest.mark.skipif(not morph.warm_up(), reason="kiwipiepy unavailable")


def _found(text: str, entity: str) -> list[str]:
    return [text[s.start:s.end] for s in detect(text) if s.entity == entity]


# --- addresses ------------------------------------------------------------------------------

@needs_kiwi
@pytest.mark.parametrize(("text", "unit"), [
    ("우리 집은 은하수빌라 203동 502호라서 엘리베이터가 없어요", "은하수빌라 203동 502호"),
    ("새 주소 알려줄게 무지개마을5단지 712동 1304호", "무지개마을5단지 712동 1304호"),
    ("이모댁(청솔아파트 105동 901호)으로 택배 보내 주세요", "청솔아파트 105동 901호"),
    ("택배는 하늘채 302동 1405호로 부탁드려요", "하늘채 302동 1405호"),
])
def test_p11_2_a_complex_and_its_unit_alone_are_an_address(text, unit):
    assert unit in _found(text, "ADDRESS")
    masked = mask_text(text).text
    assert not any(ch.isdigit() for ch in masked[text.index(unit):text.index(unit) + len(unit)])


@needs_kiwi
@pytest.mark.parametrize("text", [
    "본사는 스타트업타워 A동 301호입니다",  # a lettered block: an office's
    "2호선 타고 가다가 3번 출구에서 내려요",
    "이번 주말 같은 102동 301호 사는 분이랑 봤어요",  # no complex named
])
def test_p11_2_a_unit_without_a_complex_or_with_a_letter_block_is_not_a_home(text):
    assert _found(text, "ADDRESS") == []


@needs_kiwi
@pytest.mark.parametrize(("text", "address"), [
    ("자택 주소는 신림동 412 초록주택 202호예요", "신림동 412 초록주택 202호"),
    ("보내실 곳 대흥동 77-5 해오름하우스 301호", "대흥동 77-5 해오름하우스 301호"),
])
def test_p11_2_a_house_numbering_its_flats_without_a_dong_runs_on_to_the_flat(text, address):
    assert address in _found(text, "ADDRESS")


@needs_kiwi
def test_p11_2_a_brand_inside_a_longer_complex_name_does_not_end_the_address():
    text = "집 주소 부산 해운대구 우동 55-2 마린더샵오션뷰 C2블록 1102동 803호"
    found = _found(text, "ADDRESS")
    assert found and found[0].endswith("803호")


@needs_kiwi
def test_p11_2_a_side_street_with_a_letter_syllable_is_a_road():
    text = "주소: 서울 마포구 성미산로 12나길 8, 302호"
    assert _found(text, "ADDRESS") == ["서울 마포구 성미산로 12나길 8, 302호"]


@needs_kiwi
def test_p11_2_a_road_read_as_a_word_and_particle_counts_when_a_unit_follows():
    text = "배송지 한강로 52 1203호로 보내 주세요"
    assert _found(text, "ADDRESS") == ["한강로 52 1203호"]
    assert _found("회사로 3시까지 와 주세요", "ADDRESS") == []


# --- structured identifiers -----------------------------------------------------------------

def test_p11_2_a_registration_number_typed_digit_by_digit_around_its_dash():
    text = "동생 주민번호 0 5 0 8 2 2 - 3 1 4 5 6 7 8 이렇게 적었어요"
    assert _found(text, "RRN") == ["0 5 0 8 2 2 - 3 1 4 5 6 7 8"]
    assert _found(text, "PHONE") == []


@pytest.mark.parametrize(("text", "entity", "value"), [
    ("급하면 공이-사칠칠-일일공구로 전화 주세요", "PHONE", "공이-사칠칠-일일공구"),
    ("사무실 공이.삼삼일.오팔칠칠 입니다", "PHONE", "공이.삼삼일.오팔칠칠"),
    ("해외에서는 +팔이 일공-칠칠일이-오오삼팔 로 연락", "PHONE", "+팔이 일공-칠칠일이-오오삼팔"),
    ("환불 계좌 신한 일일공삼 이칠 사오육칠팔구", "ACCOUNT", "일일공삼 이칠 사오육칠팔구"),
])
def test_p11_2_hangul_spelled_numbers_with_two_syllable_groups(text, entity, value):
    assert value in _found(text, entity)


def test_p11_2_a_two_syllable_word_between_ordinary_words_stays_a_word():
    assert detect("이사 오는 날 사이 일이삼 너무 좋아") == []


@pytest.mark.parametrize(("text", "value"), [
    ("메일은 movie_lover_88 골뱅이 네이버 입니다", "movie_lover_88 골뱅이 네이버"),
    ("연락은 jiho.park @ 지메일로 주세요", "jiho.park @ 지메일"),
    ("보낸 사람 <marta.k at mail dot ru>", "marta.k at mail dot ru"),
])
def test_p11_2_an_email_with_its_portal_in_hangul_or_a_foreign_domain(text, value):
    assert _found(text, "EMAIL") == [value]


def test_p11_2_a_mail_portal_word_after_at_in_chat_is_no_email():
    assert _found("ok @ 다음에 봐요", "EMAIL") == []


def test_p11_2_a_phone_number_account_with_its_suffix_is_an_account():
    text = "농협 010-4455-2211-03 으로 보내 주세요, 제 폰번호로 만든 계좌예요"
    assert _found(text, "ACCOUNT") == ["010-4455-2211-03"]
    assert _found(text, "PHONE") == []
    assert _found("번호는 010-4455-2211 이고 계좌는 따로 드릴게요", "PHONE") == ["010-4455-2211"]


@pytest.mark.parametrize("text", [
    "어제 치킨값 돈은 3012-55-120934-7로 보내 줘",
    "회비는 202-118845-01-337로 입금 부탁해요",
])
def test_p11_2_money_sent_to_a_bare_number_makes_it_an_account(text):
    assert len(_found(text, "ACCOUNT")) == 1


def test_p11_2_a_booking_number_sent_by_the_cinema_is_no_account():
    assert _found("예매번호 2231-4410-8812로 보내드렸어요", "ACCOUNT") == []


@needs_kiwi
def test_p11_2_a_hyphenated_lot_number_takes_the_subject_particle():
    text = "제 주소가 대구 수성구 범어동 311-12가 아니라 다른 데로 바뀌었어요"
    assert _found(text, "ADDRESS") == ["대구 수성구 범어동 311-12"]
    assert _found("을지로3가 근처에서 만나요", "ADDRESS") == []


@needs_kiwi
def test_p11_2_a_building_and_its_floor_belong_to_the_address():
    text = "퇴근은 테헤란로 501 브이타워 B동 12층에서 해요"
    assert _found(text, "ADDRESS") == ["테헤란로 501 브이타워 B동 12층"]


@pytest.mark.parametrize("text", [
    "입금 계좌 우리 1002-334-778812 (예금주 (주)한빛시네마)로 보내 주세요",
    "대관료는 법인 계좌 하나은행 352-910044-12307로 받습니다",
    "계약금은 농협 301-4421-8890-11 (주식회사 달빛극장) 입니다",
])
def test_p11_2_an_account_held_by_a_company_is_not_personal(text):
    assert _found(text, "ACCOUNT") == []


def test_p11_2_an_account_held_by_a_person_is_still_masked():
    assert _found("환불 계좌 우리 1002-334-778812 (예금주 박서진)", "ACCOUNT") == ["1002-334-778812"]


def test_p11_2_the_operators_own_account_by_its_declared_name_is_public():
    from django.conf import settings

    company = settings.MARQUEE_OPERATOR["company"].replace("주식회사", "").strip()
    text = f"입금은 국민 774401-01-552233 ({company})으로 해 주세요"
    assert _found(text, "ACCOUNT") == []


@needs_kiwi
def test_p11_2_a_building_name_is_not_cut_inside_its_word():
    text = "우리 집은 인천 남동구 구월로 88 솔빛빌딩 5층이에요"
    assert _found(text, "ADDRESS") == ["인천 남동구 구월로 88 솔빛빌딩 5층"]


@needs_kiwi
def test_p11_2_a_lot_number_without_hyphen_counts_when_a_flat_follows():
    text = "집은 가좌동 614 달빛빌 305호예요"
    assert _found(text, "ADDRESS") == ["가좌동 614 달빛빌 305호"]


@needs_kiwi
def test_p11_2_a_bracket_holding_a_phone_is_no_reference_item_of_the_address():
    text = "경품 배송지 경기 안산시 상록구 본오동 88-12 (권하람, 010-5521-9087)"
    assert _found(text, "ADDRESS") == ["경기 안산시 상록구 본오동 88-12"]
    assert _found(text, "PHONE") == ["010-5521-9087"]


def test_p11_2_an_account_word_in_the_next_sentence_does_not_make_a_number_an_account():
    text = "환불 언제 되나요? 4410-2298-3315 이거예요. 무통장으로 냈어서 계좌도 적어요"
    assert _found(text, "ACCOUNT") == []
    assert _found("3301-4472-1198 신한. 감사합니다", "ACCOUNT") == ["3301-4472-1198"]


@pytest.mark.parametrize(("text", "entity"), [
    ("명단\n윤다온 / 0412083123456 / 010-3321-7789", "RRN"),
    ("Maria Santos | 8807196123457 | 010 4456 7781", "FRN"),
])
def test_p11_2_thirteen_digits_in_a_persons_row_with_a_phone_are_a_registration(text, entity):
    assert len(_found(text, entity)) == 1


@pytest.mark.parametrize("text", [
    "배송 조회 4207151234567 / 고객센터 1661-9265",
    "주문번호 2023051512345 / 팝콘 세트 / 9천원",
])
def test_p11_2_thirteen_digits_in_a_row_without_a_person_are_left(text):
    assert not [s for s in detect(text) if s.entity in ("RRN", "FRN")]


def test_p11_2_a_number_wrapped_after_a_spaced_dash_is_one_number():
    text = "연락처 010 - 5512 -\n 7784 입니다"
    assert _found(text, "PHONE") == ["010 - 5512 -\n 7784"]
