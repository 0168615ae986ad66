"""P11.2, issue 16, round 11 (lead): a list closed by a count of people equal to its length
(``A B C 세 명``, ``A, B 두 분``) and a list after "the people who came along" (``같이 간 사람:``)
are rosters. Counts of things, minutes after a digit, and counts that do not match the words
before them are not. Sentences of the lead's own."""

from __future__ import annotations

import pytest

from marquee.privacy.pii import morph
from marquee.privacy.pii.rosters import find_roster_names

needs_kiwi = pytest.mark.skipif(not morph.warm_up(), reason="kiwipiepy unavailable")


def members(text):
    return [text[h.start:h.end] for h in find_roster_names(text, [])]


@needs_kiwi
@pytest.mark.parametrize(("text", "names"), [
    ("모가온 설하준 편도윤 세 명 예매 확인 부탁드립니다", ["모가온", "설하준", "편도윤"]),
    ("탁지우, 봉하람 두 분 좌석 붙여 주세요", ["탁지우", "봉하람"]),
    ("같이 간 사람: 변서윤, 구하늘, 제민준", ["변서윤", "구하늘", "제민준"]),
    ("동행자: 반지호, 옥채원", ["반지호", "옥채원"]),
])
def test_p11_2_a_list_closed_by_a_people_count_or_after_who_came_is_a_roster(text, names):
    assert set(names) <= set(members(text))


@needs_kiwi
@pytest.mark.parametrize("text", [
    "마키 신촌 8시 5분 회차 취소돼요?",
    "어른 둘 아이 한 명 세 명 예매",
    "조조 심야 두 번 봤어요 우리 세 명이서",
    "파묘 서울의 봄 범죄도시 세 편 봤어요",
    "팝콘 콜라 나초 두 명이서 나눠 먹었어요",
])
def test_p11_2_counts_of_things_minutes_and_mismatched_counts_are_not_rosters(text):
    assert members(text) == []
