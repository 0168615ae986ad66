"""P11.2, issue 16, round 13 (piirecall14): PERSON misses by category, read from test14's misses
and checked against test9–test13. Every name and sentence below is invented for these tests
(none is copied from an evaluation set). Each positive case fails on the masker before this
round; each look-alike stays unmasked.

Categories: speakers of a pasted chat with no name found yet (``chatlines``); a given name
called after a chat line's speaker colon or after ``어`` (``vocatives``); rosters announced by
who is coming or whose names are asked for, and comma lists closed by ``셋이서`` (``rosters``);
a relation loanword before a Korean name read as a Central Asian family name (``romanised``).
"""

from __future__ import annotations

import pytest

from marquee.privacy.pii import morph

from .test_pii_recall_round12 import _all_masked, found

needs_kiwi = pytest.mark.skipif(not morph.warm_up(), reason="kiwipiepy unavailable")


@needs_kiwi
@pytest.mark.parametrize(("text", "names"), [
    ("(카톡)\n보람: 나 지금 주차장\n나: 3관 앞으로 와\n보람: 넹", ["보람"]),
    ("대화 내용 복사\n나: 표 몇 장?\n경민: 두 장이면 돼", ["경민"]),
    ("[오후 9:02] 나: 어디야\n[오후 9:03] 서진: 매표소 옆\n[오후 9:04] 서진: 빨리", ["서진"]),
    ("영화방\n채린 ▶ 몇 시 회차?\n나 ▶ 7시 반", ["채린"]),
    ("(카톡)\n도예준: 카드 놓고 왔어 이걸로 결제 부탁", ["도예준"]),
    ("Gülşen: 몇 관이야?\n나: 5관!", ["Gülşen"]),
])
def test_p11_2_chat_speakers_without_a_found_name(text, names):
    """P11.2: a friend speaking in a chat with the writer, under a messenger header or on two
    lines is a person, although no other recogniser found a name in the post."""
    _all_masked(text, names)


@needs_kiwi
@pytest.mark.parametrize("text", [
    "일시: 12월 3일\n장소: 마키 홍대\n내용: 단체관람",
    "상담원: 안녕하세요\n고객: 예매 취소요\n상담원: 네",
    "Q: 환불 되나요?\nA: 네 됩니다",
    "Mark: see you at 7\n나: ok",
    "From: 고객센터\nDate: 2025.01.02\nDate: 2025.01.03",
    "(카톡)\n친구: 예매번호 보내줘\n나: 잠깐만",
])
def test_p11_2_chat_lines_that_name_nobody(text):
    """P11.2: form labels, roles, an English first name alone and e-mail headers are no speakers."""
    assert found(text) == []


@needs_kiwi
@pytest.mark.parametrize(("text", "names"), [
    ("아빠: 수빈아 영화 끝나면 문자해", ["수빈"]),
    ("통화 중에 \"어 현우야 나 극장이야\" 하더라고요", ["현우"]),
])
def test_p11_2_vocative_after_a_speaker_colon(text, names):
    """P11.2: a given name called right after a chat speaker or after ``어``."""
    _all_masked(text, names)


@needs_kiwi
def test_p11_2_quoted_pet_name_stays():
    """P11.2: an opening quote alone does not make a vocative (a pet called after a director)."""
    assert found('우리 고양이 이름이 박찬욱이라 "찬욱아!" 부르면 다들 웃어요') == []


@needs_kiwi
@pytest.mark.parametrize(("text", "names"), [
    ("같이 보기로 한 사람: 세아, 도윤, 하람. 토요일 마키 강남", ["세아", "도윤", "하람"]),
    ("내일 오시는 분: 세린, 도하. 늦지 마세요", ["세린", "도하"]),
    ("단체 예약이라 아이 이름 적어주세요: 시우, 유나, 도하", ["시우", "유나"]),
    ("지호, 태린, 수아 셋이서 심야 영화 봄", ["지호", "태린", "수아"]),
])
def test_p11_2_rosters_of_who_comes(text, names):
    """P11.2: a list after who is coming or whose names are asked for, and a list closed by
    ``셋이서``, holds people."""
    _all_masked(text, names)


@needs_kiwi
@pytest.mark.parametrize("text", [
    "오시는 분: 주차, 할인 문의는 매표소로",
    "참석자: 세린, 도하, 하준 늦지 마세요",
    "팝콘, 콜라, 나초 셋이서 먹기엔 많아요",
])
def test_p11_2_roster_look_alikes_stay(text):
    """P11.2: the new roster cues need two members that read as names, and a verb form closing
    a list (``늦지 마세요``) is no foreign name."""
    assert all(n in ("세린", "도하", "하준") for n in found(text))


@needs_kiwi
@pytest.mark.parametrize(("text", "name"), [
    ("기념일이라 와이프 주은정이랑 리클라이너관 예약", "주은정"),
    ("지난주에 와이프 변수정이랑 봤어요", "변수정"),
])
def test_p11_2_loanword_before_a_name_is_no_foreign_part(text, name):
    """P11.2: ``와이프`` ends like a Central Asian family name; the span is the Korean name."""
    assert name in found(text)
    assert not any("와이프" in n for n in found(text))


