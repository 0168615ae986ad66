"""P11.2, issue 16, round 14 (piiclean16b): false names in posts without personal data, by
category, with sentences written here (none copied from a set).

* a character named with its part: a rank and 캐릭터, a general, the part and its actor
  (``역``/``役``/``목소리`` + actor, ``X Y 배우``), the one an actor played (``…이 연기한 X``), a
  villain compared (``X 같은 악역``), an actor's ad-lib, every name on a synopsis line;
* a title screened or released (``…도 상영해요``), a title "To …" watched or dated in a
  meet-up's brackets;
* an athlete after a sport and 선수;
* a dictionary noun with an object's tail (``정산+기``, ``학교+명``, ``전화+도``) and a church's
  honoured form of address (``형제님``), cinema words before ``한테서``, a contact noun made
  a verb (``전화해``), people counted (``두 명이요``), a scene named after its character;
* a star seen in person without 님 (``X 실물 영접``);
* an in-law in a list of companions (``장모님이랑 처제랑``), a role on a board or a set (``유튜버님``);
* a star with a film award after the name (``… 선생님 오스카 수상``), a character's line
  (``X 모히또 대사``).

Recall guards: real names in the same frames stay masked.
"""

from __future__ import annotations

import pytest

from marquee.privacy.pii import detect, mask_text, morph

needs_kiwi = pytest.mark.skipif(not morph.warm_up(), reason="kiwipiepy unavailable")


def _persons(text: str) -> list[str]:
    return [text[s.start:s.end] for s in detect(text) if s.entity == "PERSON"]


@needs_kiwi
@pytest.mark.parametrize("text", [
    "속편 다시 봤는데 주연은 좋았는데 문태길 형사 캐릭터가 너무 뻔해요",
    "전쟁 영화 보고 왔는데 노태건 장군 ㅠㅠ 혈압 오름",
    "재개봉 반가워요 마리안 목소리 스칼렛 요한슨",
    "Villeneuve 감독 신작. Paul Atreides 역 Timothée Chalamet 멋있음",
    "황정민이 연기한 문태길은 여전히 최고",
    "문태길役 황정민 너무 좋았음",
    "줄거리: 형사 문태길이 재벌 3세 조태호를 쫓는다",
    "조태호 같은 악역은 처음 봄",
    "주먹은 여전하고 장이수 애드리브 최고",
    "주인공 조태호 역은 유아인",
    "내부자들 안상구 모히또 대사",
    "주인공 이름이 최강철인데 엄청 세요",
    "남주 이름 한도윤, 여주 이름 서지안",
    "줄거리는 평범한 회사원 김진호가 우연히 사건에 휘말리는 이야기",
    "[오후 3:07] 정주행중: ㅋㅋ",
    "형사물 보고 나왔는데 장이수 박지환 배우 애드리브 다 살아있음",
])
def test_p11_2_a_character_named_with_its_part_stays(text):
    assert _persons(text) == []
    assert mask_text(text).text == text


@needs_kiwi
@pytest.mark.parametrize("text", [
    "이번 주 특별전에서 82년생 김지영도 상영해요",
    "이번 달 기획전 라인업 나왔어요. 윤희에게 이후로 이렇게 기다린 건 처음",
    "참석 명단 (3월 2일 윤희에게)\n1. 팝콘러버\n2. 심야덕후",
    "야구선수 김도윤 다큐 재밌대요",
])
def test_p11_2_a_title_screened_and_an_athlete_stay(text):
    assert _persons(text) == []


@needs_kiwi
@pytest.mark.parametrize("text", [
    "주차 정산기가 고장나서 한참 기다렸어요",
    "우리 집 공유기예요 차단 풀어주세요",
    "고객센터 1588-0000 전화도 안 받네요",
    "교회 청년부 형제님 자매님들이랑 단체관람 했어요",
    "한정판한테서 무슨 냄새가 나는지 모르겠어요",
    "끝나면 전화해 01098765432",
    "친구는 아직도 장도리 씬에서 눈 감더라",
])
def test_p11_2_a_noun_with_an_object_tail_is_no_name(text):
    assert _persons(text) == []


@needs_kiwi
@pytest.mark.parametrize(("text", "name"), [
    ("어제 동민서씨가 팝콘을 쏟았는데 동민서가 사과했대요", "동민서"),
    ("아이 이름 조정은, 보호자 연락처 010-2345-6789", "조정은"),
    ("문의는 학예서 매니저 010-2222-3333", "학예서"),
    ("보호자 성명 방석이, 연락처 010-1111-2222", "방석이"),
    ("담당자 정원희 씨에게 010-3456-7890 으로 연락 주세요", "정원희"),
])
def test_p11_2_real_names_in_the_same_frames_stay_masked(text, name):
    assert any(name in p for p in _persons(text))


@needs_kiwi
def test_p11_2_people_counted_after_a_number_word_are_no_name():
    persons = _persons("모임 신청: 임윤슬 외 두 명이요. 대표 연락처 010-2222-3434")
    assert "임윤슬" in persons
    assert not any("명이" in p for p in persons)


@needs_kiwi
@pytest.mark.parametrize("text", [
    "ㅎㅎ 도경태 실물 영접 ✨✨ 같이 간 친구가 더 신났음",
    "오늘 쇼핑몰에서 도경태 실물 봤다 대박",
])
def test_p11_2_a_star_seen_in_person_stays(text):
    assert _persons(text) == []


@needs_kiwi
def test_p11_2_a_member_in_the_same_words_stays_masked():
    persons = _persons("업무를 맡은 김민수 매니저 010-1234-5678")
    assert "김민수" in persons


@needs_kiwi
@pytest.mark.parametrize("kin", ["처제", "형부", "매형", "동서", "사위", "이모", "고모", "숙모", "막내"])
def test_p11_2_an_in_law_in_a_list_of_companions_is_no_name(kin):
    assert _persons(f"장모님이랑 {kin}랑 봤어요") == []


@needs_kiwi
def test_p11_2_a_name_after_an_in_law_stays_masked():
    assert "김민지" in _persons("처제 김민지랑 같이 봤어요 010-1234-5678")


@needs_kiwi
@pytest.mark.parametrize("text", ["윤여정 선생님 오스카 수상", "김혜수 청룡 MC 마지막이라 아쉬움"])
def test_p11_2_a_star_with_a_film_award_stays(text):
    assert _persons(text) == []


@needs_kiwi
def test_p11_2_a_member_before_a_word_with_a_line_in_it_stays_masked():
    assert "김민수" in _persons("김민수 씨 대사관 방문 예약 010-1234-5678")


@needs_kiwi
def test_p11_2_a_form_field_named_content_is_no_synopsis():
    assert "김민수" in _persons("문의 내용: 김민수 010-1234-5678")


@needs_kiwi
@pytest.mark.parametrize("text", ["유튜버님 리뷰 보고 왔어요", "운영진님 공지 확인했어요", "조감독님 GV 후기"])
def test_p11_2_a_role_on_a_board_or_a_set_is_no_name(text):
    assert _persons(text) == []
