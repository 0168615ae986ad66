"""P11.2, issue 16, round 9 (false alarms, lead): a cinema's branch or a station named before its
staff is no person (홍성점 직원분); a screening format glued to a number is no building number
(대학로 4DX); a board mention, a labelled nickname or a warning tag is no name (@은하수, 닉네임
현미밥, [장문주의]); a voucher named after its number is no card; an address that points at no one
(127.0.0.1, a router's factory gateway) is no IP; the canonical example (홍길동, HONG GILDONG, a
counting-up number) is left alone where the text says it shows a format or is not real. Members
with such syllables or values stay masked. Every value below is invented or an ordinary place name."""

from __future__ import annotations

import pytest

from marquee.privacy.pii import detect, morph

needs_kiwi = pytest.mark.skipif(not morph.warm_up(), reason="kiwipiepy unavailable")


def found(text, entity="PERSON"):
    return [text[s.start:s.end] for s in detect(text) if s.entity == entity]


@needs_kiwi
@pytest.mark.parametrize("text", [
    "마키시네마 홍성점 직원분 친절해요",
    "신림점 매니저 응대가 별로였어요",
    "김포점 점장님께 감사 인사 전합니다",
    "송도역 직원 말로는 출구가 반대래요",
])
def test_p11_2_a_branch_or_station_before_its_staff_is_no_person(text):
    assert found(text) == []


@needs_kiwi
@pytest.mark.parametrize("text, name", [
    ("성명: 김말점", "김말점"),
    ("김말점님 안녕하세요, 예매 확인 부탁드립니다", "김말점"),
])
def test_p11_2_a_name_ending_in_jeom_is_still_a_name_after_a_label_or_honorific(text, name):
    assert found(text) == [name]


@pytest.mark.parametrize("text", [
    "롯데시네마 대학로 4DX 후기 남겨요",
    "충무로 3D 상영관 어디예요",
    "동성로 4D관 좌석 흔들림 심함",
])
def test_p11_2_a_screening_format_after_a_road_is_no_building_number(text):
    assert found(text, "ADDRESS") == []


def test_p11_2_a_road_address_with_its_building_number_is_still_masked():
    assert found("배송지: 서울 종로구 대학로 4, 2층", "ADDRESS")


# --- board handles ------------------------------------------------------------------------------

@needs_kiwi
@pytest.mark.parametrize("text", [
    "@권태기 님 말 맞아요 그 회차 사운드 별로였음",
    "@은하수 저도 같은 자리 앉았어요",
    "닉네임 현미밥 입니다. 좌석 질문이요",
    "아이디: 공대생 으로 가입했는데 쿠폰이 안 보여요",
])
def test_p11_2_a_mention_or_a_labelled_nickname_is_no_name(text):
    assert found(text) == []


@needs_kiwi
def test_p11_2_the_same_word_as_a_name_elsewhere_is_still_judged():
    text = "@은하수 님 말 맞아요. 예매자 김민지 010-2345-6789 로 연락 주세요"
    assert found(text) == ["김민지"]


# --- vouchers named after their number, and vouchers by other names -----------------------------

@pytest.mark.parametrize("text", [
    "6694-7258-3156-7904 (관람권 번호) 사용 가능한가요",
    "2412 0957 7745 8058 (영화관람권) 아직 쓸 수 있나요",
    "5656887886144852 [예매권 PIN] 등록 오류",
    "2412-0957-7745-8058 관람권 번호예요",
    "할인권 9391-7388-4284-1689 등록이 안 돼요",
    "어제 받은 초대권 9025831942479411 양도합니다",
])
def test_p11_2_a_voucher_named_after_its_number_or_by_another_name_is_no_card(text):
    assert [s for s in detect(text) if s.entity in ("CARD", "ACCOUNT", "PHONE")] == []


@pytest.mark.parametrize("text, entity", [
    ("010-2345-6789 (쿠폰 보내주세요)", "PHONE"),
    ("카드 4111-1111-1111-1111 (쿠폰 아님)", "CARD"),
])
def test_p11_2_a_bracket_that_only_mentions_a_voucher_keeps_the_number_masked(text, entity):
    assert found(text, entity)


# --- addresses that point at no one; warning tags; the canonical example said not to be real ---

@pytest.mark.parametrize("text", [
    "키오스크 IP 설정은 본사 가이드(127.0.0.1) 그대로",
    "공유기 관리자 페이지 192.168.0.1 들어가서 재부팅했어요",
    "접속 IP 0.0.0.0 으로 떠요",
    "문서 예제 주소 203.0.113.7 로 테스트",
    "서버 ::1 에서만 돼요",
])
def test_p11_2_an_address_that_points_at_no_one_is_no_ip(text):
    assert found(text, "IP") == []


@pytest.mark.parametrize("text, ip", [
    ("집 공유기는 192.168.0.12 이에요", "192.168.0.12"),
    ("접속 IP 211.44.183.20 차단 풀어주세요", "211.44.183.20"),
])
def test_p11_2_a_members_own_address_private_or_public_is_still_an_ip(text, ip):
    assert found(text, "IP") == [ip]


@needs_kiwi
@pytest.mark.parametrize("text", ["[장문주의] 세 번 보고 쓰는 후기", "(스포주의) 결말 얘기 있음"])
def test_p11_2_a_bracketed_warning_tag_is_no_name(text):
    assert found(text) == []


@needs_kiwi
def test_p11_2_a_name_with_the_possessive_outside_a_tag_is_still_a_name():
    assert found("김민주의 후기 잘 봤어요, 김민주 님 감사해요") == ["김민주", "김민주"]


@pytest.mark.parametrize("text, entity", [
    ("여권 영문명은 HONG GILDONG처럼 성과 이름 순서로 적어 주세요.", "PERSON"),
    ("본인확인 예시 화면의 홍길동, 010-0000-0000는 실제 정보가 아닙니다.", "PERSON"),
    ("여권번호(M123A4567)로 본인확인을 합니다. 입력 예시는 실제 번호가 아닙니다.", "PASSPORT"),
])
def test_p11_2_the_canonical_example_said_not_to_be_real_is_left_alone(text, entity):
    assert found(text, entity) == []


@pytest.mark.parametrize("text, entity, value", [
    ("홍길동 고객님 예매 확인되었습니다 010-2345-6789", "PERSON", "홍길동"),
    ("여권번호 M12345678 입니다", "PASSPORT", "M12345678"),
    ("실제 번호가 아닙니다\n\n여권번호 M12345678 로 예약했어요", "PASSPORT", "M12345678"),
])
def test_p11_2_the_same_values_without_a_format_or_not_real_cue_stay_masked(text, entity, value):
    assert found(text, entity) == [value]
