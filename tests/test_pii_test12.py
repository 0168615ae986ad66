"""test12, a seventh outside author's blind evaluation set for the post masker (P11.2): the
stored file is what its generator writes, half of it is clean, every label is in range,
disjoint and plausible for its type, and there are more hard negatives than spans, so a
score on it measures the masker rather than the set's mistakes."""

from __future__ import annotations

from collections import Counter

import pytest

from tests import test_pii_test11 as t11
from tests.pii_sets import (
    DATA,
    assert_labels_in_range_and_disjoint,
    assert_no_string_both_span_and_negative,
    load_generator,
    read_set,
)


@pytest.fixture(scope="module")
def posts() -> list[dict]:
    return read_set("test12")


def test_p11_2_test12_file_equals_a_fresh_build():
    gen = load_generator("test12", helper_prefix="t12_")
    assert (DATA / "test12.jsonl").read_text(encoding="utf-8") == gen.dumps(gen.build())


def test_p11_2_test12_is_1200_posts_half_clean(posts):
    assert len(posts) == 1200
    assert [p["id"] for p in posts] == [f"t12-{i:04d}" for i in range(1200)]
    assert sum(1 for p in posts if not p["spans"]) == 600
    for p in posts:
        assert p["kind"].startswith("clean:") == (not p["spans"]), p["id"]
        assert 10 <= len(p["text"]) <= 900, p["id"]


def test_p11_2_test12_labels_are_in_range_sorted_and_disjoint(posts):
    assert all(p["spans"] == sorted(p["spans"]) for p in posts)
    assert_labels_in_range_and_disjoint(posts)


def test_p11_2_test12_span_text_is_plausible_for_its_type(posts):
    """test11's checks, the same conventions: a name without particle, an address from its
    first region word to its last number, every digit layout normalised first."""
    t11.test_p11_2_test11_span_text_is_plausible_for_its_type(posts)


def test_p11_2_test12_no_string_is_both_a_span_and_a_negative(posts):
    assert_no_string_both_span_and_negative(posts)


def test_p11_2_test12_holds_every_type_and_more_negatives_than_spans(posts):
    spans = Counter(k for p in posts for _, _, k in p["spans"])
    negatives = Counter(k for p in posts for _, _, k in p["negatives"])
    assert set(spans) == t11.TYPES and min(spans.values()) >= 20
    assert sum(spans.values()) >= 1400
    assert sum(negatives.values()) >= sum(spans.values()) and len(negatives) >= 25
    assert sum(len(p["negatives"]) for p in posts if not p["spans"]) >= 1500
    assert negatives["operator_contact"] and negatives["business_address"]


def test_p11_2_test12_styles_are_shared_by_clean_and_personal_posts(posts):
    clean = Counter(p["kind"].split(":")[1] for p in posts if not p["spans"])
    personal = Counter(p["kind"].split(":")[1] for p in posts if p["spans"])
    assert len(clean) == 15 and set(clean) == set(personal)
    assert min(clean.values()) >= 20 and min(personal.values()) >= 20
