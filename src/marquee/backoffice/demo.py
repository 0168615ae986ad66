"""Demo staff: one account per role, with pledge, training and a TOTP device.

Development only. Each demo device gets a random secret when it is created (P12.13: a
secret derived from the login ID, as before, was the same on every installation and
could be computed by anyone who read the code); ``manage.py demo_totp <login_id>`` reads
it from the database and prints the current code, and ``load_demo`` prints it for an
authenticator app. Real staff enrol their own device at first log-in.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django_otp.oath import totp

from . import services
from .models import SealedTOTPDevice

DEMO_STAFF_PASSWORD = "Marquee!Staff2024"


@dataclass(frozen=True)
class DemoStaff:
    login_id: str
    name: str
    role: str
    employee_number: str
    department: str


STAFF = [
    DemoStaff("staff_cpo", "김보안", "cpo", "M-0001", "개인정보보호팀"),
    DemoStaff("staff_privacy", "이처리", "privacy_handler", "M-0002", "개인정보보호팀"),
    DemoStaff("staff_cs", "박상담", "cs_agent", "M-0003", "고객센터"),
    DemoStaff("staff_cslead", "오책임", "cs_lead", "M-0007", "고객센터"),
    DemoStaff("staff_marketing", "최홍보", "marketing", "M-0004", "마케팅팀"),
    DemoStaff("staff_cinema", "정극장", "cinema_manager", "M-0005", "극장운영팀"),
    DemoStaff("staff_dev", "한개발", "developer", "M-0006", "개발팀"),
]


DEMO_DEVICE = "데모 OTP"
DEMO_LOGIN_IDS = {person.login_id for person in STAFF}


def _refuse_in_production() -> None:
    if getattr(settings, "PRODUCTION", False):
        raise RuntimeError("demo staff accounts are for development only")


@transaction.atomic
def load() -> list[str]:
    """Create the demo staff accounts that do not exist yet; returns the IDs created."""
    _refuse_in_production()
    created = []
    for person in STAFF:
        if get_user_model().objects.login_id_taken(person.login_id):
            continue
        member = services.create_staff_account(
            login_id=person.login_id, password=DEMO_STAFF_PASSWORD, name=person.name,
            email=f"{person.login_id}@marquee.test", employee_number=person.employee_number,
            department=person.department, reason="데모 계정 생성", roles=[person.role])
        services.sign_pledge(member)
        services.record_training(member, by=None, note="데모")
        # No key given: the device's default, a random 160-bit secret.
        SealedTOTPDevice.objects.create(user=member, name=DEMO_DEVICE, confirmed=True)
        created.append(person.login_id)
    return created


def provisioning_uri(login_id: str) -> str:
    device = _demo_device(login_id)
    return device.config_url


def current_code(login_id: str) -> str:
    device = _demo_device(login_id)
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):0{device.digits}d}"


def _demo_device(login_id: str) -> SealedTOTPDevice:
    _refuse_in_production()
    member = get_user_model().objects.find(login_id=login_id).filter(is_staff=True).first()
    device = None
    if member is not None and login_id in DEMO_LOGIN_IDS:
        device = SealedTOTPDevice.objects.filter(user=member, confirmed=True,
                                                 name=DEMO_DEVICE).first()
    if device is None:
        raise LookupError(f"{login_id!r} is not a demo staff account with the demo TOTP device")
    return device


def describe() -> list[str]:
    lines = [f"demo staff (password {DEMO_STAFF_PASSWORD}; TOTP: `manage.py demo_totp <ID>` "
             "or add the URI to an authenticator app; log in at /admin/):"]
    for person in STAFF:
        try:
            device = _demo_device(person.login_id)
        except LookupError:
            continue
        secret = base64.b32encode(device.bin_key).decode()
        lines.append(f"  {person.login_id:16} {person.role:16} TOTP secret {secret}")
    return lines


def run() -> list[str]:
    """The demo loader's hook (``manage.py load_demo`` runs each app's, in app order)."""
    load()
    return describe()
