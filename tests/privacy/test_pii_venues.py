"""P11.2, issue 16, round 12 (lead, `venues.py`): the address and landline a post gives for a
place people go to (a theatre's branch, a box office, a meet-up venue, a vendor) are that place's
published listing, not a member's; a member's own address or number beside the same words stays
masked. Sentences of the lead's own, not taken from any evaluation set."""

from __future__ import annotations

import pytest

from marquee.privacy.pii import detect


def found(text, entity):
    return [text[s.start:s.end] for s in detect(text) if s.entity == entity]


@pytest.mark.parametrize("text", [
    "토요일 정모는 마키 수원(경기 수원시 팔달구 덕영대로 924 6층, ☎ 031-225-7788) 입구에서 봬요",
    "장소: 할매순대국 본점 서울 동대문구 왕산로 201 / 02-963-4455",
    "뒤풀이는 바다횟집 부산 수영구 광안로 77 / 051-753-2211 로 예약해 뒀어요",
    "분실물은 1층 매표소 경기 성남시 분당구 판교역로 146 4층, ☎ 031-789-3300 로 문의하세요",
])
def test_p11_2_a_venue_listing_is_public(text):
    assert found(text, "PHONE") == []
    assert found(text, "ADDRESS") == []


@pytest.mark.parametrize("text", [
    "[발신번호 031-225-7788] 마키 수원입니다. 예매가 완료되었습니다",
    "우산은 마키 수원 매표소에 보관 중입니다. 방문 전 031-225-7788로 확인 부탁드립니다",
    "업체: 대한영사기 031-555-0123 점검 예정",
    "주차장에서 접촉 사고가 났어요. 관리실 02-555-7777 에 통화했어요",
])
def test_p11_2_a_desk_or_a_business_senders_landline_is_public(text):
    assert found(text, "PHONE") == []


@pytest.mark.parametrize(("text", "entity"), [
    ("마키 수원에서 만나요. 참여는 방장 연락처 031-8123-4567로 문자 주세요", "PHONE"),
    ("마키 수원(☎ 031-225-7788) 옆자리 분 폰 두고가심 주인 연락처 031-8123-4567 맞나요?", "PHONE"),
    ("매표소 앞에서 지갑 주웠어요. 신분증 성명 나영수, 주소 경기 수원시 팔달구 인계로 88 1203호", "ADDRESS"),
    ("마키 수원 가는 길 경기 수원시 장안구 정조로 940 302호 우리 집 들렀다 가", "ADDRESS"),
    ("[마키 수원] Ship the prize to 경기 수원시 장안구 정조로 940 302호 please", "ADDRESS"),
    ("Recipient: Park, Min-Ji. Tel 031-8123-4567", "PHONE"),
    ("장소: 경기 수원시 장안구 정조로 940 302호 (제 작업실이에요)", "ADDRESS"),
])
def test_p11_2_a_members_own_value_near_venue_words_stays_masked(text, entity):
    assert found(text, entity) != []


def test_p11_2_a_mobile_number_is_never_a_venues():
    text = "장소: 할매순대국 본점 서울 동대문구 왕산로 201 / 010-2345-6789"
    assert found(text, "PHONE") == ["010-2345-6789"]
