"""P11.2, issue 16, round 7 (after test6 was opened for error analysis): structured
identifiers in slots and layouts the recognisers did not read, and example values that are
no one's. Every string is invented; none comes from a bench data file."""

from __future__ import annotations

import pytest

from marquee.privacy.pii import detect, mask_text


def found(text, entity):
    return [text[s.start:s.end] for s in detect(text) if s.entity == entity]


# --- an identity slot takes any identifier, read by its shape ------------------------------------

@pytest.mark.parametrize("value, entity", [
    ("010-2718-3344", "PHONE"),
    ("0 1 0 3 3 8 1 7 2 0 5", "PHONE"),
    ("8803151049212", "RRN"),
    ("880315 1049212", "RRN"),
    ("4111.1111.1111.1111", "CARD"),
    ("352-0417-2291-03", "ACCOUNT"),
    ("21-19-38475620", "DRIVER_LICENSE"),
    ("M 5531 0827", "PASSPORT"),
    ("r40918273", "PASSPORT"),
    ("S-60417293", "PASSPORT"),
])
def test_p11_2_an_identity_slot_beats_the_order_words_before_it(value, entity):
    # 주문 and 쿠폰 are negative cues; the identity cue right before the value is nearer.
    text = f"예매 확인 / 주문 ORD-5521 / 쿠폰 AB12-CD34 / 본인 확인용 {value} / 결제 9,000원"
    assert found(text, entity) == [value]


def test_p11_2_without_an_identity_cue_an_order_word_still_keeps_a_number():
    text = "주문 3520-4172-291-033 / 결제 9,000원"
    assert found(text, "ACCOUNT") == []


# --- a table column is labelled by its header ------------------------------------------------------

def test_p11_2_a_csv_header_labels_the_licence_column():
    text = "이름,면허번호,메모\n가나,21-19-38475620,오전\n다라,13 07 550912 36,오후\n마바,14-02-71860334,-"
    assert found(text, "DRIVER_LICENSE") == ["21-19-38475620", "13 07 550912 36", "14-02-71860334"]


def test_p11_2_a_pipe_header_labels_the_account_column():
    text = "이름 | 은행 | 계좌 | 금액\n가나 | 하나 | 4021-77-1830264 | 7,000원\n다라 | 농협 | 3301-4472-1198 | 9,000원"
    assert found(text, "ACCOUNT") == ["4021-77-1830264", "3301-4472-1198"]


def test_p11_2_a_first_row_of_data_is_no_header():
    from marquee.privacy.pii.columns import header_cell

    text = "가나,010-3391-2207,오전\n다라,010-5527-8130,오후"
    assert header_cell(text, text.index("010-5527")) is None
    text = "이름,연락처,메모\n가나,010-3391-2207,-"
    assert header_cell(text, text.index("010-3391")) == "연락처"


def test_p11_2_a_tab_separates_cells_not_the_groups_of_one_number():
    text = "은행\t계좌\t금액\n우체국\t110-482-019283\t15,000원"
    assert found(text, "ACCOUNT") == ["110-482-019283"]


@pytest.mark.parametrize("text, value", [
    ("가나;신한;110-302-884213;5,000원", "110-302-884213"),
    ("환불은 광주 1107-021-558392 로 부탁드려요", "1107-021-558392"),
    ("하나/252-205481-77639 김가 로 보내줘", "252-205481-77639"),
    ("환불 계좌 국민 / 417-21-0938-552", "417-21-0938-552"),
    # before a phone's own shape: a bank named in full, or a short name with a colon
    ("대구은행 053-418-2207", "053-418-2207"),
    ("우리: 0104417209", "0104417209"),
])
def test_p11_2_a_bank_name_right_before_the_number_in_any_separator(text, value):
    assert found(text, "ACCOUNT") == [value]


# --- layouts and forms ------------------------------------------------------------------------------

