"""P11.2, issue 16, round 8 (test7 opened for error analysis): names that a layout points
at. Every string is invented; none comes from a bench data file."""

from __future__ import annotations

import pytest

from marquee.privacy.pii import detect


def names(text):
    return [text[s.start:s.end] for s in detect(text) if s.entity == "PERSON"]


# --- the messenger's text export: time, comma, speaker, spaced colon -------------------------------

def test_p11_2_speakers_of_a_text_export_are_names():
    text = ("오후 5:28, 가나윤 : 영화 ㄱ?\n오후 1:20, 탁서담 : ㅇㅋ 몇시\n"
            "오후 9:29, 가나윤 : 12시 35분 어때")
    assert names(text) == ["가나윤", "탁서담", "가나윤"]


def test_p11_2_a_dated_export_line_names_its_speaker():
    assert names("2026년 3월 1일 오후 3:12, 구하솔 : 내일 봐") == ["구하솔"]


def test_p11_2_a_nickname_speaker_is_no_name():
    assert names("오전 9:54, 영화광 : 좋아요\n오전 9:55, 심야족 : 나도") == []


# --- the leading cell of a row of personal data ------------------------------------------------------

def test_p11_2_a_shipping_list_row_leads_with_the_recipient():
    text = ("[발송 목록]\n1\t가나윤\t서울 마포구 합정동 41-7\t010-2231-0948\n"
            "2\t탁 서 담\t서울 마포구 합정동 41-8\t010-2231-0949\n"
            "3\t채다온\t서울 마포구 합정동 41-9\t010-2231-0950")
    assert names(text) == ["가나윤", "탁 서 담", "채다온"]


@pytest.mark.parametrize("cell", ["바야르 체첵", "GANGMINSEO", "HOLT, Anna", "Nuri Tasbek"])
def test_p11_2_a_bar_row_with_a_mailbox_leads_with_its_owner(cell):
    text = f"| 응모자 | 메일 |\n|---|---|\n| {cell} | quietfox71@mailbox.kr |"
    assert names(text) == [cell]


def test_p11_2_a_csv_row_with_a_registration_number_leads_with_its_holder():
    text = "이름,국적,등록번호\nKOVAC, Ivan,헝가리,880101-5234567\n구하솔,한국,880101-2234567"
    assert names(text) == ["KOVAC, Ivan", "구하솔"]


@pytest.mark.parametrize("text", [
    "1\t팝콘\t010-2231-0948",  # a dictionary word
    "1\t합계\t서울 마포구 합정동 41-7",
    "Gift for you\t010-2231-0948",  # an English phrase
    "서구\t010-2231-0948",  # a place
    "1\t가나윤\t팝콘 2개\t5,000원",  # no personal datum in the row: no record
])
def test_p11_2_a_leading_cell_that_is_no_name_or_a_row_without_data_stays(text):
    assert names(text) == []


def test_p11_2_a_sentence_with_commas_is_no_csv_row():
    text = "Went with KIM, Minji, and friends, call 010-2231-0948"
    assert "Went with KIM" not in names(text)


# --- a name the post repeats ------------------------------------------------------------------------

def test_p11_2_a_name_like_word_mentioned_twice_is_a_name():
    text = "야 문가별 티켓 내가 삼 ㅋ 문가별 이따 돈보내라"
    assert names(text) == ["문가별", "문가별"]


def test_p11_2_a_spaced_name_mentioned_twice_is_a_name():
    text = "야 고 연슬 티켓 내가 삼 ㅋ 고 연슬 이따 돈보내라"
    assert names(text) == ["고 연슬", "고 연슬"]


@pytest.mark.parametrize("text", [
    "조조로 봤는데 조조가 최고",  # a dictionary word
    "심야는 13천원, 조조는 9천원",  # a unit after a number
    "정말 정말 좋았어요",
    "유토피아 보고 유토피아 또 봄",  # a word ending in 아 is no vocative
])
def test_p11_2_an_ordinary_word_repeated_is_no_name(text):
    assert names(text) == []


def test_p11_2_a_full_name_and_its_given_name_before_one_title_are_one_person():
    text = "오늘 조나슬 과장님이랑 봤어요. 나슬 과장님 팝콘까지"
    assert names(text) == ["조나슬", "나슬"]
    assert names("곽도린 언니가 쏘심. 도린 언니 최고") == ["곽도린", "도린"]


