"""P11.2: other people's personal information in posts is masked, format-preserving,
and the masking is recorded (types and counts, never values)."""

from __future__ import annotations

import pytest

from marquee.privacy.pii import AllowList, MaskResult, Span, detect, mask_text

CATALOGUE = ["정우성", "전지현", "봉준호", "도민준", "마키 용산아이파크몰", "천송이"]


def entities(text, **kw):
    return [(s.entity, text[s.start:s.end]) for s in detect(text, **kw)]


def masked(text, **kw):
    return mask_text(text, **kw).text


# --- resident / foreigner registration numbers -------------------------------------------------

def test_p11_2_masks_rrn_keeping_birth_date_and_sex_digit():
    r = mask_text("주민번호 900101-1234568 로 본인확인 했어요")
    assert r.text == "주민번호 900101-1****** 로 본인확인 했어요"
    assert r.counts == {"RRN": 1}


def test_p11_2_masks_post_2020_rrn_with_failed_checksum():
    # Since October 2020 the six digits after the sex digit are random: no checksum.
    text = "제 주민번호 201015-3987654 이에요"
    assert entities(text) == [("RRN", "201015-3987654")]


def test_p11_2_masks_bare_rrn_only_with_checksum_or_cue():
    assert entities("주민등록번호 9001011234567") == [("RRN", "9001011234567")]
    # 13 random digits with no cue and a failed checksum stay (a barcode, an order number).
    assert detect("8801234567893 이 바코드 뭐예요?") == []


def test_p11_2_masks_foreigner_registration_number():
    assert mask_text("외국인등록번호 950317-5123456입니다").text == "외국인등록번호 950317-5******입니다"
    assert mask_text("외국인등록번호 950317-5123456입니다").counts == {"FRN": 1}


def test_p11_2_masks_rrn_with_space_or_hangul_dash():
    assert masked("주민 900101 1234568") == "주민 900101 1******"
    assert masked("주민 900101ㅡ1234568") == "주민 900101ㅡ1******"


# --- phones ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("연락처 010-1234-5678 입니다", "연락처 010-****-5678 입니다"),
    ("01012345678로 문자 주세요", "010****5678로 문자 주세요"),
    ("010 1234 5678", "010 **** 5678"),
    ("010.1234.5678", "010.****.5678"),
    ("매장 02-123-4567", "매장 02-***-4567"),
    ("집 031-765-4321", "집 031-***-4321"),
    ("안심번호 0505-123-4567", "안심번호 0505-***-4567"),
    ("인터넷전화 070-1234-5678", "인터넷전화 070-****-5678"),
    ("+82 10-1234-5678", "+82 10-****-5678"),
    ("(02)123-4567", "(02)***-4567"),
])
def test_p11_2_masks_mobile_landline_and_050x_numbers(text, expected):
    assert masked(text) == expected


def test_p11_2_masks_mobile_glued_to_particle():
    r = mask_text("찾으시면 010-9876-5432로 연락 부탁드려요")
    assert r.text == "찾으시면 010-****-5432로 연락 부탁드려요"
    assert r.spans == (Span(5, 18, "PHONE", r.spans[0].score),)


def test_p11_2_masks_phone_next_to_a_date():
    assert masked("2024.10.05 010-1234-5678") == "2024.10.05 010-****-5678"


def test_p11_2_does_not_mask_business_numbers():
    assert detect("고객센터 1588-1234 로 전화하세요") == []


# --- e-mail, cards, accounts, passports, licences, IP -------------------------------------------

def test_p11_2_masks_email_glued_to_particle():
    assert masked("hong@example.com으로 보내주세요") == "h***@example.com으로 보내주세요"
    assert masked("메일 minji.park@naver.com로요") == "메일 m*********@naver.com로요"


def test_p11_2_masks_luhn_valid_card_keeping_first_and_last_four():
    assert masked("카드 4111-1111-1111-1111로 결제했어요") == "카드 4111-****-****-1111로 결제했어요"
    assert masked("카드 4111 1111 1111 1111") == "카드 4111 **** **** 1111"


def test_p11_2_ignores_luhn_failing_sixteen_digits_and_vouchers():
    assert detect("번호 4111-1111-1111-1112 맞나요") == []
    assert detect("관람권 번호 4111-1111-1111-1111 등록이 안 돼요") == []


def test_p11_2_masks_mistyped_card_number_when_called_a_card():
    assert entities("카드번호 4111-1111-1111-1112") == [("CARD", "4111-1111-1111-1112")]


