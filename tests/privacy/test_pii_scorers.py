"""The digit-run classifier is one scorer per entity, asked in turn (P11.2, issue 18)."""

from __future__ import annotations

import pytest

from marquee.privacy.pii import numbers
from marquee.privacy.pii.numbers import SCORERS, Window, find_numbers, rrn_checksum_ok


def window(digits_text: str, *, left: str = "", right: str = "", plus: bool = False) -> Window:
    groups = digits_text.replace("-", " ").split()
    return Window("".join(groups), [len(g) for g in groups], ["-"] * (len(groups) - 1),
                  left, right, len(left), len(left) + len(digits_text), plus)


def valid_rrn(front: str, back6: str) -> str:
    return next(front + back6 + str(d) for d in range(10) if rrn_checksum_ok(front + back6 + str(d)))


def test_p11_2_each_number_entity_has_exactly_one_scorer():
    entities = [e for s in SCORERS for e in s.entities]
    assert sorted(entities) == ["ACCOUNT", "CARD", "DRIVER_LICENSE", "FRN", "PHONE", "RRN"]


@pytest.mark.parametrize(("scorer", "text", "left", "entity", "keep"), [
    (numbers.score_phone, "010-1234-5678", "연락처 ", "PHONE", (3, 4)),
    (numbers.score_card, "4111-1111-1111-1111", "카드 ", "CARD", (4, 4)),
    (numbers.score_driver_license, "11-22-123456-78", "면허 ", "DRIVER_LICENSE", (4, 0)),
    (numbers.score_account, "110-123-456789", "신한은행 ", "ACCOUNT", (3, 3)),
])
def test_p11_2_a_scorer_recognises_its_own_entity(scorer, text, left, entity, keep):
    hit = scorer(window(text, left=left))
    assert (hit.entity, (hit.keep_head, hit.keep_tail)) == (entity, keep)
    assert (hit.start, hit.end) == (len(left), len(left) + len(text))


def test_p11_2_registration_numbers_tell_residents_from_foreigners():
    resident, foreigner = valid_rrn("900101", "123456"), valid_rrn("900101", "523456")
    rrn = numbers.score_registration_number(window(f"{resident[:6]}-{resident[6:]}"))
    frn = numbers.score_registration_number(window(f"{foreigner[:6]}-{foreigner[6:]}"))
    assert (rrn.entity, frn.entity) == ("RRN", "FRN")
    assert numbers.score_registration_number(window("991332-1234567")) is None  # 13th month


def test_p11_2_a_scorer_ignores_other_entities():
    phone = window("010-1234-5678", left="연락처 ")
    assert [s.score(phone) is not None for s in SCORERS] == [
        s.entities == ("PHONE",) for s in SCORERS]


def test_p11_2_an_international_phone_includes_the_plus():
    hit = numbers.score_phone(window("82 10-1234-5678", left="+", plus=True))
    assert (hit.entity, hit.start, hit.keep_head) == ("PHONE", 0, 4)


def test_p11_2_the_classifier_asks_every_registered_scorer(monkeypatch):
    text = "연락처 010-1234-5678, 카드 4111-1111-1111-1111"
    assert {h.entity for h in find_numbers(text)} == {"PHONE", "CARD"}
    monkeypatch.setattr(numbers, "SCORERS", [s for s in SCORERS if "PHONE" not in s.entities])
    assert {h.entity for h in find_numbers(text)} == {"CARD"}
