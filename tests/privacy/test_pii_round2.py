"""P11.2, second round: names without cues and in other scripts, names broken up, lot-number
addresses with a complex, obfuscated contacts, fewer false alarms, and the operator's
declared contacts left visible."""

from __future__ import annotations

import pytest
from django.test import override_settings

from marquee.privacy.pii import detect, mask_text


def persons(text, **kw):
    return [text[s.start:s.end] for s in detect(text, **kw) if s.entity == "PERSON"]


def masked(text, **kw):
    return mask_text(text, **kw).text


# --- names without a cue ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "names"), [
    ("어제 민지랑 김서연이랑 같이 봤어요", ["김서연"]),
    ("박지훈, 최유나, 정하은 셋이서 갔어요", ["박지훈", "최유나", "정하은"]),
    ("보낸사람 김도윤", ["김도윤"]),
])
def test_p11_2_names_without_a_cue_in_lists_and_as_sender(text, names):
    assert persons(text) == names


def test_p11_2_a_name_masked_once_with_a_cue_is_masked_everywhere_in_the_post():
    r = mask_text("김민수님께 전달했어요. 나중에 김민수가 다시 왔고 민수가 웃었어요")
    assert r.text == "김*수님께 전달했어요. 나중에 김*수가 다시 왔고 민*가 웃었어요"
    assert r.counts == {"PERSON": 3}


def test_p11_2_spaced_and_invisible_character_names_keep_original_offsets():
    assert masked("김 민수 님 연락 주세요") == "김 *수 님 연락 주세요"
    assert masked("성명: 박 지훈") == "성명: 박 *훈"
    assert masked("김\u200d민수님") == "김\u200d*수님"
    assert masked("홍\ufeff길동 씨가 왔어요") == "홍\ufeff*동 씨가 왔어요"


def test_p11_2_two_syllable_names_with_honorific_or_label():
    assert persons("김산 씨가 왔어요") == ["김산"]
    assert persons("예금주 윤슬") == ["윤슬"]


def test_p11_2_rarer_given_name_syllables_count_after_a_label():
    assert persons("받는이 이려원") == ["이려원"]


@pytest.mark.parametrize(("text", "name"), [
    ("KIM MINSU 명의로 예약했어요", "KIM MINSU"),
    ("Hong Gil-dong", "Hong Gil-dong"),
    ("Minsu Kim 님 확인 부탁드려요", "Minsu Kim"),
    ("LEE, JIEUN", "LEE, JIEUN"),
    ("John Smith 님이 주문하셨어요", "John Smith"),
    ("응우옌 반 안 씨가 예약했어요", "응우옌 반 안"),
    ("마이클 브라운이 왔어요", "마이클 브라운"),
    ("아지즈 카리모프 씨 전화 주세요", "아지즈 카리모프"),
])
def test_p11_2_romanised_and_foreign_names(text, name):
    assert persons(text) == [name]


@pytest.mark.parametrize("text", [
    "이번에 정말 좋았어요", "조용한 영화관이 좋아요", "공지사항 확인 부탁드립니다",
    "정상적으로 처리되었습니다", "이 영화 정말 재밌어요", "배송지는 아래에 적었어요",
    "Park Hyatt 호텔 근처", "The Dark Knight 재개봉", "반 안 보고 나왔어요",
])
def test_p11_2_ordinary_words_are_not_names(text):
    assert persons(text) == []


def test_p11_2_catalogue_names_stay_even_without_a_cue():
    assert persons("강하늘 나오는 영화 봤어요", allow=["강하늘"]) == []


# --- addresses --------------------------------------------------------------------------------

def test_p11_2_lot_number_address_with_complex_masks_every_number():
    r = mask_text("주소: 역삼동 123-45 (래미안아파트) 101동 1203호 입니다")
    assert r.text == "주소: 역삼동 ***-** (******) **** ***** 입니다"
    assert r.counts == {"ADDRESS": 1}
    t = "배송지 경기도 성남시 분당구 정자동 178-1 한솔마을 주공아파트 3단지 302동 1104호로 보내주세요"
    out = masked(t)
    assert out.startswith("배송지 경기도 성남시 분당구 정자동 ***-* ")
    assert not any(c.isdigit() for c in out)


# --- obfuscated contacts ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("메일 hong [at] example [dot] com 으로", "메일 h*** [at] example [dot] com 으로"),
    ("hong (at) naver (dot) com", "h*** (at) naver (dot) com"),
    ("minji(골뱅이)naver.com 으로 주세요", "m****(골뱅이)naver.com 으로 주세요"),
    ("hong @ naver.com", "h*** @ naver.com"),
    ("hong 앳 naver 닷 com", "h*** 앳 naver 닷 com"),
])
def test_p11_2_obfuscated_emails(text, expected):
    assert masked(text) == expected


def test_p11_2_phone_with_letter_o_and_mixed_hangul_digits():
    assert masked("연락 O1O-1234-5678") == "연락 O1O-****-5678"
    assert masked("연락처 공1공-12삼4-5678이고요") == "연락처 공1공-****-5678이고요"
    assert masked("번호 5678이 맞아요") == "번호 5678이 맞아요"


def test_p11_2_passports_in_other_layouts():
    assert masked("여권 M1234 5678") == "여권 M**** ****"
    assert masked("여권번호 M 123 45678") == "여권번호 M *** *****"