def test_p11_2_masks_account_numbers_only_with_bank_context():
    assert entities("입금은 국민은행 123456-01-234567 로 해주세요") == [("ACCOUNT", "123456-01-234567")]
    assert masked("카카오뱅크 3333-05-7789123") == "카카오뱅크 333*-**-****123"
    assert detect("주문번호 123456-01-234567 확인 부탁") == []


def test_p11_2_masks_passport_both_formats():
    assert entities("여권번호 M123A4567 입니다") == [("PASSPORT", "M123A4567")]
    assert entities("여권 M12345678") == [("PASSPORT", "M12345678")]
    assert masked("여권번호 M123A4567") == "여권번호 M********"


def test_p11_2_masks_driver_licence_both_formats():
    assert masked("면허번호 11-12-345678-90") == "면허번호 11-12-******-**"
    assert masked("서울 12-345678-90 면허증") == "서울 12-******-** 면허증"


def test_p11_2_masks_ip_but_not_version_strings():
    assert masked("접속 IP 211.36.12.5입니다") == "접속 IP 211.36.**.*입니다"
    assert detect("앱 버전 1.2.3.4 에서 오류") == []
    assert detect("v2.13.1 업데이트") == []


# --- addresses -------------------------------------------------------------------------------------

def test_p11_2_masks_road_name_address_keeping_region_and_road():
    r = mask_text("배송지: 서울특별시 강남구 테헤란로 427, 5층 입니다")
    assert r.text == "배송지: 서울특별시 강남구 테헤란로 ***, ** 입니다"
    assert r.counts == {"ADDRESS": 1}


def test_p11_2_masks_lot_number_address():
    assert entities("경기도 양평군 양서면 용담리 123-4 로 보내주세요") == [
        ("ADDRESS", "경기도 양평군 양서면 용담리 123-4")]
    assert entities("역삼동 123-45번지") == [("ADDRESS", "역삼동 123-45번지")]


def test_p11_2_masks_road_address_without_region():
    assert entities("주소: 판교역로 235 입니다") == [("ADDRESS", "판교역로 235")]


def test_p11_2_does_not_mask_a_word_with_the_particle_ro():
    assert detect("회사로 3시까지 갈게요") == []
    assert detect("3번 출구로 나오세요") == []


# --- names ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("홍길동님이 어제 연락했어요", "홍길동"),
    ("예금주 박서준으로 입금해주세요", "박서준"),
    ("성명: 이서연", "이서연"),
    ("이경민 대표에게 문의하세요", "이경민"),
    ("제 친구 김민수가 표를 양도한대요", "김민수"),
    ("김하늘 님 감사합니다", "김하늘"),
    ("남궁민아 고객님 예매 확인", "남궁민아"),
    ("분실하신 분 최현우 010-2291-3377", "최현우"),
    ("영철이가 아니라 김영철이한테 넘겼어요", "김영철"),
])
def test_p11_2_masks_names_in_context(text, name):
    assert ("PERSON", name) in entities(text)


def test_p11_2_masks_names_format_preserving():
    assert masked("홍길동님 감사합니다") == "홍*동님 감사합니다"
    assert masked("남궁민아 고객님") == "남**아 고객님"
    assert masked("민수씨 덕분에") == "민*씨 덕분에"


@pytest.mark.parametrize("text", [
    "구매자님 확인 부탁드립니다",
    "양도자님께 연락 부탁드려요",
    "고객님 안녕하세요",
    "유명한 배우가 나오는 영화",
    "정말로 최고의 영화였어요",
    "이름은 비공개로 할게요",
    "이번주 주말에 또 갈래요",
])
def test_p11_2_does_not_mask_ordinary_words_near_name_cues(text):
    assert [s for s in detect(text) if s.entity == "PERSON"] == []


# --- hard negatives and the allow-list -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "예매번호 7KQ2-M9XH-4T3B 입니다",
    "예매권 REE9-SD6X-WRAW-BDHA 등록",
    "2024.10.05 19:30 상영, 12,000원",
    "H12, C5 좌석이에요",
    "앱 v2.3.1 업데이트",
    "러닝타임 152분, 관람료 1만4천원",
    "10월 5일 오후 7시 30분",
])
def test_p11_2_never_masks_hard_negatives(text):
    assert detect(text) == []