def test_p11_2_a_public_role_title_repeated_is_left_to_film_talk():
    assert names("봉준수 감독 신작. 준수 감독 최고") == []


# --- a bulleted contact list ---------------------------------------------------------------------

def test_p11_2_a_bulleted_contact_line_names_whose_contact_it_is():
    text = ("연락망\n▶ 탁서담 : 010-2231-0948\n* Nuri Tasbek — quietfox71@mailbox.kr\n"
            "- 바야르·체첵 : 010-2231-0949\n* 한솔 — 02-715-3775")
    assert names(text) == ["탁서담", "Nuri Tasbek", "바야르·체첵", "한솔"]


def test_p11_2_a_bulleted_line_of_a_place_or_a_phrase_is_no_name():
    text = "문의처\n▶ 매표소 : 02-715-3775\n* Lost and found — quietfox71@mailbox.kr"
    assert names(text) == []


# --- Latin names: companions in an English sentence, a holder label in Korean -------------------------

@pytest.mark.parametrize("text, expected", [
    ("Saw a film with nuri tasbek and Odile Marchetti. Text me", ["nuri tasbek", "Odile Marchetti"]),
    ("Went to the show with TASBEK, Nuri & GANGMINSEO last night.", ["TASBEK, Nuri", "GANGMINSEO"]),
    ("Saw it withOdile Marchetti andGANGMINSEO yesterday", ["Odile Marchetti", "GANGMINSEO"]),
])
def test_p11_2_companions_after_with_in_an_english_sentence_are_names(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "Went with my friends and family",
    "Best with English subtitles",
    "parking is free with receipt ORD20260101",
])
def test_p11_2_english_words_after_with_are_no_names(text):
    assert names(text) == []


@pytest.mark.parametrize("text, value", [
    ("승인 두 건. 명의: nuri tasbek 확인 부탁", "nuri tasbek"),
    ("카드 주인ㅡOdile Marchetti. 빨리 취소", "Odile Marchetti"),
    ("명의) GANGMINSEO 입니다", "GANGMINSEO"),
])
def test_p11_2_a_latin_name_after_a_holder_label_is_a_name(text, value):
    assert names(text) == [value]


# --- a predicate that only a person fills -------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("탁서온 말로는 쿠키 영상이 두 개래요", "탁서온"),
    ("같이 간 하윤솔 덕분에 할인받음", "하윤솔"),
    ("이번 주말은 구하솔의 생일이라 다 같이 봄", "구하솔"),
    ("극장 앞에서 문가별을 우연히 만났다", "문가별"),
    ("옆자리 채다온이 추천해서 봤는데 별로", "채다온"),
    ("우리 팀 태석 덕분에 할인받음", "태석"),  # a given name Kiwi knows as a proper noun
])
def test_p11_2_a_person_predicate_holds_a_name(text, value):
    assert names(text) == [value]


@pytest.mark.parametrize("text", [
    "정주행 덕분에 편하게 봤어요",  # one syllable before a word: 정+주행
    "최신작 덕분에 편하게 봤어요",
    "날씨 덕분에 편하게 봤어요",
    "친구 말로는 쿠키 영상이 두 개래요",
])
def test_p11_2_a_word_before_a_person_predicate_stays(text):
    assert names(text) == []


# --- role labels of complaints, claims, reports and entries -------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("응모합니다\n동반인 탁서온", "탁서온"),
    ("조치: 차단 완료. 보고자 문가별", "문가별"),
    ("위와 같이 청구합니다.\n청구인 하윤솔 (인)", "하윤솔"),
])
def test_p11_2_a_party_label_of_a_form_names_its_party(text, value):
    assert names(text) == [value]


# --- the account holder spelled out or spaced -----------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("환불 계좌 카뱅 370012-02-003164 (하 윤 솔) 쿠폰 확인", "하 윤 솔"),
    ("케이뱅크 791-231-890213 탁 서온 입니다 쿠폰 확인", "탁 서온"),
    ("새마을금고 612-247313-10247 (탁 서 온 입니다", "탁 서 온"),
])
def test_p11_2_a_spaced_holder_after_an_account_is_a_name(text, value):
    assert value in names(text)


def test_p11_2_a_word_after_an_account_in_running_text_is_no_holder():
    assert names("신한 110-123-456789 우리 집 앞") == []
