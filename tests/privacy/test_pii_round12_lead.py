"""P11.2, issue 16, round 12 (lead, read from test13 once it had been scored blind): things
listed beside a name-shaped compound, a table's heading row, a field label broken by an
invisible character, film titles that hold a name, and the operator's theatre named like a
person are no member; the members beside them stay masked. Sentences of the lead's own."""

from __future__ import annotations

import pytest

from marquee.privacy.pii import detect


def people(text):
    return [text[s.start:s.end] for s in detect(text) if s.entity == "PERSON"]


@pytest.mark.parametrize("text", [
    "어제 3관에서 습득한 물건: 장우산, 카드지갑. 1층에서 찾아가세요",
    "근무표 | 파트 | 시간\n나민서 | 매표 | 09:00~13:00\n오태윤 | 검표 | 13:00~18:00",
    "같이 간 친구 이\u200b메일 minseo.na@example.com 이에요",
    "다음 달 정모 작품: 윤희에게\n회비 5,000원",
    "<윤희에게> 관람평 남겨요",
    "토요일 밤 윤희에게 같이 보실 분 구해요",
    "공지: 정모 장소 변경 → 마키 판교(031-789-1234). 회비는 총무에게",
])
def test_p11_2_no_member_is_named(text):
    assert [p for p in people(text) if p not in ("나민서", "오태윤")] == []


def test_p11_2_the_rows_under_a_heading_row_stay_names():
    text = "근무표 | 파트 | 시간\n나민서 | 매표 | 09:00~13:00\n오태윤 | 검표 | 13:00~18:00"
    assert set(people(text)) == {"나민서", "오태윤"}


@pytest.mark.parametrize(("text", "name"), [
    ("참석자: 나민서, 오태윤, 지갑순", "나민서"),
    ("나민서,매표,010-2345-6789\n오태윤,검표,010-3456-7890", "나민서"),
    ("수령인 육\u200b담, 전화 010-2345-6789", "육\u200b담"),
    ("민서에게 선물을 보냈어요", "민서"),
    ("같이 본 사람: 지율, 병철\n한줄평: 좋았다", "지율"),
])
def test_p11_2_members_beside_those_frames_stay_masked(text, name):
    assert name in people(text)


def test_p11_2_a_passport_number_shown_at_an_identity_check_is_masked():
    text = "12월 9일 19:30 마키 판교 E열 7번, 입장 시 신분증 확인: M70214583"
    assert [(text[s.start:s.end], s.entity) for s in detect(text) if s.entity == "PASSPORT"] == [("M70214583", "PASSPORT")]


def test_p11_2_a_product_code_near_an_identity_word_is_no_passport():
    text = "신분증 케이스 모델 K12345678 재입고"
    assert [s for s in detect(text) if s.entity == "PASSPORT"] == []
