"""P11.2, issue 16, round 11 (lead): a word with Latin letters glued on is a board nickname, and a
dictionary noun with the subject particle 가 in a name's slot is the noun. A name run into a
phone number, or with a given name ending in 가, is still masked. Sentences of the lead's own."""

from __future__ import annotations

import pytest

from marquee.privacy.pii import detect, morph
from marquee.privacy.pii.handles import is_handle

needs_kiwi = pytest.mark.skipif(not morph.warm_up(), reason="kiwipiepy unavailable")


def persons(text):
    return [text[s.start:s.end] for s in detect(text) if s.entity == "PERSON"]


@pytest.mark.parametrize(("text", "word"), [
    ("[후기] 작성자 홍대입구VIP", "홍대입구"),
    ("민트초코LOVE 님 글 잘 봤어요", "민트초코"),
])
def test_p11_2_hangul_glued_to_latin_letters_is_a_nickname(text, word):
    start = text.index(word)
    assert is_handle("PERSON", text, start, start + len(word))


@pytest.mark.parametrize("text", ["윤서아010-2222-3333 연락주세요", "윤서아 VIP석 예매"])
def test_p11_2_digits_glued_on_or_a_spaced_english_word_are_not_a_nickname(text):
    assert not is_handle("PERSON", text, 0, 3)


@needs_kiwi
@pytest.mark.parametrize("text", [
    "가입 폼에 예시가 name@example.com으로 나와요",
    "[자유] 작성자 신촌역VIP\n오늘 본 영화 최고",
])
def test_p11_2_nicknames_and_nouns_in_a_name_slot_stay(text):
    assert persons(text) == []


@needs_kiwi
def test_p11_2_a_name_run_into_a_phone_number_is_still_masked():
    assert "윤서아" in persons("윤서아010-2222-3333 연락주세요")
