"""The blind PII set test9 (issue 16) is what its generator says it is: the committed
file equals a fresh build, and every label is well formed, so a masker's score on it
measures the masker and not a broken label."""

from __future__ import annotations

import pytest

from tests.pii_sets import DATA as FOLDER
from tests.pii_sets import load_generator, read_set

TYPES = {"RRN", "FRN", "PHONE", "EMAIL", "CARD", "ACCOUNT", "PASSPORT", "DRIVER_LICENSE", "IP",
         "PERSON", "ADDRESS"}
# What the operator publishes (privacy policy 2024-03-07, settings): never personal data.
PUBLISHED = ["1661-9265", "070-8290-9005", "help@mecross.net", "mktlee@mecross.net",
             "cs-lead@mecross.net", "서울시 마포구 동교동 154-23 3층", "이경수"]


@pytest.fixture(scope="module")
def generator():
    """gen_test9 with a fresh build; its ``t9_*`` helpers leave ``sys.modules`` afterwards."""
    module = load_generator("test9", helper_prefix="t9_")
    return module, module.build()


@pytest.fixture(scope="module")
def records():
    return read_set("test9")


def test_p11_2_the_file_equals_a_fresh_build(generator):
    module, built = generator
    assert (FOLDER / "test9.jsonl").read_text(encoding="utf-8") == module.render(built)


def test_p11_2_check_mode_fails_on_a_stale_file(generator, tmp_path, monkeypatch):
    module, _ = generator
    stale = tmp_path / "test9.jsonl"
    stale.write_text("{}\n", encoding="utf-8")
    monkeypatch.setattr(module, "OUT", stale)
    assert module.main(["--check"]) == 1
    monkeypatch.setattr(module, "OUT", FOLDER / "test9.jsonl")
    assert module.main(["--check"]) == 0


def test_p11_2_keys_ids_and_the_clean_half(records):
    assert len(records) == 1200
    assert all(list(rec) == ["id", "kind", "text", "spans", "negatives"] for rec in records)
    assert len({rec["id"] for rec in records}) == 1200
    assert sum(1 for rec in records if not rec["spans"]) == 600


def test_p11_2_spans_are_the_inserted_values_in_range_stripped_and_apart(generator):
    _, built = generator
    for ident, post in built:
        assert [post.text[s:e] for s, e, _ in post.spans] == post.values, ident
        for start, end, _kind in post.spans + post.negatives:
            assert 0 <= start < end <= len(post.text), ident
            assert post.text[start:end] == post.text[start:end].strip(), ident
        ordered = sorted(post.spans)
        assert all(a[1] <= b[0] for a, b in zip(ordered, ordered[1:], strict=False)), ident


def test_p11_2_types_are_only_the_eleven_and_counts_meet_the_goal(records):
    spans = [s for rec in records for s in rec["spans"]]
    assert {s[2] for s in spans} == TYPES
    assert len(spans) >= 1500
    assert all(sum(1 for s in spans if s[2] == t) >= 40 for t in TYPES)
    assert 0.35 <= sum(1 for s in spans if s[2] == "PERSON") / len(spans) <= 0.45
    assert sum(len(rec["negatives"]) for rec in records) >= max(2500, len(spans))


def test_p11_2_no_negative_lies_inside_a_span(records):
    for rec in records:
        for ns, ne, _ in rec["negatives"]:
            assert all(ne <= s or ns >= e for s, e, _ in rec["spans"]), rec["id"]


def test_p11_2_the_operators_published_contacts_are_never_spans(records):
    seen = 0
    for rec in records:
        for value in PUBLISHED:
            start = rec["text"].find(value)
            while start != -1:
                seen += 1
                end = start + len(value)
                assert all(end <= s or start >= e for s, e, _ in rec["spans"]), rec["id"]
                start = rec["text"].find(value, end)
    assert seen > 100


def test_p11_2_the_docstring_counts_are_the_files(generator, records):
    """The generator's docstring states the counts; a rebuild that changes them must say so."""
    module, _ = generator
    doc = " ".join(module.__doc__.split())
    spans = sum(len(rec["spans"]) for rec in records)
    negatives = sum(len(rec["negatives"]) for rec in records)
    assert f"{spans:,} spans" in doc and f"{negatives:,} negatives" in doc