def test_p11_2_groups_across_a_bracket_are_no_card():
    # 5516-301-88231 followed by (2026…: Luhn-valid when read as one 16-digit number.
    text = "예매 5516-301-88231 (2026.01.05 19:30, F열 3번)"
    assert found(text, "CARD") == []


def test_p11_2_an_old_licence_with_the_region_name_and_glued_check_digits():
    text = "신분 확인: 대전 95-40718263 으로 확인했습니다"
    assert found(text, "DRIVER_LICENSE") == ["대전 95-40718263"]
    assert found(text, "PHONE") == []


def test_p11_2_an_internet_phone_with_a_three_digit_exchange():
    assert found("담당 경사 연락처 070-512-3398 입니다", "PHONE") == ["070-512-3398"]


@pytest.mark.parametrize("text, value", [
    ("제 번호 o16-448-2091 이에요", "o16-448-2091"),
    ("휴대폰: O7O-5O3-2O41", "O7O-5O3-2O41"),
    ("연락은 o62-371-0958 로", "o62-371-0958"),
])
def test_p11_2_letter_o_for_zero_in_any_phone_shape(text, value):
    assert found(text, "PHONE") == [value]


def test_p11_2_a_passport_letter_o_is_not_folded_into_a_zero():
    assert found("여권번호 O-48213377 입니다", "PASSPORT") == ["O-48213377"]


def test_p11_2_a_passport_glued_to_its_cue():
    assert found("my passportS30918264 thanks", "PASSPORT") == ["S30918264"]


def test_p11_2_an_e_mail_after_filler_dots_and_an_ip_glued_to_its_cue():
    assert found("제 메일 ..sunny77@ daum.net 로 주세요", "EMAIL") == ["sunny77@ daum.net"]
    assert found("ip10.20.30.41 차단 풀어주세요", "IP") == ["10.20.30.41"]


def test_p11_2_arc_is_a_foreigner_registration_cue():
    assert found("I am a student (ARC 8809125123453).", "FRN") == ["8809125123453"]


# --- example values -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "FAQ) 휴대폰 번호는 010-1234-5678 형식으로 넣어 주세요",
    "입력 예: 휴대폰 01012345678",
    "안내: 주민등록번호는 123456-1234567 형태로 적습니다",
    "카드번호는 1234-5678-9012-3456 처럼 하이픈을 넣어요",
    "면허번호 칸 예시 11-00-000000-00",
    "여권번호 예시 M00000000",
    "아이디는 xxx@xxxx.com 같은 형식",
    "가입 메일은 test@test.com 처럼 쓰면 됩니다",
    "메일 칸에 id@daum.net 적었더니 통과되네요",
    "이메일은 abc@domain.com 형식",
])
def test_p11_2_dummy_and_format_examples_are_not_masked(text):
    assert mask_text(text).text == text


@pytest.mark.parametrize("text, gone", [
    ("제 번호 010-2345-7781 로 연락 주세요", "010-2345-7781"),
    ("연락처 0 1 0 4 4 7 2 9 1 0 3", "0 1 0 4 4 7 2 9 1 0 3"),
    ("제 메일 abc@gmail.com 으로 보내주세요", "abc@gmail.com"),
    ("아이디는 minho.k@xxxx.com 이에요", "minho.k@xxxx.com"),
])
def test_p11_2_real_values_next_to_the_example_rules_are_still_masked(text, gone):
    assert gone not in mask_text(text).text


def test_p11_2_the_example_name_after_a_field_label():
    text = "입력 예시: 성명 홍길동, 연락처 010-XXXX-XXXX"
    assert mask_text(text).text == text


def test_p11_2_a_dummy_number_without_a_format_cue_is_somebody_s():
    # Forms and tests fill in 010-1234-5678 as a real member's number.
    assert "010-1234-5678" not in mask_text("회신 번호 010-1234-5678 로 부탁해요").text


# --- second pass over test5's and dev's remaining structured errors ----------------------------

