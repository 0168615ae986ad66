"""P11.2, issue 16, round 14 (piirecall16): PERSON misses by category, read from test12–test15's
misses. Every name and sentence below is invented for these tests (none is copied from an
evaluation set). Each positive case fails on the masker before this round; each look-alike stays
unmasked.

Categories: a given name alone with the familiar ``이`` glued on or called with ``아``
(``familiar``); speakers of messenger exports that stamp every line with the time
(``chatlines``).
"""

from __future__ import annotations

import pytest

from marquee.privacy.pii import morph

from .test_pii_recall_round12 import _all_masked, found

needs_kiwi = pytest.mark.skipif(not morph.warm_up(), reason="kiwipiepy unavailable")


@needs_kiwi
@pytest.mark.parametrize(("text", "names"), [
    ("재훈이가 표 두 장 들고 먼저 들어감", ["재훈"]),
    ("주말에 덕삼이를 데리고 가려고요. 덕삼이 좋아하는 애니메이션이에요", ["덕삼"]),
    ("어제 옥순이가 팝콘 다 쏟아서 난리났음", ["옥순"]),
    ("도경이 생일이라 같이 봤어요 도경아 축하해", ["도경"]),
    ("민석이도 팝콘 좋아해서 라지로 샀어요", ["민석"]),
])
def test_p11_2_given_name_with_the_familiar_i(text, names):
    """P11.2: a consonant-final given name with 이 before a particle, or used both with 이 and
    called with 아, is a person although no frame or surname names it."""
    _all_masked(text, names)


@needs_kiwi
@pytest.mark.parametrize("text", [
    "고양이가 스크린 앞을 지나가는 장면이 웃겼어요",
    "원작이랑 결말이 달라요. 결심이랑 고민하다 이걸로 봄",
    "생일이 다가와서 생일이 기다려짐",
    "사랑아 사랑이 뭐길래 이렇게 슬프니",
    "괜찮아 괜찮아 팝콘이 맛있음",
    "호랑이는 무섭고 어린이도 좋아함",
])
def test_p11_2_familiar_i_look_alikes_stay(text):
    """P11.2: nouns with their own particles (원작이랑), nouns ending in 이 (고양이), songs calling
    a noun (사랑아) and verbs (괜찮아) are no given names."""
    assert found(text) == []


@needs_kiwi
@pytest.mark.parametrize(("text", "names"), [
    ("[카카오톡] 모임\n은채 [오후 8:01] 어디야?\n규민 [오후 8:02] 주차 중\n은채 [오후 8:02] ㅇㅋ",
     ["은채", "규민"]),
    ("오전 10:12 윤하: 몇 관?\n오전 10:13 나: 5관\n오전 10:13 윤하: ㅇㅋ", ["윤하"]),
    ("2025. 2. 3. 오후 7:02, 은채 : 늦어\n2025. 2. 3. 오후 7:03, 규민 : 먼저 들어가", ["은채", "규민"]),
])
def test_p11_2_time_stamped_export_speakers(text, names):
    """P11.2: the speaker before or after a messenger export's time stamp is a person."""
    _all_masked(text, names)


@needs_kiwi
@pytest.mark.parametrize("text", [
    "오후 3:00 상영: 범죄도시\n오후 5:00 상영: 파묘",
    "[공지] [오후 3:00] 상영 10분 전입니다\n[안내] [오후 3:05] 팝콘 할인",
    "오후 3:00 상영: 범죄도시\n오후 5:00 입장: 파묘",
])
def test_p11_2_time_stamped_labels_stay(text):
    """P11.2: a schedule's stamped labels and a notice's tags are no speakers."""
    assert found(text) == []


@needs_kiwi
@pytest.mark.parametrize(("text", "names"), [
    ("(카톡)\n기 아름: 나 이사했어\n나: ㅇㅋ 집들이 언제", ["기 아름"]),
    ("도 윤: 계좌 바뀜\n나: ㅇㅋ 바로 보냄", ["도 윤"]),
    ("로그인 기록이 이상해요. 제가 한 거 아닙니다 변 다은", ["변 다은"]),
])
def test_p11_2_names_spaced_after_the_first_syllable(text, names):
    """P11.2: a chat speaker or a closing name written with a space after its first syllable
    is the same name squeezed."""
    _all_masked(text, names)


@needs_kiwi
@pytest.mark.parametrize("text", [
    "나 지금: 어디야\n나: ㅇㅋ",
    "영화 너무 재밌었어요 진 짜",
    "오늘도 잘 봤습니다 또 봐요",
])
def test_p11_2_spaced_look_alikes_stay(text):
    """P11.2: the writer's 나 before a word, and a spaced ordinary word, are no names."""
    assert found(text) == []


@needs_kiwi
@pytest.mark.parametrize(("text", "names"), [
    ("이번 주 야간 당번 뽑기\n마감: 황보슬기, 탁은결, 가온, 로아\n고생해요", ["가온", "로아"]),
])
def test_p11_2_comma_list_beside_found_names(text, names):
    """P11.2: a comma list holding two found names lists people: its other members are names."""
    _all_masked(text, names)


@needs_kiwi
@pytest.mark.parametrize("text", [
    "간식: 팝콘, 콜라, 나초, 핫도그 전부 맛있음",
    "계산서 발행 부탁드립니다. 등록번호 123-45-67890, 대표자 주식회사, 메일 주소 확인",
])
def test_p11_2_comma_lists_without_names_stay(text):
    """P11.2: a comma list with no found names, or prose slots, adds nobody."""
    assert found(text) == []
