"""P11.2, issue 16, round 7 (after test6 was opened for error analysis): names listed after a
roster cue, bare sender lines, two-syllable names beside a role word, lower-case Latin names in
person slots, and the ordinary words and public figures that must stay.
Every example is invented; none comes from a bench data file."""

from __future__ import annotations

import pytest

from marquee.privacy.pii import detect, morph

needs_kiwi = pytest.mark.skipif(not morph.warm_up(), reason="kiwipiepy unavailable")


def found(text, entity="PERSON"):
    return [text[s.start:s.end] for s in detect(text) if s.entity == entity]


# --- rosters after a cue ---------------------------------------------------------------------------

@needs_kiwi
def test_p11_2_inline_roster_after_a_winners_cue_lists_short_and_spaced_names():
    text = "이벤트 당첨자: 모가윤, 길찬, 탁 서후, 응 반 틴 님 축하드려요"
    assert found(text) == ["모가윤", "길찬", "탁 서후", "응 반 틴"]


@needs_kiwi
def test_p11_2_roster_members_split_by_slashes_and_middle_dots():
    text = "[주말 관람 모임]: 예준호/피담·마르코 벨리니, 방 다온, 루이스·가르데"
    assert found(text) == ["예준호", "피담", "마르코 벨리니", "방 다온", "루이스·가르데"]


@needs_kiwi
def test_p11_2_numbered_roster_under_a_head_line():
    text = "참가자 명단\n1. 편하늬 (C7)\n2. 남궁 솔\n3. 곽빈 010-****-12\n4. mira castell\n5. Ortega, Lia"
    assert found(text) == ["편하늬", "남궁 솔", "곽빈", "mira castell", "Ortega, Lia"]


@needs_kiwi
def test_p11_2_roster_ends_at_words_that_close_the_list():
    text = "오늘 인원: 길찬, 탁휘 이렇게 둘이 갑니다"
    assert found(text) == ["길찬", "탁휘"]


@needs_kiwi
@pytest.mark.parametrize("text", [
    "모임 공지: 장소, 시간, 회비 확인 부탁",           # a cue word, but a list of topics
    "당첨자 발표: 다음 주 월요일, 공지사항 참고",
    "참석자 명단\n1. 미정\n2. 미정",
    "근무표: 오전, 오후, 야간",
    "예매 대기 순번: 3번, 4번",
])
def test_p11_2_lists_after_a_cue_that_hold_no_people_stay(text):
    assert found(text) == []


# --- short, spaced and Latin names in form, table and chat slots ----------------------------------

@needs_kiwi
@pytest.mark.parametrize("text, name", [
    ("[이관] 주문 A-1 / 응대자 탁휘 / 조치: 교환", "탁휘"),
    ("입금 확인했어요. 예금주 피담", "피담"),
    ("응모자 방 다온 / 관람일 5월 2일", "방 다온"),
    ("발신: 길찬\n제목: 분실물 문의", "길찬"),
    ("경품 주소는 나중에 드릴게요~ 이름 모솔 전화 곧 보냄", "모솔"),
    ("여권 이름은 mira castell 입니다", "mira castell"),
])
def test_p11_2_short_spaced_and_latin_names_after_a_person_label(text, name):
    assert found(text) == [name]


@needs_kiwi
@pytest.mark.parametrize("text", [
    "본 메일은 발신 전용입니다. 회신하지 마세요",          # a dictionary noun glued to a copula
    "예금주 본인 명의 계좌만 가능합니다",
    "작성자 미정 / 내용 추후 공지",
    "고객 만족도 조사에 참여해 주세요",
])
def test_p11_2_label_words_before_ordinary_words_stay(text):
    assert found(text) == []


@needs_kiwi
def test_p11_2_weak_labels_need_the_shape_of_a_field():
    assert found("[이관] 고객 탁휘(mail@example.org 아님) 건") == ["탁휘"]
    assert found("담당 피담 경위가 연락 드립니다") == ["피담"]
    assert found("회원 등급 안내드립니다") == []


@needs_kiwi
def test_p11_2_semicolon_table_under_a_name_column():
    text = "이름;연락처;좌석\n탁휘;010-0000-1234;B3\n방 다온;010-0000-2345;B4"
    assert found(text) == ["탁휘", "방 다온"]


@needs_kiwi
def test_p11_2_quoted_chat_lines_with_an_agent_name_the_customer():
    text = "> 길찬: 방금 전화했던 사람이에요\n> 상담원: 네 확인하겠습니다"
    assert found(text) == ["길찬"]


@needs_kiwi
def test_p11_2_inline_chat_copy_with_two_speakers_or_more():
    text = "[대화 복사] 탁 서후: 어디야 / 피담: 매표소 앞"
    assert found(text) == ["탁 서후", "피담"]


