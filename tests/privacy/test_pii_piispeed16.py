"""P11.2, issue 16 (throughput, round 14, piispeed16): the vetoes and ``people._in_frame`` ask
Kiwi only when its answer can change theirs, and the answers stay as they were.

* ``wordcuts._cuts_a_word``: a guess of two syllables has no dictionary noun of two syllables or
  more shorter than itself to open it, so the word is not read;
* ``predicatecuts.veto_predicate_cuts``: the word reading (noun and tail) is asked before the
  clause reading, so a guess the word already drops is not read in its clause;
* ``wordscore.veto_common_words``: a particle-final guess before 님/씨, kept whatever Kiwi says,
  is not read;
* ``people._in_frame``: a dictionary noun and a particle (나초+랑), dropped whatever the clause
  reads, is not read in its clause;
* ``foreigncues``: a part ending like a branch or a station (강남역) is "other" unread, and a run
  of parts stops being read at its first "korean" or "other" part.

Each test forbids the Kiwi reading the shortcut skips (it fails on the code before), and the
properties compare the new code with the old one on generated text; the strings are invented."""

from __future__ import annotations

import inspect
import textwrap
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from marquee.privacy.pii import foreigncues, people, predicatecuts, wordcuts, wordscore
from marquee.privacy.pii.names import NameHit

SETTINGS = settings(max_examples=60, deadline=None, database=None)
PIECES = ["지혁", "한테서", "정가", "양도", "서울", "의", " ", "봄", "경상남", "도", "원결제", "학교명", "을", "나초",
          "랑", "이랑", "정보", "로", "님", "씨", "두누비", "초대권 두 장 받았는데", ".", "\n", "김하늘", "마감조"]
TEXT = st.lists(st.sampled_from(PIECES), min_size=1, max_size=8).map("".join)


def _forbidden(*args, **kwargs):
    raise AssertionError("Kiwi was asked")


def _rebuilt(func, *edits):
    """``func`` as it was before piispeed16: its source with each (new, old) edit undone,
    compiled in its module's namespace. When the source no longer holds an edit, ``func``."""
    src = textwrap.dedent(inspect.getsource(func))
    if not all(new in src for new, _ in edits):
        return func
    for new, old in edits:
        src = src.replace(new, old)
    namespace = dict(vars(inspect.getmodule(func)))
    exec(compile(src, f"old_{func.__name__}", "exec"), namespace)
    return namespace[func.__name__]


_OLD_CUTS_A_WORD = _rebuilt(wordcuts._cuts_a_word, (
    'if not ("가" <= text[h.end:h.end + 1] <= "힣") or h.end - h.start < 3:',
    'if not ("가" <= text[h.end:h.end + 1] <= "힣"):'))
_OLD_IN_FRAME = _rebuilt(people._in_frame, (
    "        if _noun_then_particle(core, rest):  # 나초+랑, 한우+이랑, 차돌박이+랑: dropped whatever the\n"
    "            continue  # clause reads, so asked before the clause is read (a word costs a quarter)\n", ""), (
    "        if reading:\n", "        if reading and not _noun_then_particle(core, rest):\n"))


def test_p11_2_a_two_syllable_guess_is_not_read_for_a_cut_word():
    with mock.patch.object(wordcuts.morph, "analyze", _forbidden), \
            mock.patch.object(wordcuts.morph, "analyze_clause", _forbidden):
        assert not wordcuts._cuts_a_word("지혁한테서 초대권 받음", NameHit(0, 2, 0.5))
    assert wordcuts._cuts_a_word("2장 정가양도 합니다.", NameHit(3, 6, 0.5))  # longer guesses still read


@SETTINGS
@given(TEXT, st.integers(0, 30), st.integers(2, 4))
def test_p11_2_cut_words_answer_as_before(text, start, n):
    if start + n > len(text) or not all("가" <= c <= "힣" for c in text[start:start + n]):
        return
    h = NameHit(start, start + n, 0.5)
    assert wordcuts._cuts_a_word(text, h) == _OLD_CUTS_A_WORD(text, h)


def test_p11_2_a_noun_with_a_tail_is_not_read_in_its_clause():
    text = "학교명을 적어 주세요."
    with mock.patch.object(predicatecuts.morph, "analyze_clause", _forbidden):
        assert predicatecuts.veto_predicate_cuts(text, [NameHit(0, 3, 0.7)]) == []


