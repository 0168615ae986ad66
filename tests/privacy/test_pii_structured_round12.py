"""P11.2, issue 16, round 12 (piistruct12): structured identifiers by category, read from test12
(and test10, test11). Sentences of our own, one class of text each:

* a business's landline as the number to call, or as the sender that names itself after it;
* a gift card's number named right before it, whatever the line says of payments;
* a number wrapped across a line after a dash; a courier's mobile after a parcel word;
* letter O for zero with spaced dashes; Hangul digits with a short middle group;
* an IPv6 address cut short (six groups) and the documentation prefix 2001:db8::/32;
* an old-layout driver's licence run together after its region.

A member's own number stays masked even near a business word (``제 번호``, ``집 전화``).
"""

from __future__ import annotations

import pytest

from marquee.privacy.pii import detect, mask_text


def found(text, entity):
    return [text[s.start:s.end] for s in detect(text) if s.entity == entity]


@pytest.mark.parametrize("text", [
    "잃어버린 우산은 메가박스 상봉 매표소에 맡겨 두었습니다. 방문 전 02-431-2280로 확인해 주세요",
    "두고 간 모자는 안내데스크에 있대요. 문의는 031-706-5512로 하면 된대요",
    "카드사 심사에 2~3일 걸립니다 (문의 1588-1111 또는 02-3700-4400)",
    "[발신번호 051-630-7700] 마키 서면입니다. 내일 회차가 변경되었습니다",
    "[발신 02-555-8120] CGV 압구정점입니다. 예매가 취소되었습니다",
    "The box office has your scarf, call them at 051-630-7700 before you come",
    "Customer service 02-3700-4400 never picks up",
])
def test_p11_2_a_business_landline_to_call_is_public(text):
    assert found(text, "PHONE") == []


@pytest.mark.parametrize("text", [
    "매표소 직원분이 연락 준대서 제 번호 02-431-2280로 확인 부탁드렸어요",
    "고객센터에 문의는 했고, 답은 집 전화 031-706-5512로 달라고 했어요",
    "[발신번호 010-3321-7781] 나 지훈인데 마키 서면에서 보자",
    "극장에 물어보니 문의는 010-2214-6650로 하래요",
    "영화관 다녀왔어요. 문의는 031-706-5512로 (제 사무실)",
    "The box office lost my ticket, call me at 02-431-2280",
    "Box office told me to leave my home number 031-706-5512",
])
def test_p11_2_a_members_number_near_a_business_word_stays_masked(text):
    assert found(text, "PHONE") != []


def test_p11_2_a_gift_card_number_named_before_it_is_public_beside_a_payment_word():
    text = "포스 오류로 결제가 두 번 됐고 환불했습니다. 상품권 번호: 9812-3341-0087-5520 잔액 조회 부탁"
    assert found(text, "CARD") == []


def test_p11_2_a_payment_card_after_a_gift_word_stays_masked():
    text = "기프트카드 사려고 신용카드 4111-1111-1111-1111 로 결제했어요"
    assert found(text, "CARD") == ["4111-1111-1111-1111"]


@pytest.mark.parametrize(("text", "entity", "value"), [
    ("친구 폰 번호 적어둘게 010-5521-\n8830 이거야", "PHONE", "010-5521-\n8830"),
    ("결제한 카드 5105-1051-\n0510-5100 취소해 주세요", "CARD", "5105-1051-\n0510-5100"),
])
def test_p11_2_a_number_wrapped_after_a_dash_is_one_number(text, entity, value):
    assert found(text, entity) == [value]
    masked = mask_text(text).text
    assert len(masked) == len(text) and masked.count("\n") == text.count("\n")


def test_p11_2_a_date_wrapped_after_a_dash_is_no_number():
    assert found("공연은 2025-\n11-08 예정", "PHONE") == []


@pytest.mark.parametrize("text", [
    "택배 기사님 010-7742-1903 문 앞에 두셨대요",
    "퀵 배달원 010 6620 3391: 1층 경비실에 맡김",
])
def test_p11_2_a_couriers_mobile_after_a_parcel_word_is_a_phone(text):
    assert len(found(text, "PHONE")) == 1


def test_p11_2_a_tracking_number_after_a_parcel_word_stays_public():
    assert found("택배 송장번호 010-4555-0190 조회해 주세요", "PHONE") == []


@pytest.mark.parametrize("text", [
    "동생 연락처 O1O - 7734 - 2O18 이에요",
    "번호 바꿨어 → O1O-2O19O334",
])
def test_p11_2_letter_o_for_zero_with_spaced_or_run_together_groups(text):
    assert len(found(text, "PHONE")) == 1


