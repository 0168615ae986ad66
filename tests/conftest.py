"""Shared fixtures: verified identities, signed-up members, the outbox; staff accounts
(one per person, with a role, a pledge and a TOTP device) and a client session that has
passed the second factor, for every test that acts as staff (back office, moderation)."""

from __future__ import annotations

import datetime
import itertools
import os

import pytest
from django.db import connection

from marquee.members import services
from marquee.members.identity import sandbox
from marquee.members.identity.base import VerifiedIdentity
from marquee.members.models import IdentityVerification, Member
from marquee.outbox.models import Message

ON_POSTGRES = os.environ.get("MARQUEE_TEST_POSTGRES") == "1"
STAFF_PASSWORD = "Staff!Pass2024x"
_staff_numbers = itertools.count(1)


@pytest.fixture(autouse=True)
def _fast_hashing(settings):
    settings.PASSWORD_HASHERS = ["tests.hashers.FastArgon2PasswordHasher"]


@pytest.fixture(autouse=True)
def _access_records_at_once(settings):
    """Access records (P1.2) are written with each request, as tests expect to find them;
    the batched spool has its own tests (tests/members/test_access_spool.py)."""
    settings.MARQUEE_ACCESS_BATCH = 1


@pytest.fixture(autouse=True)
def _policy_snapshots_elsewhere(settings, tmp_path_factory):
    """``policy publish`` writes snapshots into the source tree; in tests it writes into
    an empty folder of the test's own (tests of the committed snapshots say so)."""
    settings.MARQUEE_POLICY_SNAPSHOTS = str(tmp_path_factory.mktemp("policy-snapshots"))


@pytest.fixture(autouse=True)
def _empty_cache():
    """Log-in throttles count in the cache (P12.9): one test's failures from the test
    client's address must not make the next test's log-in wait."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _fresh_catalogue_snapshots():
    """A test's rolled-back catalogue rows must not outlive it in the per-process
    snapshots (production never rolls back committed rows; tests do every time)."""
    from marquee.booking import catalogue

    catalogue.forget()
    yield
    catalogue.forget()


@pytest.fixture
def on_postgres():
    return connection.vendor == "postgresql"


def make_identity(name="홍길동", birthdate=datetime.date(1990, 5, 17), gender="male",
                  mobile="010-1234-5678", carrier="SKT", is_foreigner=False) -> VerifiedIdentity:
    token = sandbox.issue_result(name=name, birthdate=birthdate, gender=gender,
                                 is_foreigner=is_foreigner, mobile=mobile, carrier=carrier)
    return sandbox.SandboxProvider().fetch(token)


def kst_today() -> datetime.date:
    """The service's calendar day (Asia/Seoul), which is the one ages and deadlines count in."""
    from django.utils import timezone

    return timezone.localdate()


def at_run(value):
    """A parametrised value that depends on today, computed when the test runs (a callable
    given to ``pytest.param``), not when the module is collected: a run that crosses
    midnight in Seoul would otherwise test yesterday's boundary."""
    return value() if callable(value) else value


def years_ago(years: int, days: int = 0) -> datetime.date:
    today = kst_today()
    try:
        born = today.replace(year=today.year - years)
    except ValueError:  # 29 February
        born = today.replace(year=today.year - years, day=28)
    return born - datetime.timedelta(days=days)


def signup_data(**overrides) -> services.SignupData:
    data = dict(login_id="gildong90", password="Cinema!Seat2024", email="gildong@example.com")
    data.update(overrides)
    return services.SignupData(**data)


ALL_YES = {"terms": True, "optional_profile": True, "marketing_sms": True,
           "marketing_email": True, "marketing_push": True, "marketing_night": False}
ONLY_REQUIRED = {"terms": True}


def sign_up(identity=None, answers=None, **data) -> Member:
    identity = identity or make_identity()
    record = services.store_verification(identity, IdentityVerification.Purpose.SIGNUP)
    return services.sign_up(record, signup_data(**data), answers or ALL_YES)


@pytest.fixture
def member(db) -> Member:
    return sign_up(pen_name="영화광", landline="02-312-3456")


@pytest.fixture
def outbox(db):
    def messages(kind=None):
        qs = Message.objects.select_related("data_key").order_by("created_at", "id")
        return list(qs.filter(kind=kind) if kind else qs)
    return messages


def guardian_token(child: Member) -> str:
    """The consent link's token, read from the SMS the guardian was sent."""
    from marquee.members.demo import guardian_token_from_outbox

    return guardian_token_from_outbox(child)


# --- staff ------------------------------------------------------------------------------------


def create_staff(*roles, login_id: str = "", pledge: bool = True, otp: bool = True) -> Member:
    """A personal staff account holding ``roles`` (keys of ``backoffice.roles``), with a
    current security pledge and a confirmed TOTP device unless told otherwise."""
    from marquee.backoffice import services as backoffice
    from marquee.backoffice.models import SealedTOTPDevice

    n = next(_staff_numbers)
    login_id = login_id or f"st{n}_{(roles or ('none',))[0]}"[:20]
    member = backoffice.create_staff_account(
        login_id=login_id, password=STAFF_PASSWORD, name=f"직원{n}",
        email=f"{login_id}@marquee.test", employee_number=f"T-{n:05d}", department="테스트",
        reason="테스트 계정 생성", roles=roles)
    if pledge:
        backoffice.sign_pledge(member)
    if otp:
        SealedTOTPDevice.objects.create(user=member, name="test", confirmed=True)
    return member


def otp_session(client, staff: Member):
    """Log ``staff`` in as if they had passed password and TOTP."""
    from django_otp import DEVICE_ID_SESSION_KEY

    from marquee.backoffice.models import SealedTOTPDevice

    client.force_login(staff, backend="marquee.members.auth.MemberBackend")
    device = SealedTOTPDevice.objects.get(user=staff, confirmed=True)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client


def current_token(device) -> str:
    """The TOTP code ``device`` shows now (what the staff member types)."""
    from django_otp.oath import totp

    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


DATABASE_FIXTURES = {"db", "transactional_db", "django_db_setup", "live_server"}


def _refuse_settings_only_with_database(item) -> None:
    """``settings_only`` tests are left out of the PostgreSQL pass of bin/test, so one
    that uses the suite's database would silently lose its PostgreSQL run."""
    if item.get_closest_marker("settings_only") is None:
        return
    if item.get_closest_marker("django_db") or DATABASE_FIXTURES & set(
            getattr(item, "fixturenames", ())):
        raise pytest.UsageError(f"{item.nodeid} is marked settings_only but uses the "
                                "suite's database; remove the marker")


def pytest_collection_modifyitems(items):
    """Every database test may touch the separate store too: signup checks its blocks."""
    both = ["default", "archive"]
    for item in items:
        _refuse_settings_only_with_database(item)
        marker = item.get_closest_marker("django_db")
        if marker is not None:
            if "databases" not in marker.kwargs:
                marker.kwargs["databases"] = both
        elif {"db", "transactional_db"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.django_db(
                databases=both, transaction="transactional_db" in item.fixturenames))
