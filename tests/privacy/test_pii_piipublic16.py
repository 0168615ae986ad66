"""P11.2, issue 16, round 14 (piipublic16): public figures and characters named without any role
word (an actor, an idol, a TV host, an athlete, an author, a historical figure, a film's or an
animation's character) are talked about, not members, so the cue-less name guess on them is
vetoed by ``filmpeople.py``'s gazetteers (``data/*.txt``); the same names in a person's slot (a
label, a kin word, a companion, a chat speaker) stay masked. Sentences of this branch's own, not
taken from any evaluation set."""

from __future__ import annotations

import pytest

from marquee.privacy.pii import detect, filmpeople


def names(text):
    return [text[s.start:s.end] for s in detect(text) if s.entity == "PERSON"]


@pytest.mark.parametrize("text", [
    "서울의 봄 다시 봤는데 전두광 나올 때마다 혈압 오름",
    "어제 예능에서 유재석이 추천했다길래 봤는데 괜찮네요",
    "고윤정 보러 갔다가 김성철한테 반하고 나옴",
    "마더 김혜자 선생님 춤추는 오프닝 아직도 생각남",
    "라일리 너무 불쌍했다 ㅠㅠ 2편도 보고 싶어요",
    "옥주랑 동주 남매 보고 여름마다 생각나는 영화",
    "베테랑 조태오 진짜 얄밉게 잘 만들었다",
    "탄지로 목소리 듣자마자 울컥함",
    "손흥민 골 장면 극장 화면으로 보니까 또 다르네",
    'Ryan Gosling: "I\'m just Ken" 이 장면 때문에 두 번 봄',
    "변우석 보려고 재관람 세 번째",
])
def test_public_names_without_a_role_word_stay(text):
    assert names(text) == []


@pytest.mark.parametrize("text, name", [
    ("예약자 유재석 010-2345-6789 확인 부탁드려요", "유재석"),
    ("친구 장첸이랑 같이 봤는데 좌석이 불편했어요", "장첸"),
    ("유재석 고객님, 예매하신 좌석이 변경되었습니다", "유재석"),
    ("고윤정: 오늘 몇 시에 만나?\n민수: 7시", "고윤정"),
])
def test_the_same_names_in_a_persons_slot_stay_masked(text, name):
    assert name in names(text)


def test_lists_live_in_data_files_loaded_once():
    keys, prefixes = filmpeople._gazetteer()
    assert filmpeople._gazetteer() is filmpeople._gazetteer()
    for name in ("유재석", "아이유", "장첸", "라일리", "taylorswift", "ryangosling"):
        assert filmpeople._key(name) in keys
    assert "ㅇ" not in prefixes


@pytest.mark.parametrize("text, name", [
    # a longer name a two-syllable entry only starts
    ("동주원이랑 같이 가기로 했어 자리 맡아줘", "동주원"),
    # a buyer's field, a customer speaking of themself
    ("환불 요청합니다 / 구매자: 손흥민 / 카드 승인번호 55120983", "손흥민"),
    ("손흥민 고객입니다 예매한 좌석이 두 개로 잡혔어요", "손흥민"),
    # a cell of a delimited data row
    ("이름,휴대폰,좌석\n유재석,010-3321-7788,C7", "유재석"),
    # a roster sentence's comma list
    ("단체 관람 명단 보내드려요. 김도윤, 박서아, 이효리 총 3명입니다.", "이효리"),
])
def test_member_slots_keep_a_listed_name(text, name):
    assert name in names(text)