def test_p11_2_hangul_digits_with_a_short_middle_group_are_an_account():
    text = "환불은 국민은행 일이삼사-오육-칠팔구공일이삼 계좌로 부탁드려요"
    assert found(text, "ACCOUNT") == ["일이삼사-오육-칠팔구공일이삼"]


@pytest.mark.parametrize("text", [
    "접속 기록에 2001:db8:9a1c:44e2:7b0f:c3d1 이 있어요",
    "제 IP는 2001:db8:21f::7c 입니다",
    "my IP is 2a02:8071:4b2:1f00:9c4e:a1b2, please unblock",
])
def test_p11_2_an_ipv6_address_cut_short_or_in_the_documentation_prefix(text):
    assert len(found(text, "IP")) == 1


@pytest.mark.parametrize("text", [
    "맥주소 00:1a:2b:3c:4d:5e 로 등록", "경기 결과 2001:12:33:44:55", "localhost ::1 로 접속",
])
def test_p11_2_a_mac_address_or_a_row_of_scores_is_no_ip(text):
    assert found(text, "IP") == []


@pytest.mark.parametrize("text", [
    "운전면허 경기1234567890 으로 인증했어요", "면허증 번호: 부산 0412345678",
])
def test_p11_2_an_old_licence_run_together_after_its_region(text):
    assert len(found(text, "DRIVER_LICENSE")) == 1


def test_p11_2_ten_digits_after_a_licence_word_but_no_region_are_no_licence():
    assert found("운전면허 시험 접수번호 1234567890", "DRIVER_LICENSE") == []


@pytest.mark.parametrize("text", [
    "Error 503 on app 3.8.2.117 again, please fix",
    "4.6.1.209 앱에서 결제 화면이 멈춰요",
    "극장 서버 7.2.4.1 업데이트 후 자막이 안 나와요",
    "로그 화면에 3.14.22.105 라고 떠 있던데 버전 번호래요",
])
def test_p11_2_a_dotted_quad_its_words_call_a_version_is_no_ip(text):
    assert found(text, "IP") == []


@pytest.mark.parametrize("text", [
    "접속 기록에 211.234.10.7 이 찍혔어요. 해킹인가요",
    "서버 접속 IP 118.32.77.9 업데이트 후 차단됨",
])
def test_p11_2_an_address_near_an_update_word_is_still_an_ip(text):
    assert len(found(text, "IP")) == 1


def test_p11_2_a_number_followed_by_its_case_is_no_account_but_the_refund_account_is():
    text = "문의하신 016-4471-2290 건은 신한은행 110-482-339120 계좌로 환불됩니다"
    assert found(text, "ACCOUNT") == ["110-482-339120"]


def test_p11_2_an_account_sent_here_is_an_account():
    assert found("3021-5547-8812 여기로 보내줘", "ACCOUNT") == ["3021-5547-8812"]


def test_p11_2_a_registration_shape_born_in_the_1800s_with_no_cue_is_an_order():
    assert found("지난주 251103-9482716 주문한 굿즈 언제 와요", "RRN") == []
    assert found("주민번호 900101-0234567 입니다", "RRN") == ["900101-0234567"]


def test_p11_2_frn_as_a_label_cues_a_registration_number():
    assert len(found("FRN 8803076123457 / 연락처 없음", "FRN")) == 1


def test_p11_2_a_bank_after_the_number_with_its_holder_makes_an_account():
    assert found("환불은 302-0071-4459-21 농협 박서윤 앞으로 해주세요", "ACCOUNT") == ["302-0071-4459-21"]


def test_p11_2_a_card_after_a_bank_name_is_the_card_not_an_account():
    text = "지갑에 우리은행 체크카드 6243-1187-0932-5561 이 들어 있었어요"
    assert found(text, "CARD") == ["6243-1187-0932-5561"] and found(text, "ACCOUNT") == []


def test_p11_2_sixteen_digits_right_after_a_card_word_are_a_card_even_with_a_wrong_check_digit():
    assert found("해외카드 6243118709325562 결제가 안 돼요", "CARD") == ["6243118709325562"]
    assert found("카드 잃어버렸어요. 6243118709325562 결제 취소요", "CARD") == []


@pytest.mark.parametrize("text", [
    "CJ ONE 카드번호 5105-1051-0510-5100 적립이 누락됐어요",
    "컬쳐랜드 5105-1051-0510-5100 충전 오류",
    "회원카드 번호는 5105-1051-0510-5100 입니다",
])
def test_p11_2_a_loyalty_or_voucher_brand_named_before_the_number_is_public(text):
    assert found(text, "CARD") == []


def test_p11_2_a_payment_card_with_a_loyalty_brand_later_on_the_line_stays_masked():
    text = "제 신용카드 4111-1111-1111-1111 로 결제했는데 CJ ONE 적립이 안 됐어요"
    assert found(text, "CARD") == ["4111-1111-1111-1111"]
