"""P11.2, issue 16, round 6 (after test5 was opened for error analysis): bulleted name lists
with middle dots, chat copies without time stamps, Latin-script names in person-only slots.
Every example is invented; none comes from a bench data file."""

from __future__ import annotations

import pytest

from marquee.privacy.pii import detect, morph

needs_kiwi = pytest.mark.skipif(not morph.warm_up(), reason="kiwipiepy unavailable")


def found(text, entity="PERSON"):
    return [text[s.start:s.end] for s in detect(text) if s.entity == entity]


# --- bulleted lists ------------------------------------------------------------------------------

@needs_kiwi
@pytest.mark.parametrize("bullet", ["·", "ㆍ", "•"])
def test_p11_2_middle_dot_bullets_list_names(bullet):
    text = f"{bullet} 김도윤\n{bullet} 박솔\n{bullet} 한 지훈\n{bullet} 나탈리아 페트로바\n6/16 19:30 마키 집합!"
    assert found(text) == ["김도윤", "박솔", "한 지훈", "나탈리아 페트로바"]


@needs_kiwi
def test_p11_2_a_bulleted_list_with_no_strict_name_still_lists_names():
    # 선우한결 (한결: a word as given name) and the two foreign names are no strict names.
    text = "· 선우한결\n· 나탈리아 페트로바\n· 마이클·브라운\n6/16 23:45 마키 집합!"
    assert found(text) == ["선우한결", "나탈리아 페트로바", "마이클·브라운"]


@needs_kiwi
@pytest.mark.parametrize("text", [
    "· 조조\n· 심야\n· 주말\n· 평일",
    "· 파묘\n· 서울의 봄\n· 노량\n· 김밥",          # films and a snack, not people
    "· 팝콘 2개\n· 콜라\n· 나초",
])
def test_p11_2_bulleted_items_stay(text):
    assert found(text) == []


# --- chat copies without time stamps -------------------------------------------------------------

@needs_kiwi
def test_p11_2_bracketed_speakers_without_time():
    text = "[구태민] 표 예매함\n[구태민] 내일 19시 3관\n[남솔] ㅇㅋ 고마워"
    assert found(text) == ["구태민", "구태민", "남솔"]


@needs_kiwi
def test_p11_2_colon_speakers_without_time():
    text = "탁윤겸: 나 먼저 들어감\n탁윤겸: 자리 H열\n도하나: ㅇㅋ"
    assert found(text) == ["탁윤겸", "탁윤겸", "도하나"]


@needs_kiwi
@pytest.mark.parametrize("text", [
    "[공지] 상영 안내\n[필독] 주차는 지하 2층\n문의: 1661-0000",   # headers, not speakers
    "주소: 서울 강남구\n메모: 문 앞\n요청: 없음",                    # labels of a form, each once
    "수령인: 본인\n배송 메모: 경비실에 맡겨 주세요",
    "장점: 화면이 크다\n장점: 소리도 좋다\n단점: 비싸다",           # a repeated label is a word
])
def test_p11_2_labels_and_headers_are_not_speakers(text):
    assert found(text) == []


# --- Latin names in person-only slots ------------------------------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("Hi, I'm PETROVA Ilse. my booking was charged twice", "PETROVA Ilse"),
    ("Hello, this is Okafor Chidi, I left my umbrella in hall 3", "Okafor Chidi"),
    ("Thanks a lot! - Okafor, Chidi", "Okafor, Chidi"),
    ("licence no. 12-34-567890-12 / OKAFOR Chidi / someone@example.org", "OKAFOR Chidi"),
    ("외국인 친구 Ilse Petrova 예매를 대신 했는데", "Ilse Petrova"),
    ("PETROVA Ilse씨가 쓴 리뷰 번역해봄", "PETROVA Ilse"),
    ("pls transfer to 국민: 1234 (holder: OKAFOR Chidi) thx", "OKAFOR Chidi"),
    ("Name on card: Chi Won Pyo. 결제 취소 부탁해요", "Chi Won Pyo"),
    ("-> OKAFOR Chidi\nthe tickets are in your inbox", "OKAFOR Chidi"),
])
def test_p11_2_latin_names_in_person_slots(text, name):
    assert name in found(text)


@pytest.mark.parametrize("text", [
    "Hi, I'm Very Happy today",
    "Standard Ticket / Adult / 2 seats",
    "2D / IMAX Laser / Dolby Atmos / 자막",
    "I'm at CGV Gangnam now",
    "Marquee Customer Service - Seoul Office",
])
def test_p11_2_english_words_in_those_slots_stay(text):
    assert found(text) == []


# --- foreign names in table cells ----------------------------------------------------------------

@needs_kiwi
def test_p11_2_foreign_names_in_a_tab_table():
    text = "성명\t여권\n나탈리아 페트로바\tM12345678\n마이클·브라운\tM12345679\nPetrova, Ilse\tM12345670"
    assert found(text) == ["나탈리아 페트로바", "마이클·브라운", "Petrova, Ilse"]


