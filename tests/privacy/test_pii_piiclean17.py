"""P11.2, issue 16, round 14 (piiclean17, `placepairs.py`): a place's street address and its
landline given together (``<주소> / 02-…``, ``02-… · <주소>``, ``<이름> (02-…) … 위치는 <주소>``,
``02-… (주차관리실)``) are the place's, whatever the place is called; a member's home, a delivery,
a flat's unit, a work line, a mobile or a member's word in the post keeps both masked. Sentences
of this branch's own, not taken from any evaluation set."""

from __future__ import annotations

import pytest

from marquee.privacy.pii import detect


def found(text, entity):
    return [text[s.start:s.end] for s in detect(text) if s.entity == entity]


@pytest.mark.parametrize("text", [
    "영화 보고 연남 감성타코 갔는데 맛있어요 서울 마포구 동교로 251 / 02-332-7781",
    "극장 옆 브루잉랩 성수 서울 성동구 연무장길 45, 2층 | 070-4411-8290 분위기 좋아요",
    "추천: 합정 레코드바 (02-3144-0921) 위치는 서울 마포구 독막로 7",
    "전주 한옥 떡갈비 02-332-7781 / 서울 마포구 동교로 251",
    "광화문 북카페 서울 종로구 새문안로 68 흥국생명빌딩 2층 / T. 02-2002-7770",
    "영화 끝나고 간 이층 떡볶이 부산 해운대구 센텀남대로 35 B1 · 051-745-3300 맛있음",
])
def test_a_place_address_and_landline_together_are_public(text):
    assert found(text, "ADDRESS") == [] and found(text, "PHONE") == []


@pytest.mark.parametrize("text", [
    "발렛은 02-6911-0404 (주차관리실) 로 전화하세요",
    "분실물은 051-745-3300 (안내데스크) 문의",
])
def test_a_landline_with_its_desk_in_brackets_is_public(text):
    assert found(text, "PHONE") == []


@pytest.mark.parametrize("text, entity", [
    ("우리집 서울 마포구 동교로 251 / 02-332-7781 로 보내주세요", "ADDRESS"),
    ("주소: 서울 마포구 동교로 251 101동 202호 / 02-332-7781", "ADDRESS"),
    ("받는분 김철수 서울 마포구 동교로 251 / 02-332-7781", "PHONE"),
    ("제 번호 02-332-7781 / 서울 마포구 동교로 251 입니다", "PHONE"),
    ("서울 마포구 동교로 251 / 02-332-7781 연락은 010-2222-3333", "ADDRESS"),
    ("경품 수령 주소 서울 마포구 동교로 251 / 02-332-7781", "ADDRESS"),
    ("연락은 02-332-7781 (사무실) 로 주세요", "PHONE"),
    ("엄마 가게 아님 그냥 서울 마포구 동교로 251 / 02-332-7781 친구네", "PHONE"),
    ("회사 주소 서울 마포구 동교로 251 / 02-332-7781", "ADDRESS"),
])
def test_a_member_contact_in_the_same_words_stays_masked(text, entity):
    assert found(text, entity) != []
