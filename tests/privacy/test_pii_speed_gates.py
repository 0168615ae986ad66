"""P11.2, issue 16 (throughput): the cheap gates and look-ups that replaced slower code answer
exactly as the code they replaced. Each property compares the fast path with the former
implementation, written out here, on generated text; the strings are invented."""

from __future__ import annotations

import re
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from marquee.privacy.pii import morph, names, obfuscated, people
from marquee.privacy.pii.allowlist import DeclaredContacts
from marquee.privacy.pii.wordscore import _covered

SETTINGS = settings(max_examples=300, deadline=None, database=None)
# Characters the gates look at: sentence ends, colons, decorative joiners, look-alike letters,
# digits, Hangul, Latin letters, spaces and the separator the contacts index uses.
PIECES = st.text(alphabet=st.sampled_from(
    list("가나다김이박민수예매길동로.!?\n:：[]01789OoIl_~*♡=+# \tabAB,") + ["\x00"]), max_size=40)


def _old_clause(text: str, start: int, end: int) -> tuple[int, str]:
    lo = max(0, start - 6)
    cut = max(text.rfind(c, lo, start) for c in ".!?\n")
    lo = cut + 1 if cut != -1 else lo
    hi = min(len(text), end + 10)
    ends = [i for c in ".!?\n" if (i := text.find(c, end, hi)) != -1]
    hi = min(ends) + 1 if ends else hi
    return lo, text[lo:hi]


@SETTINGS
@given(PIECES, st.integers(0, 45), st.integers(0, 5))
def test_p11_2_the_clause_window_is_the_former_one(text, start, n):
    start = min(start, len(text))
    end = min(len(text), start + n)
    assert people._clause(text, start, end) == _old_clause(text, start, end)


def _old_decorated(text: str) -> str:
    if not any(c in text for c in "_~*♡♥☆★^=+#"):
        return text
    return obfuscated._DECORATED.sub(lambda m: m.group().replace(m.group(1), "-"), text)


DIGITS = st.text(alphabet=st.sampled_from(list("0123456789")), min_size=3, max_size=4)
JOINER = st.sampled_from(list("_~*♡=#-가 "))
DECORATED = st.builds(
    lambda head, prefix, j1, mid, j2, tail, after: f"{head}{prefix}{j1}{mid}{j2}{tail}{after}",
    st.text(alphabet=st.sampled_from(list("가 a1")), max_size=3),
    st.sampled_from(["010", "011", "016", "017", "019", "012", "02", "0"]), JOINER, DIGITS, JOINER,
    DIGITS, st.text(alphabet=st.sampled_from(list("가 a1")), max_size=3))


@SETTINGS
@given(st.one_of(DECORATED, st.text(alphabet=st.sampled_from(list("01789 -_~*♡=#가나O")), max_size=30)))
def test_p11_2_decorated_phones_fold_as_before(text):
    assert obfuscated.fold_decorated(text) == _old_decorated(text)


def test_p11_2_a_decorated_mobile_still_folds():
    assert obfuscated.fold_decorated("번호 010~4821~9035") == "번호 010-4821-9035"


@SETTINGS
@given(st.text(alphabet=st.sampled_from(list("0123456789OoIl -.가")), max_size=30))
def test_p11_2_lookalike_letters_fold_as_before(text):
    always = re.compile("")  # a gate that never skips: the former code's behaviour
    with mock.patch.object(obfuscated, "_LOOKALIKE_CHAR", always), \
            mock.patch.object(obfuscated, "_ARABIC_DIGIT", always):
        ungated = obfuscated.fold_lookalikes(text)
    assert obfuscated.fold_lookalikes(text) == ungated


def test_p11_2_a_lookalike_mobile_still_folds():
    assert obfuscated.fold_lookalikes("O1O-4821-9035") == "010-4821-9035"


@SETTINGS
@given(st.lists(PIECES, max_size=5), PIECES)
def test_p11_2_declared_names_match_as_with_a_loop(values, value):
    contacts = DeclaredContacts([v for v in values if v.strip()])
    squeezed = value.replace(" ", "")
    expected = bool(squeezed) and any(squeezed in t for t in contacts.squeezed)
    assert contacts.covers("PERSON", value) is expected


@SETTINGS
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=6),
       st.integers(0, 30), st.integers(0, 30))
def test_p11_2_covered_is_any_overlap(spans, start, end):
    assert _covered(spans, start, end) is any(start < e and s < end for s, e in spans)


def _old_before_kind(before: str) -> str:
    """names._before_kind as it was, with the per-character function call."""
    def wordchar(c):
        return "가" <= c <= "힣" or c.isascii() and c.isalpha()

    b = before.rstrip(names._OPENERS).rstrip(names._SEPARATORS)
    i = len(b)
    while i > 0 and wordchar(b[i - 1]):
        i -= 1
    last = b[i:]
    if not last:
        return ""
    for k in range(len(last)):
        if last[k:] in names._LABEL_FORMS:
            return "label"
    if last in names._LABEL_SECOND and i > 1 and b[i - 1] == " ":
        k = i - 1
        while k > 0 and wordchar(b[k - 1]):
            k -= 1
        if b[k:] in names._LABEL_TWO_WORDS:
            return "label"
    if last in names._WEAK_FORMS:
        return "weak"
    if last in names._RELATION_FORMS and before[-1:] in (" ", "\t") and b == before.rstrip(" \t"):
        return "relation"
    return ""


CUES = st.lists(st.sampled_from(["예금주", "받는 분", "친구", "성명", "이름은", "오늘", "é", "ß",
                                 "Name", ": ", " ", "(", "\t", "김", "1", "ｶ", "Ａ"]), max_size=5)


@SETTINGS
@given(CUES)
def test_p11_2_the_cue_word_is_read_as_before(parts):
    before = "".join(parts)
    assert names._before_kind(before) == _old_before_kind(before)


def test_p11_2_label_and_relation_cues_still_read():
    assert names._before_kind("예금주: ") == "label"
    assert names._before_kind("친구 ") == "relation"
    assert names._before_kind("오늘 ") == ""


def test_p11_2_kiwi_switch_is_read_until_kiwi_loads(monkeypatch):
    monkeypatch.setattr(morph, "_kiwi", None)
    monkeypatch.setattr(morph, "_failed", False)
    monkeypatch.setenv("MARQUEE_PII_KIWI", "0")
    assert morph.enabled() is False
    monkeypatch.setenv("MARQUEE_PII_KIWI", "1")
    assert morph.enabled() is True
    monkeypatch.setattr(morph, "_kiwi", object())
    monkeypatch.setenv("MARQUEE_PII_KIWI", "0")
    assert morph.enabled() is True  # loaded: analyze() answers from it, and so does the gate
