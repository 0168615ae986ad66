"""P11.2, issue 16, round 11 (lead): the famous person a member is said to look like is public;
the member compared keeps being masked. Sentences of the lead's own."""

from __future__ import annotations

import pytest

from marquee.privacy.pii import detect, morph
from marquee.privacy.pii.lookalikes import veto_lookalikes
from marquee.privacy.pii.names import NameHit

needs_kiwi = pytest.mark.skipif(not morph.warm_up(), reason="kiwipiepy unavailable")


def persons(text):
    return [text[s.start:s.end] for s in detect(text) if s.entity == "PERSON"]


def hit(text, name):
    start = text.index(name)
    return NameHit(start, start + len(name), 0.9)


@pytest.mark.parametrize(("text", "famous"), [
    ("오늘 매표소 직원분 최강호 닮아서 놀랐어요", "최강호"),
    ("우리 과장님 한도윤 진짜 닮았다는 얘기 많이 들으심", "한도윤"),
    ("저 어릴 때 배보람을 많이 닮았다고 했어요", "배보람"),
    ("My cousin looks exactly like Marcus Hale lol", "Marcus Hale"),
    ("the usher resembles Tomasz Wrona a bit", "Tomasz Wrona"),
    ("남편이 오준혁 닮은꼴이래요. 오준혁 팬으로서 인정 못함", "오준혁"),
])
def test_p11_2_the_person_compared_with_is_dropped_with_every_occurrence(text, famous):
    names = [hit(text, famous)]
    if text.count(famous) > 1:
        second = text.index(famous, names[0].end)
        names.append(NameHit(second, second + len(famous), 0.9))
    assert veto_lookalikes(text, names) == []


@pytest.mark.parametrize(("text", "member"), [
    ("민지랑 닮았다는 말 많이 들어요", "민지"),  # two people the writer knows
    ("강서윤 님 좌석 변경 부탁드립니다. 닮은 얼굴 보고 싶네요", "강서윤"),
    ("I'd like Jonas Weber to pick up the tickets", "Jonas Weber"),
])
def test_p11_2_a_member_near_the_word_is_kept(text, member):
    names = [hit(text, member)]
    assert veto_lookalikes(text, names) == names


@needs_kiwi
def test_p11_2_the_member_compared_keeps_being_masked():
    text = "수령인 곽다인, 매표소 직원분 최강호 닮아서 놀랐어요"
    found = persons(text)
    assert "곽다인" in found and "최강호" not in found
