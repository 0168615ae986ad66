"""Advertising campaigns (L1.2, P2.2, P8.3): who receives them, when, in what form, and
what happens when a member changes their mind half-way through a send."""

from __future__ import annotations

import datetime
import re

import pytest
from django.core import mail

from marquee.compliance.rights import services as rights
from marquee.marketing import optout, sending
from marquee.marketing.hours import KST
from marquee.marketing.models import AdRecord, Campaign, Delivery
from marquee.members import withdrawal
from marquee.members.consents import change_consents
from marquee.outbox import relay
from marquee.outbox.models import Message

from .conftest import EMAIL_ONLY, NOTHING, SMS_DAY, SMS_NIGHT, campaign, kst, person, send_all

pytestmark = pytest.mark.django_db


def ads(member=None):
    qs = Message.objects.filter(kind="marketing_ad").order_by("id")
    return list(qs.filter(data_key=member.data_key) if member else qs)


def opt_out_in(text: str) -> tuple[int, str]:
    """What the opt-out link in ``text`` names. Its token is timestamped (signing.dumps),
    so a test compares what it says, never its bytes across a second boundary."""
    prefix = optout.url(0, "sms").rstrip("/").rsplit("/", 1)[0] + "/"
    found = re.search(re.escape(prefix) + r"([^/\s]+)/", text)
    assert found, f"no opt-out link in {text!r}"
    return optout.read(found.group(1))


def relay_ads() -> relay.RelayReport:
    """Run the relay; report only the advertisements (sign-up confirmations are queued too)."""
    ids = {m.pk for m in ads()}
    report = relay.deliver_pending(limit=500)
    for outcome in ("sent", "retrying", "failed"):
        setattr(report, outcome, [i for i in getattr(report, outcome) if i in ids])
    return report


def test_l1_2_a_22h_sms_campaign_reaches_only_night_consented_members(clock):
    night, day, refused = person(SMS_NIGHT), person(SMS_DAY), person(EMAIL_ONLY)
    now = clock(kst(22))
    c = send_all(campaign("sms"), now=now)
    assert (c.status, c.queued, c.deferred) == (Campaign.Status.DONE, 2, 1)
    assert ads(refused) == []  # no SMS consent: not even queued

    report = relay_ads()
    [to_night] = ads(night)
    [to_day] = ads(day)
    assert report.sent == [to_night.pk]
    assert to_night.status == Message.Status.SENT and to_night.recipient == night.mobile
    # Deferred to 08:00 KST, not dropped.
    assert to_day.status == Message.Status.PENDING
    assert to_day.next_attempt_at == datetime.datetime(2026, 12, 8, 8, 0, tzinfo=KST)
    clock(kst(7, 59, day=8))
    assert relay_ads().sent == []
    clock(kst(8, 0, day=8))
    assert relay_ads().sent == [to_day.pk]


def test_l1_2_a_22h_email_campaign_goes_to_every_email_consented_member(clock):
    members = [person(SMS_NIGHT), person(SMS_DAY), person(EMAIL_ONLY)]
    nobody = person(NOTHING)
    c = send_all(campaign("email"), now=clock(kst(22)))
    assert (c.queued, c.deferred) == (3, 0)
    assert relay_ads().sent == [m.pk for m in ads()]
    assert sorted(m.recipient for m in ads()) == sorted(m.email for m in members)
    assert ads(nobody) == []


@pytest.mark.parametrize("channel", ["sms", "email", "push"])
def test_l1_2_every_ad_starts_with_the_mark_names_the_sender_and_carries_a_free_opt_out(
        channel, clock, settings):
    member = person(SMS_NIGHT)
    send_all(campaign(channel), now=clock(kst(14)))
    [ad] = ads(member)
    assert ad.body.startswith("(광고)")
    assert settings.MARQUEE_OPERATOR["service"] in ad.body.splitlines()[0]
    assert settings.MARQUEE_OPERATOR["company"] in ad.body.splitlines()[0]
    assert opt_out_in(ad.body) == (member.pk, channel)
    if channel == "sms":
        assert "무료수신거부 080-" in ad.body
    else:
        assert ad.subject.startswith("(광고)")


def test_l1_2_the_opt_out_link_asks_first_then_withdraws_in_one_step(client, outbox):
    member = person(SMS_DAY)
    url = optout.url(member.pk, "sms").removeprefix("http://127.0.0.1:8000")
    page = client.get(url)
    assert page.status_code == 200 and "수신거부" in page.content.decode()
    assert change_consents(member, {}) == {}
    before = len(outbox("consent_confirmation"))
    done = client.post(url)
    assert done.status_code == 200 and "철회되었습니다" in done.content.decode()
    from marquee.privacy.api import current_consents
    assert current_consents(member)["marketing_sms"] is False
    assert current_consents(member)["marketing_email"] is True  # only that channel
    # The 처리 결과 안내 (시행령 62-3) goes out at once, well within 14 days.
    [confirmation] = outbox("consent_confirmation")[before:]
    assert "거부(철회)" in confirmation.body


