"""P11.2, issue 16, round 14 (piiclean16, `placecards.py`): a shop's, a restaurant's, a
hospital's, a bank's or a public office's published address and number, copied into a review,
a recommendation, a listing or a place's card, are the place's, not a member's; a member's own
address or number in the same words stays masked. Sentences of this branch's own, not taken from
any evaluation set."""

from __future__ import annotations

import pytest

from marquee.privacy.pii import detect


def found(text, entity):
    return [text[s.start:s.end] for s in detect(text) if s.entity == entity]


@pytest.mark.parametrize("text", [
    # the place named right before its value
    "동네 맛집 추천! 하루국수 본점 서울 마포구 와우산로 21 영업시간 11:00~21:00",
    "단골 빵집 밀도 성수점 주소 서울 성동구 서울숲2길 32-14 인데 아침 8시 오픈",
    "튼튼정형외과 서울 노원구 동일로 1414 2층 야간진료 함",
    "오늘 방문한 곳: 카페 봄날 / 제주 제주시 구좌읍 해맞이해안로 1234 / 064-782-0000",
    "동네 소아과 추천해요 - 우리아이소아과 경기 용인시 수지구 풍덕천로 100, 031-262-7575",
    # the place named right after the address
    "영화 보고 근처 식당 갔는데 맛있었어요. 서울 중구 명동8길 27 명동교자 본점, 02-776-5348",
    # a label only a place has
    "[오시는 길]\n경기 수원시 팔달구 정조로 825\nT. 031-254-7788",
    "주차 안내: 서울 강남구 테헤란로 152 지하 2층 주차장, 영화 관람 시 3시간 무료",
    "카페 온도 위치는 대구 중구 동성로2길 45 입니다. 주차는 건물 뒤편 공영주차장 이용",
    # a place's card
    "[가게 정보]\n상호: 달빛제과\n주소: 충북 청주시 상당구 상당로 55\n전화: 043-256-1100",
    "영업시간 안내\n평일 10:00 ~ 21:00\n주소: 광주 동구 충장로 95\n문의: 062-222-3333",
    "[매장 안내] 브루잉랩 연남점 | 서울 마포구 동교로 240 | 02-336-9090 | 12:00-22:00",
    "OO약국 연중무휴! 서울 송파구 올림픽로 240 / 02-411-0000",
    # a shop named in brackets, a shop's label in its own message, a desk after the address
    "[제휴] 골목 원조떡볶이집(대구 중구 동성로5길 7, 053-400-1212)에서 티켓 보여주면 음료 무료",
    "안녕하세요, 소풍면옥입니다. 관객 할인 제휴 건으로 연락드립니다. 매장: 서울 중구 을지로 120 / 02-2200-3030",
    "[영화교실] 문의는 대전 서구 둔산대로 100 5층 매표소 또는 042-480-2020",
    # a kind first then the name, a card's fax line, a separator the normaliser turns into '.'
    "★★★★☆ 분위기 좋은 이자카야 '하루' / 서울 마포구 어울마당로 35 / 영업 17시~새벽 2시",
    "[병원 정보] 새봄안과의원 · 경기 부천시 길주로 300 4층 · 032-321-7575 · 토요일 오전진료",
    "T. 051-747-1234  F. 051-747-1235\nA. 부산 해운대구 우동 1408",
    # an English card, a place's name in quotes
    "Address: 서울 용산구 이태원로 200 / Hours: 11-22 / Tel: 02-790-1234 (Brunch cafe Sunny)",
    "단체 관람 후 식사는 '한옥마을 떡갈비' 전북 전주시 완산구 태조로 33 에서 했어요",
    # a listing of places
    "우리동네 맛집 리스트\n1. 순천집 - 전북 전주시 완산구 전주객사3길 22\n2. 조점례남문피순대 - 전북 전주시 완산구 풍남문1길 19-3",
])
def test_p11_2_a_places_published_contacts_are_public(text):
    assert found(text, "ADDRESS") == []
    assert found(text, "PHONE") == []


@pytest.mark.parametrize("text", [
    "서울대병원 응급실 02-2072-2114 로 전화하면 됩니다",
    "신한은행 여의도지점: 서울 영등포구 여의대로 70 / 02-780-1111",
    "예약 필수! 041-552-3300 (천안 소풍식당)",
    "강동구 보건소 (서울 강동구 성내로 45) 예방접종 문의 02-3425-8500",
    "하나은행 명동점 02-3788-1234 에 전화해보니 오늘 휴무래요",
    "구민회관 상영회 신청: 서울 관악구 관악로 145 관악구청 1층 민원실, 전화 02-879-5000",
    "문의처: 사랑의 교회 청년부 02-3479-7114",
    "견적서 보내드립니다. 회신은 담당자 직통 02-3300-1100으로 주세요.\n마키 신촌점 단체영업팀 드림",
])
def test_p11_2_a_places_landline_is_public(text):
    assert found(text, "PHONE") == []


@pytest.mark.parametrize(("text", "entity"), [
    ("저희 집 주소는 서울 마포구 와우산로 21 302호예요", "ADDRESS"),
    ("제 주소 서울 용산구 한강대로 84 501호로 보내주세요", "ADDRESS"),
    ("받는 분: 김민수 / 서울 강남구 테헤란로 152 101동 1203호 / 010-2222-3333", "ADDRESS"),
    ("배송지 경기 수원시 팔달구 정조로 825 2층으로 보내주세요", "ADDRESS"),
    ("카페에서 만나요. 제 집은 인천 남동구 구월로 120 2층", "ADDRESS"),
    ("택배 보낼 주소 대구 수성구 달구벌대로 2450 1층 사장님 앞", "ADDRESS"),
    ("우리집 운암동 841-11 3층 근처영화관 추천좀", "ADDRESS"),
    ("오늘 모임은 수영로63길 41 304호 근처 카페", "ADDRESS"),
    ("영업시간 지나서 못 감 ㅠ 친구 주소 대구 중구 동성로2길 45 로 갈게", "ADDRESS"),
    ("당첨자 안내\n성명: 김민수\n주소: 서울 강남구 테헤란로 152\n연락처: 02-555-3333", "ADDRESS"),
    ("원룸 양도합니다. 주차장 있음, 주소 서울 관악구 봉천로 12 302호", "ADDRESS"),
    ("제 번호 02-335-1234 로 연락주세요", "PHONE"),
    ("[예약 확인] 영업시간 11-22시\n예약자: 박지훈\n연락처: 02-790-5555", "PHONE"),
    ("신청자 주소: 경기 화성시 동탄대로 500 5층 / 031-8015-9999", "ADDRESS"),
    ("저 지금 서울대병원 입원중인데 병실 전화 02-2072-3333 으로 전화줘", "PHONE"),
    ("아빠 회사 번호 032-321-7575", "PHONE"),
    ("영업시간 끝나고 제 번호 02-777-8888 로 전화주세요", "PHONE"),
    ("우리 엄마 연락처 02-3788-1234", "PHONE"),
    ("스터디카페 집중 본점 문의 010-1234-5678 (카톡 상담 가능)", "PHONE"),
    ("양도합니다 2매 문의 02-2345-6789 (마키 강남점)", "PHONE"),
    ("회사 대표번호는 1577-1287\n1 | Priya N | 770517 6864369 | 044-588-9364", "PHONE"),
])
def test_p11_2_a_members_own_contact_stays_masked(text, entity):
    assert found(text, entity)
