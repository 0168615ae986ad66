"""L7.3 (issue 12.7): the policy's sensitive-information statement, its administrative
(내부관리계획) and physical safeguards, and its retention rows all come from declarations."""

from __future__ import annotations

import pytest

from marquee.compliance.policy.sections import _used_rules, render
from marquee.privacy.api import inventory


def section_text(key: str) -> str:
    return "\n".join(render().section(key).lines())


def test_l7_3_the_sensitive_information_section_is_rendered_from_the_apps_statements():
    text = section_text("sensitive")
    assert "민감정보를 수집하지 않습니다" in text
    # PIPA 23②: public boards may expose what members write; the app owning them says so.
    assert "누구나 볼 수 있도록 공개됩니다" in text
    # Wheelchair-seat bookings are kept with the contract: what is and is not done with them.
    assert "휠체어석" in text and "건강에 관한 정보로 분류하거나" in text
    sources = {s.key for s in inventory.statements.values() if s.section == "sensitive"}
    assert sources == {"posts_public", "seat_kinds"}


def test_l7_3_internal_plan_and_physical_safeguards_follow_the_settings(settings):
    text = section_text("safeguards")
    assert "내부관리계획을 수립하여 2026년 12월 7일 대표이사의 승인을 받아" in text
    assert "(3) 물리적 조치" in text and "데이터센터" in text

    settings.MARQUEE_SAFEGUARDS = {**settings.MARQUEE_SAFEGUARDS,
                                   "internal_plan": {"adopted": "2027-01-02",
                                                     "approved_by": "개인정보 보호책임자",
                                                     "review": "반기마다 점검"}}
    assert "2027년 1월 2일 개인정보 보호책임자의 승인" in section_text("safeguards")


def test_l7_3_a_safeguard_the_operator_has_not_declared_is_not_claimed(settings):
    settings.MARQUEE_SAFEGUARDS = {}
    text = section_text("safeguards")
    assert "내부관리계획" not in text and "물리적 조치" not in text
    assert "기술적 조치" in text  # the code's own safeguards stay


@pytest.mark.parametrize("rule", ["complaint_records", "contract_records", "access_logs"])
def test_l7_3_each_retention_row_the_policy_names_is_backed_by_a_record_in_code(rule):
    backed = ({t.rule for t in inventory.targets}
              | {k for item in inventory.items.values() for k in item.retention})
    rendered = {r.key for r in _used_rules()}
    assert rendered <= backed
    assert rule in rendered
    assert inventory.rules[rule].label in section_text("retention")


def test_l7_3_the_ad_records_row_appears_only_once_a_record_type_follows_it():
    """표시·광고 기록 (6 months) is declared; its row is policy only when some record
    (the marketing app's) follows the rule, never as an empty promise."""
    backed = ({t.rule for t in inventory.targets}
              | {k for item in inventory.items.values() for k in item.retention})
    assert ("표시·광고에 관한 기록" in section_text("retention")) == ("ad_records" in backed)
    complaints = [t for t in inventory.targets if t.rule == "complaint_records"]
    assert [t.model for t in complaints] == ["support.Inquiry"]
