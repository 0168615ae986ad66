"""P11.2, issue 16, round 13 (piirecall15): name categories read from test15's misses and
checked against test9–test14. Every name and sentence below is invented for these tests (none is
copied from an evaluation set).

Spelt-out names (``spacedslots._triple_ok``): a surname and two given-name syllables written one
syllable at a time, in any frame (``아들 모 준 혁``, ``남 아 린 학생``, ``추 하 윤으로 예약``); runs of
single-syllable words (``두 분 다``, ``한 통 다``, ``저 는 안 가 요``) stay.
"""

from __future__ import annotations

import pytest

from marquee.privacy.pii import mask_text, morph

from .test_pii_recall_round12 import _all_masked, found

needs_kiwi = pytest.mark.skipif(not morph.warm_up(), reason="kiwipiepy unavailable")


@needs_kiwi
@pytest.mark.parametrize(("text", "name"), [
    ("주차장에 아이 모자 두고 갔어요 연락 부탁드려요 아들 모 준 혁", "모 준 혁"),
    ("남 아 린 학생 체육복 보관 중입니다 매표소로 와주세요", "남 아 린"),
    ("추 하 윤으로 예매했는데 조회가 안 되네요", "추 하 윤"),
    ("신청인 방 서 진 / 생년월일 1990-01-01", "방 서 진"),
    ("옥 다 인 님 관람권이 발송되었습니다", "옥 다 인"),
])
def test_p11_2_a_name_spelt_out_syllable_by_syllable_is_masked(text, name):
    _all_masked(text, [name])


@needs_kiwi
@pytest.mark.parametrize("text", [
    "엄마랑 아빠랑 셋이 봤는데 두 분 다 우심",
    "팝콘 한 통 다 먹었어요",
    "저 는 안 가 요 오 늘 은",
    "상 영 전 광고가 너무 길어요",
    "위 두 명 같이 가요",
    "이 세 개 중에 하나 골라주세요",
])
def test_p11_2_runs_of_single_syllable_words_are_no_name(text):
    assert found(text) == []
    assert mask_text(text).text == text


@needs_kiwi
@pytest.mark.parametrize(("text", "name"), [
    ("결제 두 번 된 것 같아요 확인 부탁드립니다 수빈", "수빈"),
    ("제 아이디로 모르는 기기에서 접속했대요. 제가 한 거 아니에요 도윤", "도윤"),
    ("분실물 센터에 지갑 맡겨졌나요? 민규", "민규"),
])
def test_p11_2_a_given_name_signing_off_after_a_finished_sentence_is_masked(text, name):
    _all_masked(text, [name])


@needs_kiwi
@pytest.mark.parametrize("text", [
    "어제 심야로 봤는데 진짜 재밌어요 최고",
    "두 번 봤어요 강추",
    "음악도 좋고 배우도 좋아요 대박",
    "오늘 3관 에어컨 너무 추웠어요 감기",
])
def test_p11_2_a_closing_word_that_is_no_name_stays(text):
    assert found(text) == []


@needs_kiwi
@pytest.mark.parametrize(("text", "names"), [
    ("Lena: 나 지금 매표소 앞이야\n나: 금방 갈게", ["Lena"]),
    ("나: 표 끊었어?\nOmar: 응 두 장 끊음\n나: 고마워", ["Omar"]),
    ("Tariq: what time?\n나: 7시 반 3관이야\nTariq: ok", ["Tariq"]),
])
def test_p11_2_a_latin_first_name_speaking_in_a_korean_chat_is_masked(text, names):
    """P11.2: a foreign friend speaking in a chat written in Korean."""
    _all_masked(text, names)


@needs_kiwi
@pytest.mark.parametrize("text", [
    "Owen: see you at seven?\n나: sure, gate B\nOwen: great",
    "Date: 2024-05-01\nSubject: 단체 관람 문의\nNote: 오후 회차로 부탁드려요",
])
def test_p11_2_an_english_chat_or_a_header_keeps_its_words(text):
    assert found(text) == []


@needs_kiwi
def test_p11_2_a_casual_question_then_a_title_is_no_signoff():
    assert found("그 역 누가 했음? 소풍") == []


@needs_kiwi
def test_p11_2_a_latin_name_found_once_is_masked_at_every_use():
    text = "Lena: 나 오늘 못 가 ㅠ\n나: 괜찮아 Lena 다음에 보자"
    assert found(text).count("Lena") == 2
    assert "Lena" not in mask_text(text).text
