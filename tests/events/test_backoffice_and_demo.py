"""The marketing role creates an event with its prizes in the back office (P1.7); the
demo seed has an open event and a closed, drawn one."""

from __future__ import annotations

from io import StringIO

from django.core.management import call_command
from django.utils import timezone

from marquee.events import demo, services
from marquee.events.models import Event
from tests.conftest import create_staff, otp_session


def test_p1_7_marketing_staff_create_an_event_with_prizes(client, db):
    otp_session(client, create_staff("cs_agent"))
    assert client.get("/admin/events/event/add/").status_code == 403
    otp_session(client, create_staff("marketing"))
    assert client.get("/admin/events/event/add/").status_code == 200
    now = timezone.localtime()
    response = client.post("/admin/events/event/add/", {
        "title": "봄 시사회", "description": "봄 개봉작 시사회", "sponsor_name": "",
        "sponsor_url": "",
        "starts_at_0": now.strftime("%Y-%m-%d"), "starts_at_1": now.strftime("%H:%M:%S"),
        "ends_at_0": (now + timezone.timedelta(days=7)).strftime("%Y-%m-%d"),
        "ends_at_1": "18:00:00",
        "prizes-TOTAL_FORMS": "1", "prizes-INITIAL_FORMS": "0", "prizes-MIN_NUM_FORMS": "0",
        "prizes-MAX_NUM_FORMS": "1000", "prizes-0-position": "1", "prizes-0-name": "시사회 초대권",
        "prizes-0-kind": "screening", "prizes-0-quantity": "20",
    })
    assert response.status_code == 302, response.content.decode()[:2000]
    event = Event.objects.get(title="봄 시사회")
    assert event.prizes.get().quantity == 20 and len(event.commitment) == 64
    assert event.draw_secret not in client.get(
        f"/admin/events/event/{event.pk}/change/").content.decode()  # only the commitment


def test_p1_7_the_demo_has_an_open_event_and_a_drawn_one(db):
    call_command("load_demo", stdout=StringIO())
    open_event = Event.objects.get(title=demo.OPEN_TITLE)
    assert open_event.is_open() and open_event.sponsor_url
    drawn = Event.objects.get(title=demo.DRAWN_TITLE)
    assert drawn.status == Event.Status.ANNOUNCED and drawn.entries.count() == 2
    assert services.verify(drawn).ok
    assert demo.run() == ["demo events: already there"]  # idempotent
