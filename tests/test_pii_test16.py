"""test16, an eleventh outside author's blind evaluation set for the post masker (P11.2):
the stored file is what its generator writes, half of it is clean, most of it was written
by hand, every label is in range, disjoint and plausible for its type, and there are more
hard negatives than spans in at least 50 kinds, so a score on it measures the masker rather
than the set's mistakes."""

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
_DIGITS = str.maketrans("０１２３４５６７８９공일이삼사오육칠팔구O", "012345678901234567890")
_OPERATOR = {"1661-9265", "070-8290-9005", "help@mecross.net", "mktlee@mecross.net",
             "cs-lead@mecross.net", "이경수", "서울시 마포구 동교동 154-23 3층"}


@pytest.fixture(scope="module")
def posts() -> list[dict]:
    return read_set("test16")


@pytest.fixture(scope="module")
def generator():
    return load_generator("test16", helper_prefix="t16_")


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text.translate(_DIGITS))


def _plausible(entity: str, text: str) -> bool:
    """A loose shape per type: enough digits for numbers, an at-sign or its spelling for
    e-mails, letters only for names (any script), a region word and a number for addresses."""
    n = len(_digits(text))
    if entity == "PERSON":
        return re.fullmatch(r"[^\W\d_][^\W\d_\s\-]*([\s\-\u200b-\u200d\u2060\ufeff]*[^\W\d_]+)*",
                            text.lstrip("\ufeff")) is not None and len(text) <= 30
    if entity == "EMAIL":
        return re.search(r"(@|＠|골뱅이|\(at\)|\[at\]| at )", text) is not None
    if entity == "ADDRESS":
        return re.match(r"[가-힣]", text) is not None and re.search(r"\d", text) is not None
    if entity == "IP":
        return re.fullmatch(r"\d{1,3}(\.\d{1,3}){3}", text) is not None
    if entity == "PASSPORT":
        return re.fullmatch(r"[A-Z][A-Z0-9]{7,8}", text.replace(" ", "")) is not None
    ranges = {"PHONE": (9, 12), "RRN": (13, 13), "FRN": (13, 13), "CARD": (15, 16),
              "ACCOUNT": (10, 14), "DRIVER_LICENSE": (10, 12)}
    low, high = ranges[entity]
    return low <= n <= high


def test_p11_2_test16_file_equals_a_fresh_build(generator):
    assert (DATA / "test16.jsonl").read_text(encoding="utf-8") == generator.dumps(generator.build())


def test_p11_2_test16_is_1000_distinct_posts_half_clean(posts):
    assert len(posts) == 1000
    assert [p["id"] for p in posts] == [f"t16-{i:04d}" for i in range(1000)]
    assert sum(1 for p in posts if not p["spans"]) == 500
    assert len({p["text"] for p in posts}) == 1000
    for p in posts:
        assert p["kind"].startswith("clean:") == (not p["spans"]), p["id"]
        assert p["kind"].split(":")[0] in {"clean", "personal"}, p["id"]


def test_p11_2_test16_labels_are_in_range_sorted_and_disjoint(posts):
    assert all(p["spans"] == sorted(p["spans"]) for p in posts)
    assert_labels_in_range_and_disjoint(posts)


def test_p11_2_test16_span_text_is_plausible_for_its_type(posts):
    for p in posts:
        for start, end, entity in p["spans"]:
            assert entity in TYPES, (p["id"], entity)
            assert _plausible(entity, p["text"][start:end]), (p["id"], p["text"][start:end])


def test_p11_2_test16_no_string_is_both_a_span_and_a_negative(posts):
    assert_no_string_both_span_and_negative(posts)


def test_p11_2_test16_holds_every_type_and_more_negatives_than_spans_in_50_kinds(posts):
    spans = Counter(k for p in posts for _, _, k in p["spans"])
    negatives = Counter(k for p in posts for _, _, k in p["negatives"])
    assert set(spans) == TYPES
    assert sum(negatives.values()) > sum(spans.values()) and len(negatives) >= 50
    assert negatives["operator_contact"] and negatives["business_address"]
    assert negatives["cinema_address"] and negatives["masked_phone"]


def test_p11_2_test16_operator_contacts_are_negatives_wherever_they_appear(posts):
    for p in posts:
        labelled = {p["text"][s:e] for s, e, k in p["negatives"] if k == "operator_contact"}
        for value in _OPERATOR:
            if value in p["text"]:
                assert value in labelled, (p["id"], value)


def test_p11_2_test16_has_at_least_450_hand_written_posts_on_both_sides(generator):
    hand = generator._hand()
    assert len(hand) >= 450
    assert sum(1 for p in hand if p.kind.startswith("clean:")) >= 200
    assert sum(1 for p in hand if p.kind.startswith("personal:")) >= 200
