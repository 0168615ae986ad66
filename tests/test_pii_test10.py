"""test10, the fifth outside author's blind set (issue 16), is sound as stored.

The set is only a fair measure if the file is what the generator builds, half of it is
clean, and every label points at exactly the value that was inserted; these checks read
the stored file and a fresh build and fail on any drift or mislabel.
"""

from __future__ import annotations

import re

import pytest

from tests.pii_sets import DATA, load_generator, read_set

TYPES = {"RRN", "FRN", "PHONE", "EMAIL", "CARD", "ACCOUNT", "PASSPORT", "DRIVER_LICENSE",
         "IP", "PERSON", "ADDRESS"}
OPERATOR_CONTACTS = ["1661-9265", "070-8290-9005", "help@mecross.net", "mktlee@mecross.net",
                     "동교동 154-23", "이경수", "privacy@kisa.or.kr", "02-1336", "02-405-4729"]


@pytest.fixture(scope="module")
def generator():
    return load_generator("test10")


@pytest.fixture(scope="module")
def posts():
    return read_set("test10")


def test_p11_2_the_file_equals_a_fresh_build(generator):
    assert (DATA / "test10.jsonl").read_text(encoding="utf-8") == generator.render(generator.build())


def test_p11_2_keys_come_in_the_documented_order(posts):
    assert all(list(p) == ["id", "kind", "text", "spans", "negatives"] for p in posts)


def test_p11_2_1200_posts_with_unique_ids_and_600_clean(posts):
    assert len(posts) == 1200
    assert len({p["id"] for p in posts}) == 1200
    assert all(p["id"].startswith("t10-") for p in posts)
    assert sum(1 for p in posts if not p["spans"]) == 600


def test_p11_2_counts_meet_the_goals(posts):
    spans = [s for p in posts for s in p["spans"]]
    negatives = [n for p in posts for n in p["negatives"]]
    assert len(spans) >= 1500
    assert len(negatives) >= 2500
    for kind in TYPES - {"PERSON"}:
        assert sum(1 for s in spans if s[2] == kind) >= 40, kind
    share = sum(1 for s in spans if s[2] == "PERSON") / len(spans)
    assert 0.3 <= share <= 0.5


def test_p11_2_spans_are_in_range_stripped_typed_and_disjoint(posts):
    for p in posts:
        text = p["text"]
        previous_end = 0
        for start, end, kind in sorted(p["spans"]):
            assert 0 <= start < end <= len(text), p["id"]
            value = text[start:end]
            assert value == value.strip(), (p["id"], value)
            assert kind in TYPES, p["id"]
            assert start >= previous_end, p["id"]
            previous_end = end


def test_p11_2_no_negative_lies_inside_a_span(posts):
    for p in posts:
        for n_start, n_end, _ in p["negatives"]:
            assert 0 <= n_start < n_end <= len(p["text"]), p["id"]
            for s_start, s_end, _ in p["spans"]:
                assert n_end <= s_start or n_start >= s_end, p["id"]


def test_p11_2_the_published_contacts_are_never_spans(posts):
    for p in posts:
        for start, end, _ in p["spans"]:
            value = p["text"][start:end]
            assert not any(contact in value for contact in OPERATOR_CONTACTS), (p["id"], value)


def test_p11_2_each_span_is_the_value_the_generator_inserted(generator, posts):
    """A fresh build labels the same substrings, so no offset has drifted."""
    fresh = {p["id"]: p for p in generator.build()}
    for p in posts:
        mine = [p["text"][s:e] for s, e, _ in p["spans"]]
        theirs = [fresh[p["id"]]["text"][s:e] for s, e, _ in fresh[p["id"]]["spans"]]
        assert mine == theirs, p["id"]


HANGUL_DIGITS = str.maketrans("공일이삼사오육칠팔구", "0123456789")
SHAPES = {
    "PHONE": lambda v: 9 <= len(re.sub(r"\D", "", v.translate(HANGUL_DIGITS))) <= 12,
    "EMAIL": lambda v: re.search(r"@|＠|\[at\]|\(at\)|골뱅이", v) is not None,
    "CARD": lambda v: len(re.sub(r"\D", "", v)) in (15, 16),
    "ACCOUNT": lambda v: re.fullmatch(r"[\d-]+", v) and 10 <= len(re.sub(r"\D", "", v)) <= 14,
    "PASSPORT": lambda v: re.fullmatch(r"[MSRDmsrd]\d{3}[A-Za-z]?\d{4,5}", v) is not None,
    "DRIVER_LICENSE": lambda v: len(re.sub(r"\D", "", v)) in (10, 12),
    "IP": lambda v: re.fullmatch(r"(\d{1,3}\.){3}\d{1,3}|[0-9a-f:]+", v) is not None,
    "ADDRESS": lambda v: re.match(r"(서울|부산|대구|인천|광주|대전|경기|제주|강원|전북|경남|충북)", v)
    and re.search(r"\d", v),
    "PERSON": lambda v: not re.search(r"(님|씨|에게|한테|이랑|이에요|예요|입니다)$", v) and not re.search(r"\d", v),
}


def _id_shape(value, sex_digits):
    digits = re.sub(r"\D", "", value)
    month, day = int(digits[2:4]), int(digits[4:6])
    return len(digits) == 13 and 1 <= month <= 12 and 1 <= day <= 31 and digits[6] in sex_digits


def test_p11_2_every_span_has_the_shape_of_its_type(posts):
    """An independent look at the labels: a value of the wrong type or a shifted offset
    (a particle swallowed, a digit cut off) breaks the shape."""
    for p in posts:
        for start, end, kind in p["spans"]:
            value = p["text"][start:end]
            if kind == "RRN":
                assert _id_shape(value, "1234"), (p["id"], value)
            elif kind == "FRN":
                assert _id_shape(value, "5678"), (p["id"], value)
            else:
                assert SHAPES[kind](value), (p["id"], kind, value)
