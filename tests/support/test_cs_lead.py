"""The CS lead (P13.2, P12.3): oversees the queue (assigns and reassigns to any agent),
receives the overdue alerts, and has the in-time statistics; agents do not. The policy's
customer-centre section names /support/ as a link (P13.1, P13.3)."""

from __future__ import annotations

import datetime

from django.urls import reverse

from marquee.backoffice.roles import ROLES_BY_KEY
from marquee.support import services
from marquee.support.models import Event
from tests.conftest import create_staff, otp_session
from tests.support.conftest import ask


def test_p12_3_the_cs_lead_role_holds_oversight_and_agents_do_not(db):
    lead, agent = create_staff("cs_lead"), create_staff("cs_agent")
    assert lead.has_perm("support.oversee_inquiries") and lead.has_perm("support.answer_inquiry")
    assert not agent.has_perm("support.oversee_inquiries")
    assert "cs_lead" in ROLES_BY_KEY and ROLES_BY_KEY["cs_lead"].grant_for("support.Inquiry")


def test_p13_2_the_lead_reassigns_and_the_history_records_it(client, member):
    first, second = create_staff("cs_agent"), create_staff("cs_agent")
    inquiry = ask(member)
    services.assign(inquiry, first, by=first)
    lead = create_staff("cs_lead")
    otp_session(client, lead)
    url = reverse("admin:support_inquiry_handle", args=[inquiry.pk])
    page = client.get(url).content.decode()
    assert "담당자 지정·재배정" in page
    assert client.post(url, {"action": "reassign"}).status_code == 200  # no agent: form error
    response = client.post(url, {"action": "reassign", "agent": second.pk})
    assert response.status_code == 302
    inquiry.refresh_from_db()
    assert inquiry.assignee == second
    event = Event.objects.filter(inquiry=inquiry).last()
    assert event.action == "재배정" and event.by == lead
    assert event.detail == f"직원 #{first.pk} → 직원 #{second.pk}"


def test_p13_2_an_agent_cannot_reassign(client, member):
    agent, other = create_staff("cs_agent"), create_staff("cs_agent")
    inquiry = ask(member)
    otp_session(client, agent)
    url = reverse("admin:support_inquiry_handle", args=[inquiry.pk])
    assert "담당자 지정·재배정" not in client.get(url).content.decode()
    assert client.post(url, {"action": "reassign", "agent": other.pk}).status_code == 200
    inquiry.refresh_from_db()
    assert inquiry.assignee is None


def test_p13_2_overdue_alerts_go_to_the_cs_leads_and_the_cpo(member, outbox, settings):
    lead = create_staff("cs_lead")
    create_staff("cs_agent")
    inquiry = ask(member)
    assert services.alert_overdue(now=inquiry.due_at + datetime.timedelta(minutes=1)) == 1
    recipients = {m.recipient for m in outbox(services.OVERDUE_KIND)}
    assert recipients == {lead.email, settings.MARQUEE_PRIVACY_OFFICER["email"]}


def test_p13_1_the_policy_links_the_customer_centre(client, db):
    from marquee.compliance.policy.templatetags.policy_text import site_links

    html = client.get(reverse("policy:policy")).content.decode()
    assert '<a href="/support/">/support/</a>' in html
    assert str(site_links("평일 10/18, /no-such-page/ <b>")) == \
        "평일 10/18, /no-such-page/ &lt;b&gt;"
