"""Demo staff (one per role, demo TOTP in development only) and the gate for staff pages
outside the admin (L3.2, P12.4)."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.http import HttpResponse
from django.test import RequestFactory
from django_otp.oath import TOTP

from marquee.backoffice import demo
from marquee.backoffice.decorators import staff_view
from marquee.backoffice.roles import ROLES, roles_of
from marquee.members.models import Member

from .conftest import create_staff, otp_session


@pytest.mark.django_db
def test_p12_3_demo_has_one_pledged_staff_account_per_role_with_a_demo_totp(settings):
    out = StringIO()
    call_command("load_demo", stdout=out)
    assert "staff_cpo" in out.getvalue() and "TOTP secret" in out.getvalue()
    keys = set()
    for person in demo.STAFF:
        staff = Member.objects.find(login_id=person.login_id).get()
        keys |= {r.key for r in roles_of(staff)}
        code = StringIO()
        call_command("demo_totp", person.login_id, stdout=code)
        device = staff.sealedtotpdevice_set.get()
        assert TOTP(device.bin_key).verify(int(code.getvalue()), tolerance=1)
    assert keys == {r.key for r in ROLES}
    with pytest.raises(CommandError):
        call_command("demo_totp", "moviefan")
    settings.PRODUCTION = True
    with pytest.raises(CommandError, match="production"):
        call_command("demo_totp", "staff_cs")


@pytest.mark.django_db
def test_l3_2_staff_pages_outside_the_admin_need_2fa_and_the_pledge(client):
    @staff_view(permission="community.moderate_post")
    def queue(request):
        return HttpResponse("queue")

    staff = create_staff("cs_agent", pledge=False)
    request = RequestFactory().get("/community/moderation/")
    request.user = staff
    request.session = client.session
    assert queue(request).status_code == 302  # logged in, but no second factor
    otp_session(client, staff)
    response = client.get("/admin/")  # a real request, to get a verified request.user
    request = response.wsgi_request
    redirect = queue(request)
    assert redirect.status_code == 302 and redirect["Location"].startswith("/admin/pledge/")
    from marquee.backoffice import services

    services.sign_pledge(staff)
    assert queue(request).content == b"queue"


@pytest.mark.django_db
def test_p12_13_demo_totp_secrets_are_random_not_derived_from_the_login_id():
    import hashlib

    demo.load()
    keys = {}
    for person in demo.STAFF:
        staff = Member.objects.find(login_id=person.login_id).get()
        keys[person.login_id] = staff.sealedtotpdevice_set.get().key
    derived = {hashlib.sha1(f"marquee-demo-totp:{login_id}".encode()).hexdigest()
               for login_id in keys}
    assert not derived & set(keys.values())
    assert len(set(keys.values())) == len(keys)
    assert all(len(key) == 40 for key in keys.values())  # 160 random bits, hex


@pytest.mark.django_db
def test_p12_13_demo_totp_refuses_a_real_staff_device_even_if_named_like_a_demo_one():
    staff = create_staff("cs_agent", otp=False)
    staff.sealedtotpdevice_set.create(name=demo.DEMO_DEVICE, confirmed=True)
    with pytest.raises(CommandError):
        call_command("demo_totp", staff.login_id)
