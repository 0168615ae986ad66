"""P11.2, issue 16, round 11 (lead): a person field's value is found when the sentence goes on
past it in hearsay (``실명이 …이시더라고요``) and after an English field label (``name …``,
``holder …``) in a mostly Korean post. Ordinary words after the same labels stay. Sentences of
the lead's own."""

from __future__ import annotations

import pytest

from marquee.privacy.pii import detect, morph

needs_kiwi = pytest.mark.skipif(not morph.warm_up(), reason="kiwipiepy unavailable")


def persons(text):
    return [text[s.start:s.end] for s in detect(text) if s.entity == "PERSON"]


@needs_kiwi
@pytest.mark.parametrize(("text", "name"), [
    ("팝콘요정 님 실명이 하세린이시더라고요. 양도 감사합니다", "하세린"),
    ("예매자가 도지온이더라고요 그래서 연락드렸어요", "도지온"),
    ("여권 사본 보냈습니다 passport no. M12398765, name 탁수빈", "탁수빈"),
    ("Holder: 봉가온 / exp 09/27", "봉가온"),
    ("추첨 결과 winner 설하랑 님께 연락 부탁드립니다", "설하랑"),
])
def test_p11_2_a_field_value_is_found_past_hearsay_and_after_english_labels(text, name):
    assert name in persons(text)


@needs_kiwi
@pytest.mark.parametrize("text", [
    "예매자 확인해보니까 그렇더라고요",
    "이름이 길어서 기억이 안나더라고요",
    "name 바꾸고 싶은데 어디서 하나요",
    "guest 모드로 예매했어요",
    "the winner 발표는 언제인가요",
])
def test_p11_2_ordinary_words_after_those_labels_stay(text):
    assert persons(text) == []