@pytest.mark.parametrize("text, value", [
    ("제 연락처 공일공31팔4427구", "공일공31팔4427구"),
    ("번호 공1공-오일육칠-공38일", "공1공-오일육칠-공38일"),
    # a particle after a number that is a phone already stays a particle
    ("번호 010-1234-5678이 맞아요", "010-1234-5678"),
    ("폰 010-2231-8890이고 문자 주세요", "010-2231-8890"),
])
def test_p11_2_a_last_hangul_digit_is_a_digit_only_when_it_completes_a_phone(text, value):
    assert found(text, "PHONE") == [value]


def test_p11_2_server_is_no_version_cue_and_cues_an_ip():
    assert found("server log: 10.20.33.71 - - [2026-02-03] GET /", "IP") == ["10.20.33.71"]
    assert found("앱 ver 1.2.3.4 에서 오류", "IP") == []


def test_p11_2_a_cue_on_the_next_line_does_not_reach_back():
    text = "주민등록번호: 8803151049219\n입금계좌: 우리 1002-331-482910"
    assert found(text, "ACCOUNT") == ["1002-331-482910"]
    assert found(text, "RRN") == ["8803151049219"]


def test_p11_2_no_card_number_starts_with_8():
    # 8261-3340-7719-0429 passes Luhn, but 8 is not a payment industry (ISO/IEC 7812).
    assert found("문의 번호 끝에 8261-3340-7719-0429 적혀 있어요", "CARD") == []


# --- probes written after the round's sets were clean ------------------------------------------

def test_p11_2_an_international_number_with_the_trunk_zero_in_brackets():
    assert found("연락처 +82 (0)10 4821 7730", "PHONE") == ["+82 (0)10 4821 7730"]
    assert mask_text("연락처 +82 (0)10 4821 7730").text == "연락처 +82 (0)10 **** 7730"


@pytest.mark.parametrize("text, value", [
    ("메일 hong (골뱅이) naver (쩜) com 으로", "hong (골뱅이) naver (쩜) com"),
    ("메일 hong[@]naver.com", "hong[@]naver.com"),
    ("메일 hong 골뱅이 naver 닷컴 으로 주세요", "hong 골뱅이 naver 닷컴"),
])
def test_p11_2_more_spelled_out_e_mails(text, value):
    assert found(text, "EMAIL") == [value]


def test_p11_2_a_mobile_decorated_with_spaces_around_the_joiner():
    assert found("010 ♡ 4821 ♡ 7730 으로 연락", "PHONE") == ["010 ♡ 4821 ♡ 7730"]


@pytest.mark.parametrize("text, value, entity", [
    ("주민번호 앞자리 880315 뒷자리 1049212 입니다", "880315 뒷자리 1049212", "RRN"),
    ("앞자리는 880315 이고 뒷자리는 1049212", "880315 이고 뒷자리는 1049212", "RRN"),
    ("외국인등록번호 앞자리 880912, 뒷자리 5123453", "880912, 뒷자리 5123453", "FRN"),
])
def test_p11_2_a_registration_number_in_two_named_halves(text, value, entity):
    assert found(text, entity) == [value]
    assert mask_text(text).text.count("*") == 6


def test_p11_2_named_halves_that_are_no_birth_date_stay():
    assert found("앞자리 123499 뒷자리 1234567", "RRN") == []


@pytest.mark.parametrize("text", [
    "확인용 캡처 1234-5678-9012 보내드려요",          # no licence layout
    "본인 확인용 예매 2026-0314-1234 건입니다",       # a year-prefixed code
    "본인확인 절차 후 2026.03.14 19:30 상영 입장",    # a date and a time
])
def test_p11_2_an_identity_cue_does_not_make_any_number_an_identifier(text):
    assert detect(text) == []


