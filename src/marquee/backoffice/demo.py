"""Demo staff: one account per role, with pledge, training and a TOTP device.

Development only. Each demo device's secret is derived from its login ID (published in
docs/backoffice.md), so ``manage.py demo_totp <login_id>`` (or any authenticator app
given the printed ``otpauth://`` URI) produces valid codes. Real staff enrol their own
device with a random secret at first log-in.
"""

from __future__ import annotations

import base64
import hashlib
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
    DemoStaff("staff_marketing", "최홍보", "marketing", "M-0004", "마케팅팀"),
    DemoStaff("staff_cinema", "정극장", "cinema_manager", "M-0005", "극장운영팀"),
    DemoStaff("staff_dev", "한개발", "developer", "M-0006", "개발팀"),
]


def demo_key(login_id: str) -> str:
    """The published demo secret (hex) of a demo account: never used outside development."""
    return hashlib.sha1(f"marquee-demo-totp:{login_id}".encode()).hexdigest()


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
        SealedTOTPDevice.objects.create(user=member, name="데모 OTP", confirmed=True,
                                        key=demo_key(person.login_id))
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
    devices = SealedTOTPDevice.objects.filter(user=member, confirmed=True)
    device = devices.first() if member else None
    if device is None or device.key != demo_key(login_id):
        raise LookupError(f"{login_id!r} is not a demo staff account with the demo TOTP device")
    return device


def describe() -> list[str]:
    lines = [f"demo staff (password {DEMO_STAFF_PASSWORD}; TOTP: `manage.py demo_totp <ID>` "
             "or add the URI to an authenticator app; log in at /admin/):"]
    for person in STAFF:
        secret = base64.b32encode(bytes.fromhex(demo_key(person.login_id))).decode()
        lines.append(f"  {person.login_id:16} {person.role:16} TOTP secret {secret}")
    return lines
