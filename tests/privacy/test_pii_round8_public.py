"""P11.2, issue 16, round 8 (false alarms): public figures in film talk stay, members stay masked;
firmware versions after an update word are no IPs; a notice's example e-mail at a reserved domain
stays. Every name, title and value is invented; none comes from a bench data file."""

from __future__ import annotations

import pytest

from marquee.privacy.pii import detect, mask_text, morph

needs_kiwi = pytest.mark.skipif(not morph.warm_up(), reason="kiwipiepy unavailable")


def found(text, entity="PERSON", allow=()):
    return [text[s.start:s.end] for s in detect(text, allow=allow) if s.entity == entity]


# --- roles and film-talk frames ----------------------------------------------------------------

@needs_kiwi
@pytest.mark.parametrize("text", [
    "탁세원 배우 나오는 영화 드디어 봤다",
    "모가람님 나오는 영화 세 번째 봤어요",
    "모가람님 신작 언제 나와요",
    "봉채율의 연기 하나로 끝까지 봄",
    "봉채율은 역시 믿고 봄",
    "배우 석하진 팬미팅 언제예요",
    "탁세원 대사 다 외움",
    "석하진의 《달빛항구》 최고",
    "국서율 씨 연기 미쳤다 진짜",
    "국서율 덕질 10년차",
    "국서율이 맡은 역할이 너무 좋았음",
    "국서율 역을 맡은 배우 누구예요",
    "국서율 방한 일정 떴다",
    "《유리정원》 국서율 진짜 잘생김",
    "국서율 캐릭터 최고",
])
def test_p11_2_a_name_in_a_role_or_film_talk_frame_is_a_public_figure(text):
    assert found(text) == []


@needs_kiwi
@pytest.mark.parametrize("text, name", [
    ("탁세원님이 어제 예매했어요", "탁세원"),
    ("예약자 모가람님 영화 예매 취소 부탁드려요", "모가람"),  # 님 + 영화: a booking, no film talk
    ("배우자 석하진 명의로 예매했어요", "석하진"),  # the spouse, not an actor
    ("예매자 국서율 연기 신청합니다", "국서율"),  # 연기: a postponement
    ("《유리정원》 국서율 님 당첨 축하드립니다", "국서율"),  # a winner after the title
])
def test_p11_2_members_in_private_frames_stay_masked(text, name):
    assert name in found(text)


@needs_kiwi
def test_p11_2_a_particle_between_name_and_role_keeps_the_member():
    # The member asked the director: the role belongs to someone else.
    assert found("옆자리 편주안이 감독님한테 사인 받음. 부럽다 편주안") == ["편주안", "편주안"]


@needs_kiwi
def test_p11_2_one_public_occurrence_makes_every_occurrence_public():
    # The first occurrence is dropped by its role; the second, alone, would be kept as a name.
    assert found("편주안 감독 나오는 유리정원 봤다. 편주안 표정 하나로 끝") == []
    assert found("석하진 감독 나오는 유리정원 세 번째 봄. 석하진 표정 하나로 레전드") == []


# --- English ---------------------------------------------------------------------------------

def test_p11_2_english_praise_of_a_performer_is_film_talk():
    assert found("Watched it again — Liam Porter is a genius.") == []
    assert found("Liam Porter 내한 GV 언제예요") == []
    assert found("Liam Porter plays the villain so well") == []


def test_p11_2_a_western_name_stops_before_a_lower_case_word():
    assert found("Saw it with Liam Porter and Noah Whitfield yesterday.") == ["Liam Porter", "Noah Whitfield"]


# --- lists of works and people ------------------------------------------------------------------

@needs_kiwi
def test_p11_2_a_list_of_works_and_people_under_a_film_heading_is_public():
    text = "올해 본 영화\n1. 달빛항구 — 길예담\n2. 유리정원 — 국서율\n다들 추천 부탁"
    assert found(text) == []


