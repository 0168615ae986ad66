"""P11.2, issue 16, round 12 (PERSON and ADDRESS false alarms by category, read from test12):
crews and posts of a duty roster, form fillers, a verb after ``이름이``, businesses' published
addresses in their sentence frames, characters' goods and arcs, fan talk to stars, an actor
mistaken for an actor, nicknames made of words, directors of the film-people gazetteer.
Members in person slots and a member's home address stay masked. Every sentence is the author's
own; none comes from a bench data file."""

from __future__ import annotations

import pytest

from marquee.privacy.pii import detect, morph

needs_kiwi = pytest.mark.skipif(not morph.warm_up(), reason="kiwipiepy unavailable")


def found(text, entity="PERSON"):
    return [text[s.start:s.end] for s in detect(text) if s.entity == entity]


@needs_kiwi
@pytest.mark.parametrize("text", [
    # crews and posts of a duty roster (rosters.py)
    "주말 근무표\n1. 야간조 - 매표 3, 매점 2\n2. 오전조 - 플로어 1\n3. 영사 - 교대",
    "근무표 공지\n1. 청소조 - 상영관 4\n2. 미들조 - 검표 2",
    # form fillers (lexicon.NOT_NAMES)
    "예약자명: (비회원)\n예매번호: 확인 중",
    "성명: 미가입\n문의: 좌석 변경",
    # a verb after 이름이 (fieldvalues.py)
    "아이가 자기 이름이 나오는 노래만 들어요",
    "주인공 이름이 바뀌는 장면이 제일 웃겼어요",
    # characters' goods, costumes, arcs (fanframes.py)
    "조카가 도하람 인형 사달라고 졸라서 결국 샀어요",
    "핼러윈에 모가람 코스프레 하고 상영관 갔어요",
    "국하진 cosplay 대회 열린대요",
    "가방에 탁세원 키링 달려 있어요 찾아주세요",
    "솔직히 서도윤 서사가 너무 약했음",
    "[별밤] [오후 2:10] 쿠키 하나. 모가람 나옴\n[팝콘] [오후 2:11] 헐",
    "한줄평: 국하진이 다 했다. 두 번 봄",
    # fan talk to stars
    "하진아 사랑해 ㅠㅠ 다음 무대인사 또 와줘",
    "세원 오빠 최고 ㅠㅠ 세 번째 관람",
    "탁세원 acting 진짜 미쳤다",
    "이번 작품으로 국하진 커리어 하이 찍음",
    # an actor mistaken for an actor
    "도하람 역할 배우가 탁세원이랑 너무 닮아서 헷갈렸어요",
    # a star's day and a character's part (fanframes.py, read from test11)
    "하진 오빠 생일카페 다음 주부터 홍대 근처에서 한대요",
    "세원 씨는 촬영 끝나고 스태프들한테 밥 샀대요",
    "인터뷰 보니 \"도하람 역은 제 인생 캐릭터\"라고 하더라",
    "모가람이 결국 국하진한테 사과하는 엔딩 ㅠ",
    "탁세원 필모 정주행 중인데 다 명작",
    # film news (fanframes.py, read from test11)
    "탁세원·도하람 캐스팅 확정설 돌던데 진짜예요?",
    "감독 말로는 모가람은 국하진을 생각하고 썼대요",
    "인터뷰에서 \"모가람은 제 분신 같은 인물\"이라고 했대요",
    "달빛항구 보고 나면 모가람 생각밖에 안 남",
    "시상식 수상 소감에서 탁세원이 감독 이름 부를 때 울컥",
    # English star talk (fanframes.py, read from test11)
    "Tak Se-won fancam from the festival is everywhere",
    "Do Ha-ram's speech at the awards was iconic",
    "Greta Gerwig and Tak Se-won in one frame?? unreal",
    "award buzz: Tak Se-won for 달빛항구, Do Ha-ram for 긴 밤",
    # a branch named after its chain (branches.py)
    "마키 인천송도 직원분들은 다 친절했어요",
    "CGV 강남 가는 길 알려주세요",
    # an ordinary word with a stray invisible character (splitnames.py)
    "그 배우 연\u200b기 진짜 좋았음",
    "성인 30명 기\u200c준 견적 받았어요",
    # nicknames made of words (handles.py)
    "[팝콘요정] [오후 8:01] 몇 관이야?\n[달빛관객] [오후 8:02] 5관",
])
def test_p11_2_round12_public_frames_stay(text):
    assert found(text) == []


