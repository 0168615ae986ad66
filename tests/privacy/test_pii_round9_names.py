"""P11.2, issue 16, round 9 (test8 opened for error analysis): names and addresses by
category. Every string is invented; none comes from a bench data file."""

from __future__ import annotations

import pytest

from marquee.privacy.pii import detect, mask_text


def found(text, entity):
    return [text[s.start:s.end] for s in detect(text) if s.entity == entity]


def names(text):
    return found(text, "PERSON")


# --- Korean addresses in the Latin alphabet, English order -------------------------------------------

@pytest.mark.parametrize("address", [
    "Apt 301-1504, 58 Gwangnaru-ro, Seongdong-gu, Seoul",
    "#1201, 77 Haean-daero, Danwon-gu, Ansan-si, Gyeonggi-do, 15588",
    "Unit 904, 12 Beonyeong-ro, Gumi-si",
    "203dong 1102ho, 45 Suseong-ro, Suseong-gu, Daegu",
])
def test_p11_2_a_romanised_road_address_is_an_address(address):
    text = f"Please send the gift to {address}. Thanks!"
    assert found(text, "ADDRESS") == [address]
    masked = mask_text(text).text
    assert not any(ch.isdigit() for ch in masked.split("gift to ")[1])


def test_p11_2_a_romanised_road_in_running_english_is_no_address():
    assert found("Traffic on 3 lanes of Gwangnaru-ro was slow, so we were late.", "ADDRESS") == []
    assert found("Meet at exit 2 of Seongsu station, then walk to 58 Gwangnaru-ro.", "ADDRESS") == []


# --- the value of a person field, however unusual the name ----------------------------------------

@pytest.mark.parametrize("text, name", [
    ("응모합니다\n성함: 맹바다솔\n연락처는 쪽지로", "맹바다솔"),  # four syllables, a word as given name
    ("접속자 | 탁하엘\n접속 시각 | 09:12", "탁하엘"),  # Kiwi reads 탁하+엘 as an adjective
    ("내 이름 소나래고 번호는 쪽지로 줄게", "소나래"),  # a copula glued on
])
def test_p11_2_the_value_of_a_person_field_is_a_name(text, name):
    assert names(text) == [name]


@pytest.mark.parametrize("label", ["예금쥬", "에금주", "신청잔"])
def test_p11_2_a_person_label_with_one_syllable_mistyped_still_labels(label):
    assert names(f"환불 부탁드려요 {label} 방이든 확인 부탁") == ["방이든"]


@pytest.mark.parametrize("text", [
    "신청인 변경 방법 알려주세요",  # one dictionary word
    "이름 바꾸고 싶은데 어디서 함?",  # a verb form
    "[오후 1:39] 상대: 좋아 구매자 갈래?",  # a two-syllable verb form
    "예약자 정보로 조회가 안 돼요",  # a noun and its particle
    "신청인 본인 확인이 필요합니다",  # a form filler
])
def test_p11_2_a_word_after_a_person_label_that_cannot_be_a_name_stays(text):
    assert names(text) == []


# --- foreign names after the labels of English letters and forms -----------------------------------

@pytest.mark.parametrize("text, name", [
    ("Thanks for the help.\nSincerely, Odile Marchetti", "Odile Marchetti"),
    ("Dear 쿠날 메흐라,\nYour refund is done.", "쿠날 메흐라"),
    ("Name: Zoë Lindqvist, phone 010-3321-0987", "Zoë Lindqvist"),
    ("계좌 1002-334-556677, holder so-yeon bae, contact later", "so-yeon bae"),
    ("성명 나은결 (영문명 eun-gyeol na)", "eun-gyeol na"),
    ("처리 완료. 고객(Farida Osmonova) 안내함", "Farida Osmonova"),
    ("외국인 회원 확인 부탁드립니다. 이름 아디티 라오", "아디티 라오"),
    ("Name: NOVAK, Petra, phone 010-4411-2233", "NOVAK, Petra"),
])
def test_p11_2_a_foreign_name_after_a_letter_or_form_label_is_a_name(text, name):
    assert name in names(text)


@pytest.mark.parametrize("text", [
    "Dear valued customer,\nThanks for visiting.",
    "Sincerely, Marquee Cinema",
    "Dear 고객 여러분,\n공지드립니다.",
    "박보영 배역 이름이 구씨 였나요?",
])
def test_p11_2_english_words_and_dictionary_words_after_those_labels_stay(text):
    assert names(text) == []


# --- the holder written next to an identity number ------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("운전면허 171686052880 (탁하엘) 확인", "탁하엘"),
    ("습득물: 신분증 모 윤아(830214-2011223) 안내데스크 보관", "모 윤아"),
    ("분실 외국인등록증 - Dilnoza Karimova (990301-6123457) 보관 중", "Dilnoza Karimova"),
    ("면허 대조: 11-09-334455-60 / 편새롬 / 발급일 재확인", "편새롬"),
])
def test_p11_2_the_word_beside_an_identity_number_is_its_holder(text, name):
    assert names(text) == [name]


@pytest.mark.parametrize("text", [
    "면허 12-34-567890-12 (재발급) 받았어요",
    "면허 대조: 11-09-334455-60 / 발급일 / 재확인",
])
def test_p11_2_a_word_beside_an_identity_number_that_is_no_name_stays(text):
    assert names(text) == []


# --- names after a relation word or 저, and before a title of respect --------------------------------