@needs_kiwi
@pytest.mark.parametrize(("text", "name"), [
    ("텀블러 뚜껑에 '독고선'이라고 새겨져 있어요. 보관 부탁드려요", "독고선"),
    ("휴대폰 잠금화면에 \"빈소라\"라고 떠요 주인 찾아요", "빈소라"),
    ("신발주머니 이름표 '남궁별 / 아빠 번호' 확인해주세요", "남궁별"),
    ("분실물: 사원증(변 다솜) 매표소 보관", "변 다솜"),
])
def test_p11_2_name_written_on_an_item(text, name):
    """P11.2: a name quoted as written on an item, or held by a tag or card, is a person."""
    _all_masked(text, [name])


@needs_kiwi
@pytest.mark.parametrize("text", [
    "티셔츠에 '기생충'이라고 적혀 있어요",
    "학생증(마키 홍대) 보관 중",
    "명찰(매점 직원) 확인 부탁",
    "가방에 '마스크'라고 써 있는 스티커",
])
def test_p11_2_written_words_stay(text):
    """P11.2: a title, a place or a word written on an item is no name."""
    assert found(text) == []


@needs_kiwi
@pytest.mark.parametrize(("text", "name"), [
    ("에코백 손잡이에 하랑 이니셜 있어요 찾아주세요", "하랑"),
    ("폰 케이스에 '윤슬' 이니셜 스티커 붙어 있음", "윤슬"),
])
def test_p11_2_initials_name_their_owner(text, name):
    """P11.2: the word before ``이니셜`` on a lost item is its owner's name."""
    _all_masked(text, [name])


@needs_kiwi
@pytest.mark.parametrize("text", ["영문 이니셜 각인 서비스 해요", "가방에 금색 이니셜 있어요"])
def test_p11_2_initials_look_alikes_stay(text):
    """P11.2: a language or a colour before ``이니셜`` is no name."""
    assert found(text) == []


@needs_kiwi
@pytest.mark.parametrize(("text", "name"), [
    ("쪽지 남겨요 / 하린아 표 내가 예매해둠", "하린"),
    ("- 다솔아 늦지 마", "다솔"),
])
def test_p11_2_vocative_after_a_list_separator(text, name):
    """P11.2: a given name called right after a slash or a bullet opens its sentence."""
    _all_masked(text, [name])


@needs_kiwi
def test_p11_2_self_introduction_with_geodeunyo():
    """P11.2: ``제 이름이 X거든요`` names the writer like ``X예요``."""
    _all_masked("찾으시면 연락 주세요. 제 이름이 황보규린이거든요", ["황보규린"])


@needs_kiwi
@pytest.mark.parametrize(("text", "name"), [
    ("my friend Joris Vermeer is visiting", "Joris Vermeer"),
    ("저 Lê Văn Tám 입니다. 예매 확인 부탁드려요", "Lê Văn Tám"),
    ("환불은 국민은행 123456-01-778899 (Mateo Rossi) 로 부탁", "Mateo Rossi"),
    ("Kwame Mensah\nPhone 010 2233 4455", "Kwame Mensah"),
    ("my friend Ingrid Solberg (한국 이름은 미정) is coming", "Ingrid Solberg"),
    ("마감 인원 부족하면 Tomás Herrera님한테 부탁할게요", "Tomás Herrera"),
])
def test_p11_2_latin_names_in_person_frames(text, name):
    """P11.2: a Latin full name introduced, holding an account, or heading a contact block."""
    _all_masked(text, [name])


@needs_kiwi
@pytest.mark.parametrize("text", [
    "I'm Not Okay 라는 노래 좋아요",
    "This is Marquee Gangnam speaking",
    "My friend Inside Out 2 보고 울었대",
])
def test_p11_2_latin_frames_without_names_stay(text):
    """P11.2: English words after a cue are no name."""
    assert found(text) == []


@needs_kiwi
@pytest.mark.parametrize(("text", "name"), [
    ("은행 | 신한\n예금주 | 편 보람\n연락처 | 010 1111 2222", "편 보람"),
    ("보낸 사람: 길 솔 (031-555-0101)", "길 솔"),
    ("- 근무: 탁세윤, 여 다빈 외 알바 2명", "여 다빈"),
])
def test_p11_2_spaced_name_in_a_person_slot(text, name):
    """P11.2: a surname spaced from its given name after a person label or before a title."""
    _all_masked(text, [name])


@needs_kiwi
@pytest.mark.parametrize("text", ["이 영화 감독님 최고", "받는 사람: 이 영화관 직원", "그 사람 씨 뿌리는 중"])
def test_p11_2_spaced_look_alikes_stay(text):
    """P11.2: a determiner and a noun before a title or after a label is no spaced name."""
    assert found(text) == []


@needs_kiwi
@pytest.mark.parametrize(("text", "name"), [
    ("교대 안 되면 아누팜 트리파티님한테 부탁드릴게요", "아누팜 트리파티"),
    ("남편 다니엘 르클레르 명의로 결제했어요", "다니엘 르클레르"),
])
def test_p11_2_hangul_foreign_name_in_a_person_frame(text, name):
    """P11.2: two Hangul words Kiwi does not know, after a spouse word or before ``님``."""
    _all_masked(text, [name])


@needs_kiwi
@pytest.mark.parametrize("text", ["마키 센텀 님 감사합니다", "노쇼 두 번이면 강퇴입니다", "작품은 파묘입니다 감독님"])
def test_p11_2_hangul_foreign_look_alikes_stay(text):
    """P11.2: a cinema and its branch, or words with particles, before ``님`` are no foreign name."""
    assert found(text) == []
