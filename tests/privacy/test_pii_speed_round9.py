"""P11.2, issue 16 (throughput), round 9: Kiwi is called without its per-call wrapper, a
clause is not analysed when the word alone already decides it, and the repeated-name scan
looks only at words whose opening repeats. Each must answer as before: the direct reader gives
``Kiwi.tokenize``'s tokens (and falls back to it on anything else), the gated scan what the
ungated one found. The strings are invented."""

from __future__ import annotations

import os
import sys
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marquee.privacy.pii import detect, morph, repeats

needs_kiwi = pytest.mark.skipif(not morph.warm_up(), reason="kiwipiepy unavailable")

# Syllables, a trailing consonant jamo (먹었어욥 → z_coda), digits, Latin letters, an e-mail's
# and a URL's characters, emoticons and spaces: every match flag the wrapper sets has input.
TEXT = st.lists(st.sampled_from(
    list("가나다김이박민수예매했어요욥ㅋㅂㅇ은는랑한테 .!?~:@/#-01789abcxyz^ㅠ😀")
    + ["http://", "www.", ".com", "#태그"]), max_size=24).map("".join)


def _shape(tokens) -> list[tuple]:
    return [(t.form, t.tag, t.start, t.len, t.id) for t in tokens]


@needs_kiwi
def test_p11_2_the_direct_reader_is_in_use():
    assert morph._read is not None and morph._read != morph.get_kiwi().tokenize


@needs_kiwi
@settings(max_examples=200, deadline=None, database=None)
@given(TEXT)
def test_p11_2_the_direct_reader_reads_as_tokenize(text):
    assert _shape(morph._read(text)) == _shape(morph.get_kiwi().tokenize(text))


class _NotKiwi:
    """Something with ``tokenize`` that the direct call cannot use (another kiwipiepy)."""

    def tokenize(self, text):
        return []


def test_p11_2_the_reader_falls_back_to_tokenize():
    fake = _NotKiwi()
    assert morph._reader(fake) == fake.tokenize


@needs_kiwi
def test_p11_2_the_reader_keeps_tokenize_when_rules_were_added():
    kiwi = morph.get_kiwi()
    saved = kiwi._pretokenized_pats
    kiwi._pretokenized_pats = [object()]  # add_re_rule: tokenize builds spans from these
    try:
        assert morph._reader(kiwi) == kiwi.tokenize
    finally:
        kiwi._pretokenized_pats = saved


@needs_kiwi
@pytest.mark.parametrize("text, name", [("어제 국무진을 만났다", "국무진"),
                                        ("한동욱이 먼저 왔다", "한동욱")])
def test_p11_2_an_unseen_word_with_a_case_particle_needs_no_clause(monkeypatch, text, name):
    clauses = []
    real = morph.analyze_clause

    def spy(clause):
        # Only the name-frame reading's own requests: other recognisers (the cut-word veto)
        # may read a clause for their own questions.
        if sys._getframe(1).f_code.co_filename.endswith(f"pii{os.sep}people.py"):
            clauses.append(clause)
        return real(clause)

    monkeypatch.setattr(morph, "analyze_clause", spy)
    spans = detect(text)
    assert [text[s.start:s.end] for s in spans if s.entity == "PERSON"] == [name]
    assert clauses == []  # the word reading decided it: no clause analysis in people.py


# Words made as mentions are (a surname, one or two syllables, a particle or an honorific) and
# ordinary ones, between spaces and stops, so that cores repeat with different endings.
SYLLABLE = st.sampled_from(list("민수지훈서연"))
MENTION = st.builds(lambda s, g, rest: s + "".join(g) + rest, st.sampled_from(["김", "이", "박", "남궁", "민"]),
                    st.lists(SYLLABLE, min_size=1, max_size=2),
                    st.sampled_from(["", "가", "는", "랑", "이랑", "님", "씨가", "한테", "을", "도"]))
REPEATING = st.lists(st.one_of(MENTION, st.sampled_from(["정말", "영화", "0", "."])), max_size=12).map(
    lambda words: " ".join(words))


def _repeated(words) -> dict:
    """The cores that two or more words open, as ``find_repeated_names`` collects them."""
    places: dict = {}
    for m in words:
        for core, sl in repeats._cores(m.group()):
            places.setdefault((core, sl), []).append(m.start())
    return {k: v for k, v in places.items() if len(v) >= 2}


@settings(max_examples=500, deadline=None, database=None)
@given(REPEATING)
def test_p11_2_the_gate_keeps_every_repeated_core(text):
    assert _repeated(repeats._repeatable(text)) == _repeated(repeats._WORD.finditer(text))


@needs_kiwi
@settings(max_examples=100, deadline=None, database=None)
@given(REPEATING)
def test_p11_2_the_repeated_name_scan_finds_what_the_ungated_one_did(text):
    def ungated(t):  # every word, as before the gate
        return list(repeats._WORD.finditer(t))

    with mock.patch.object(repeats, "_repeatable", ungated):
        before = repeats.find_repeated_names(text, [])
    assert repeats.find_repeated_names(text, []) == before


def test_p11_2_only_words_whose_opening_repeats_are_scanned():
    text = "민수가 왔고 민수랑 영화 봤다"
    assert [m.group() for m in repeats._repeatable(text)] == ["민수가", "민수랑"]
    assert repeats._repeatable("오늘 영화 정말 좋았다") == []
