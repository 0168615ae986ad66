"""Campaigns are written and started by the marketing staff role in the back office
(L1.2, P12.3); other roles do not see them."""

from __future__ import annotations

import pytest

from marquee.marketing.models import AdRecord, Campaign
from tests.conftest import create_staff, otp_session

from .conftest import SMS_DAY, person

pytestmark = pytest.mark.django_db


def test_l1_2_marketing_staff_write_a_campaign_and_start_it(client):
    person(SMS_DAY)
    staff = create_staff("marketing")
    otp_session(client, staff)
    added = client.post("/admin/marketing/campaign/add/", {
        "channel": "sms", "headline": "신작 개봉", "text": "이번 주 개봉작을 만나 보세요."})
    assert added.status_code == 302, added.content.decode()[:2000]
    c = Campaign.objects.get()
    assert (c.status, c.created_by) == (Campaign.Status.DRAFT, staff)
    started = client.post("/admin/marketing/campaign/", {
        "action": "start_sending", "_selected_action": [c.pk]})
    assert started.status_code == 302
    c.refresh_from_db()
    assert c.status == Campaign.Status.SENDING
    assert AdRecord.objects.get(campaign=c).text.startswith("(광고)")
    # Once sending, the wording is evidence: it can no longer be edited.
    page = client.get(f"/admin/marketing/campaign/{c.pk}/change/")
    assert 'name="text"' not in page.content.decode()


def test_p12_3_a_cinema_manager_cannot_reach_campaigns(client):
    otp_session(client, create_staff("cinema_manager"))
    assert client.get("/admin/marketing/campaign/").status_code == 403


def test_l1_2_production_refuses_a_campaign_whose_channel_has_no_gateway(client, settings):
    settings.PRODUCTION = True  # app push is still on the store-only backend
    otp_session(client, create_staff("marketing"))
    c = Campaign.objects.create(channel="push", headline="앱 전용 쿠폰", text="쿠폰을 받으세요.")
    page = client.post("/admin/marketing/campaign/", {
        "action": "start_sending", "_selected_action": [c.pk]}, follow=True)
    assert "발송 수단이 연결되어 있지 않아" in page.content.decode()
    c.refresh_from_db()
    assert c.status == Campaign.Status.DRAFT and not AdRecord.objects.exists()
