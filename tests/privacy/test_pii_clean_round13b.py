"""P11.2, issue 16, round 13 (piiclean11b): clean posts the masker still changed, by category,
with sentences written here (none copied from a set).

* a chat alias of one syllable doubled as the speaker label (``콩콩:``, ``나나:``);
* a board nickname made of a known noun and a nickname ending (``정산+왕``, ``필름+냥``,
  ``정주행+러``, ``조조+매니아``) after ``작성자`` or inside a fan-club line;
* the given name left visible in a name already masked (``오*민재``, ``권○하람``).

Recall guards: real names in the same frames stay masked.
"""

from __future__ import annotations

import pytest

from marquee.privacy.pii import detect, mask_text, morph

needs_kiwi = pytest.mark.skipif(not morph.warm_up(), reason="kiwipiepy unavailable")


def _persons(text: str) -> list[str]:
    return [text[s.start:s.end] for s in detect(text) if s.entity == "PERSON"]


@needs_kiwi
@pytest.mark.parametrize("text", [
    "[20:10] 콩콩: 오늘 조조 보러 갈 사람\n[20:12] ㅇㅇ: 저요 저요",
    "[오후 3:05] 익명: 팝콘 맛 뭐가 좋아요?\n[오후 3:06] 나나: 카라멜 반반이 진리",
    "모모: 자막판 시간표 나왔어요\n익명: 감사합니다",
])
def test_p11_2_a_doubled_syllable_speaker_label_is_a_chat_alias(text):
    assert _persons(text) == []
    assert mask_text(text).text == text


@needs_kiwi
@pytest.mark.parametrize("text", [
    "[후기게시판] 작성자 정산왕\n사운드가 좋았어요",
    "작성자: 필름냥\n극장 좌석이 넓어서 편했어요",
    "나 배우 팬클럽 정주행러 운영자인데 단체관람 공지 올려요",
    "작성자 조조매니아 / 오늘은 2관 후기",
    "[공포영화방] [오후 9:02] 오늘 컨저링 볼 사람\n[공포영화방] [오후 9:03] ㅇㅇ 저요",
    "[스릴러덕후] [21:10] 예매 오픈했어요\n[나] [21:11] 고마워요",
])
def test_p11_2_a_noun_with_a_nickname_ending_is_a_board_handle(text):
    assert _persons(text) == []


@needs_kiwi
@pytest.mark.parametrize("text", [
    "예매자가 오*민재님으로 떠요. 제 예매 맞죠?",
    "수령인 권○하람님 표시가 정상인가요?",
])
def test_p11_2_the_visible_part_of_a_masked_name_stays(text):
    assert _persons(text) == []


@needs_kiwi
@pytest.mark.parametrize(("text", "name"), [
    ("작성자 김민지, 연락처 010-2345-6789", "김민지"),
    ("작성자: 박서윤 / 좌석 환불 요청드립니다 010-7788-1234", "박서윤"),
    ("수령인: 윤윤 (010-3333-4444)", "윤윤"),
])
def test_p11_2_real_names_in_the_same_frames_are_still_masked(text, name):
    assert name in _persons(text)


@needs_kiwi
@pytest.mark.parametrize("text", [
    "They say the sequel to 부산의 밤 is already shooting",
    "I cried at the end of 한강의 노래 last night",
])
def test_p11_2_a_known_noun_with_the_genitive_is_no_name(text):
    assert _persons(text) == []


@needs_kiwi
def test_p11_2_a_name_before_the_genitive_is_still_a_name():
    assert "김민지" in _persons("the sequel to 김민지의 story, ask 김민지 at 010-2345-6789")


@needs_kiwi
@pytest.mark.parametrize("text", [
    "톰 행크스 한국 예능 나온대!! 지훈이랑 같이 나온다니 본방사수",
    "엠마 드라마 나온대요 ~ 서진이랑 함께",
])
def test_p11_2_the_co_star_of_a_show_appearance_is_public(text):
    assert _persons(text) == []


@needs_kiwi
@pytest.mark.parametrize("text", [
    "다들 키아누파? 브래드 피트파? 저는 버즈파",
    "다들 해리파? 론파? 나는 도비파!",
    "다들 해리파? 론파? 저는 도비파\n다음 줄도 있어요",
])
def test_p11_2_a_fan_faction_is_no_name(text):
    assert _persons(text) == []


@needs_kiwi
@pytest.mark.parametrize(("text", "name"), [
    ("내일 동생 민식이랑 같이 영화 봐요. 연락은 010-2233-4455", "민식이"),
    ("오늘 김서연이랑 같이 예능 봤어요 010-2233-4455", "김서연"),
])
def test_p11_2_a_private_companion_stays_a_name(text, name):
    assert name in _persons(text)


@needs_kiwi
def test_p11_2_every_item_of_an_award_buzz_list_is_public():
    text = "Awards buzz: Steven Spielberg for 남한산성 리마스터, Park Min-young for 내 이름은 김삼순"
    assert "Park Min-young" not in _persons(text)