@needs_kiwi
def test_p11_2_foreign_names_in_a_csv_and_a_pipe_table():
    assert found("이름,전화\n나탈리아 페트로바,010-1234-5678\n도하나,010-2222-3333") == [
        "나탈리아 페트로바", "도하나"]
    assert found("| 이름 | 메일 |\n|---|---|\n| ILSE O'NEILL | abc@naver.com |") == ["ILSE O'NEILL"]


@needs_kiwi
def test_p11_2_a_foreign_looking_cell_outside_a_name_column_stays():
    # 마이클 is a distinctive part, but the column is a film title, not a name.
    assert found("영화\t좌석\n마이클 잭슨 다큐\tH12") == []


# --- names broken by an invisible character ------------------------------------------------------

@needs_kiwi
@pytest.mark.parametrize(("text", "name"), [
    ("노\u200b다은 번호 아는 사람? 010-1234-5678 맞나", "노\u200b다은"),
    ("회계 빈도\u2060윤님 계좌 다시 공지합니다", "빈도\u2060윤"),
    ("어제 설\ufeff하준이랑 봤어", "설\ufeff하준"),
    ("황보\u3000승민 오늘 못 온대", "황보\u3000승민"),
    ("탁\u200c솔 폰 바꿨대", "탁\u200c솔"),
])
def test_p11_2_names_broken_by_invisible_characters(text, name):
    assert name in found(text)


@needs_kiwi
@pytest.mark.parametrize("text", [
    "오늘 이\u3000영화 봤는데 좋았음",     # an ideographic space is a space: "this film"
    "서울의\u3000봄 재밌다",
    "팝콘\u200b콤보 주문할게요",           # no surname first
])
def test_p11_2_words_with_a_wide_space_or_no_surname_stay(text):
    assert found(text) == []


# --- a compound surname and a given name ending in 이, with no frame -----------------------------

@needs_kiwi
def test_p11_2_compound_surname_nickname_needs_a_frame():
    # 이 closes nicknames and slang, rarely a given name: in a bare keyword list it is a word ...
    assert found("오늘의 키워드: 졸음, 간식, 남궁다이 ㅋㅋ") == []
    # ... and with a person particle it is still a name.
    assert found("남궁다이랑 같이 봄") == ["남궁다이"]


# --- 제 and 이 before a noun ------------------------------------------------------------------------

@needs_kiwi
def test_p11_2_my_and_this_before_a_noun_are_no_spaced_names():
    assert found("관리자님 제 계정이 자꾸 잠겨요. 저 아닌데요?") == []
    assert found("제 준호 님 안녕하세요") == ["제 준호"]   # a surname 제 with a given name


# --- mail headers and request forms --------------------------------------------------------------

@needs_kiwi
def test_p11_2_mail_header_and_requester_labels():
    assert "장서진" in found("보낸사람 장서진 <abc@example.org>\n제목 시사회 사진")
    assert "표겨울" in found("[처리 결과] 요청자 표겨울 / 처리일 2025-02-26")
    assert found("보낸사람 고객센터 <help@example.org>") == []
    assert found("요청자 본인 / 문의자 미정") == []


# --- the holder right after an account number ----------------------------------------------------

@needs_kiwi
@pytest.mark.parametrize(("text", "name"), [
    ("케이뱅크 계좌 382780478110 탁윤 으로 58,000원 보내줘", "탁윤"),
    ("카카오뱅크/3333-01-1234567 표겨울 으로 12,500원 보내줘", "표겨울"),
    ("환불 계좌 다시 적습니다 농협/301-1234-5678-11 (표겨울). 지난번엔 잘못 적었어요.", "표겨울"),
])
def test_p11_2_account_holder_after_the_number(text, name):
    assert found(text) == [name]


@needs_kiwi
@pytest.mark.parametrize("text", [
    "환불 계좌 신한 110-123-456789 (신한). 지난번엔 잘못 적었어요.",   # a bank, not a holder
    "환불 계좌 110-123-456789 (본인). 감사",
    "계좌 110-123-456789 로 보내주세요. 입금 후 연락 주세요",
])
def test_p11_2_no_holder_after_the_number(text):
    assert found(text) == []


# --- list rows that open with a name and a phone number ------------------------------------------

@needs_kiwi
def test_p11_2_list_rows_name_then_phone():
    text = ("당첨자 명단\n1. 탁윤 010-4148-0000 완산구 평화동 12번지\n"
            "2. 표겨울 010 8070 0000 서울특별시 강서구 화곡로 389\n3. Okafor, Chidi 010-3056-0000 부산시 금정구 구서동 714")
    assert found(text) == ["탁윤", "표겨울", "Okafor, Chidi"]


@needs_kiwi
def test_p11_2_list_rows_with_a_desk_and_a_phone_stay():
    assert found("1. 고객센터 1661-0000\n2. 매표소 02-123-4567") == []
    assert found("- 문의 010-1234-5678") == []