@needs_kiwi
def test_p11_2_the_same_list_under_a_roster_heading_stays_masked():
    text = "이벤트 당첨자 명단\n1. 달빛항구 — 길예담\n2. 유리정원 — 국서율"
    assert found(text) == ["길예담", "국서율"]
    assert found("당첨자 명단\n1. 유리정원 (국서율)\n2. 달빛항구 (편주안)") == ["국서율", "편주안"]


@needs_kiwi
def test_p11_2_one_catalogue_name_in_a_list_makes_its_other_people_public():
    text = "이번 주\n1. 달빛항구 - 길예담\n2. 유리정원 - 반이솔"
    assert found(text, allow=["반이솔"]) == []
    assert found(text) == ["길예담", "반이솔"]


# --- versions and examples ----------------------------------------------------------------------

def test_p11_2_a_dotted_quad_before_an_update_word_is_a_version():
    assert found("- 3관 영사기 7.12.3.140 업데이트 완료", "IP") == []
    assert found("포스 9.14.2.130 패치, 단말 테스트 OK", "IP") == []


def test_p11_2_an_ip_cue_on_the_line_still_wins_over_an_update_word():
    assert found("로그인 IP 7.12.3.140 업데이트 후 차단됨", "IP") == ["7.12.3.140"]
    text = "- 관리자 로그인 IP 58.12.3.14 차단 요청\n- 3관 영사기 6.1.2.200 업데이트 완료"
    assert found(text, "IP") == ["58.12.3.14"]


def test_p11_2_any_mailbox_at_a_reserved_domain_shown_as_a_format_is_an_example():
    assert found("이메일 입력 예시: mina.k@example.org ← 이런 식으로요", "EMAIL") == []
    assert found("제 메일 mina.k@example.org 로 연락주세요", "EMAIL") == ["mina.k@example.org"]
    assert mask_text("입력 예시: mina.k@example.org").text == "입력 예시: mina.k@example.org"


# --- other false alarms: seat classes and requests ------------------------------------------------

@needs_kiwi
def test_p11_2_a_seat_class_ending_in_a_name_syllable_is_no_name():
    assert found("삼가 아룁니다. 노인석이 7관에는 없어서 아쉬웠습니다.") == []
    assert found("리클라이너석은 매진이래요") == []
    assert found("편주석이 7관에 없어서 아쉬웠습니다. 편주석한테 전화했어요") != []


@needs_kiwi
def test_p11_2_a_nominalised_verb_before_a_request_is_no_name():
    assert found("열람 요구는 보호책임자(help@example.com)에게 연락 주시기 바랍니다.") == []


# --- lists sharing a frame, chemistry, film columns -----------------------------------------------

@needs_kiwi
@pytest.mark.parametrize("text", [
    "이번 기획전 라인업: 편주안, 국서율, 석하진 감독 특별전. 7월 9일부터",
    "편주안, 국서율, 석하진 나오는 거 맞죠? 캐스팅 미쳤다",
    "유리정원 캐릭터 좋다. 석하진과 케미도 최고",
    "석하진 인터뷰 봤음",
    "| 영화 | 감독 | 평점 |\n|---|---|---|\n| 유리정원 | 국서율 | 4.5 |\n| 달빛항구 | 편주안 | 4.9 |",
    "올해 본 영화\n1. 유리정원 (국서율)\n2. 달빛항구 (편주안)\n다들 추천 부탁",
    "국서율 남우주연상 받았네",
    "청룡영화상 여우주연상 국서율 축하",
])
def test_p11_2_members_of_a_public_list_and_film_columns_are_public(text):
    assert found(text) == []


@needs_kiwi
def test_p11_2_a_booking_column_and_a_companion_chain_stay_masked():
    table = "| 영화 | 예매자 | 좌석 |\n|---|---|---|\n| 유리정원 | 국서율 | A4 |\n| 달빛항구 | 편주안 | B5 |"
    assert found(table) == ["국서율", "편주안"]
    # 이랑 closes the chain: the companions are members, the actor after them is not.
    assert found("편주안, 국서율이랑 석하진 배우 팬미팅 다녀옴") == ["편주안", "국서율"]