def test_l1_2_e_mail_carries_rfc_8058_one_click_unsubscribe(clock, settings, client):
    settings.MARQUEE_OUTBOX_BACKENDS = {**settings.MARQUEE_OUTBOX_BACKENDS, "email": "email"}
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    member = person(EMAIL_ONLY)
    send_all(campaign("email"), now=clock(kst(14)))
    relay_ads()
    [sent] = mail.outbox
    headers = sent.extra_headers
    assert headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    link = headers["List-Unsubscribe"].strip("<>")
    assert opt_out_in(link) == (member.pk, "email")
    # A mail client's one-click POST: no cookie, no CSRF token.
    client.handler.enforce_csrf_checks = True
    answer = client.post(link.removeprefix(settings.MARQUEE_SITE_URL),
                         {"List-Unsubscribe": "One-Click"})
    assert answer.status_code == 200
    from marquee.privacy.api import current_consents
    assert current_consents(member)["marketing_email"] is False


def test_l1_2_a_forged_opt_out_link_changes_nothing(client):
    member = person(SMS_DAY)
    token = optout.token(member.pk, "sms")
    assert client.post(f"/marketing/unsubscribe/{token}x/").status_code == 404
    from marquee.privacy.api import current_consents
    assert current_consents(member)["marketing_sms"] is True


def test_p2_2_a_withdrawal_during_a_send_stops_further_messages(clock):
    stays, leaves, quits = person(SMS_DAY), person(SMS_DAY), person(SMS_DAY)
    send_all(campaign("sms"), now=clock(kst(14)))
    # Queued for all three; before the relay gets to them, one withdraws the consent
    # and one the membership.
    change_consents(leaves, {"marketing_sms": False})
    withdrawal.withdraw(quits)
    report = relay_ads()
    assert report.sent == [m.pk for m in ads(stays)]
    [stopped] = ads(leaves)
    assert stopped.status == Message.Status.FAILED and "consent" in stopped.last_error


def test_p2_2_a_member_who_withdraws_between_batches_is_not_queued(clock):
    first, second = person(SMS_DAY), person(SMS_DAY)
    c = campaign("sms")
    now = clock(kst(14))
    sending.start(c, now=now)
    assert sending.send_batch(c.pk, now=now, batch_size=1) == 1
    change_consents(second, {"marketing_sms": False})
    while sending.send_batch(c.pk, now=now, batch_size=1):
        pass
    assert len(ads(first)) == 1 and ads(second) == []


def test_p8_3_a_member_whose_mobile_is_under_a_correction_hold_is_left_out(clock):
    held, free = person(SMS_DAY), person(SMS_DAY)
    rights.submit(held, "correction", items=["mobile"], details="번호가 바뀌었습니다.")
    c = send_all(campaign("sms"), now=clock(kst(14)))
    assert ads(held) == [] and len(ads(free)) == 1
    assert (c.queued, c.excluded) == (1, 1)


def test_p8_3_a_hold_opened_after_queuing_stops_the_message_at_the_relay(clock):
    member = person(SMS_DAY)
    send_all(campaign("sms"), now=clock(kst(14)))
    rights.submit(member, "correction", items=["mobile"], details="번호가 바뀌었습니다.")
    assert relay_ads().failed == [m.pk for m in ads(member)]


def test_l1_2_a_crash_half_way_through_a_batch_resumes_without_duplicates(clock, monkeypatch):
    members = [person(SMS_DAY) for _ in range(5)]
    c = campaign("sms")
    now = clock(kst(14))
    sending.start(c, now=now)
    calls = []

    def crash_on_the_third(point):
        calls.append(point)
        if len(calls) == 3:
            raise RuntimeError("worker killed")
    monkeypatch.setattr(sending, "checkpoint", crash_on_the_third)
    with pytest.raises(RuntimeError):
        sending.send_batch(c.pk, now=now, batch_size=5)
    c.refresh_from_db()
    # The half-done batch left nothing: no message, no delivery key, the cursor unmoved.
    assert (ads(), Delivery.objects.count(), c.cursor, c.queued) == ([], 0, 0, 0)
    monkeypatch.setattr(sending, "checkpoint", lambda point: None)
    while sending.send_batch(c.pk, now=now, batch_size=2):
        pass
    assert sorted(m.data_key_id for m in ads()) == sorted(m.data_key_id for m in members)
    # Even a cursor set back (an operator's mistake) queues nobody twice.
    Campaign.objects.filter(pk=c.pk).update(cursor=0, status=Campaign.Status.SENDING)
    while sending.send_batch(c.pk, now=now, batch_size=2):
        pass
    assert len(ads()) == 5
    assert AdRecord.objects.get(campaign=c).audience_size == 5


def test_l1_2_a_stopped_campaign_sends_nothing_more(clock):
    member = person(SMS_DAY)
    c = send_all(campaign("sms"), now=clock(kst(14)))
    sending.cancel(c)
    assert relay_ads().failed == [m.pk for m in ads(member)]


def test_l1_2_an_sms_queued_by_day_but_relayed_after_21h_waits_for_08h(clock):
    night, day = person(SMS_NIGHT), person(SMS_DAY)
    send_all(campaign("sms"), now=clock(kst(20, 59)))
    clock(kst(21, 30))  # the relay was behind: the night has begun
    report = relay_ads()
    assert report.sent == [m.pk for m in ads(night)]
    [waiting] = ads(day)
    assert (waiting.status, waiting.attempts) == (Message.Status.PENDING, 0)
    assert waiting.next_attempt_at == datetime.datetime(2026, 12, 8, 8, 0, tzinfo=KST)
    clock(kst(8, 0, day=8))
    assert relay_ads().sent == [waiting.pk]
