"""Masking helpers of the privacy engine (P12.3: PII masked by default in staff views)."""

import datetime

import pytest

from marquee.privacy import masking as m


@pytest.mark.parametrize("value, masked", [
    ("홍길동", "홍*동"), ("이철", "이*"), ("남궁민수", "남궁**"), ("황보영", "황*영"),
    ("김수한무", "김**무"), ("John Smith", "J*** S****"), ("", ""),
])
def test_p12_3_names_keep_first_and_last_syllable(value, masked):
    assert m.mask_name(value) == masked


@pytest.mark.parametrize("value, masked", [
    ("010-4821-7731", "010-****-7731"), ("01048217731", "010-****-7731"),
    ("+82 10-4821-7731", "010-****-7731"), ("011-482-7731", "011-***-7731"),
    ("02-3153-8800", "02-****-8800"),
])
def test_p12_3_phone_numbers_hide_the_middle_group(value, masked):
    assert m.mask_mobile(value) == masked


def test_p12_3_email_keeps_first_letter_and_domain():
    assert m.mask_email("gildong.hong@example.com") == "g***@example.com"
    assert m.mask_email("h@example.com") == "h***@example.com"


@pytest.mark.parametrize("value, masked", [
    ("서울특별시 마포구 월드컵북로 396", "서울특별시 마포구 ***"),
    ("경기도 성남시 분당구 판교역로 166", "경기도 성남시 분당구 ***"),
    ("세종특별자치시 한누리대로 2130", "세종특별자치시 ***"),
    ("월드컵북로 396", "***"),
])
def test_p12_3_address_keeps_only_the_si_and_gu(value, masked):
    assert m.mask_address(value) == masked


def test_p12_3_other_kinds():
    assert m.mask_birthdate(datetime.date(1990, 5, 17)) == "1990-**-**"
    assert m.mask_login_id("moviefan") == "mo******"
    assert m.mask_account_number("110-482-177310") == "********7310"
    assert m.mask_card("5365-10**-****-4821") == "****-****-****-4821"
    assert m.mask_ip("203.0.113.77") == "203.0.*.*"
    assert m.mask_ip("2001:db8::1") == "2001:db8:*:*"
    assert m.mask_path("/members/mypage/edit/") == "/members/***"
    assert m.mask_postcode("04000") == "04***"
    assert m.mask_generic("영화광길동") == "영****"
    assert m.mask_hidden("CI-VALUE") == "(표시하지 않음)"
    assert m.mask_full("female") == m.mask_full("male") == "***"
    assert "940702" not in m.mask_json({"bank": "국민은행", "number": "940702-00-123456"})


def test_p12_3_unknown_kind_masks_generically_and_empty_stays_empty():
    assert m.mask("no-such-kind", "secret") == "s*****"
    assert m.mask("name", None) == "" and m.mask("email", "") == ""