@needs_kiwi
@pytest.mark.parametrize("text", [
    "오늘 영화 끝나고 정가영 감독 봤는데 was there too 느낌",
    "lol, 윤단비 was there too",
])
def test_p11_2_round12_gazetteer_directors(text):
    assert found(text) == []


@needs_kiwi
@pytest.mark.parametrize("text", [
    "강변점 대표번호는 02-555-0101이며 주소는 서울 광진구 아차산로 200 3층입니다",
    "venue: 마키 강변, 서울 광진구 아차산로 200 3층 (near 강변역)",
    "마키 강변 공지에 적힌 주소(서울 광진구 아차산로 200 3층)로 가면 돼요",
    "끝나고 북카페 책숲(서울 마포구 양화로 45 2층)에서 모여요",
    "예약한 연세치과 (서울 서대문구 연세로 50 4층) 근처예요",
])
def test_p11_2_round12_business_addresses_stay(text):
    assert found(text, "ADDRESS") == []


@needs_kiwi
@pytest.mark.parametrize("text, want", [
    # a member's home stays masked next to a shop's address (only the sentence is read)
    ("모임은 탁세원 님 댁(서울 강서구 화곡로 12, 101동 202호)에서 해요. 끝나고 굿즈샵 홍대점(서울 마포구 양화로 45 2층) 가요",
     "서울 강서구 화곡로 12, 101동 202호"),
    ("고객님 말씀하신 주소(서울 강서구 화곡로 12 101동 202호)로 다시 보내드릴게요", "서울 강서구 화곡로 12 101동 202호"),
    ("venue: 우리집, 서울 강서구 화곡로 12 101동 202호", "서울 강서구 화곡로 12 101동 202호"),
    # a café or a branch alone does not make the sentence a business's
    ("생일카페 이번엔 레트로 컨셉 주소 서울 강서구 화곡로 12 101동 202호 저녁 7시", "서울 강서구 화곡로 12 101동 202호"),
    ("└ 영화보는시점: 경품 주소 서울 강서구 화곡로 12 맞으세요?", "서울 강서구 화곡로 12"),
])
def test_p11_2_round12_member_addresses_masked(text, want):
    assert want in "".join(found(text, "ADDRESS"))


@needs_kiwi
@pytest.mark.parametrize("text, name", [
    ("근무표\n1. 도하람, 매표\n2. 국하진, 매점\n3. 탁세원, 플로어", "도하람"),  # real members of a roster
    ("실명이 모가람이시더라고요", "모가람"),  # a label with a particle before a name
    ("우리 딸 하람아 사랑해 생일 축하해", "하람"),  # sweet talk to a family member
    ("[도하람] [오후 3:12] 내일 봐\n[국하진] [오후 3:13] ㅇㅋ", "도하람"),  # chat speakers named
    ("예약자명: 탁세원\n예매번호: 확인 중", "탁세원"),
    ("오늘 근무 인원\n1. 국하진\n2. 하람 09:30~13:00\n3. 탁세원", "하람"),  # a time is no head count
    ("선물 받는 분 묵하늘 입니다", "묵하늘"),  # three syllables Kiwi splits stay a name
    ("연락처 010-2345-6789 (하람폰)", "하람"),
    ("마키 탁세원 고객님, 예매가 완료되었습니다", "탁세원"),  # addressed after the brand
    ("친구 국하진은 저를 생각하고 썼대요 편지를", "국하진"),  # a friend writing, no film news
    ("예매자 탁\u200b세원 님 확인 부탁", "탁\u200b세원"),  # a name hidden with a zero-width space
    ("수령인 육\u200b담, 전화는 따로 드릴게요", "육\u200b담"),  # a word-like name in a label's slot
    ("· 국하진\n· 오\ufeff훈\n7시 정문 집합", "오\ufeff훈"),  # alone on a bulleted line
])
def test_p11_2_round12_members_stay_masked(text, name):
    assert any(name in f for f in found(text))


@needs_kiwi
def test_p11_2_round12_amount_glued_to_a_digit_is_no_name():
    """``6천원`` is an amount (shortnames.py); the members settling up stay masked."""
    assert found("지난 정모 정산: 국하진 6천원, 탁세원 5천원 입금 부탁") == ["국하진", "탁세원"]