@pytest.mark.parametrize("text, name", [
    ("같이 본 친구 변새롬이 결말을 다 말해버림", "변새롬"),
    ("우리반 유정란이 팝콘을 엎었음", "유정란"),
    ("아내 방이든 명의로 예매했어요", "방이든"),
    ("저희 어머니 모새롬 여사께서 로비에서 넘어지셨습니다", "모새롬"),
    ("우리 할매 국윤솔 여사님 모시고 보러 갈라꼬", "국윤솔"),
    ("- 교회: 채아롱 집사 062-471-1234", "채아롱"),
])
def test_p11_2_a_name_in_a_relation_self_or_title_frame_is_a_name(text, name):
    assert name in names(text)


@pytest.mark.parametrize("text", [
    "동생 모두가 좋아했어요",
    "저 학생이에요",
    "지난번에 만난 사람 맞아요, 저 여보라예요",
    "저 정말이에요",
    "친구 사이가 좋아요",
    "고양이 집사 모임 후기",
])
def test_p11_2_words_in_those_frames_that_are_no_names_stay(text):
    assert names(text) == []


def test_p11_2_a_korean_name_and_a_dialect_copula_after_a_label_are_no_foreign_name():
    assert names("내 이름 구하람 이라카이. 폰은 쪽지로") == ["구하람"]


def test_p11_2_a_foreign_name_with_a_korean_looking_part_after_a_label_is_whole():
    assert names("이름 제임스 오브라이언, Tel 010-6420-1111") == ["제임스 오브라이언"]


# --- speakers of a chat copy tagged by its source, and the name given as an answer --------------------

def test_p11_2_speakers_of_a_source_tagged_chat_copy_are_names():
    text = "[카카오톡] 탁이든: 표 샀어?\n[카카오톡] 나: ㅇㅇ 샀지\n[카카오톡] 탁이든: 돈 보낼게"
    assert names(text) == ["탁이든", "탁이든"]


def test_p11_2_nicknames_and_role_words_in_a_tagged_chat_copy_stay():
    text = "[단톡] 익명의 팝콘: 양도 원해요\n[단톡] 익명의 콜라: 저요!\n[공지] 안내: 휴관"
    assert names(text) == []


def test_p11_2_the_answer_to_a_name_question_is_a_name():
    text = "[상담원] 예매자 성함 확인 부탁드려요.\n[고객] 맹초롱요. 확인 부탁해요"
    assert names(text) == ["맹초롱"]


# --- unusual names held by a predicate only a person fills ------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("이번 주말은 성한솔의 생일이라 심야 보기로 함", "성한솔"),  # Kiwi: 성하+ㄴ 솔
    ("우리 팀 국온이 추천해서 봤는데 별로", "국온"),
    ("옆자리 마찬이 추천해서 봤는데 별로", "마찬"),  # Kiwi: 마차+ㄴ, void before 이
])
def test_p11_2_an_unusual_name_before_a_person_predicate_is_a_name(text, name):
    assert names(text) == [name]


@pytest.mark.parametrize("text", ["정주행 덕분에 잠을 못 잤어요", "최신작 말로는 쿠키가 두 개래요", "친구 한명 덕분에 할인"])
def test_p11_2_a_thing_before_a_person_predicate_stays(text):
    assert names(text) == []


def test_p11_2_a_surname_led_chat_handle_in_a_tagged_chat_copy_stays():
    text = "[오후 8:01] 영화광: 어디야\n[오후 8:04] 심야족: 일산\n[오후 8:09] 영화광: 나 도착"
    assert names(text) == []


# --- the building and unit after an address's reference brackets -------------------------------------

def test_p11_2_the_unit_after_the_reference_brackets_is_part_of_the_address():
    text = "주소 청주시 흥덕구 직지대로 88 (복대동) 한빛마을 2단지 103동 704호 로 보내주세요"
    assert found(text, "ADDRESS") == ["청주시 흥덕구 직지대로 88 (복대동) 한빛마을 2단지 103동 704호"]
    assert "704호" not in mask_text(text).text


def test_p11_2_words_after_the_reference_brackets_without_a_unit_stay_outside():
    text = "주소 서울 강남구 테헤란로 427 (역삼동) 오늘 3시에 가요"
    assert found(text, "ADDRESS") == ["서울 강남구 테헤란로 427 (역삼동)"]


def test_p11_2_a_hangul_foreign_name_after_an_introduction_and_its_latin_spelling_are_names():
    text = "Hello, this is 쿠날 메흐타 (KUNAL MEHTA). 외국인등록번호 문의드려요"
    assert names(text) == ["쿠날 메흐타", "KUNAL MEHTA"]


def test_p11_2_english_words_in_brackets_after_a_name_stay():
    assert names("this is 정말 최고의 영화 (IMAX).") == []


# --- a name signing off a post -----------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("내 번호 쪽지로 보냈으니 연락 좀 주쇼잉 (맹혁)", "맹혁"),
    ("Please update my membership. - 선우찬", "선우찬"),
])
def test_p11_2_a_name_closing_a_post_after_its_last_sentence_is_a_name(text, name):
    assert names(text) == [name]


@pytest.mark.parametrize("text", ["진짜 재밌어요 강추", "잘 봤어요 김치전", "좌석 넓고 좋아요 (추천)",
                                  "결말이 아쉬움 - 한줄평", "재밌게 봤습니다 감사합니다"])
def test_p11_2_a_word_closing_a_post_that_is_no_name_stays(text):
    assert names(text) == []


def test_p11_2_a_person_label_split_by_a_space_still_labels():
    assert names("다시 보내 주십시오. 받는 이 탁욱, 전화는 쪽지로") == ["탁욱"]


def test_p11_2_a_name_before_a_staff_title_is_a_name():
    assert names("지팡이를 두고 왔는데 맹훈 직원분이 찾아 주셨습니다") == ["맹훈"]
    assert names("매점 직원분이 친절했어요") == []
