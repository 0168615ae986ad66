"""The blind PII set test8 (issue 16, requirement P11.2) stays what its generator says.

The set scores the post masker, so a stale or mislabelled file would grade it wrongly.
These checks read the written JSON on their own terms, without the generator's own
assertions: the file equals a fresh build, the offsets hold, the types are the eleven
the masker must find, half the posts are clean, and the operator's published contacts
are never labelled as someone's personal data."""

from __future__ import annotations

import pytest

from tests.pii_sets import DATA, load_generator, read_set

TYPES = {"RRN", "FRN", "PHONE", "EMAIL", "CARD", "ACCOUNT", "PASSPORT", "DRIVER_LICENSE", "IP",
         "PERSON", "ADDRESS"}
OPERATOR = ["1661-9265", "070-8290-9005", "help@mecross.net", "mktlee@mecross.net",
            "서울시 마포구 동교동 154-23 3층", "이경수", "privacy@kisa.or.kr"]


@pytest.fixture(scope="module")
def generator():
    return load_generator("test8")


@pytest.fixture(scope="module")
def records():
    return read_set("test8")


def test_p11_2_test8_file_equals_a_fresh_build(generator):
    assert generator.render(generator.build()) == (DATA / "test8.jsonl").read_text(encoding="utf-8")


def test_p11_2_test8_has_1200_posts_half_clean_with_unique_ids(records):
    assert len(records) == 1200
    assert len({r["id"] for r in records}) == 1200
    clean = sum(1 for r in records if not r["spans"])
    assert clean == 600


def test_p11_2_test8_offsets_are_in_range_and_spans_do_not_overlap(records):
    for record in records:
        text = record["text"]
        spans = sorted(record["spans"])
        for start, end, _label in spans + record["negatives"]:
            assert 0 <= start < end <= len(text), record["id"]
            assert text[start:end] == text[start:end].strip() != "", record["id"]
        for (_, end, _), (start, _, _) in zip(spans, spans[1:], strict=False):
            assert end <= start, record["id"]


def test_p11_2_test8_labels_only_the_eleven_types_and_every_type_is_present(records):
    labels = {label for r in records for _, _, label in r["spans"]}
    assert labels == TYPES


def test_p11_2_test8_has_more_hard_negatives_than_spans(records):
    spans = sum(len(r["spans"]) for r in records)
    negatives = sum(len(r["negatives"]) for r in records)
    assert negatives >= spans > 1000


def test_p11_2_operator_contacts_are_never_inside_a_span(records):
    seen = 0
    for record in records:
        text = record["text"]
        for contact in OPERATOR:
            at = text.find(contact)
            while at != -1:
                seen += 1
                assert not any(s < at + len(contact) and at < e for s, e, _ in record["spans"]), record["id"]
                at = text.find(contact, at + 1)
    assert seen > 100
