"""Every staff action needs a role with the permission and a TOTP-verified session (P12.8).

The tests walk the URL configuration, the API's operations and the admin's registry, so
a staff page added later without the gate fails here rather than in production.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.contrib import admin
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from marquee.api import api
from marquee.backoffice.api_auth import StaffAuth
from marquee.booking import services
from marquee.booking.models import SeatClaim
from marquee.members.models import Member
from tests.booking.conftest import hold, make_showtime

from .conftest import STAFF_PASSWORD, create_staff, otp_session

SRC = Path(__file__).resolve().parents[2] / "src" / "marquee"
ALL_ROLES = ("cpo", "privacy_handler", "cs_agent", "marketing", "cinema_manager", "developer")


def _sample(route: str) -> str:
    """A concrete path for a route: a converter becomes a value it accepts."""
    return re.sub(r"<(?:(\w+):)?\w+>",
                  lambda m: "1" if m.group(1) == "int" else "sample", route)


def gated_views():
    """(path, name, gate) for every Django view carrying the back office's staff gate."""
    found = []

    def walk(patterns, prefix):
        for p in patterns:
            if isinstance(p, URLResolver):
                walk(p.url_patterns, prefix + str(p.pattern))
            elif isinstance(p, URLPattern):
                gate = getattr(p.callback, "staff_gate", None)
                if gate is not None:
                    found.append(("/" + _sample(prefix + str(p.pattern)), p.name, gate))

    walk(get_resolver().url_patterns, "")
    return found


def staff_operations():
    """(method, path, auth) for every API operation; staff ones carry ``StaffAuth``."""
    for bound in api._get_bound_routers():
        for route, path_view in bound.path_operations.items():
            for op in path_view.operations:
                path = "/api" + re.sub(r"\{\w+\}", "1", (bound.prefix.rstrip("/") + route))
                for method in op.methods:
                    yield method, path, op.auth_callbacks


@pytest.fixture
def password_only(client, db):
    """Every role and the superuser flag, signed in with the password only (no TOTP)."""
    staff = create_staff(*ALL_ROLES, login_id="allroles")
    Member.objects.filter(pk=staff.pk).update(is_superuser=True)
    client.force_login(staff, backend="marquee.members.auth.MemberBackend")
    return client


def test_p12_8_the_enumeration_finds_the_staff_pages():
    names = {name for _, name, _ in gated_views()}
    assert {"moderation", "moderate_post", "moderate_comment", "removals",
            "separated_records", "draft"} <= names
    staff_ops = [(m, p) for m, p, auth in staff_operations()
                 if any(isinstance(a, StaffAuth) for a in auth)]
    assert ("POST", "/api/checkin") in staff_ops


def test_p12_8_every_staff_page_refuses_a_password_only_session(password_only):
    for path, name, _ in gated_views():
        response = password_only.get(path)
        assert response.status_code == 302, (name, response.status_code)
        assert response["Location"].startswith(reverse("admin:login")), name


def test_p12_8_every_staff_page_refuses_a_role_without_its_permission(client, db):
    for roles in [(), ("marketing",), ("developer",), ("cinema_manager",)]:
        staff = create_staff(*roles)
        otp_session(client, staff)
        for path, name, gate in gated_views():
            if gate.permits(staff):
                continue
            assert client.get(path).status_code == 403, (roles, name)
        client.logout()
    # A staff member with no role at all is refused by every gate.
    nobody = create_staff()
    assert not any(gate.permits(nobody) for *_, gate in gated_views())


def test_p12_8_every_staff_api_operation_refuses(password_only, client, member_client_factory):
    staff_ops = [(m, p, a) for m, p, a in staff_operations()
                 if any(isinstance(x, StaffAuth) for x in a)]
    for method, path, _ in staff_ops:
        call = getattr(password_only, method.lower())
        assert call(path, data={}, content_type="application/json").status_code == 401, path
    no_role = create_staff("marketing")
    otp_session(client, no_role)
    for method, path, _ in staff_ops:
        response = getattr(client, method.lower())(path, data={},
                                                   content_type="application/json")
        assert response.status_code == 403, path
    member_client = member_client_factory()
    for method, path, _ in staff_ops:
        response = getattr(member_client, method.lower())(path, data={},
                                                          content_type="application/json")
        assert response.status_code == 403, path


def test_p12_8_every_admin_page_refuses(password_only, client, db):
    site = admin.site
    pages = [reverse(f"admin:{m._meta.app_label}_{m._meta.model_name}_changelist")
             for m in site._registry]
    assert len(pages) > 10
    for page in [reverse("admin:index"), *pages]:
        response = password_only.get(page)
        assert response.status_code == 302, page
        assert response["Location"].startswith(reverse("admin:login")), page
    otp_session(client, create_staff())  # a staff account holding no role
    for page in pages:
        assert client.get(page).status_code == 403, page


def test_p12_8_staff_authorisation_only_through_the_gate():
    """No view decides "staff" by itself (``staff_member_required`` knows no second
    factor; ninja's ``SessionAuthIsStaff`` neither)."""
    offenders = []
    for source in SRC.rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        if "staff_member_required" in text or "SessionAuthIsStaff" in text:
            offenders.append(str(source.relative_to(SRC)))
    assert offenders == []


# --- the check-in, as the issue reported it ------------------------------------------------


@pytest.fixture
def member_client_factory(member):
    def make():
        other = Client()
        other.force_login(member)
        return other

    return make


@pytest.fixture
def ticket(member):
    """A confirmed booking's QR token and number."""
    booking = hold(member, make_showtime(), "C5")
    assert services.confirm(booking)
    return services.ticket_token(booking), booking.number


def _log_in_as_member(client, login_id: str, password: str):
    return client.post(reverse("members:login"), {"login_id": login_id, "password": password})


def test_p12_8_member_login_refuses_staff_and_points_to_the_back_office(client, db):
    staff = create_staff("marketing", login_id="mkt01")
    response = _log_in_as_member(client, staff.login_id, STAFF_PASSWORD)
    assert response.status_code == 200
    page = response.content.decode()
    assert "직원 계정은 회원 로그인으로 이용할 수 없습니다" in page
    assert reverse("admin:login") in page
    assert "_auth_user_id" not in client.session


def test_p12_8_marketing_via_member_login_cannot_check_in(client, ticket):
    token, _ = ticket
    staff = create_staff("marketing", login_id="mkt02")
    _log_in_as_member(client, staff.login_id, STAFF_PASSWORD)
    response = client.post("/api/checkin", {"token": token}, content_type="application/json")
    assert response.status_code == 401
    otp_session(client, staff)  # even with the second factor: marketing has no check-in
    response = client.post("/api/checkin", {"token": token}, content_type="application/json")
    assert response.status_code == 403 and "권한" in response.json()["detail"]
    assert not SeatClaim.objects.filter(checked_in_at__isnull=False).exists()


def test_p12_8_half_way_admin_login_cannot_check_in(client, ticket):
    """Password accepted at the staff log-in, TOTP step never done: no check-in."""
    token, _ = ticket
    usher = create_staff("cinema_manager", login_id="usher02")
    response = client.post(reverse("admin:login"), {"login_id": usher.login_id,
                                                    "password": STAFF_PASSWORD})
    assert response.status_code == 302 and "_auth_user_id" in client.session
    response = client.post("/api/checkin", {"token": token}, content_type="application/json")
    assert response.status_code == 401 and "OTP" in response.json()["detail"]
    assert not SeatClaim.objects.filter(checked_in_at__isnull=False).exists()
    otp_session(client, usher)
    assert client.post("/api/checkin", {"token": token},
                       content_type="application/json").status_code == 200
