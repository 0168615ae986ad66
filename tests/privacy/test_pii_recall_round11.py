"""P11.2, issue 16, round 11 (piirecall11): names the masker missed, by category, read from
test10's misses. Every name and sentence below is invented for these tests (none is copied from
an evaluation set). Each positive case fails on the masker before this round; each clean
look-alike stays unmasked.

Categories: a name glued to or after a kin word (a given name alone too), a name before a job
title or a spaced ``씨``, given names in rosters, sign-offs (``- X``, ``X 드림``, a mail's ``--``
line, ``Thanks, X``), chat lines opening with a name, chat speakers the name recognisers cannot
read, the owner of a phone number, a self-introduction, a renter's label, ``X 명함``.
"""

from __future__ import annotations

import pytest

from marquee.privacy.pii import detect, mask_text, morph

needs_kiwi = pytest.mark.skipif(not morph.warm_up(), reason="kiwipiepy unavailable")


def found(text):
    return [text[s.start:s.end] for s in detect(text) if s.entity == "PERSON"]


def _masked(text, name):
    assert name in found(text)
    masked = mask_text(text).text
    assert name not in masked and len(masked) == len(text)


@needs_kiwi
@pytest.mark.parametrize(("text", "name"), [
    ("내 친구윤다혜가 거기 매점 알바라던데 번호 좀", "윤다혜"),
    ("우리 여친서윤이 어제 상영관에 목도리 두고 왔대요", "서윤"),
    ("조카 덕배가 공룡 영화 보고 싶다고 해서 예매했어요", "덕배"),
    ("이모 세은이랑 같이 조조 봤어요", "세은"),
    ("저희 외삼촌 온누리가 대신 표 받으러 갑니다", "온누리"),
])
def test_p11_2_a_name_glued_to_or_after_a_kin_word_is_masked(text, name):
    _masked(text, name)


@needs_kiwi
@pytest.mark.parametrize(("text", "name"), [
    ("편새롬 매니저님께서 환불 처리 도와주셨어요", "편새롬"),
    ("부재시 하솔 대리한테 연락 주세요", "하솔"),
    ("미경 과장은 이번 주 금요일 휴무입니다", "미경"),
    ("하람쌤이랑 반 아이들 데리고 애니 보러 가요", "하람"),
    ("봉석 기사님께 전달 부탁드립니다", "봉석"),
    ("주소 확인했습니다. 보경 씨가 직접 받으신대요", "보경"),
    ("해솔 삼촌 폰 010-2222-3333, 숙소는 서울", "해솔"),
    ("다솜삼촌 폰 번호 알려줄게", "다솜"),
    ("주소는 여기예요. 사사키 미오 언니 완전 팬임", "사사키 미오"),  # the foreign word before it too
])
def test_p11_2_a_name_before_a_job_title_a_spaced_honorific_or_a_kin_title_is_masked(text, name):
    _masked(text, name)


@needs_kiwi
@pytest.mark.parametrize(("text", "names"), [
    ("생일파티 단체관람 명단: 봉수, 영미, Ahmet Kaya, 탁별하", ["봉수", "영미", "Ahmet Kaya"]),
    ("예매 명단 올립니다\n- 탁광수 (아빠)\n- 윤 상철\n- 별하 (초2)", ["별하"]),
    ("참석자 명단: 건우, 이안, 변재민", ["건우"]),
    ("토요일 오후로 예약했어요. 우리 아이 친구들 명단: 건우, 시우, 카를로스 멘도사, 변재민.", ["건우"]),
])
def test_p11_2_given_names_and_accented_latin_names_in_a_roster_are_members(text, names):
    for name in names:
        _masked(text, name)


