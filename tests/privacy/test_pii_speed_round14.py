"""P11.2, issue 16 (throughput, round 13, piispeed14): exact shortcuts in two cue-less
recognisers, in normalisation and in the contact finders. ``find_field_values`` asks its (now
cached) label test before it matches a value after a run; ``find_foreign_labelled`` skips its
two label scans when the post holds none of the literals every label contains;
``fold_mixed_hangul`` skips runs too short or without an Arabic digit; ``find_obfuscated_emails``
skips posts without any form of "at"; ``kinframes`` looks for its title words with one search;
the two predicate finders skip posts without a literal of their predicates.
Each property compares the new code with the old one, written out here or with the gate forced
open, on generated text; the strings are invented."""

from __future__ import annotations

import re
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from marquee.privacy.pii import (
    fieldvalues,
    foreignlabels,
    kinframes,
    obfuscated,
    predframes,
    predicates,
)
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
    with mock.patch.object(foreignlabels, "_CUES", re.compile("")):  # matches every text: gate open
        assert foreignlabels.find_foreign_labelled(text, taken) == gated


NUMBERISH = st.lists(st.sampled_from(["공", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구", "0", "1", "5", "9",
                                      "-", " ", ".", "번", "010", "이고", "요", "\n"]), max_size=24).map("".join)


@SETTINGS
@given(NUMBERISH)
def test_p11_2_mixed_digits_folded_as_without_the_run_precheck(text):
    checked = obfuscated.fold_mixed_hangul(text)
    with mock.patch.object(obfuscated, "_may_change", lambda run: True):
        assert obfuscated.fold_mixed_hangul(text) == checked


MAILISH = st.lists(st.sampled_from(["hana", "j.kim", " at ", " AT ", "[at]", "(At)", "@", " @ ", "(골뱅이)", "골뱅이",
                                     " 앳 ", "gmail", "naver", " dot ", "[dot]", ".", ". ", "com", "co", "kr", "닷컴",
                                     "점", " ", "메일 ", "주세요", "("]), max_size=12).map("".join)


@SETTINGS
@given(MAILISH)
def test_p11_2_obfuscated_emails_found_as_without_the_at_gate(text):
    gated = obfuscated.find_obfuscated_emails(text)
    with mock.patch.object(obfuscated, "_AT_HINT", re.compile("")):
        assert obfuscated.find_obfuscated_emails(text) == gated


KIN_WORDS = [*kinframes._TITLE_WORDS, *kinframes._INTRO_WORDS, "친구", "저", "내친구", "여친", "엄마", "사장", "대리점"]


@SETTINGS
@given(st.lists(st.sampled_from([*KIN_WORDS, " ", "윤서진", "가", "이랑", ".", "I", "name"]), max_size=8).map("".join))
def test_p11_2_kin_frame_precheck_answers_as_the_substring_tests(text):
    old = any(t in text for t in kinframes._TITLE_WORDS) or any(w in text for w in kinframes._INTRO_WORDS)
    assert (kinframes._ANY_TITLE_OR_INTRO.search(text) is not None) == old


PREDICATE_TEXT = st.lists(st.sampled_from(["윤서진", "서진", "도하람", "하람", "제 ", "말로는", " 덕분에", " 명함이", "의 생일",
                                            "을 우연히 만나", "를 만나", "이 추천해", "가 흔쾌히", "가 쏘기로", "이 소리 지름",
                                            " 앞으로 입금", "이 보내 준 번호", "가 줬던 주소", "가 ", "을 ", " ", ".", "\n"]),
                          max_size=10).map("".join)


@SETTINGS
@given(PREDICATE_TEXT, SPANS)
def test_p11_2_predicate_frames_found_as_without_the_literal_gate(text, taken):
    gated = (predicates.find_predicate_names(text, taken), predframes.find_predicate_frames(text, taken))
    with mock.patch.object(predicates, "PREDICATE_HINT", re.compile("")), \
            mock.patch.object(predframes, "PREDICATE_HINT", re.compile("")):
        assert (predicates.find_predicate_names(text, taken), predframes.find_predicate_frames(text, taken)) == gated


def test_p11_2_labelled_values_still_found_and_unlabelled_text_left():
    """Sentences of my own: a field value after a label, a foreign name after an English label,
    and a post with no label at all."""
    text = "환불 계좌 예금주: 도하람 입니다"
    assert [(text[h.start:h.end]) for h in find_field_values(text, [])] == ["도하람"]
    text = "Dear 라훌 베르마, 예매 확인 부탁드려요"
    assert [text[h.start:h.end] for h in foreignlabels.find_foreign_labelled(text, [])] == ["라훌 베르마"]
    assert foreignlabels.find_foreign_labelled("오늘 조조 보고 왔는데 팝콘이 눅눅했어요", []) == []
    assert obfuscated.fold_mixed_hangul("연락은 010-12삼4-56칠8로 주세요") == "연락은 010-1234-5678로 주세요"
    assert len(obfuscated.find_obfuscated_emails("문의는 hana.seo (골뱅이) mailbox [dot] kr 로")) == 1
    assert obfuscated.find_obfuscated_emails("메일 주소는 다음 주에 공지할게요. 감사합니다") == []
    assert obfuscated.fold_mixed_hangul("이 사 오 구 번 좌석 1열") == "이 사 오 구 번 좌석 1열"
