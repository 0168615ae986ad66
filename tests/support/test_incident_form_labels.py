"""The incident form's date and time boxes have accessible names (issue 19: axe found
Django's split date-time inputs unlabelled on the staff add form's error state)."""

from __future__ import annotations

import pytest

from marquee.members.models import Member
from tests.conftest import create_staff, otp_session

pytestmark = pytest.mark.django_db


def test_i19_the_incident_forms_date_and_time_inputs_are_labelled(client):
    staff = create_staff()
    Member.objects.filter(pk=staff.pk).update(is_superuser=True)
    otp_session(client, staff)
    html = client.post("/admin/support/incident/add/", {}).content.decode()  # the error state
    for field in ("occurred_at", "discovered_at"):
        for part, word in (("0", "날짜"), ("1", "시각")):
            tag = next(t for t in html.split("<input") if f'id="id_{field}_{part}"' in t)
            assert f' {word}"' in tag and "aria-label=" in tag, tag
