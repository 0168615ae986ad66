"""P11.2, issue 16, round 8 (test7 opened for error analysis): structured identifiers that
the recognisers refused by a shape or boundary rule. Every string is invented; none comes
from a bench data file."""

from __future__ import annotations

import pytest

from marquee.privacy.pii import detect


def found(text, entity):
    return [text[s.start:s.end] for s in detect(text) if s.entity == entity]


# --- a whole mobile number with its spaces typed in the wrong places -----------------------------

@pytest.mark.parametrize("text, value", [
    ("연락 주세요 01 072 4419 38", "01 072 4419 38"),
    ("폰은 01 963 0027 51 이에요", "01 963 0027 51"),
    ("가나다 : 01 180 5532 94\n라마바 : 010-2281-0937", "01 180 5532 94"),
    ("1\t가나\t01 055 3318 20\t비고", "01 055 3318 20"),
])
def test_p11_2_a_respaced_mobile_number_is_a_phone(text, value):
    assert value in found(text, "PHONE")


@pytest.mark.parametrize("text", [
    "예매번호 608-0559-6364-47 확인됩니다",  # the end of a longer code, dashed
    "코드 01-76977846 입력",  # dashes cut across the area code
    "일련번호 3 01 072 4419 38",  # a group glued before it: part of a longer run
])
def test_p11_2_groups_that_cut_the_area_code_otherwise_stay_no_phone(text):
    assert found(text, "PHONE") == []


# --- a table cell after an address is not the address's bracketed reference -----------------------

def test_p11_2_a_bracketed_area_code_in_the_next_cell_is_the_phones():
    text = "1\t가나\t서울 마포구 합정동 41-7\t(010)5521-0943\t비고"
    assert found(text, "ADDRESS") == ["서울 마포구 합정동 41-7"]
    assert [v for v in found(text, "PHONE") if "5521-0943" in v]


def test_p11_2_an_addresss_own_bracketed_reference_stays_in_it():
    text = "주소: 서울 마포구 월드컵로 12 (합정동) 입니다"
    assert found(text, "ADDRESS") == ["서울 마포구 월드컵로 12 (합정동)"]


# --- a bank named after the account number ---------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("잡은 표값 보내줘 3301-4472-1198 신한", "3301-4472-1198"),
    ("여기로 330147721198 우리\n다음 주에 봐", "330147721198"),
    ("1184-52-0937716 기업, 확인 부탁", "1184-52-0937716"),
])
def test_p11_2_a_bank_closing_the_line_after_the_number_labels_an_account(text, value):
    assert found(text, "ACCOUNT") == [value]


def test_p11_2_an_everyday_word_after_a_number_in_running_text_is_no_bank():
    assert found("내일 1184-52-0937716 우리 집 앞에서", "ACCOUNT") == []
    assert found("내 번호 010-3341-2298 우리.", "ACCOUNT") == []


# --- comma tables, identity codes glued by a dash, list dashes before a mailbox -----------------------

def test_p11_2_a_csv_column_headed_with_a_passport_cue_labels_its_cells():
    text = ("이름,국적,등록번호/여권,비고\n가나다,한국,880101-1234567,-\n"
            "anna berg,독일,s52219928,-\nLena Cho,미국,R 4720 7204,-")
    assert found(text, "PASSPORT") == ["s52219928", "R 4720 7204"]


def test_p11_2_without_a_passport_header_a_csv_code_is_no_passport():
    text = "이름,상품,코드,비고\n가나다,팝콘,s52219928,-\n라마바,콜라,R 4720 7204,-"
    assert found(text, "PASSPORT") == []


@pytest.mark.parametrize("text", ["고객: ARC-8801015234561", "고객: ARCㅡ8801015234561"])
def test_p11_2_a_registration_number_glued_to_its_card_code_is_found(text):
    assert found(text, "FRN") == ["8801015234561"]


def test_p11_2_a_product_code_glued_to_a_number_stays_a_code():
    assert detect("MQ-010-1234-5678 재고") == []


@pytest.mark.parametrize("text, value", [
    ("- 가나 —gana_77@example.kr", "gana_77@example.kr"),
    ("* Kim Ara -ara.kim@example.kr", "ara.kim@example.kr"),
    ("- 라마 —rama01＠example.kr\n끝", "rama01＠example.kr"),
])
def test_p11_2_a_list_dash_before_a_mailbox_is_not_part_of_it(text, value):
    assert found(text, "EMAIL") == [value]


def test_p11_2_a_dash_inside_a_mailbox_stays_in_it():
    assert found("메일 ab-cd@example.kr", "EMAIL") == ["ab-cd@example.kr"]
