"""P11.2, issue 16, round 11 (false alarms on clean posts, by category): public figures before an
honorific in film talk, names quoted as names, ranked film lists, one-line reviews, titles booked,
characters, chat handles in brackets, place words, form words, a gazetteer of film people for
cue-less Latin and Hangul names, businesses' published addresses and e-mails already masked.
Members in strong person slots (a label, a kin word, a self-introduction, a roster, an honorific
addressed to them) and a member's home or delivery address stay masked. Every sentence is the
author's own; none comes from a bench data file."""

from __future__ import annotations

import pytest

from marquee.privacy.pii import detect, morph

needs_kiwi = pytest.mark.skipif(not morph.warm_up(), reason="kiwipiepy unavailable")


def found(text, entity="PERSON"):
    return [text[s.start:s.end] for s in detect(text) if s.entity == entity]


# --- frames (publicframes.py) -----------------------------------------------------------------

@needs_kiwi
@pytest.mark.parametrize("text", [
    "김좌진 선생이 나오는 영화는 볼 때마다 숙연해진다",  # a historical figure a film is about
    "이봉창 선생님 나오는 장면에서 다들 울었어요",
    "탁세원님 GV 다녀왔어요 실물 미쳤음",  # a star's event
    "국하진 씨가 달빛항구에서 보여준 연기 소름",
    "서은비 선배님이랑 붙는 장면 압권",  # a scene with a co-star
    "원작 읽어보니 서연이라는 이름이 제일 흔한 이름이래요",  # a name quoted as a name
    "그 영화에서 '남궁민철'이라는 캐릭터가 제일 좋았음",
    "올해 관객수\n1. 달빛항구 (812만 관객)\n2. 하람에게 (640만 관객)",  # a ranked film list
    "러닝타임 순\n1. 긴 밤 (168분)\n2. 하람에게 (121분)",
    "한줄평: 모가람의 복수, 탁세원의 눈물. 끝.",  # a one-line review
    "응모작: 하람에게",  # a title label
    "하람에게 예매가 안 돼요 앱 오류인가요",  # a title booked
    "I booked 하람에게 but the seat map is empty",
    "\"달빛항구\" 감독 인터뷰 보니 서도윤은 실제 인물 김좌진에서 따왔대요",  # a character's source
    "달빛항구 속 모가람과 국하진, 둘 다 가상 인물인데 실감남",
    "[한밤의관객] [오후 9:40] 몇 시 거 봐?\n[팝콘도둑] [오후 9:41] 9시 반",  # handles
    "[김치찌개왕] [오전 1:15] 예매번호 맞지?\n[팝콘도둑] [오전 1:16] ㅇㅇ",
    "[박과장] [오전 9:02] 오늘 조조 몇 관?\n[밤샘러] [오전 9:03] 3관",
    "노은동 사는 사람 IMAX관 가요?",  # place words
    "저는 춘천에 거주하는 회원입니다",
    "윤봉길 의사가 나오는 영화 또 보고 싶다",  # other honorifics of history, a life on film
    "안창호 선생의 일대기를 그린 작품",
    "국하진님 싸인회 다녀옴",
    "총평: 모가람의 성장, 탁세원의 퇴장",  # other review labels
    "3) 하람에게 - 640만 관객",  # a ranked line with a dash
    "라인업\n- 하람에게 (121분)\n- 긴 밤 (98분)",  # a bulleted line-up with running times
    "하람에게 4DX로 봤어요",  # a title watched in a format
    "강서준이라는 배우 아세요?",  # a name quoted as an actor's
    "신분증 보여달라 해서 제 여권(M12345678) 보여줬어요",  # a document word
    "한줄평: 서도윤의 복수, 황보석의 눈물. 끝.",
    "신한 110-222-333444 이런식으로 적어 주세요",  # a demonstrative and a noun after an account
    "영문 이름은 John Doe처럼 이름 먼저 적어 주세요",  # a form's placeholder name
])
def test_p11_2_public_frames_stay(text):
    assert found(text) == []


