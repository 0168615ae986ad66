"""Automated decisions (PIPA 37-2, 시행령 44-2~44-4; L5.2): declared with their criteria,
listed in the policy, and contestable: a member asks for an explanation, a human review
or objects, from My Page or from the decisions page a refusal links to; answered within
30 days, recorded as a rights request."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse

from marquee.compliance.policy.checks import check_policy_declarations
from marquee.compliance.policy.sections import render
from marquee.compliance.rights import services as rights
from marquee.compliance.rights.deadlines import KST
from marquee.compliance.rights.models import RightsRequest
from marquee.privacy.declarations import AutomatedDecision, resolve
from marquee.privacy.inventory import inventory

pytestmark = pytest.mark.django_db

EXPECTED = {"signup_limit", "duplicate_member", "rejoin_block", "login_lockout",
            "guardian_required", "age_gate"}


def test_l5_2_every_refusal_the_system_makes_alone_is_declared_with_its_criteria():
    assert EXPECTED <= set(inventory.decisions)
    for decision in inventory.decisions.values():
        assert decision.items and all(k in inventory.items for k in decision.items)
        assert resolve(decision.criteria) and resolve(decision.effect)


def test_l5_2_the_policy_lists_each_decision_and_the_route_to_contest_it(settings):
    settings.MARQUEE_SIGNUPS_PER_CI = 2
    text = "\n".join(render().section("automated").lines())
    for decision in inventory.decisions.values():
        assert decision.label in text
    assert "같은 본인확인값(CI)으로 가입된 계정이 2개 이상이면" in text  # from settings
    assert "설명을 요구" in text and "30일 이내" in text
    rights_text = "\n".join(render().section("rights").lines())
    assert "자동화된 결정 재검토 요구 | 개인정보 보호법 제37조의2제2항 | 요구를 받은 날부터 30일" \
        in rights_text


def test_l5_2_a_decision_reading_an_undeclared_item_fails_check(monkeypatch):
    monkeypatch.setitem(inventory.decisions, "score", AutomatedDecision(
        "score", "신용 점수", "결제", "점수가 낮으면 거절", ("credit_score",), "결제 거절"))
    assert "privacy.E036" in [e.id for e in check_policy_declarations()]


def test_l5_2_a_review_request_is_due_in_30_days_and_names_the_decision(member):
    received = datetime.datetime(2026, 3, 3, 23, 50, tzinfo=KST)
    made = rights.submit(member, "review", decision="age_gate", details="생일이 지났습니다",
                         now=received)
    assert made.status == RightsRequest.Status.RECEIVED and made.decision == "age_gate"
    assert made.due_at.astimezone(KST).date() == datetime.date(2026, 4, 2)
    access = rights.submit(member, "access", now=received)
    assert access.due_at.astimezone(KST).date() == datetime.date(2026, 3, 13)  # still 10


@pytest.mark.parametrize("decision", ["", "credit_score"])
def test_l5_2_a_decision_request_must_name_a_declared_decision(member, decision):
    with pytest.raises(rights.RequestRefused, match="자동화된 결정"):
        rights.submit(member, "objection", decision=decision)
    assert not RightsRequest.objects.exists()


def test_l5_2_the_decisions_page_explains_and_links_each_request(client, member):
    page = client.get(reverse("policy:decisions")).content.decode()
    assert "관람 등급에 따른 예매 제한" in page and 'id="decision-contact"' in page
    client.force_login(member)
    page = client.get(reverse("policy:decisions")).content.decode()
    assert f'{reverse("rights:new")}?kind=review&amp;decision=age_gate' in page
    form = client.get(reverse("rights:new") + "?kind=review&decision=age_gate").content.decode()
    assert 'value="age_gate" selected' in form


def test_l5_2_a_member_objects_from_my_page_form(client, member):
    client.force_login(member)
    response = client.post(reverse("rights:new"), {"kind": "objection",
                                                   "decision": "login_lockout",
                                                   "details": "제가 아닙니다"})
    assert response.status_code == 302
    made = RightsRequest.objects.get()
    assert (made.kind, made.decision) == ("objection", "login_lockout")
    missing = client.post(reverse("rights:new"), {"kind": "explanation", "decision": ""})
    assert missing.status_code == 400 and "어떤 자동화된 결정" in missing.content.decode()
    assert RightsRequest.objects.count() == 1
