"""test13, an eighth outside author's blind evaluation set for the post masker (P11.2): the
stored file is what its generator writes, half of it is clean, about a third was written
whole by hand, and every label is in range, disjoint and plausible for its type, so a
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

TYPES = {"RRN", "FRN", "PHONE", "EMAIL", "CARD", "ACCOUNT", "PASSPORT", "DRIVER_LICENSE", "IP",
         "PERSON", "ADDRESS"}
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
NORMAL = str.maketrans({**{h: str(i) for i, h in enumerate("공일이삼사오육칠팔구")},
                        **{chr(0xFF10 + i): str(i) for i in range(10)},
                        "－": "-", "＠": "@", "．": ".", **dict.fromkeys(INVISIBLE, "")})


@pytest.fixture(scope="module")
def posts() -> list[dict]:
    return read_set("test13")


@pytest.fixture(scope="module")
def gen():
    return load_generator("test13", helper_prefix="t13_")


def digits(value: str) -> str:
    return re.sub(r"\D", "", value.translate(NORMAL).replace("O", "0"))


def luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def plausible(kind: str, value: str) -> bool:
    norm, d = value.translate(NORMAL), digits(value)
    seen = value.translate(dict.fromkeys(map(ord, INVISIBLE)))
    checks = {
        "RRN": lambda: len(d) == 13 and d[6] in "1234",
        "FRN": lambda: len(d) == 13 and d[6] in "5678",
        "PHONE": lambda: 9 <= len(d) <= 13,
        "EMAIL": lambda: re.search(r"\w\s*([@＠]|\[at\]|\(at\)| at |골뱅이)\s*\w", value) is not None,
        "CARD": lambda: len(d) in (15, 16) and luhn_ok(d),
        "ACCOUNT": lambda: 10 <= len(d) <= 14,
        "PASSPORT": lambda: re.fullmatch(r"[MSms]\s?[0-9A-Z ]{8,9}", norm) is not None,
        "DRIVER_LICENSE": lambda: 10 <= len(d) <= 12,
        "IP": lambda: ":" in norm or (len(norm.split(".")) == 4
                                      and all(int(o) < 256 for o in norm.split("."))),
        "PERSON": lambda: re.fullmatch(r"[가-힣A-Za-z][가-힣A-Za-z '\-]{0,24}", seen) is not None
        and len(seen) >= 2,
        "ADDRESS": lambda: re.match(r"[가-힣 ]*?(시|도|구|로|길|동)\s", value) is not None
        and re.search(r"(\d|호|동|층)$", value) is not None,
    }
    return checks[kind]()


def test_p11_2_test13_file_equals_a_fresh_build(gen):
    assert (DATA / "test13.jsonl").read_text(encoding="utf-8") == gen.dumps(gen.build())


def test_p11_2_test13_is_1200_posts_half_clean(posts):
    assert len(posts) == 1200
    assert len({p["id"] for p in posts}) == 1200
    assert sum(1 for p in posts if not p["spans"]) == 600
    for p in posts:
        assert p["kind"].startswith("clean:") == (not p["spans"]), p["id"]
        assert 15 <= len(p["text"]) <= 820, p["id"]


def test_p11_2_test13_a_third_is_free_written_in_both_halves(gen, posts):
    free = gen.free_posts()
    texts = {p["text"] for p in posts}
    assert len(free) >= 0.3 * len(posts)
    assert all(p["text"] in texts for p in free)
    clean = sum(1 for p in free if not p["spans"])
    assert 0.35 * len(free) <= clean <= 0.65 * len(free)


def test_p11_2_test13_a_missing_hand_label_fails_the_build(gen):
    with pytest.raises(ValueError):
        gen.label_post("review", "민지랑 파묘 봄", "민지=PERSON|기생충=movie_title", "x")
    post = gen.label_post("review", "김민지랑 민지 언니", "김민지=PERSON|민지=PERSON", "x")
    assert post["spans"] == [[0, 3, "PERSON"], [5, 7, "PERSON"]]


def test_p11_2_test13_labels_are_in_range_and_disjoint(posts):
    assert_labels_in_range_and_disjoint(posts)


def test_p11_2_test13_span_text_is_plausible_for_its_type(posts):
    for p in posts:
        for start, end, kind in p["spans"]:
            assert kind in TYPES, (p["id"], kind)
            assert plausible(kind, p["text"][start:end]), (p["id"], kind, p["text"][start:end])


def test_p11_2_test13_no_string_is_both_a_span_and_a_negative(posts):
    assert_no_string_both_span_and_negative(posts)


def test_p11_2_test13_holds_more_hard_negatives_than_spans(posts):
    spans = sum(len(p["spans"]) for p in posts)
    negatives = Counter(k for p in posts for _, _, k in p["negatives"])
    assert spans >= 1400 and sum(negatives.values()) >= spans and len(negatives) >= 25
    assert {k for p in posts for _, _, k in p["spans"]} == TYPES
    for kind in ("operator_contact", "business_address", "business_phone", "helpline",
                 "gift_card", "loyalty_card", "public_figure", "character", "surname_word"):
        assert negatives[kind] >= 20, kind


def test_p11_2_test13_styles_are_shared_by_clean_and_personal_posts(posts):
    clean = Counter(p["kind"].split(":")[1] for p in posts if not p["spans"])
    personal = Counter(p["kind"].split(":")[1] for p in posts if p["spans"])
    assert len(clean) >= 12 and set(clean) == set(personal)
    assert min(clean.values()) >= 20 and min(personal.values()) >= 20
