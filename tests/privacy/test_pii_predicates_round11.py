"""P11.2, issue 16, round 11 (lead): a transfer or refund "to X" (``X 앞으로 부탁드립니다``) and
"the number X gave" (``X가 준 번호``) hold a person, even a two-syllable full name; the same
words after a company, a pronoun or a time stay. Sentences of the lead's own."""

from __future__ import annotations

import pytest

from marquee.privacy.pii import detect, morph
from marquee.privacy.pii.predicates import find_predicate_names

needs_kiwi = pytest.mark.skipif(not morph.warm_up(), reason="kiwipiepy unavailable")


def persons(text):
    return [text[s.start:s.end] for s in detect(text) if s.entity == "PERSON"]


@pytest.mark.parametrize(("text", "name"), [
    ("환불은 신한 110222333444 변훈 앞으로 부탁드립니다", "변훈"),
    ("차액은 우리은행 제도윤 앞으로 입금해 주세요", "제도윤"),
    ("남궁훈이 준 번호 010-3434-5656로 연락했는데 안 받아요", "남궁훈"),
    ("탁세윤이 알려준 연락처로 문자 드렸어요", "탁세윤"),
])
def test_p11_2_a_transfer_to_x_or_the_number_x_gave_holds_a_name(text, name):
    found = [text[h.start:h.end] for h in find_predicate_names(text, [])]
    assert name in found


@pytest.mark.parametrize("text", [
    "회사 앞으로 보내주세요",
    "내가 준 번호로 연락해",
    "이번 주 앞으로 부탁드려요",
    "경품은 본인 앞으로 보내드립니다",
    "정말 앞으로 잘 부탁드립니다",
])
def test_p11_2_the_same_words_after_no_name_stay(text):
    assert find_predicate_names(text, []) == []


@needs_kiwi
def test_p11_2_the_refund_holder_is_masked_in_a_whole_post():
    assert "변훈" in persons("환불은 신한 110222333444 변훈 앞으로 부탁드립니다")
