"""P11.2, issue 16, round 9 (false alarms on clean posts): titles that hold a name, characters,
works compared, a star's goods, film tables, example forms, names already masked, words and
places cut by a cue-less guess, a label with its copula, a chat's channel tag. Members in
private frames stay masked. Every name, title and value is invented; none comes from a bench
data file."""

from __future__ import annotations

import pytest

from marquee.privacy.pii import detect, mask_text, morph

needs_kiwi = pytest.mark.skipif(not morph.warm_up(), reason="kiwipiepy unavailable")


def found(text, entity="PERSON"):
    return [text[s.start:s.end] for s in detect(text) if s.entity == entity]


# --- works and characters (fictional.py) -------------------------------------------------------

@needs_kiwi
@pytest.mark.parametrize("text", [
    "지안에게 진짜 재밌었음",  # a title "To …" that is judged
    "다들 하람에게 봤어? 결말 소름",
    "토요일 하람에게 관람 후기 남겨요",
    "Thank you for the 하람에게 screening last night",
    "하람에게 울었다 진짜",
    "탁세원 나오는 서은비도 봐야지",  # the head of a film person's relative clause: a work
    "서은비랑 국하진 중 뭐가 더 나아요?",  # works compared: what, not who
    "필모 중에 서은비 제일 좋아함",
    "달빛항구 속 탁세원과 실존 인물 국하진 비교해봄",  # a character, a real person portrayed
    "국하진이 마지막에 한 대사 아직도 생각남",  # lines are spoken by characters
    "하람이가 마지막에 친 대사 소름",
    "탁세원(Tom Hardy) 분량 아쉬움",  # screen time
    "좋아하는 캐릭터: 탁세원",
    "탁세원 포카 득템",  # a star's photo card
    "배역 | 배우\n탁세원 | 국하진\n서은비 | 모가람",  # a two-column film table
    "국하진과 Tom Hardy의 투샷만으로 만원 값 함",  # casting talk
    "서은비와 국하진 케미 최고",
    "해준 캐릭터 너무 좋다. 서은비 아니면 누가 했을까 싶네요",
    "국하진 같은 배우분들 나오는 영화 또 보고 싶어요",
    "국하진이 달빛항구에서 맡은 배역 이름이 뭐였죠?",
    "탁세원 배역 이름이 국하진 였나요? 헷갈리네요",
    "감독: 모가람 / 출연: 공유, 국하진, 서은비",  # a credits list
    "기준 누적 관객 돌파. 염정아 인터뷰 봤음",  # no vocative before 인터뷰
    "국하진이 죽는 장면에서 울었음",  # a character in a scene
    "어제 본 영화에서 강도윤이 범인일 줄은 몰랐음",  # inside a work
    "원작 소설에서는 윤서진이 살아남음",
    "오늘 무대인사에 국하진 왔대요!",  # at a star's event
    "이번 시리즈에서 도준호 역할 누가 맡았어요?",
    "강도윤 죽을 때 극장 전체가 울었음",
    "한지우랑 강도윤 나오는 장면이 제일 좋았어",
    "작가 탁세원 원작이라 기대 중",
    "Tom Holland is so good in this",  # English film talk
    "I loved Song Kang-ho in Parasite",
])
def test_p11_2_works_and_characters_in_film_talk_stay(text):
    hangul = [n for n in found(text) if not n.isascii()]
    assert hangul == []


@needs_kiwi
@pytest.mark.parametrize("text, name", [
    ("지안에게 선물 보냈어요", "지안"),  # the dative of giving
    ("하람에게 보고했어요", "하람"),  # reported to
    ("하람에게 최고의 선물이었다", "하람"),
    ("하람에게 울면서 말했어", "하람"),
    ("서은비랑 국하진 중 누가 더 빨리 와?", "서은비"),  # who: people
    ("탁세원이랑 어제 같이 봤어", "탁세원"),
    ("국하진이 회사에서 맡은 업무가 많아요", "국하진"),  # a job, not a role
    ("국하진이 찍은 사진 보여줘", "국하진"),
    ("영화관에서 강도윤이 기다리고 있었어", "강도윤"),  # the cinema, not a work
    ("시사회에 국하진이랑 같이 갔어", "국하진"),  # a companion at the premiere
    ("팬미팅에서 국하진님을 만났어요", "국하진"),  # a member, honoured
    ("강도윤 죽는 줄 알았어 너무 피곤해서", "강도윤"),  # an idiom, no screen word
    ("오늘 회사에서 강도윤이 도와줬어", "강도윤"),
    ("I met Kim Minsu in Seoul yesterday", "Kim Minsu"),
    ("Kim Minsu was great in the lobby, thanks", "Kim Minsu"),
    ("민수야 서은비 아니면 누가 했겠어 ㅋㅋ 고마워", "서은비"),  # a chore, no film word
])
def test_p11_2_members_in_private_frames_stay_masked(text, name):
    assert name in found(text)


