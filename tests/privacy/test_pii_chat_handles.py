"""P11.2, issue 16, round 12 (lead, `frames._speakers`): a pasted chat whose speakers are all
handles (a bot, a room, a nickname with a noun in it) names nobody; a chat with one speaker who
reads as a name keeps its rarer names masked too. Sentences of the lead's own."""

from __future__ import annotations

from marquee.privacy.pii import detect


def people(text):
    return [text[s.start:s.end] for s in detect(text) if s.entity == "PERSON"]


def test_p11_2_a_chat_of_handles_names_nobody():
    text = "[극장봇] [오후 3:10] 예매 완료\n[가족방] [오후 3:12] 몇 시야?\n[극장봇] [오후 3:13] 7시 20분"
    assert people(text) == []


def test_p11_2_speakers_beside_a_name_are_names():
    text = "용수연: 표 두 장 샀어\n기만석: ㅇㅋ 보냄\n용수연: 받음"
    assert set(people(text)) == {"용수연", "기만석"}
