"""P11.2, issue 16 (throughput, round 13, piispeed14): exact shortcuts in two cue-less
recognisers. ``find_field_values`` asks its (now cached) label test before it matches a value
after a run, and ``find_foreign_labelled`` skips its two label scans when the post holds none
of the literals every label contains. Each property compares the new code with the old one,
written out here or with the gate forced open, on generated text; the strings are invented."""

from __future__ import annotations

from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from marquee.privacy.pii import fieldvalues, foreignlabels
from marquee.privacy.pii.fieldvalues import (
    _LATIN_LABEL,
    _RUN,
    _VALUE_AT,
    _is_label,
    _name_goes_on,
    _value_hit,
    _verb_form,
    find_field_values,
)

SETTINGS = settings(max_examples=150, deadline=None, database=None)
PIECES = ["이름", "이름:", "성함 ", "예금주 ", "예금쥬: ", "받는 ", "분 ", "받는 분 ", "수령인 ", "보내는 사람: ",
          "처리자 ", "본인 확인: ", "영문으로는 ", "고객(", "Dear ", "Name: ", "name ", "holder ", "Attn. ",
          "this is ", "I am ", "→ ", "Best, ", "라훌 베르마", "응우옌 반 남", "maria lopez", "Maria Lopez",
          "윤서진", "도하람", "김 하람", "이가 ", "입니다", "이에요", "님", ", ", ".", "\n", " ", "(", ")",
          "나오는 ", "장면", "좌석 ", "12", "내일 봐요"]
TEXT = st.lists(st.sampled_from(PIECES), max_size=12).map("".join)
SPANS = st.lists(st.tuples(st.integers(0, 40), st.integers(0, 8)).map(lambda p: (p[0], p[0] + p[1])),
                 max_size=3)


def _old_field_values(text, taken):
    """find_field_values as it was before round 13 (the value matched first, then the label),
    written as one pass over pairs of neighbouring runs."""
    runs = list(_RUN.finditer(text))
    hits = []
    for prev, run in zip([None, *runs], runs, strict=False):
        value = _VALUE_AT.match(text, run.end())
        if value is None:
            continue
        split_label = bool(prev) and prev.end() + 1 == run.start() and text[prev.end()] == " " \
            and prev.group() + run.group() in fieldvalues._LABEL_SET
        if not split_label and not _is_label.__wrapped__(run.group()):
            continue
        if run.group()[-1] in "이가" and _verb_form(value.group(1)):
            continue
        hits.extend(_value_hit(value, taken, None))
    latin = [m for m in _LATIN_LABEL.finditer(text) if not _name_goes_on(text, m.end(1))]
    return hits + [h for m in latin for h in _value_hit(m, taken, None)]


@SETTINGS
@given(TEXT, SPANS)
def test_p11_2_field_values_found_as_before_the_label_test_moved(text, taken):
    assert find_field_values(text, taken) == _old_field_values(text, taken)


@SETTINGS
@given(st.text(alphabet="이름성함예금주쥬받는분수령인가은에 님", max_size=7).filter(bool))
def test_p11_2_cached_label_test_answers_as_the_plain_one(run):
    assert _is_label(run) == _is_label.__wrapped__(run)


@SETTINGS
@given(TEXT, SPANS)
def test_p11_2_foreign_labelled_found_as_without_the_literal_gate(text, taken):
    gated = foreignlabels.find_foreign_labelled(text, taken)
    with mock.patch.object(foreignlabels, "_CUES", ("",)):  # "" is in every text: gate open
        assert foreignlabels.find_foreign_labelled(text, taken) == gated


def test_p11_2_labelled_values_still_found_and_unlabelled_text_left():
    """Sentences of my own: a field value after a label, a foreign name after an English label,
    and a post with no label at all."""
    text = "환불 계좌 예금주: 도하람 입니다"
    assert [(text[h.start:h.end]) for h in find_field_values(text, [])] == ["도하람"]
    text = "Dear 라훌 베르마, 예매 확인 부탁드려요"
    assert [text[h.start:h.end] for h in foreignlabels.find_foreign_labelled(text, [])] == ["라훌 베르마"]
    assert foreignlabels.find_foreign_labelled("오늘 조조 보고 왔는데 팝콘이 눅눅했어요", []) == []
