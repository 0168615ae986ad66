"""test14, an outside author's blind evaluation set for the post masker (P11.2): the stored
file is what its generator writes, half of it is clean, over 400 posts were written by hand,
every label is in range, disjoint and plausible for its type, and hard negatives outnumber
spans, so a score on it measures the masker rather than the set's mistakes."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from tests.pii_sets import (
    DATA,
    assert_labels_in_range_and_disjoint,
    assert_no_string_both_span_and_negative,
    load_generator,
    read_set,
)

TYPES = {"PERSON", "ADDRESS", "PHONE", "EMAIL", "RRN", "FRN", "CARD", "ACCOUNT", "PASSPORT",
         "DRIVER_LICENSE", "IP"}
INVISIBLE = re.compile("[\u200b-\u200d\ufeff\u2060]")
WIDE = str.maketrans({chr(0xFF10 + i): str(i) for i in range(10)})
DIGITS = str.maketrans({**{c: str(i) for i, c in enumerate("공일이삼사오육칠팔구")},
                        **{chr(0xFF10 + i): str(i) for i in range(10)}})


@pytest.fixture(scope="module")
def gen():
    return load_generator("test14", helper_prefix="t14_")


@pytest.fixture(scope="module")
def posts() -> list[dict]:
    return read_set("test14")


def _digits(text: str, spelled: bool = False) -> str:
    """The digits of ``text``; full-width ones always, Hangul ones (공일이…) only when
    ``spelled`` (a phone), since a region name such as 대구 is no number."""
    text = INVISIBLE.sub("", text)
    return re.sub(r"\D", "", text.translate(DIGITS) if spelled else text.translate(WIDE))


def test_p11_2_test14_file_equals_a_fresh_build(gen):
    assert (DATA / "test14.jsonl").read_text(encoding="utf-8") == gen.dumps(gen.build())


def test_p11_2_test14_is_1000_posts_half_clean_400_by_hand(gen, posts):
    assert len(posts) == 1000
    assert [p["id"] for p in posts] == [f"t14-{i:04d}" for i in range(1000)]
    assert sum(1 for p in posts if not p["spans"]) == 500
    for p in posts:
        assert p["kind"].startswith("clean:") == (not p["spans"]), p["id"]
        assert 10 <= len(p["text"]) <= 900, p["id"]
    hand = gen.hand_posts()
    assert len(hand) >= 400
    assert len({p.build("x")["text"] for p in hand}) == len(hand)  # no hand post written twice


def test_p11_2_test14_labels_are_in_range_sorted_and_disjoint(posts):
    assert all(p["spans"] == sorted(p["spans"]) for p in posts)
    assert_labels_in_range_and_disjoint(posts)


def test_p11_2_test14_no_string_is_both_a_span_and_a_negative(posts):
    assert_no_string_both_span_and_negative(posts)


def _plausible(entity: str, text: str) -> bool:
    d = _digits(text)
    checks = {
        "PERSON": lambda: not re.search(r"[0-9@]", text) and len(text) <= 40
        and not re.search(r"(님|씨|이가|에게|한테)$", text),
        "ADDRESS": lambda: bool(re.search(r"\d", text)) and bool(re.search(r"[동호층길로지읍]", text)),
        "PHONE": lambda: 9 <= len(_digits(text, spelled=True)) <= 12,
        "EMAIL": lambda: bool(re.search(r"@|＠|골뱅이|\(at\)", text)),
        "RRN": lambda: len(d) == 13 and d[6] in "1234",
        "FRN": lambda: len(d) == 13 and d[6] in "5678",
        "CARD": lambda: len(d) in (15, 16),
        "ACCOUNT": lambda: 10 <= len(d) <= 14,
        "PASSPORT": lambda: bool(re.fullmatch(r"[A-Z](\d{8}|\d{3}[A-Z]\d{4})", text.replace(" ", ""))),
        "DRIVER_LICENSE": lambda: len(d) in (10, 12),
        "IP": lambda: bool(re.fullmatch(r"\d{1,3}(\.\d{1,3}){3}", text))
        and all(int(x) <= 255 for x in text.split(".")),
    }
    return checks[entity]()


def test_p11_2_test14_span_text_is_plausible_for_its_type(posts):
    """A name without particle or honorific, an address with a number and a unit word, every
    number with the digit count of its type once Hangul, full-width and spaced digits are read."""
    for p in posts:
        for start, end, entity in p["spans"]:
            assert _plausible(entity, p["text"][start:end]), (p["id"], entity, p["text"][start:end])


def test_p11_2_test14_holds_every_type_and_more_negatives_than_spans(posts):
    spans = Counter(k for p in posts for _, _, k in p["spans"])
    negatives = Counter(k for p in posts for _, _, k in p["negatives"])
    assert set(spans) == TYPES and min(spans.values()) >= 15
    assert sum(negatives.values()) >= sum(spans.values()) and len(negatives) >= 30
    assert negatives["operator_contact"] and negatives["business_address"]
    assert negatives["form_example"] and negatives["masked_value"]


def test_p11_2_test14_frames_are_varied(gen):
    """The templated part: at least six frames a style, for clean and personal posts alike."""
    for frames in (gen.PERSONAL, gen.CLEAN):
        assert all(len(f) >= 6 and len(set(f)) == len(f) for f in frames.values())
