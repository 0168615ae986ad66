"""P11.2: every phone number and e-mail address a policy the service publishes has ever
printed is public, so the masker leaves it alone wherever a member or staff member quotes it;
a member's own number written beside it is still masked."""

from __future__ import annotations

import re

import pytest

from marquee.compliance.policy.published import LEGACY_TEXT
from marquee.privacy.pii import mask_text

_PHONE = re.compile(r"(?<![\d-])0\d{1,2}-\d{3,4}-\d{4}(?![\d-])|(?<![\d-])1\d{3}-\d{4}(?![\d-])")
_EMAIL = re.compile(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+\.[a-z]{2,}")


def _printed_in_history() -> list[str]:
    text = LEGACY_TEXT.read_text(encoding="utf-8")
    return sorted({m.group() for pattern in (_PHONE, _EMAIL) for m in pattern.finditer(text)})


def test_p11_2_the_history_prints_contacts_at_all():
    found = _printed_in_history()
    assert any("@" in value for value in found) and any("-" in value for value in found)


@pytest.mark.parametrize("value", _printed_in_history())
@pytest.mark.parametrize("frame", ["예전 방침에 적힌 {} 로 연락해 봤는데 안 받네요.",
                                   "상담원: 문의는 {} 으로 주시면 됩니다."])
def test_p11_2_a_contact_printed_in_a_published_policy_is_never_masked(value, frame):
    text = frame.format(value)
    assert mask_text(text).text == text


def test_p11_2_a_members_number_beside_a_published_one_is_still_masked():
    text = "신고센터 팩스 02-405-4729 말고 제 번호 010-3141-5926 으로 연락 주세요."
    masked = mask_text(text).text
    assert "02-405-4729" in masked and "010-3141-5926" not in masked