@needs_kiwi
@pytest.mark.parametrize("text, name", [
    ("조카 민서라는 이름이 예뻐요", "민서라"),  # a kin slot
    ("저는 원주에 거주하는 회원 탁세원입니다", "탁세원"),  # a self-introduction after a place
    ("예약자: 탁세원 님 GV 다녀오셨나요?", "탁세원"),  # a label
    ("당첨자 명단: 탁세원, 국하진, 모가람", "탁세원"),  # a roster
    ("[탁세원] [오후 9:40] 몇 시 거 봐?\n[국하진] [오후 9:41] 9시 반", "탁세원"),  # speakers' names
    ("친구 국하진이랑 조조 봤어요", "국하진"),
    ("예약 인원\n1. 탁세원 (3명)\n2. 국하진 (2명)", "탁세원"),  # a head count is no figure of a film
    ("당첨자 명단\n1. 탁세원 (010-2233-4455)\n2. 국하진", "탁세원"),
    ("탁세원에게 IMAX로 보여줬어", "탁세원"),  # shown to a member, not a title watched
    ("탁세원 선생 이야기 들어보니 좋더라", "탁세원"),  # a teacher's story, not a film
])
def test_p11_2_member_lookalikes_stay_masked(text, name):
    assert name in found(text)


# --- the film people gazetteer (filmpeople.py) -------------------------------------------------

@needs_kiwi
@pytest.mark.parametrize("text", [
    "Christopher Nolan은 이번에도 시간 가지고 장난침",  # cue-less Latin names of film people
    "Emma Stone이 또 상 받았네 대단하다",
    "Tom Cruise 아직도 액션 대역 없이 한대",
    "어제 본 거 Bong Joon-ho nailed it",
    "이 대사 Song Kang-ho 목소리로 들으니까 더 좋음",
    "Tom Hardy 보고 공감했다",
    "박해일의 눈빛 하나로 끝남",  # a cue-less Hangul name of a film person
])
def test_p11_2_film_people_stay(text):
    assert found(text) == []


@needs_kiwi
@pytest.mark.parametrize("text, name", [
    ("이름: Emma Stone\n연락처 010-2233-4455", "Emma Stone"),  # a label
    ("My name is Tom Hardy and I booked two seats", "Tom Hardy"),  # a self-introduction
    ("우리 남편 송강호가 예매했어요", "송강호"),  # a kin word
    ("송강호 고객님, 예매가 완료되었습니다", "송강호"),  # an honorific addressed to a member
    ("참석자 명단: 박해일, 탁세원", "박해일"),  # a roster
    ("처리 담당: 조인성 / 내선 2041", "조인성"),  # a staff label
    ("어제 송강호랑 둘이 조조 봤어요", "송강호"),  # a companion
    ("[10:02] 하정우 : 어디쯤이야\n[10:03] 탁세원 : 거의 다 옴", "하정우"),  # a chat speaker
])
def test_p11_2_film_people_in_person_slots_stay_masked(text, name):
    assert any(name in f for f in found(text))


# --- public values (publicvalues.py) ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "메가박스 코엑스점(서울 강남구 영동대로 513)에서 만나요",  # a business's published address
    "CGV 용산아이파크몰: 서울 용산구 한강대로23길 55",
    "매장 주소는 부산 해운대구 센텀남대로 35 입니다",
    "CGV 강남 : 서울 강남구 강남대로 438",
])
def test_p11_2_business_addresses_stay(text):
    assert found(text, "ADDRESS") == []


@pytest.mark.parametrize("text", [
    "저희 집은 서울 강남구 영동대로 513 이에요",  # a home
    "배송지: 서울 용산구 한강대로23길 55, 101동 1203호",  # a delivery
    "메가박스 코엑스점 말고 우리 집(서울 강남구 영동대로 513)으로 보내주세요",
    "제 회사 주소는 서울 강남구 영동대로 513 입니다",  # where a member works
])
def test_p11_2_home_addresses_stay_masked(text):
    assert found(text, "ADDRESS")


def test_p11_2_masked_email_stays():
    assert found("회원 정보 화면에는 남궁**, s**y@daum.net처럼 일부만 표시됩니다", "EMAIL") == []
    assert found("연락은 sky@daum.net 으로 주세요", "EMAIL") == ["sky@daum.net"]
