"""Fake people for the demo server: an adult who opted in to marketing, one who opted
out, a child whose guardian consented, and a child still waiting for a guardian.

All names, numbers and e-mail addresses are invented. They go through the same services as a
real signup (sandbox verification, consents, guardian flow), so the demo data is
encrypted, declared and recorded exactly like real data.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from marquee.outbox import selectors as outbox

from . import guardian, signup, verification
from .identity import sandbox
from .models import IdentityVerification, Member

DEMO_PASSWORD = "Marquee!Demo2024"


@dataclass(frozen=True)
class DemoPerson:
    login_id: str
    name: str
    age: int
    gender: str
    mobile: str
    email: str
    answers: dict
    guardian: tuple[str, str, int] | None = None  # name, mobile, age
    guardian_consents: bool = True
    pen_name: str = ""
    landline: str = ""


PEOPLE = [
    DemoPerson("moviefan", "홍길동", 34, "male", "010-4821-7731", "gildong.hong@example.com",
               {"terms": True, "optional_profile": True, "marketing_sms": True,
                "marketing_email": True, "marketing_push": True, "marketing_night": True},
               pen_name="영화광길동", landline="02-3153-8800"),
    DemoPerson("quietviewer", "김영희", 28, "female", "010-5932-1184", "younghee.kim@example.com",
               {"terms": True}),
    DemoPerson("skykid", "이하늘", 12, "female", "010-7710-2468", "haneul.lee@example.com",
               {"terms": True, "marketing_email": False},
               guardian=("이정민", "010-7710-1357", 41)),
    DemoPerson("springkid", "박새봄", 11, "male", "010-6620-9753", "saebom.park@example.com",
               {"terms": True},
               guardian=("박지훈", "010-6620-8642", 45), guardian_consents=False),
]


def _birthdate(age: int) -> datetime.date:
    today = timezone.localdate()
    return today.replace(year=today.year - age, day=min(today.day, 28)) - datetime.timedelta(days=40)


def _verify(name, age, gender, mobile, purpose) -> IdentityVerification:
    token = sandbox.issue_result(name=name, birthdate=_birthdate(age), gender=gender,
                                 is_foreigner=False, mobile=mobile, carrier="SKT")
    return verification.store_verification(sandbox.SandboxProvider().fetch(token), purpose)


def guardian_token_from_outbox(member: Member) -> str:
    """Read the link the guardian was sent, as the guardian would."""
    body = outbox.latest_body(member.data_key, "guardian_consent_request")
    return re.search(r"/members/guardian/([^/\s]+)/", body).group(1)


@transaction.atomic
def load() -> list[str]:
    """Create the demo people that do not exist yet; returns the login IDs created."""
    created = []
    for person in PEOPLE:
        if Member.objects.login_id_taken(person.login_id):
            continue
        record = _verify(person.name, person.age, person.gender, person.mobile,
                         IdentityVerification.Purpose.SIGNUP)
        guardian_name, guardian_mobile, guardian_age = person.guardian or ("", "", 0)
        member = signup.sign_up(record, signup.SignupData(
            login_id=person.login_id, password=DEMO_PASSWORD, email=person.email,
            pen_name=person.pen_name, landline=person.landline,
            guardian_name=guardian_name, guardian_mobile=guardian_mobile), person.answers)
        if person.guardian and person.guardian_consents:
            token = guardian_token_from_outbox(member)
            record = _verify(guardian_name, guardian_age, "male", guardian_mobile,
                             IdentityVerification.Purpose.GUARDIAN)
            guardian.guardian_decides(token, record, person.answers, agree=True)
        created.append(person.login_id)
    return created


def run() -> list[str]:
    """The demo loader's hook (``manage.py load_demo`` runs each app's, in app order)."""
    created = load()
    if not created:
        return ["demo members already present"]
    return [f"demo members created: {', '.join(created)} (password {DEMO_PASSWORD})"]