# --- false alarms -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "주문 No. 01012345678", "예약 번호 123456789012", "배송 조회 6072-1234-5678",
    "쿠폰 0101-2345-6789 사용했어요", "Order 010-2345-6789",
])
def test_p11_2_order_booking_delivery_coupon_numbers_are_not_identifiers(text):
    assert detect(text) == []


def test_p11_2_operator_declared_contacts_are_never_masked():
    text = ("문의는 help@mecross.net 또는 070-8290-9005, 개인정보 보호책임자 이경수 대표 "
            "mktlee@mecross.net. 주소 서울시 마포구 동교동 154-23 3층")
    assert mask_text(text).text == text
    assert masked("제 메일은 minji@mecross.net 입니다") == "제 메일은 m****@mecross.net 입니다"


@override_settings(MARQUEE_CUSTOMER_CENTRE={"email": "event [at] marquee.kr", "phone": "02-555-1234"},
                   MARQUEE_PRIVACY_OFFICER={"email": "privacy@marquee.kr"}, MARQUEE_OPERATOR={})
def test_p11_2_declared_contacts_follow_the_settings():
    assert mask_text("이벤트 문의 event@marquee.kr, 02-555-1234").text == "이벤트 문의 event@marquee.kr, 02-555-1234"
    assert masked("문의 help@mecross.net") == "문의 h***@mecross.net"


# --- lists and tables -------------------------------------------------------------------------

def test_p11_2_names_in_a_table_column_and_comma_lists():
    text = "| 이름 | 연락처 |\n| 동민서 | 010 1594 5028 |\n| 김 철수 | 없음 |"
    assert persons(text) == ["동민서", "김 철수"]
    assert persons("| 이름 | 수량 |\n| 콤보세트 | 2 |") == []
    assert persons("이번 주 모임: 심현우, 석성욱, 장우진. 좌석은 C열") == ["심현우", "석성욱", "장우진"]
    assert persons("수신: 범끝순 귀하") == ["범끝순"]


@pytest.mark.parametrize("text", [
    "강남점, 홍대점, 신촌점 다 가봤어요", "강아지랑 산책", "이름\t가격\n팝콘\t5000",
    "신입생이랑 같이 봤어요", "고양이한테 밥 주고 왔어요",
])
def test_p11_2_common_words_places_and_item_tables_are_not_names(text):
    assert persons(text) == []


def test_p11_2_catalogue_name_with_particle_i_stays():
    assert persons("현빈이랑 이정재 투샷 좋았어요", allow=["현빈", "이정재"]) == []


@pytest.mark.parametrize("text", [
    "경기도", "부산시", "제주도", "(수신 미동의)", "먼저 요구인이 알려 준 식별 정보로 회원을 찾으세요.",
])
def test_p11_2_interface_and_place_words_are_not_names(text):
    """Found by masking the site's own Korean interface strings (none hold personal data)."""
    assert persons(text) == []


def test_p11_2_signatures_lists_of_three_and_more_name_forms():
    assert persons("모임: 제재규, 편희자, 나서진. 좌석은 G열") == ["제재규", "편희자", "나서진"]
    assert persons("이벤트, 할인권, 정기권 모두 가능") == []
    assert persons("작성: 마끝순\n감사합니다") == ["마끝순"]
    assert persons("— 이겨울\n감사합니다") == ["이겨울"]
    assert persons("— 감사합니다\n") == []
    assert persons("외국인 친구 쩐 반 남씨 학생") == ["쩐 반 남"]
    assert persons("영문 이름: Min-jae Hwang / 인원 2명") == ["Min-jae Hwang"]


def test_p11_2_date_prefixed_order_numbers_are_not_cards():
    # 2024-1205-0012-3454 passes Luhn, but no card range starts with 20.
    from marquee.privacy.pii.numbers import luhn_ok

    assert luhn_ok("2024120500123454")
    assert detect("2024-1205-0012-3454 건 확인 부탁드려요") == []
    assert [s.entity for s in detect("카드 2221-0000-0000-0009")] == ["CARD"]


def test_p11_2_romanised_syllables_come_from_the_whole_given_name_inventory():
    assert persons("예약자: Taeyang Oh / 인원 1명") == ["Taeyang Oh"]
    for text in ("Park Hyatt 호텔", "Do Young", "Good Will Hunting", "Oh My Girl 콘서트"):
        assert persons(text) == []


@pytest.mark.parametrize(("text", "names"), [
    ("나: 강희자랑 같이 가기로 했어", ["강희자"]),
    ("팽옥분한테 물어봐", ["팽옥분"]),
    ("정말이랑 진짜로", []),
    ("신입생이랑 동생이랑 친구들이랑 봤어요", []),
])
def test_p11_2_comitative_and_animate_particles_mark_names_kiwi_cannot_read(text, names):
    assert persons(text) == names


def test_p11_2_complex_of_any_name_before_dong_ho_and_the_hyphen_pair():
    assert masked("서울시 송파구 잠실동 40-1 잠실엘스 123동 405호 입니다") == \
        "서울시 송파구 잠실동 **-* **** **** **** 입니다"
    assert masked("주소: 역삼동 123-45 래미안아파트 101-1203") == "주소: 역삼동 ***-** ****** ***-****"
    assert masked("강남구 테헤란로 10 010-1234-5678") == "강남구 테헤란로 ** 010-****-5678"
