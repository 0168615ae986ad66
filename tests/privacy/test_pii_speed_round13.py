"""P11.2, issue 16 (throughput, round 13): round 12's finders return at once when the whole
post lacks what every one of their frames needs. Each property runs a finder with its gate and
with the gate forced open, on generated text, and asks for the same answer; the strings are
invented."""

from __future__ import annotations

import re
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from marquee.privacy.pii import echogate, familynames, fanframes, givenrefs, latinnames
from marquee.privacy.pii.names import NameHit

SETTINGS = settings(max_examples=200, deadline=None, database=None)
OPEN = re.compile("")
PIECES = ["윤서진", "서진", "서진이", "윤 서진", "가", "랑", "한테", " ", ", ", ".", "\n", "나 ", "인데", "엄마",
          "어머님", "막내 ", "조카 ", "딸", "하람", "이네 ", "Lena Vogt", "Lena", " Vogt가", "met ", "Ha-eun",
          "cosplay", " 인형", "코스프레", "라니아 하산", "하산", "씨"]
TEXT = st.lists(st.sampled_from(PIECES), max_size=14).map("".join)


def _spans(text: str, cuts: list[int]) -> list[NameHit]:
    points = sorted({min(c, len(text)) for c in cuts})
    return [NameHit(a, b, 0.8) for a, b in zip(points[::2], points[1::2], strict=False) if b > a]


@SETTINGS
@given(TEXT, st.lists(st.integers(0, 60), max_size=6))
def test_p11_2_echoes_found_as_without_the_gate(text, cuts):
    names = _spans(text, cuts)
    gated = givenrefs.echo_given_names(text, names)
    with mock.patch.object(givenrefs, "may_echo", lambda *_: True):
        assert givenrefs.echo_given_names(text, names) == gated


@SETTINGS
@given(TEXT)
def test_p11_2_family_frames_found_as_without_the_gate(text):
    gated = familynames.find_family_names(text, [])
    with mock.patch.object(familynames, "_CUE", OPEN):
        assert familynames.find_family_names(text, []) == gated


@SETTINGS
@given(TEXT)
def test_p11_2_latin_names_found_as_without_the_gate(text):
    gated = latinnames.find_latin_names(text, [])
    with mock.patch.object(latinnames, "_CAPITAL_AFTER_WORD", OPEN):
        assert latinnames.find_latin_names(text, []) == gated


@SETTINGS
@given(TEXT, st.lists(st.integers(0, 60), max_size=6))
def test_p11_2_fan_frames_judged_as_with_the_slot_first(text, cuts):
    for h in _spans(text, cuts):
        old = not fanframes.strong_slot(text, h.start, h.end) and fanframes._fan_frame(text, h)
        assert fanframes._fan_public(text, h) == old


def test_p11_2_a_name_said_once_is_not_read_again():
    text = "윤서진 님 예매 확인 부탁드려요."
    assert not echogate.may_echo(text, [NameHit(0, 3, 0.9)])
    assert echogate.may_echo(text + " 서진 님 감사", [NameHit(0, 3, 0.9)])


def test_p11_2_gated_finders_still_find_their_frames():
    assert [(h.start, h.end) for h in givenrefs.echo_given_names("윤서진 드림\n서진 추가요", [NameHit(0, 3, 0.9)])] \
        == [(7, 9)]
    assert latinnames.find_latin_names("내일 Lena Vogt가 올 거예요", []) != []
