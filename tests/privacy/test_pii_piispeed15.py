"""P11.2, issue 16 (throughput, round 14, piispeed15): literal triggers (``triggers.py``) and
exact shortcuts that leave the masker's answers unchanged. ``givenframes`` runs a frame's scan
only when the post holds one of the literals every match of that frame contains; the label-led
scans of ``fieldvalues`` and ``foreigncues`` run only when a Hangul run is a label;
``latincues`` finds a capital with one regex search; ``filmpeople.occurrences`` skips letters no
gazetteer name starts with; ``operator_names`` is computed once per tuple of declared values; ``kinframes`` gates its
secondary frames by their literals.
Each property compares the new code with the old one, written out here or with the gate forced
open, on generated text; the strings are invented."""

from __future__ import annotations

import re
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from marquee.privacy.pii import (
    fieldvalues,
    filmpeople,
    foreigncues,
    givenframes,
    kinframes,
    latincues,
    triggers,
)
from marquee.privacy.pii.companyaccounts import operator_names
from marquee.privacy.pii.fieldvalues import free_hits

SETTINGS = settings(max_examples=150, deadline=None, database=None)
SPANS = st.lists(st.tuples(st.integers(0, 40), st.integers(0, 8)).map(lambda p: (p[0], p[0] + p[1])),
                 max_size=3)

FRAME_PIECES = ["서진", "하람", "영철", "시아", "이", "랑", "이랑", "도", " ", "같이 봤어", "둘이", "한테 ", "물어보니",
                "네 ", "집", "네서 ", "는 ", "못 온대", "안 온", "늦는대", "지금 옴", "오면 바로", "또 지각", "ㅋㅋ",
                "님 ", "자리", "계좌", "의 ", "돌잔치", "생일 ", "생파", "첫 영화", "폰 ", "가방을", "지갑이",
                "아 ", "야, ", "나 ", "오늘 ", ".", "\n", "Hi "]
FRAME_TEXT = st.lists(st.sampled_from(FRAME_PIECES), max_size=10).map("".join)


@SETTINGS
@given(FRAME_TEXT)
def test_p11_2_every_given_frame_match_holds_one_of_its_trigger_literals(text):
    for pattern, literals in givenframes._TRIGGERED:
        for m in pattern.finditer(text):
            assert any(lit in m.string[m.start():m.end() + 12] for lit in literals), (pattern.pattern, m)


@SETTINGS
@given(FRAME_TEXT, SPANS)
def test_p11_2_given_frames_found_as_when_every_frame_was_scanned(text, taken):
    spans = [s for rx in givenframes._FRAMES for m in rx.finditer(text) for s in givenframes._spans(m)]
    old = free_hits(spans, taken, None, 0.7) if spans else []
    assert givenframes.find_given_frames(text, taken) == old


def test_p11_2_scan_skips_a_pattern_whose_literals_are_absent():
    class Exploding:
        def finditer(self, text):
            raise AssertionError("scanned without its trigger")

    rx = re.compile("b")
    assert [m.span() for m in triggers.scan(((Exploding(), ("zz",)), (rx, ("b",))), "abcb")] == [(1, 2), (3, 4)]
    assert triggers.present("민지랑 봤어", ("한테", "랑")) and not triggers.present("민지 봤어", ("한테", "랑"))


LABEL_TEXT = st.lists(st.sampled_from(["이름", "이름:", "성함 ", "예금주 ", "예금 주", "예금쥬: ", "받는 ", "이 ", "분 ",
                                       "수령인 ", "윤서진", "도하람", "마리아 곤잘레스", "라훌 베르마", "입니다", " ", ":",
                                       "\n", "Name: ", "holder ", "좌석 ", "12"]), max_size=10).map("".join)


