"""P11.2, issue 16, round 10 (lead): a foreign name whose parts are in no list is found where only
a person can stand: after a person label, a kin or relation word, in a self-introduction, before
a job title; in Latin script after a kin word or "My name is". Ordinary words, places,
branches and Korean names in the same slots are left to the other rules. Every name below is
invented for these tests (sentences of the lead's own, not taken from any evaluation set)."""

from __future__ import annotations

import pytest

from marquee.privacy.pii import detect, mask_text, morph
from marquee.privacy.pii.foreigncues import find_cued_foreign

needs_kiwi = pytest.mark.skipif(not morph.warm_up(), reason="kiwipiepy unavailable")


def found(text):
    return [text[s.start:s.end] for s in detect(text) if s.entity == "PERSON"]


@needs_kiwi
@pytest.mark.parametrize(("text", "name"), [
    ("응모합니다! 이름: 주제 다시우바 / 생년월일 1990", "주제 다시우바"),
    ("저는 대전에서 어학연수 중인 이고르 스미르노프라고 합니다.", "이고르 스미르노프"),
    ("우리 남편 프리야 샤르마가 매표소에 지갑을 두고 왔어요", "프리야 샤르마"),
    ("분실물 주인 무함마드 라힘 님께 연락드렸습니다", "무함마드 라힘"),
    ("주차 정산 문의: 차주 콰메 멘사, 차량 12가 3456", "콰메 멘사"),
    ("우리 남편 Diego Fernández가 예매했어요", "Diego Fernández"),
    ("Hello, my name is Siobhan O'Brien from the exchange programme", "Siobhan O'Brien"),
    ("Hi, I'm 바카리 쿨리발리 from Mali", "바카리 쿨리발리"),
])
def test_p11_2_a_foreign_name_in_a_person_slot_is_found_whatever_its_parts(text, name):
    assert name in found(text)
    masked = mask_text(text).text
    assert name not in masked and len(masked) == len(text)


@needs_kiwi
@pytest.mark.parametrize("text", [
    "우리 남편 영화 보러 가자고 하네요",
    "친구 덕분에 재밌게 봤어요",
    "저는 영화 보는 걸 좋아하는 사람이라고 합니다",
    "이번 주 오픈 매니저 교육 있어요",
    "어제 본 영화 매니저님 추천이었어요",
    "마키시네마 해운대 센텀 점장님께 감사드립니다",
    "답변드립니다. - 마키 수원점 매니저",
    "I'm Happy to help",
    "Hi, I'm Very Happy today",
])
def test_p11_2_words_and_places_in_those_slots_are_no_foreign_name(text):
    assert find_cued_foreign(text, []) == []


@needs_kiwi
def test_p11_2_a_korean_name_in_those_slots_is_left_to_the_korean_rules():
    # 마태민 is shaped like a Korean full name: the Korean recognisers decide it, not this one.
    assert find_cued_foreign("마키 일산 마태민 매니저님께 감사드려요", []) == []


@needs_kiwi
def test_p11_2_an_earlier_part_inside_the_foreign_name_gives_way_to_it():
    text = "분실물 주인 무함마드 라힘 님"
    start = text.index("라힘")
    [hit] = find_cued_foreign(text, [(start, start + 2)])
    assert text[hit.start:hit.end] == "무함마드 라힘"