def test_p11_2_the_international_prefix_00_before_82():
    assert mask_text("연락처 0082-10-4821-7730").text == "연락처 0082-10-****-7730"
    assert found("주문번호 0082-10-4821-7730", "PHONE") == []


def test_p11_2_a_wrong_check_digit_in_a_column_of_registration_numbers():
    # No header and no cue: the valid numbers above and below give the column its kind.
    text = "가 | 880315 1049212 | 서울\n나 | 8803151049219 | 부산\n다 | 880912-5123453 | 대구"
    assert found(text, "RRN") == ["880315 1049212", "8803151049219"]
    # one other number with a wrong check digit makes no column of registration numbers
    assert found("가 | 8803151049219 | 서울\n나 | 8803151049218 | 부산", "RRN") == []
    # two others written as registration numbers (6 + 7 digits) do, whatever their check digits
    text = "가 | 880315-1049211 | 서울\n나 | 8803151049219 | 부산\n다 | 880912-5123451 | 대구"
    assert found(text, "RRN") + found(text, "FRN") == ["880315-1049211", "8803151049219", "880912-5123451"]


def test_p11_2_the_header_cache_reads_every_row_as_a_fresh_lookup_would():
    from marquee.privacy.pii.columns import header_cell

    text = ("메모\n이름 | 면허번호 | 비고\n가 | 11-22-333333-44 | -\n나 | 12-23-343434-45 | -\n\n"
            "다 | 13-24-353535-46 | -")
    cache: dict = {}
    for value in ("11-22", "12-23", "13-24"):
        pos = text.index(value)
        assert header_cell(text, pos, cache) == header_cell(text, pos)
    assert header_cell(text, text.index("12-23"), cache) == "면허번호"
    assert header_cell(text, text.index("13-24"), cache) is None  # a blank line ends the table


# --- phones lost to round-7 rules (issue 16: PHONE recall on the blind set) ---------------------

@pytest.mark.parametrize("text, value", [
    ("대구 053-418-2207 로 문의", "053-418-2207"),  # a regional short name is a place first
    ("지점: 광주 / 062 391 4420", "062 391 4420"),
    ("제주, 0647284913", "0647284913"),
    ("매장 부산 | 051-7720-3185 | 10:00~22:00", "051-7720-3185"),
    ("우리 / 031-417-2093 으로 연락 주세요", "031-417-2093"),  # an everyday word, a list
    ("토스, 02 8823 1150", "02 8823 1150"),
    ("하나 | 01193827741 | 19:40", "01193827741"),
    # lines of prose that hold as many commas: the first is no header row (주문, 쿠폰 …)
    ("어제 주문했는데, 취소하고, 환불받고 싶어요\n010-3381-7720, 남궁별, 감사합니다", "010-3381-7720"),
    ("쿠폰 썼는데, 적용이 안되고, 결제만 됐어요\n02-517-3390, 여기로, 연락주세요", "02-517-3390"),
    ("주문번호 확인했고요; 좌석은 F7\n010 3381 7720; 남궁별", "010 3381 7720"),
])
def test_p11_2_phones_that_round_7_rules_took_for_something_else(text, value):
    assert found(text, "PHONE") == [value]
    assert found(text, "ACCOUNT") == []


def test_p11_2_a_cell_with_digits_in_a_name_column_is_no_name():
    # an ASCII cell was read as a Latin name of two or three words: "031 417 2093"
    text = "이름\t전화\t금액\n031 417-2093\t한지우\t011 358-5311\n서도윤\t02 771 4024\t9,000원"
    assert found(text, "PERSON") == ["한지우", "서도윤"]
    assert found(text, "PHONE") == ["031 417-2093", "011 358-5311", "02 771 4024"]


def test_p11_2_a_real_header_still_labels_its_column():
    # an order-number column keeps a phone-shaped value out of PHONE (a round-7 precision rule)
    assert found("주문번호, 성명, 관람일\n010-3381-7720, 남궁별, 3월 2일", "PHONE") == []