def test_p11_2_allow_list_keeps_cast_crew_characters_and_theatres():
    # No film-talk frame here (round 8 keeps those without a catalogue): only the catalogue can.
    text = "정우성님이랑 봉준호님, 도민준이랑 마키 용산아이파크몰에서 봄"
    assert [s for s in detect(text, allow=CATALOGUE) if s.entity == "PERSON"] == []
    assert [s for s in detect(text) if s.entity == "PERSON"] != []  # without the catalogue
    film_talk = "정우성 배우랑 봉준호 감독님 GV, 도민준 캐릭터 최고. 마키 용산아이파크몰에서 봄"
    assert [s for s in detect(film_talk, allow=CATALOGUE) if s.entity == "PERSON"] == []


def test_p11_2_allow_list_object_is_reusable_and_still_masks_others():
    allow = AllowList(CATALOGUE)
    r = mask_text("정우성 배우 팬미팅에서 김철수님을 만났어요", allow=allow)
    assert r.text == "정우성 배우 팬미팅에서 김*수님을 만났어요"
    assert r.counts == {"PERSON": 1}


# --- normalisation -------------------------------------------------------------------------------

def test_p11_2_masks_full_width_digits_in_place():
    assert masked("연락처 ０１０－１２３４－５６７８") == "연락처 ０１０－****－５６７８"


def test_p11_2_masks_through_zero_width_characters():
    text = "010\u200b1234\u200b5678로 연락"
    r = mask_text(text)
    assert r.counts == {"PHONE": 1}
    assert r.text == "010\u200b****\u200b5678로 연락"


def test_p11_2_masks_phone_written_in_hangul_digits():
    r = mask_text("연락처는 공일공 일이삼사 오육칠팔 입니다")
    assert r.text == "연락처는 공일공 **** 오육칠팔 입니다"
    assert r.counts == {"PHONE": 1}


def test_p11_2_hangul_digit_words_in_sentences_are_left_alone():
    text = "사이 좋게 일이 많아서 오일 동안 못 갔어요 5678이고"
    assert mask_text(text).text == text


def test_p11_2_masks_numbers_with_dashes_of_every_kind():
    assert masked("010–1234–5678") == "010–****–5678"
    assert masked("010ㅡ1234ㅡ5678") == "010ㅡ****ㅡ5678"
    assert masked("0 1 0 1 2 3 4 5 6 7 8") == "0 1 0 * * * * 5 6 7 8"


def test_p11_2_masks_email_with_full_width_at():
    assert masked("hong＠test.com") == "h***＠test.com"


# --- recording and API contract ------------------------------------------------------------------

def test_p11_2_records_types_and_counts_not_values():
    r = mask_text("김철수 010-1234-5678, 이영희 010-2222-3333, hong@test.com")
    assert r.counts == {"PERSON": 2, "PHONE": 2, "EMAIL": 1}
    record = r.record()
    assert record == {"entities": {"PERSON": 2, "PHONE": 2, "EMAIL": 1}, "total": 5}
    assert "1234" not in repr(record) and "김철수" not in repr(record)


def test_p11_2_text_without_pii_is_returned_unchanged():
    text = "파묘 재밌어요. 2회차 예정!"
    r = mask_text(text)
    assert r == MaskResult(text=text)
    assert r.text is text or r.text == text


@pytest.mark.parametrize("value", [None, 123, b"010-1234-5678", "", " "])
def test_p11_2_never_raises_on_odd_input(value):
    assert isinstance(mask_text(value), MaskResult)
    assert detect(value) == []


def test_p11_2_order_number_cue_beats_the_phone_cue_it_contains():
    # 거래번호 contains 번호 (a phone cue); the order-number reading must win.
    assert detect("거래번호 166-010-65827977 입니다") == []


def test_p11_2_screen_hall_after_a_branch_name_is_not_an_address():
    text = "마키 대구동성로 7관 H25석에서 지갑 주웠어요"
    assert [s for s in detect(text, allow=["마키 대구동성로"]) if s.entity == "ADDRESS"] == []


def test_p11_2_a_detector_crash_masks_the_whole_text_instead_of_publishing_it(monkeypatch):
    from marquee.privacy.pii import engine

    def broken(*args, **kwargs):
        raise RuntimeError("detector bug")

    monkeypatch.setattr(engine, "_detect", broken)
    result = engine.mask_text("김철수 010-1234-5678 연락주세요")
    assert "김철수" not in result.text and "1234" not in result.text
    assert result.counts == {"UNSCANNED": 1}
