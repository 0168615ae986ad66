"""P11.2, issue 16 (throughput, round 12): the cue-less name recognisers in ``people.py`` check
the cheap things first and skip work whose answer cannot change the result. Each property
compares a rewritten step with the code it replaced, written out here, on generated text;
the strings are invented."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from marquee.privacy.pii import lexicon as L
from marquee.privacy.pii import names, people

SETTINGS = settings(max_examples=300, deadline=None, database=None)
LINE = st.lists(st.sampled_from(list("김민수박지훈 \t.!~\n:-—이가랑") + ["From. ", "from"]), max_size=12).map("".join)
SYLLABLES = st.text(alphabet=st.sampled_from(sorted(L.NOT_GIVEN)[:8] + sorted(L.GIVEN_ANY)[:8]
                                              + sorted(L.GIVEN_RARE)[:8] + list("쀍똠")), min_size=1, max_size=3)


def _old_signed(text: str, line_start: int, start: int, end: int, kind: str, rest: str) -> bool:
    line_end = text.find("\n", end)
    tail = text[end + len(rest):line_end if line_end != -1 else len(text)]
    if rest or tail.strip(" \t.!~"):
        return False
    return kind == "weak" or people._SIGNATURE_LEAD.fullmatch(text[line_start:start]) is not None


@SETTINGS
@given(LINE, st.integers(0, 30), st.integers(0, 4), st.sampled_from(["", "weak", "label"]),
       st.sampled_from(["", "이", "랑"]))
def test_p11_2_a_signature_is_judged_as_before(text, start, n, kind, rest):
    start = min(start, len(text))
    end = min(len(text), start + n)
    line_start = text.rfind("\n", 0, start) + 1
    assert people._signed(text, line_start, start, end, kind, rest) == \
        _old_signed(text, line_start, start, end, kind, rest)


@SETTINGS
@given(SYLLABLES, st.sampled_from([0.0, 0.36, 1.0]))
def test_p11_2_odd_given_syllables_by_set_tests(given_part, plaus):
    old = any(s in L.NOT_GIVEN for s in given_part) or plaus == 0.0 and not all(
        s in L.GIVEN_ANY or s in L.GIVEN_RARE for s in given_part)
    new = not L.NOT_GIVEN.isdisjoint(given_part) or plaus == 0.0 and not people._LISTED_GIVEN.issuperset(given_part)
    assert new == old


def test_p11_2_nothing_found_accepts_nothing():
    assert people._accept("박지훈, 최유나 왔어요", [], [(0, 3)]) == []


@SETTINGS
@given(st.lists(st.sampled_from(["예금주", "받는 분", "친구", "성명", "오늘", ": ", " ", "("]), max_size=5))
def test_p11_2_the_remembered_cue_word_is_the_fresh_one(parts):
    before = "".join(parts)
    assert names._before_kind(before) == names._before_kind.__wrapped__(before)


def test_p11_2_cue_less_names_found_as_before():
    """Sentences of each recogniser's kind still give the same names (a list, an honorific
    after a two-syllable name, a spaced name with an honorific, a label)."""
    cases = {
        "어제 한도윤이랑 최서아 만났어요": ["한도윤"],
        "견 향숙 님 연락 부탁드려요": ["견 향숙"],
        "담당자 윤슬 씨에게 전달했어요": ["윤슬"],
    }
    for text, expected in cases.items():
        hits = people.find_more_names(text, [])
        found = [text[h.start:h.end] for h in hits]
        assert all(e in found for e in expected), (text, found)
