"""Board fixtures: members, a moderator (a real staff account: the CS role, a pledge and
a TOTP device), catalogue names, images and the EICAR file.

Uploads are scanned by the real ``clamscan`` with the one-signature database shipped
in ``src/marquee/uploads/clamav`` (the EICAR test string); files go to a temporary
MEDIA_ROOT.
"""

from __future__ import annotations

import base64
import datetime
import io
import shutil
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from marquee.booking.models import Movie, Theatre
from marquee.community.defaults import ensure_default_boards
from marquee.community.models import Board
from marquee.members.models import Member
from tests.conftest import STAFF_PASSWORD, create_staff, make_identity, otp_session, sign_up

__all__ = ["STAFF_PASSWORD", "otp_session"]  # for the board tests, with the moderator

SIGNATURES = Path(__file__).resolve().parents[2] / "src" / "marquee" / "uploads" / "clamav"
# The role that moderates the boards (backoffice.roles: community.moderate_post).
MODERATOR_ROLE = "cs_agent"

# The EICAR anti-virus test file, assembled at run time so that no scanner flags this
# source file itself.
_EICAR_B64 = ("WDVPIVAlQEFQWzRcUFpYNTQoUF4pN0NDKTd9JEVJQ0FSLVNUQU5EQVJELUFOVElWSVJVUy1URVNULUZJTEUh"
              "JEgrSCo=")


def eicar() -> bytes:
    return base64.b64decode(_EICAR_B64)


needs_clamscan = pytest.mark.skipif(shutil.which("clamscan") is None,
                                    reason="Debian's clamav (clamscan) is not installed; bin/test installs it")


@pytest.fixture(autouse=True)
def _community_settings(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.MARQUEE_AV_BACKEND = "clamscan"
    settings.MARQUEE_CLAMAV_DATABASE = str(SIGNATURES)


def image_bytes(fmt="PNG", size=(24, 16), color=(200, 30, 60), exif=None) -> bytes:
    out = io.BytesIO()
    image = Image.new("RGB", size, color)
    options = {"exif": exif} if exif is not None else {}
    image.save(out, format=fmt, **options)
    return out.getvalue()


def gps_exif() -> bytes:
    """EXIF with a GPS position (서울 시청) and a camera serial number."""
    exif = Image.Exif()
    exif[0x010F] = "TestCam"  # Make
    exif[0xA431] = "SERIAL-0042"  # BodySerialNumber
    gps = {1: "N", 2: (37.0, 33.0, 58.0), 3: "E", 4: (126.0, 58.0, 40.0)}
    exif[0x8825] = gps  # GPSInfo
    return exif.tobytes()


def upload(data: bytes, name="photo.png", content_type="image/png") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type=content_type)


def make_member(n: int, **kwargs) -> Member:
    identity = make_identity(name=kwargs.pop("name", f"회원{n}호"),
                             birthdate=datetime.date(1980 + n, 3, 1 + n),
                             mobile=f"010-55{n:02d}-{1000 + n}")
    kwargs.setdefault("login_id", f"member{n:02d}")
    kwargs.setdefault("email", f"member{n:02d}@example.com")
    return sign_up(identity, **kwargs)


@pytest.fixture
def author(db) -> Member:
    """A member with a pen name (the optional item, agreed)."""
    return make_member(1, pen_name="극장고양이")


@pytest.fixture
def plain_member(db) -> Member:
    """A member who gave no pen name: shown as 회원NNNN."""
    return make_member(2, answers={"terms": True})


@pytest.fixture
def reader(db) -> Member:
    return make_member(3, pen_name="팝콘러버")


def make_moderator(login_id="mod01", **kwargs) -> Member:
    """A moderator as the back office makes one: a personal staff account whose role
    carries the moderation permission (no permission added by hand)."""
    return create_staff(MODERATOR_ROLE, login_id=login_id, **kwargs)


@pytest.fixture
def moderator(db) -> Member:
    return make_moderator()


@pytest.fixture
def talk(db) -> Board:
    # get_or_create: a transactional test elsewhere may have flushed the migration's rows
    return ensure_default_boards()["talk"]


@pytest.fixture
def reviews(db) -> Board:
    return ensure_default_boards()["reviews"]


@pytest.fixture
def movie(db) -> Movie:
    Theatre.objects.get_or_create(code="GANGNAM", defaults={"name": "마키 강남", "region": "서울"})
    return Movie.objects.create(title="검은 파도", rating=Movie.Rating.AGE_15, running_minutes=124,
                                credits="감독: 민태경\n송강호 (등대지기 역)\n배윤아, 서도준")
