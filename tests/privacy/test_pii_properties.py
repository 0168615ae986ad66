"""P11.2 properties (hypothesis): the masker never raises, never touches text outside
the spans it detected, and masks a phone number wherever it sits in Korean text."""

from __future__ import annotations

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from marquee.privacy.pii import detect, mask_text

# Board-like characters: Hangul (incl. digit words 공일이…), jamo, ASCII digits and
# letters, separators, full-width digits, zero-width characters, e-mail and IP pieces.
BOARD = st.text(
    alphabet=st.sampled_from(
        list("가나다라마바사아자차카타파하김이박최정홍길동민수님씨공일이삼사오육칠팔구로길동호층")
        + list("0123456789-. @:()ㅡ–,\n") + list("abcdeHM") + list("０１２３４５６７８９－")
        + ["\u200b", "\u200d", "\ufeff", "ㅋ", "ㅠ", "😀", "㈜", "①"]),
    max_size=80)
ANY_TEXT = st.text(max_size=200)
SETTINGS = settings(max_examples=120, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow])


def _check_only_spans_changed(text: str) -> None:
    result = mask_text(text)
    assert len(result.text) == len(text)
    inside = set()
    last_end = -1
    for span in result.spans:
        assert 0 <= span.start < span.end <= len(text)
        assert span.start >= last_end  # sorted, no overlaps
        last_end = span.end
        inside.update(range(span.start, span.end))
    for i, (before, after) in enumerate(zip(text, result.text, strict=True)):
        if i not in inside:
            assert before == after, f"changed outside spans at {i}: {text!r}"
        else:
            assert after in (before, "*")
    assert sum(result.counts.values()) == len(result.spans)
    assert [(s.start, s.end, s.entity) for s in detect(text)] == [
        (s.start, s.end, s.entity) for s in result.spans]


@SETTINGS
@given(ANY_TEXT)
def test_p11_2_never_raises_on_arbitrary_unicode(text):
    mask_text(text)
    detect(text, allow=[text[:5]])


@SETTINGS
@given(ANY_TEXT)
def test_p11_2_never_changes_arbitrary_text_outside_detected_spans(text):
    _check_only_spans_changed(text)


@SETTINGS
@given(BOARD)
def test_p11_2_never_changes_board_text_outside_detected_spans(text):
    _check_only_spans_changed(text)


HANGUL_FILLER = st.text(alphabet=st.sampled_from(list("가나다라마바하 .!?\n")), max_size=30)


@SETTINGS
@given(HANGUL_FILLER, st.from_regex(r"010-[0-9]{4}-[0-9]{4}", fullmatch=True), HANGUL_FILLER)
def test_p11_2_masks_a_mobile_number_anywhere_in_korean_text(prefix, phone, suffix):
    assume(phone[4:] != "0000-0000")  # 010-0000-0000 is the form's example, nobody's line
    text = prefix + phone + suffix
    result = mask_text(text)
    start = len(prefix)
    assert result.text[start:start + len(phone)] == phone[:4] + "****" + phone[8:]
    assert result.counts.get("PHONE") == 1


@given(text=BOARD)
@SETTINGS
def test_p11_2_folding_lookalikes_keeps_length_and_changes_only_digit_lookalikes(text):
    from marquee.privacy.pii.obfuscated import fold_lookalikes, fold_mixed_hangul

    folded = fold_mixed_hangul(fold_lookalikes(text))
    assert len(folded) == len(text)
    for a, b in zip(text, folded, strict=True):
        assert a == b or (b.isdigit() and (a in "OoIl" or "가" <= a <= "힣"))