@needs_kiwi
def test_p11_2_a_title_judged_once_stays_everywhere_in_the_post():
    text = "지안에게 진짜 재밌었음. 지안에게 다시 볼 거임"
    assert found(text) == []


# --- stand-ins (standins.py via placeholders.is_placeholder) ----------------------------------

@needs_kiwi
@pytest.mark.parametrize("text", [
    "응모 양식 예시\n이름: 탁세원\n연락처: 010-0000-0000\n주소: (도로명 주소 입력)",
    "작성 예\n이름: 탁세원\n연락처: 01012345678\n주소: (도로명 주소 입력)",
    "예시 이름은 탁세원으로 통일",
    "예) 이지은 / 010-0000-0000",  # an inline example with a stand-in number
    "작성 예시: 성명 박서연, 연락처 010-1234-5678",
    "Name: John Doe / Phone: 000-0000-0000 (example)",
    "[당첨자]\n1. 박OO\n2. 이X X\n3. 정○수",
    "마이페이지에 한모씨 라고 나옴",
])
def test_p11_2_examples_and_names_already_masked_are_left_alone(text):
    assert mask_text(text).text == text


@needs_kiwi
@pytest.mark.parametrize("text", [
    "양식 예시대로 적어요\n이름: 탁세원\n연락처: 010-3827-4411",
    "예) 탁세원 / 010-3827-4411",  # a real-looking number: a member's details
])
def test_p11_2_real_details_under_an_example_cue_are_still_masked(text):
    assert found(text) == ["탁세원"]
    assert found(text, "PHONE") == ["010-3827-4411"]


@needs_kiwi
def test_p11_2_a_given_name_ending_in_mo_is_no_certain_person():
    text = "오늘 한나모 이모가 단체관람 쏘심. 나모 이모 팝콘까지"
    assert found(text) == ["한나모", "나모"]


# --- words and places cut in two (wordcuts.py), label copulas, chat tags ---------------------

@needs_kiwi
@pytest.mark.parametrize("text", [
    "표 2장 정가양도. 사진 인증 가능",  # 정가 + 양도, not 정가양 + 도
    "나 경상남도 사는데 근처 영화관 추천 좀",
    "목포시 조례동 쪽에 새 지점 생기나요?",
    "환불 완료: 고객 탁세원, 원결제 카드 금액 3만원",  # the service's own word after a prefix
    "고객: 회원정보에 있는 이름이요",  # the label 이름 with its copula
    "제목: 달빛 관련\n[오픈채팅] 익명의 팝콘: 양도 원해요\n[오픈채팅] 익명의 콜라: 저요!",
])
def test_p11_2_ordinary_words_places_and_tags_are_no_names(text):
    assert [n for n in found(text) if n != "탁세원"] == []


@needs_kiwi
def test_p11_2_prose_lines_split_by_commas_are_no_table_of_names():
    text = "존경하는 관계자분께,\n저희 어머니 하정자 여사께서 넘어지셨습니다. 우편 발송했고, 부탁드립니다."
    assert found(text) == ["하정자"]


@needs_kiwi
@pytest.mark.parametrize("text, name", [
    ("어제 고민수도 왔어.", "고민수"),
    ("[탁세원] 양도 원해요\n[모가람] 저요!\n[탁세원] 쪽지 주세요", "모가람"),
])
def test_p11_2_names_next_to_these_frames_stay_masked(text, name):
    assert name in found(text)


# --- numbers named by their slot (slots.py) ---------------------------------------------------

def test_p11_2_a_number_answering_an_order_number_prompt_is_the_order_number():
    text = "챗봇: 주문번호를 입력해 주세요 (예: M0000-0000-0000)\n고객: 261110-7845398\n챗봇: 조회 결과 1매입니다."
    assert detect(text) == []


@pytest.mark.parametrize("text", [
    "챗봇: 주문번호와 연락처를 입력해 주세요\n고객: 010-3827-4411",  # the prompt asks for a phone too
    "챗봇: 예매번호 알려주세요\n고객: 010-3827-4411 입니다 그리고 제 번호",  # more than the number
])
def test_p11_2_a_phone_after_a_mixed_prompt_is_still_masked(text):
    assert found(text, "PHONE") == ["010-3827-4411"]


def test_p11_2_a_dotted_quad_under_a_version_column_is_no_ip():
    text = "버전 | 배포일 | 비고\niOS 18.3.1 | 2026년 4월 6일 | 수정\n8.6.5.112 | 2026-09-09 | 개선"
    assert detect(text) == []
    ips = "접속일시 | IP | 회원\n3/15 | 180.75.161.87 | 비고\n3/16 | 8.5.2.192 | 확인"
    assert found(ips, "IP") == ["180.75.161.87", "8.5.2.192"]