@SETTINGS
@given(LABEL_TEXT, SPANS)
def test_p11_2_label_led_scans_find_as_without_the_label_gate(text, taken):
    gated = (fieldvalues.find_field_values(text, taken), foreigncues.find_cued_foreign(text, taken))
    with mock.patch.object(fieldvalues, "_may_label", lambda t: True), \
            mock.patch.object(foreigncues, "any_label", lambda t: True):
        assert (fieldvalues.find_field_values(text, taken), foreigncues.find_cued_foreign(text, taken)) == gated


LATIN_TEXT = st.lists(st.sampled_from(["My friend ", "I'm ", "Amelia Clarke", "amelia clarke", "Kim Minsu", " 님", "입니다",
                                       "\n", "Phone", " ", "010-1234-5678 ", "(", ")", "É", "저는 "]),
                      max_size=8).map("".join)


@SETTINGS
@given(LATIN_TEXT, SPANS)
def test_p11_2_latin_cues_found_as_with_the_character_loop(text, taken):
    gated = latincues.find_latin_cued(text, taken)
    if not any("A" <= c <= "Z" for c in text):
        assert gated == []
    with mock.patch.object(latincues, "_CAPITAL", re.compile("")):
        assert latincues.find_latin_cued(text, taken) == gated


def _old_occurrences(text, lo=0, hi=None):
    out = []
    for p in range(lo, len(text) if hi is None else min(hi, len(text))):
        c, prev = text[p], text[p - 1] if p else " "
        if not (c.isalpha() and (c.isupper() or not prev.isalpha() or filmpeople._hangul(c) != filmpeople._hangul(prev))):
            continue
        end = filmpeople._name_at(text, p)
        if end != -1:
            out.append((p, end))
    return out


@SETTINGS
@given(st.lists(st.sampled_from(["봉준호", "송강호", "감독님", "Bong Joon-ho", "withBong Joon-ho", "Léa Seydoux",
                                 "lea seydoux", "Ÿ", "ÉLÉ", " ", "이", "의", "김서연", "Tang Wei", "\n"]),
                max_size=8).map("".join))
def test_p11_2_gazetteer_occurrences_as_without_the_first_letter_skip(text):
    assert filmpeople.occurrences(text) == _old_occurrences(text)
    assert filmpeople.occurrences(text, 2, 9) == _old_occurrences(text, 2, 9)


def test_p11_2_operator_names_the_same_for_a_tuple_and_a_list():
    texts = ("주식회사 마퀴", "(주)마퀴시네마", "02-1234-5678", "마퀴")
    assert operator_names(texts) == operator_names(list(texts)) == frozenset({"마퀴", "마퀴시네마"})
    assert operator_names(texts) is operator_names(texts)  # kept for the tuple


KIN_TEXT = st.lists(st.sampled_from(["저 하람이에요", "김영수 어르신이", "윤서진 여사님께서", "제동생하람이가", "동생(하람)",
                                     "하람 매니저가", "친구 ", "동생", "엄마", "저 ", "내", "우리 ", "제 ", "여사님", "집사", "장로님께서", "직원분",
                                     "형제님", "어르신이", "(", ")", "매니저", "대리", " 선생님", "쌤", " 씨가", "삼촌", "이모",
                                     "언니", "선배", "윤서진", "서진", "하람", "이랑", "가", " ", ".", "\n"]),
                    max_size=10).map("".join)


@SETTINGS
@given(KIN_TEXT, SPANS)
def test_p11_2_kin_frames_found_as_without_the_literal_gates(text, taken):
    gated = kinframes.find_kin_names(text, taken)
    with mock.patch.object(kinframes, "present", lambda t, lits: True):
        assert kinframes.find_kin_names(text, taken) == gated


def test_p11_2_each_gated_kin_frame_still_finds_its_name():
    for text in ("저 하람이에요", "김영수 어르신이 오셨다", "윤서진 여사님께서", "제동생하람이가 왔다", "동생(하람)", "하람 매니저가"):
        assert kinframes.find_kin_names(text, []), text