@SETTINGS
@given(TEXT, st.integers(0, 30), st.integers(2, 4))
def test_p11_2_predicate_cuts_answer_as_before(text, start, n):
    if start + n > len(text):
        return
    h = NameHit(start, start + n, 0.7)
    old = [h] if not (predicatecuts._reads_as_word(text, h) or predicatecuts._noun_with_tail(text, h)) else []
    kin = predicatecuts._KIN.match(text, h.start, h.end)
    if kin is None:
        assert predicatecuts.veto_predicate_cuts(text, [h]) == old


def test_p11_2_a_particle_final_guess_before_an_honorific_is_not_read():
    with mock.patch.object(wordscore, "_common_word", _forbidden):
        assert wordscore.veto_common_words("정보로님 안녕하세요", [NameHit(0, 3, 0.5)]) == [NameHit(0, 3, 0.5)]


@SETTINGS
@given(TEXT, st.integers(0, 30), st.integers(3, 4), st.sampled_from([0.5, 0.85]))
def test_p11_2_common_words_answer_as_before(text, start, n, score):
    if start + n > len(text):
        return
    h = NameHit(start, start + n, score)
    core = text[h.start:h.end]
    old = not (core in wordscore._PLACES or (
        "가" <= core[0] <= "힣" and (score < 0.8 or core[-1] in wordscore._PARTICLE_FINALS)
        and wordscore._common_word(core)
        and not (core[-1] in wordscore._PARTICLE_FINALS and text[h.end:h.end + 1] in "님씨")))
    assert wordscore.veto_common_words(text, [h]) == ([h] if old else [])


def test_p11_2_a_noun_and_a_particle_is_not_read_in_its_clause():
    with mock.patch.object(people, "_reading", _forbidden):
        assert people._in_frame("나초랑 콜라 샀어", [], None) == []
        assert people._in_frame("차돌박이랑 먹었어", [], None) == []


@SETTINGS
@given(TEXT)
def test_p11_2_in_frame_answers_as_when_the_clause_was_read_first(text):
    assert people._in_frame(text, [], None) == _OLD_IN_FRAME(text, [], None)


_OLD_READING = _rebuilt(foreigncues._reading, (
    """    if not word or word[-1] in _PLACE_FINALS:  # 수원점, 강남역: a branch or a station (asked first:
        return "other"  # the answer whatever Kiwi reads)
    tokens = morph.analyze(word)
    if not tokens:
        return "other"
""", """    tokens = morph.analyze(word)
    if not tokens or word[-1] in _PLACE_FINALS:
        return "other"
"""))
_NEW_RUN = inspect.getsource(foreigncues._name_in)
_RUN_AT = _NEW_RUN.find("        reads = []\n")  # the new loop, up to the test after it
_RUN_END = _NEW_RUN.find("continue\n", _RUN_AT) + len("continue\n")
_OLD_NAME_IN = _rebuilt(foreigncues._name_in, (_NEW_RUN[_RUN_AT:_RUN_END] if _RUN_AT >= 0 else "\0", """\
        reads = [_reading(w) for w in cores]
        if "korean" in reads or "other" in reads or reads[-1] == "word":
            continue
"""))
if _OLD_NAME_IN is not foreigncues._name_in:  # the old run reads its parts the old way
    _OLD_NAME_IN.__globals__["_reading"] = _OLD_READING


def test_p11_2_a_foreign_run_stops_reading_at_a_station():
    read = []
    reading = foreigncues._reading

    def recorded(word):
        read.append(word)
        return reading(word)

    with mock.patch.object(foreigncues.morph, "analyze", _forbidden):
        assert foreigncues._reading("강남역") == "other"
    with mock.patch.object(foreigncues, "_reading", recorded):
        assert foreigncues._name_in("강남역 다시우바 라힘", 0, False, True) is None
    assert set(read) == {"강남역"}


FOREIGN = st.lists(st.sampled_from(["다시우바", "라힘", "무함마드", "강남역", "김하늘", "광교", "주제", "샤르마가",
                                    "이고르", "친구", "수원점", "센텀"]), min_size=1, max_size=4).map(" ".join)


@SETTINGS
@given(FOREIGN, st.booleans(), st.booleans())
def test_p11_2_foreign_runs_answer_as_before(words, from_right, strict):
    assert foreigncues._name_in(words, 0, from_right, strict) == _OLD_NAME_IN(words, 0, from_right, strict)
