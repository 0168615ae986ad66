"""The development outbox page (P12.13): staff with a second factor only, even with
DEBUG on; guardian and reset links are not for anonymous visitors."""

from __future__ import annotations

import pytest

from marquee.outbox import services as outbox
from tests.conftest import create_staff, otp_session

pytestmark = pytest.mark.django_db


@pytest.fixture
def stored_message(member):
    return outbox.queue(data_key=member.data_key, channel="sms", kind="password_reset",
                        recipient="010-1234-5678", body="비밀번호 재설정 링크: https://x/reset/abc")


def test_p12_13_dev_outbox_refuses_anonymous_visitors_with_debug_on(client, settings,
                                                                   stored_message):
    settings.DEBUG = True
    response = client.get("/dev/outbox/")
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")
    assert "010-1234-5678" not in response.content.decode()


def test_p12_13_dev_outbox_refuses_a_member_and_staff_without_second_factor(
        client, member, stored_message):
    client.force_login(member, backend="marquee.members.auth.MemberBackend")
    assert client.get("/dev/outbox/").status_code == 302
    staff = create_staff("developer")
    client.force_login(staff, backend="marquee.members.auth.MemberBackend")
    assert client.get("/dev/outbox/").status_code == 302


def test_p12_13_dev_outbox_shows_messages_to_verified_staff(client, stored_message):
    otp_session(client, create_staff("developer"))
    response = client.get("/dev/outbox/")
    assert response.status_code == 200
    assert "비밀번호 재설정 링크" in response.content.decode()
