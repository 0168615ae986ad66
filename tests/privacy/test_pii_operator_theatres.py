"""P11.2, issue 16, round 11 (lead): the operator's own theatres publish their addresses, so an
address right after one of its theatres and ``주소`` (``마키 강남 주소 …``) is public; a member's
home near a theatre is still masked. Sentences of the lead's own."""

from __future__ import annotations

import pytest

from marquee.privacy.pii import detect


def addresses(text):
    return [text[s.start:s.end] for s in detect(text) if s.entity == "ADDRESS"]


@pytest.mark.parametrize("text", [
    "마키 해운대 주소 부산 해운대구 해운대해변로 264 3층 맞나요? 주차 되나요",
    "마키시네마 판교 위치: 경기 성남시 분당구 판교역로 146 5층",
])
def test_p11_2_an_operator_theatres_address_is_public(text):
    assert addresses(text) == []


@pytest.mark.parametrize("text", [
    "마키 해운대 근처 사는데 부산 해운대구 해운대해변로 264 3층이에요",
    "우리 집 주소 부산 해운대구 해운대해변로 264 3층으로 보내주세요",
])
def test_p11_2_a_home_near_a_theatre_stays_masked(text):
    assert addresses(text) != []
