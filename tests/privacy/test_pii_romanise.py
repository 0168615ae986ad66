"""P11.2, issue 16, round 11 (lead): the film-people gazetteer knows its Korean names in the Latin
spellings English posts use (family name first, press and passport spellings), so a star named
in English film talk is not masked; a member introduced by an English kin word ("my friend") is,
whatever the name. Sentences of the lead's own."""

from __future__ import annotations

import pytest

from marquee.privacy.pii import detect, morph
from marquee.privacy.pii.filmpeople import occurrences
from marquee.privacy.pii.romanise import latin_spellings

needs_kiwi = pytest.mark.skipif(not morph.warm_up(), reason="kiwipiepy unavailable")


@pytest.mark.parametrize(("hangul", "latin"), [
    ("송강호", "Song Kang-ho"), ("이병헌", "Lee Byung-hun"), ("전도연", "Jeon Do-yeon"),
    ("박찬욱", "Park Chan-wook"), ("고아성", "Go Ah-sung"), ("정우성", "Jung Woo-sung"),
    ("최민식", "Choi Min-sik"), ("윤여정", "Yoon Yeo-jeong"),
])
def test_p11_2_the_press_spelling_of_a_korean_name_is_generated(hangul, latin):
    assert latin in latin_spellings(hangul)


def test_p11_2_only_korean_names_with_a_known_family_name_are_spelled():
    assert latin_spellings("크리스토퍼놀란") == set()
    assert latin_spellings("봉") == set()


@pytest.mark.parametrize("text", [
    "Moon So-ri fancam from the premiere is everywhere",
    "the new one with Choi Minsik looks great",
    "JEON DO-YEON x a new director, confirmed",
])
def test_p11_2_a_gazetteer_name_in_latin_letters_is_found_in_text(text):
    assert occurrences(text)


@needs_kiwi
def test_p11_2_a_member_after_an_english_kin_word_stays_masked_even_with_a_stars_name():
    text = "My friend Kim Da-mi booked two seats for us"
    assert "Kim Da-mi" in [text[s.start:s.end] for s in detect(text) if s.entity == "PERSON"]
