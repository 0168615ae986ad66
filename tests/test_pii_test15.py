"""test15, a tenth outside author's blind evaluation set for the post masker (P11.2): the
stored file is what its generator writes, half of it is clean, every label is in range,
disjoint and plausible for its type, and there are more hard negatives than spans, so a
score on it measures the masker rather than the set's mistakes."""

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
_DIGITS = str.maketrans("０１２３４５６７８９공일이삼사오육칠팔구", "01234567890123456789")


@pytest.fixture(scope="module")
def posts() -> list[dict]:
    return read_set("test15")


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text.translate(_DIGITS))


def _plausible(entity: str, text: str) -> bool:
    """A loose shape per type: enough digits for numbers, a domain for e-mails, letters only
    for names, a region word and a number for addresses."""
    n = len(_digits(text))
    if entity == "PERSON":
        return re.fullmatch(r"[가-힣A-Za-z\s\u200b-\u200d\u2060\ufeff\-]{2,30}", text) is not None
    if entity == "EMAIL":
        return re.search(r"(@|＠|골뱅이|\(at\))", text) is not None
    if entity == "ADDRESS":
        return re.match(r"[가-힣]", text) is not None and re.search(r"\d", text) is not None
    if entity == "IP":
        return re.fullmatch(r"\d{1,3}(\.\d{1,3}){3}", text) is not None
    if entity == "PASSPORT":
        return re.fullmatch(r"[A-Z][A-Z0-9]{7,8}", text) is not None
    ranges = {"PHONE": (8, 12), "RRN": (13, 13), "FRN": (13, 13), "CARD": (15, 16),
              "ACCOUNT": (10, 14), "DRIVER_LICENSE": (10, 12)}
    low, high = ranges[entity]
    return low <= n <= high


def test_p11_2_test15_file_equals_a_fresh_build():
    gen = load_generator("test15", helper_prefix="t15_")
    assert (DATA / "test15.jsonl").read_text(encoding="utf-8") == gen.dumps(gen.build())


def test_p11_2_test15_is_600_posts_half_clean(posts):
    assert len(posts) == 600
    assert [p["id"] for p in posts] == [f"t15-{i:04d}" for i in range(600)]
    assert sum(1 for p in posts if not p["spans"]) == 300
    for p in posts:
        assert p["kind"].startswith("clean:") == (not p["spans"]), p["id"]
        assert p["kind"].split(":")[0] in {"clean", "personal"}, p["id"]


def test_p11_2_test15_labels_are_in_range_sorted_and_disjoint(posts):
    assert all(p["spans"] == sorted(p["spans"]) for p in posts)
    assert_labels_in_range_and_disjoint(posts)


def test_p11_2_test15_span_text_is_plausible_for_its_type(posts):
    for p in posts:
        for start, end, entity in p["spans"]:
            assert entity in TYPES, (p["id"], entity)
            assert _plausible(entity, p["text"][start:end]), (p["id"], p["text"][start:end])


def test_p11_2_test15_no_string_is_both_a_span_and_a_negative(posts):
    assert_no_string_both_span_and_negative(posts)


def test_p11_2_test15_holds_every_type_and_more_negatives_than_spans(posts):
    spans = Counter(k for p in posts for _, _, k in p["spans"])
    negatives = Counter(k for p in posts for _, _, k in p["negatives"])
    assert set(spans) == TYPES
    assert sum(negatives.values()) >= sum(spans.values()) and len(negatives) >= 30
    assert negatives["operator_contact"] and negatives["business_address"]


def test_p11_2_test15_has_at_least_300_hand_written_posts_on_both_sides():
    gen = load_generator("test15", helper_prefix="t15_")
    hand = gen._hand()
    assert len(hand) >= 300
    assert sum(1 for p in hand if p.kind.startswith("clean:")) >= 100
    assert sum(1 for p in hand if p.kind.startswith("personal:")) >= 100
