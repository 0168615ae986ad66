"""Every API error is JSON with a proper status (P12.14): malformed bodies are 400 and
an unreachable database 503, in development as in production, whether the failure
happens in a view or in the middleware around it."""

from __future__ import annotations

from unittest import mock

import pytest
from django.db.utils import OperationalError
from django.test import Client

from .test_api import holds_url

pytestmark = pytest.mark.django_db(databases=["default", "archive"])

DATABASE_DOWN = mock.patch("django.db.backends.base.base.BaseDatabaseWrapper.ensure_connection",
                           side_effect=OperationalError("connection refused"))


def assert_json_error(response, status: int, code: str) -> dict:
    assert response.status_code == status, response.content[:200]
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert body["code"] == code and any("\uac00" <= ch <= "\ud7a3" for ch in body["detail"])
    assert "Traceback" not in response.content.decode()
    return body


def csrf_client(member) -> tuple[Client, str]:
    """A signed-in browser: the CSRF check reads the body, as a real request's does."""
    client = Client(enforce_csrf_checks=True, raise_request_exception=False)
    client.force_login(member)
    client.get("/booking/")
    return client, client.cookies["csrftoken"].value


@pytest.mark.parametrize("debug", [False, True])
def test_p12_14_a_multipart_body_without_a_boundary_is_a_json_400(member, showtime, settings,
                                                                   debug):
    settings.DEBUG = debug
    client, token = csrf_client(member)
    response = client.post(holds_url(showtime), data=b"--x\r\n", headers={"X-CSRFToken": token},
                           content_type="multipart/form-data")
    assert_json_error(response, 400, "malformed_request")


@pytest.mark.parametrize("debug", [False, True])
def test_p12_14_an_unreachable_database_is_a_json_503(member, settings, debug):
    settings.DEBUG = debug
    client, _ = csrf_client(member)
    anonymous = Client(raise_request_exception=False)
    with DATABASE_DOWN:
        for response in (client.get("/api/showtimes"), anonymous.get("/api/showtimes")):
            assert_json_error(response, 503, "service_unavailable")
            assert response["Retry-After"] == "30"


def test_p12_14_the_database_failing_inside_a_view_is_a_json_503(client, showtime):
    with mock.patch("marquee.booking.api.showtimes.Showtime.objects.filter",
                    side_effect=OperationalError("server closed the connection")):
        response = client.get("/api/showtimes")
    assert_json_error(response, 503, "service_unavailable")


def test_p12_14_an_unexpected_error_is_a_json_500_without_a_traceback(showtime, settings):
    settings.DEBUG = True
    client = Client(raise_request_exception=False)
    with mock.patch("marquee.booking.api.showtimes.Showtime.objects.filter",
                    side_effect=RuntimeError("bug")):
        response = client.get("/api/showtimes")
    assert_json_error(response, 500, "server_error")


def test_p12_14_pages_outside_the_api_keep_their_html_errors(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("text/html")