@needs_kiwi
def test_p11_2_a_bare_sender_line_over_a_contact():
    assert found("모 가온\nsomeone.else@example.org\n환불 부탁드립니다") == ["모 가온"]
    assert found("mira castell\n예매 변경 부탁드려요") == ["mira castell"]


def test_p11_2_bare_first_lines_over_other_text_stay():
    assert found("근무표\n1. 오전\n2. 오후") == []
    assert found("공지\n010-0000-0000 으로 문의") == []


# --- Latin names in any case -----------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Hello, I am mira castell and I booked two seats", "mira castell"),
    ("my name is ORTEGA Lia, passport attached", "ORTEGA Lia"),
    ("감사합니다.\nCastell, Mira 올림", "Castell, Mira"),
    ("스터디 ORTEGA Lia 선생님 주관", "ORTEGA Lia"),
    ("jo min-seo here, 좌석 변경 부탁해요", "jo min-seo"),
])
def test_p11_2_latin_names_in_any_case_in_person_slots(text, name):
    assert name in found(text)


@pytest.mark.parametrize("text", [
    "I am not sure about the seat",
    "this is the one I wanted",
    "good morning 드림 팀입니다",
    "I'm going to book it",
])
def test_p11_2_english_phrases_in_those_slots_stay(text):
    assert found(text) == []


# --- counted lists, group leaders, residents, table columns ---------------------------------------

@needs_kiwi
def test_p11_2_comma_list_closed_by_a_head_count():
    assert found("모가윤, 길찬, 탁휘 이렇게 셋이 조조로 봤어요") == ["모가윤", "길찬", "탁휘"]
    assert found("같이 본 피담, 방 다온 둘다 울었음") == ["피담", "방 다온"]


@needs_kiwi
def test_p11_2_relation_words_before_listed_members_are_skipped():
    assert found("문의) 엄마 길찬, 동생 탁휘 이렇게 둘이 갑니다") == ["길찬", "탁휘"]


@needs_kiwi
@pytest.mark.parametrize("text", [
    "팝콘, 콜라, 나초 셋이 세트래요",
    "조조, 심야 둘다 괜찮아요",
    "오늘, 내일 둘다 매진",
])
def test_p11_2_counted_lists_of_things_stay(text):
    assert found(text) == []


@needs_kiwi
def test_p11_2_a_group_leader_before_a_head_count():
    assert found("단체 예매: 인솔자 안내, 타냐 볼코바 외 9명") == ["타냐 볼코바"]
    assert found("당첨자 모*찬 님 외 3명 (일부 가림)") == []


@needs_kiwi
def test_p11_2_a_resident_before_a_copula():
    assert found("부산 어딘가에 거주하는 탁휘입니다. 문의드려요") == ["탁휘"]


@needs_kiwi
def test_p11_2_a_table_column_with_names_found_elsewhere_takes_the_short_ones():
    text = "김소결\t국민\t12\n탁휘\t신한\t30\n박도하\t우리\t15"
    assert found(text) == ["김소결", "탁휘", "박도하"]


@needs_kiwi
def test_p11_2_table_columns_of_things_stay():
    text = "품목\t수량\n팝콘\t2\n콜라\t3"
    assert found(text) == []


# --- false alarms: verb forms, "when …", cinema words, film talk ----------------------------------

@needs_kiwi
@pytest.mark.parametrize("text", [
    "전화번호 남기지 마세요, 쪽지 주세요",           # a verb form before a negation
    "유명한 감독 신작이라 기대됨",                     # an adjective form before a noun
    "취소시 님 책임입니다 ㅋㅋ",                       # noun + 시: "when cancelling"
    "주말 조조로 보고 왔어요",                         # the first show of the day
    "동호회 단관 후기 남겨요",
])
def test_p11_2_verb_forms_conditionals_and_cinema_words_stay(text):
    assert found(text) == []


@needs_kiwi
@pytest.mark.parametrize("text", [
    "어제 무대인사에서 표예슬 님 실물 영접함",
    "탁무열 감독 신작 개봉 언제임?",
    "봉태규×Gil Ramos 조합 미쳤다",
    "그 영화 Gil Ramos 나온다던데 볼만함?",
])
def test_p11_2_public_figures_in_film_talk_stay(text):
    assert found(text) == []


@needs_kiwi
def test_p11_2_members_beside_film_words_are_still_names():
    assert found("예금주 표예슬 / 감독판 예매 문의") == ["표예슬"]


@needs_kiwi
def test_p11_2_a_header_word_over_a_column_of_found_names_stays():
    text = "받는 분\t주소\n김소결님\t서울 어딘가\n박도하님\t부산 어딘가"
    assert "주소" not in found(text)
