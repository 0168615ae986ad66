"""test17, the twelfth outside author's blind set for the Korean PII masker (P11.2): the stored
file is what its generator writes, it holds 1,000 posts of which 500 are clean, and its labels
are well formed, plausible for their type and never contradict one another."""

from __future__ import annotations

import re
from collections import Counter

from tests.pii_sets import (
    assert_labels_in_range_and_disjoint,
    assert_no_string_both_span_and_negative,
    load_generator,
    read_set,
)

TYPES = {"PERSON", "ADDRESS", "PHONE", "EMAIL", "RRN", "FRN", "CARD", "ACCOUNT", "PASSPORT",
         "DRIVER_LICENSE", "IP"}
WORDS = {"zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
         "seven": "7", "eight": "8", "nine": "9"}
HANGUL = dict(zip("공일이삼사오육칠팔구", "0123456789", strict=True))


def _digits(value: str) -> str:
    """The digits a reader hears in ``value``: words, Hangul digits, full width, O and l."""
    for word, digit in WORDS.items():
        value = value.replace(word, digit)
    value = "".join(HANGUL.get(c, c) for c in value)
    value = value.translate(str.maketrans("０１２３４５６７８９Ol", "012345678901"))
    return "".join(c for c in value if c.isdigit())


def _plausible(kind: str, value: str) -> bool:
    n = len(_digits(value))
    checks = {
        "PERSON": lambda: 0 < len(value) <= 30 and not value.endswith(("님", "씨"))
        and not re.search(r"[0-9]", value),
        "PHONE": lambda: 8 <= n <= 13,
        "EMAIL": lambda: any(at in value for at in ("@", "＠", " at ", "(at)", "골뱅이")),
        "RRN": lambda: n == 13,
        "FRN": lambda: n == 13,
        "CARD": lambda: 15 <= n <= 16,
        "ACCOUNT": lambda: 10 <= n <= 16,
        "PASSPORT": lambda: re.fullmatch(r"[A-Z0-9]{8,9}", value) is not None,
        "DRIVER_LICENSE": lambda: n in (10, 12),
        "IP": lambda: re.fullmatch(r"(\d{1,3}\.){3}\d{1,3}|[0-9a-f:]+", value) is not None,
        "ADDRESS": lambda: n > 0 and re.search(r"[가-힣]", value) is not None,
    }
    return checks[kind]()


def test_stored_file_equals_a_fresh_build():
    gen = load_generator("test17", helper_prefix="t17_")
    assert gen.build() == read_set("test17")


def test_counts_and_ids():
    posts = read_set("test17")
    assert [p["id"] for p in posts] == [f"t17-{i:04d}" for i in range(1000)]
    assert sum(1 for p in posts if not p["spans"]) == 500


def test_labels_in_range_disjoint_and_consistent():
    posts = read_set("test17")
    assert_labels_in_range_and_disjoint(posts)
    assert_no_string_both_span_and_negative(posts)


def test_spans_plausible_per_type():
    posts = read_set("test17")
    bad = [(p["id"], k, p["text"][s:e]) for p in posts for s, e, k in p["spans"]
           if k not in TYPES or not _plausible(k, p["text"][s:e])]
    assert not bad, bad[:5]
    assert {k for p in posts for _, _, k in p["spans"]} == TYPES


def test_hard_negatives_outnumber_spans():
    posts = read_set("test17")
    kinds = Counter(k for p in posts for _, _, k in p["negatives"])
    spans = sum(len(p["spans"]) for p in posts)
    assert len(kinds) >= 50
    assert sum(kinds.values()) >= 1000
    assert sum(kinds.values()) > spans
    clean_negatives = sum(len(p["negatives"]) for p in posts if not p["spans"])
    assert clean_negatives > sum(kinds.values()) / 2