@needs_kiwi
@pytest.mark.parametrize(("text", "name"), [
    ("사진 보내드렸어요 확인 부탁해요 (메일 주소 바꿔씀) - 다혜", "다혜"),
    ("사진 보내드렸어요 확인 부탁해요 (메일 주소 바꿔씀)- 영숙", "영숙"),
    ("여권으로 본인 확인 가능한지 문의드립니다.\n파티마 드림", "파티마"),
    ("추가 문의는 고객센터로 부탁드립니다.\n상담원 바야르 에르덴 드림", "바야르 에르덴"),
    ("배송지 변경 부탁드립니다.\n-- \n하이렌", "하이렌"),
    ("Please call me back about the refund. Thanks, Mirae", "Mirae"),
    ("메일 주소 바꿔 적었어요 (스팸 때문에) - 혜원\n| 영화 | 감독 |\n|---|---|", "혜원"),
    ("---------- Forwarded message ----------\nFrom: 편새롬 <abc@naver.com>\nDate: 2026.03.02", "편새롬"),
])
def test_p11_2_a_name_signing_off_a_letter_or_a_message_is_masked(text, name):
    _masked(text, name)


@needs_kiwi
@pytest.mark.parametrize(("text", "name"), [
    ("지호 오늘 못 온대 ㅋㅋ 표 한 장 남는데", "지호"),
    ("ㅋㅋㅋ 다인이 또 늦음 8시 영화인데", "다인"),
    ("시작 5분 전인데 ㅡㅡ 야 윤담 너 어디야", "윤담"),
    ("[첸 메이링] [오전 10:02] 우리 집 와\n[무비곰] [오전 10:03] ㅇㅋ", "첸 메이링"),
    ("Kwame Asante: 표 내가 끊음\n고봉수: 돈 보낼게\n별하: 나도", "별하"),
    ("Kwame Asante: 표 내가 끊음\n고봉수: 돈 보낼게\n별하: 나도", "Kwame Asante"),
])
def test_p11_2_a_chat_line_opening_with_a_name_and_unusual_speakers_are_masked(text, name):
    _masked(text, name)


@needs_kiwi
@pytest.mark.parametrize(("text", "name"), [
    ("문의 메일 주세요 / 010-2222-3333 (하람 폰)", "하람"),
    ("등록 완료. 해담 비상연락 010-2222-3333", "해담"),
    ("면허 11-22-333333-44\n당시율\n010-2222-3333", "당시율"),
    ("Hi, I'm 다은 from the language exchange.", "다은"),
    ("안녕하세요 저 은슬이에요. 유학생이에요", "은슬"),
    ("[유모차 대여 대장]\n대여자 음하솔 / 반납 19:00", "음하솔"),
    ("지갑 안에 형춘배 명함이랑 카드 있어요", "형춘배"),
])
def test_p11_2_the_owner_of_a_number_a_self_introduction_and_a_renter_are_masked(text, name):
    _masked(text, name)


@needs_kiwi
@pytest.mark.parametrize("text", [
    "조카 하늘이가 겨울왕국 보고 싶대서 예매했어요",  # 하늘 is a dictionary word, a guess too far
    "우리 친구들 모두 재밌게 봤어요",
    "담당 매니저님께서 친절하게 안내해주셨어요",
    "택시 기사님께 길 물어봤어요",
    "신입 사원 교육은 다음 주에 있습니다",
    "영화가 또 늦게 시작했어요",
    "지금 못 가요 ㅠㅠ",
    "오늘 못 온대 다들",
    "감사합니다.\n운영팀 드림",
    "감사합니다. 고객센터 올림",
    "변경 부탁드립니다.\n-- \n마르키 고객센터",
    "Please call me. Thanks, Team",
    "I'm 정말 happy with it",
    "공지: 오늘 휴무\n안내: 내일 오픈\n참고: 주차 불가",
    "문의\n010-2222-3333",
    "카풀 구해요 번호 010-2094-5670",
    "회사 명함이랑 현금 있어요",
    "[영화 좋아] [오후 1:02] 도착\n[무비곰] [오후 1:03] ㅇㅋ",
    "친한 언니랑 봤어요",
    "동네 언니가 추천해줬어요",
    "작은삼촌이 사줬어요",
    "재밌었어요 - 강추\n\n다음에 또 올게요",
    "From: 마르키 <help@example.kr>\nDate: 2026",
    "[응대 기록]\n일시: 04.27 13:45\n내용: 환불 요청",
])
def test_p11_2_clean_look_alikes_in_those_frames_stay_unmasked(text):
    assert found(text) == []
