"""P11.2, issue 16: names held by their sentence frame (speakers, self-introductions, answers,
letters, chains of names), names after person-only labels in English and Korean, and the
words that fill the same slots without naming anyone."""

from __future__ import annotations

import pytest

from marquee.privacy.pii import detect, mask_text


def persons(text):
    return [text[s.start:s.end] for s in detect(text) if s.entity == "PERSON"]


def test_p11_2_chat_speakers_and_their_given_name_as_a_vocative():
    text = "곽도윤: 내일 몇 시야?\n탁민서: 여섯 시. 도윤아 늦지 마\n곽도윤: 알았어"
    assert persons(text) == ["곽도윤", "탁민서", "도윤", "곽도윤"]
    assert mask_text(text).text.startswith("곽*윤: 내일 몇 시야?\n탁*서: 여섯 시. 도*아")


def test_p11_2_role_speakers_are_not_names():
    text = "상담원: 무엇을 도와드릴까요?\n고객: 환불 문의요.\n상담원: 네, 확인해 드리겠습니다."
    assert persons(text) == []


@pytest.mark.parametrize(("text", "names"), [
    ("안녕하세요, 천봉수입니다. 단체 예매 문의드려요.", ["천봉수"]),   # intro + copula
    ("상담원: 성함 부탁드립니다.\n고객: 부만식이요.", ["부만식"]),      # an answer after a speaker
    ("수신: 빈상길 귀하\n처리 결과를 알려 드립니다.", ["빈상길"]),      # label + 귀하
    ("마키 고객지원팀 하봉순 드림", ["하봉순"]),                        # a letter's closing
    ("친구 해미순 앞으로 보내주세요", ["해미순"]),                      # rare surname 해, two signals
    ("입금자명 한 칠 복 확인 부탁드려요", ["한 칠 복"]),                # syllables spaced out
])
def test_p11_2_names_held_by_two_person_signals(text, names):
    assert persons(text) == names


def test_p11_2_names_chained_to_a_name_by_particles_and_commas():
    found = persons("주말에 남지호와 고봉남, 변주원 같이 봤어요")
    assert found == ["남지호", "고봉남", "변주원"]


@pytest.mark.parametrize(("text", "name"), [
    ("Dear Amelia Clarke, 예매가 취소되었습니다.", "Amelia Clarke"),
    ("Name: Park Mi-kyung\n좌석 변경 부탁드립니다", "Park Mi-kyung"),
    ("Guest name: Tobias Lindqvist", "Tobias Lindqvist"),
    ("Passenger 바트 에르덴 님 할인 되나요?", "바트 에르덴"),
])
def test_p11_2_foreign_names_after_person_only_labels(text, name):
    assert persons(text) == [name]


def test_p11_2_latin_names_under_a_guest_column():
    text = "No\tGuest\tPhone\n1\tAiko Suzuki\t010-2339-3824\n2\tNoah Fischer\t010-7100-6076\n"
    assert persons(text) == ["Aiko Suzuki", "Noah Fischer"]


@pytest.mark.parametrize("text", [
    "받는 분: 상기와 같음",                    # 상기 + 와: a noun and a particle
    "예금주: 미정 / 은행: 신한은행",           # a form filler
    "수령인: 본인\n배송 메모: 경비실",
    "답장은 여기로: 010-1234-5678",            # 여기 + 로: a pronoun
    "Name: Standard Ticket x2\nTotal: 28,000 KRW",
    "Guest name: same as booking",
    "저는 대학생입니다. 할인 되나요?",
    "담당: 운영팀",
    "팝콘이랑 나초랑 콜라 세트로 주세요",
])
def test_p11_2_frame_slots_filled_by_words_stay_unmasked(text):
    assert [s for s in detect(text) if s.entity == "PERSON"] == []


@pytest.mark.parametrize(("text", "names"), [
    ("오늘 김예원이랑 서울의 봄 봤어요", ["김예원"]),          # 서울 + 의 chained by 랑
    ("학생증 이름 김용팔 이라고 써있어요", ["김용팔"]),        # a bare space is no list
])
def test_p11_2_chains_stop_at_words_and_bare_spaces(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text", [
    "전복죽이랑 장어랑 나초 시켰는데 전복죽만 나왔어요",   # Kiwi: one dictionary proper noun
    "김치전이랑 오징어 시켰어요",
])
def test_p11_2_dictionary_proper_nouns_with_untypical_given_syllables_stay_unmasked(text):
    assert persons(text) == []


def test_p11_2_names_with_typical_syllables_in_the_same_frame_are_still_masked():
    assert persons("송하윤이랑 장어 먹었어요") == ["송하윤"]
