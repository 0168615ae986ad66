"""Image attachments (P12.2): scanned before storing, checked by content, EXIF stripped,
sealed at rest, served only while the post is published."""

from __future__ import annotations

import io
import socket
import struct
import threading
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from PIL import Image

from marquee.community import attachments, services
from marquee.community.attachments import AttachmentRefused
from marquee.community.models import Attachment, Post, Reason
from marquee.privacy.models import DataKey
from marquee.uploads import scanning
from tests.community.conftest import (
    eicar,
    gps_exif,
    image_bytes,
    needs_clamscan,
    otp_session,
    upload,
)

pytestmark = pytest.mark.django_db


def post_with(author, board, *files, body="사진 올려요"):
    return services.create_post(author, board, title="극장 사진", body=body, files=files)


def stored_files() -> list[Path]:
    root = Path(settings.MEDIA_ROOT)
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


# --- malware scanning -------------------------------------------------------------------------

@needs_clamscan
def test_p12_2_eicar_file_is_refused_and_nothing_is_stored(author, talk):
    with pytest.raises(AttachmentRefused, match="악성코드가 발견"):
        post_with(author, talk, upload(eicar(), "eicar.png"))
    assert not Post.objects.exists() and not Attachment.objects.exists()
    assert stored_files() == []


@needs_clamscan
def test_p12_2_eicar_hidden_in_a_valid_image_is_refused(author, talk):
    """A real PNG that decodes fine, with the test string appended: the scan, not the
    image check, is what refuses it."""
    data = image_bytes("PNG") + eicar()
    assert Image.open(io.BytesIO(data)).format == "PNG"
    with pytest.raises(AttachmentRefused, match="악성코드가 발견"):
        post_with(author, talk, upload(data))
    assert stored_files() == []


@needs_clamscan
def test_p12_2_the_scanner_reports_the_signature(db):
    verdict = scanning.scan(eicar())
    assert not verdict.clean and verdict.signature.startswith("Marquee.Test.EICAR")
    assert scanning.scan(image_bytes()).clean


def test_p12_2_missing_scanner_means_refused_not_stored(author, talk, settings):
    settings.MARQUEE_CLAMSCAN = "/nonexistent/clamscan"
    with pytest.raises(AttachmentRefused, match="악성코드 검사를 할 수 없어"):
        post_with(author, talk, upload(image_bytes()))
    assert not Post.objects.exists() and stored_files() == []


@needs_clamscan
def test_p12_2_scanner_without_signatures_means_refused(author, talk, settings, tmp_path):
    empty = tmp_path / "no-signatures"
    empty.mkdir()
    settings.MARQUEE_CLAMAV_DATABASE = str(empty)
    with pytest.raises(AttachmentRefused, match="악성코드 검사를 할 수 없어"):
        post_with(author, talk, upload(image_bytes()))
    assert stored_files() == []


def test_p12_2_unreachable_clamd_means_refused(author, talk, settings, tmp_path):
    settings.MARQUEE_AV_BACKEND = "clamd"
    settings.MARQUEE_CLAMD_ADDRESS = str(tmp_path / "no-such.sock")
    with pytest.raises(AttachmentRefused, match="악성코드 검사를 할 수 없어"):
        post_with(author, talk, upload(image_bytes()))


class FakeClamd:
    """A clamd speaking INSTREAM on a Unix socket: FOUND when the stream has the EICAR string."""

    def __init__(self, path: Path):
        self.path = str(path)
        self.server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.server.bind(self.path)
        self.server.listen()
        self.commands: list[bytes] = []
        threading.Thread(target=self.serve, daemon=True).start()

    def serve(self):
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            with conn:
                command = b""
                while not command.endswith(b"\0"):
                    command += conn.recv(1)
                self.commands.append(command)
                data = b""
                while True:
                    size = struct.unpack("!L", self._read(conn, 4))[0]
                    if size == 0:
                        break
                    data += self._read(conn, size)
                found = eicar() in data
                conn.sendall(b"stream: Eicar-Test-Signature FOUND\0" if found else b"stream: OK\0")

    @staticmethod
    def _read(conn, n):
        buf = b""
        while len(buf) < n:
            buf += conn.recv(n - len(buf))
        return buf

    def close(self):
        self.server.close()


def test_p12_2_clamd_backend_streams_the_file_and_honours_the_verdict(author, talk, settings, tmp_path):
    clamd = FakeClamd(tmp_path / "clamd.sock")
    settings.MARQUEE_AV_BACKEND = "clamd"
    settings.MARQUEE_CLAMD_ADDRESS = clamd.path
    try:
        with pytest.raises(AttachmentRefused, match="악성코드가 발견"):
            post_with(author, talk, upload(image_bytes() + eicar()))
        post = post_with(author, talk, upload(image_bytes()))
        assert post.attachments.get().scanner == "clamd"
        assert clamd.commands == [b"zINSTREAM\0", b"zINSTREAM\0"]
    finally:
        clamd.close()


# --- images only, checked by content; size limit; metadata stripped ------------------------------

@needs_clamscan
def test_p12_2_clean_image_is_stored_sealed_and_served(author, talk, client):
    original = image_bytes("PNG", color=(10, 200, 30))
    post = post_with(author, talk, upload(original))
    attachment = post.attachments.get()
    assert attachment.scanner == "clamscan" and attachment.content_type == "image/png"
    [path] = stored_files()
    assert path.is_relative_to(Path(settings.MEDIA_ROOT))
    assert b"PNG" not in path.read_bytes()  # sealed at rest
    assert "photo" not in attachment.stored_as  # the uploader's file name is not kept
    response = client.get(reverse("community:attachment", args=[attachment.pk]))
    assert response.status_code == 200 and response["Content-Type"] == "image/png"
    assert response["Content-Security-Policy"] == "default-src 'none'; sandbox"
    served = Image.open(io.BytesIO(response.content))
    assert served.size == (24, 16) and served.getpixel((0, 0))[:3] == (10, 200, 30)


@needs_clamscan
def test_p12_2_gps_location_and_camera_serial_are_stripped(author, talk, client):
    original = image_bytes("JPEG", exif=gps_exif())
    assert Image.open(io.BytesIO(original)).getexif().get(0x8825)  # the upload has GPS
    post = post_with(author, talk, upload(original, "photo.jpg", "image/jpeg"))
    data = attachments.read(post.attachments.get())
    image = Image.open(io.BytesIO(data))
    assert image.format == "JPEG"
    assert not image.getexif() and b"SERIAL-0042" not in data and b"TestCam" not in data


@needs_clamscan
@pytest.mark.parametrize("data,name", [
    (b"%PDF-1.4 not an image", "paper.png"),
    (b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>", "logo.svg"),
    (b"\x89PNG\r\n\x1a\n truncated", "broken.png"),
])
def test_p12_2_only_images_are_accepted_judged_by_content(author, talk, data, name):
    with pytest.raises(AttachmentRefused, match="이미지 파일"):
        post_with(author, talk, upload(data, name, "image/png"))
    assert stored_files() == []


@needs_clamscan
def test_p12_2_a_format_outside_the_allowed_list_is_refused(author, talk, settings):
    settings.MARQUEE_ATTACHMENT_FORMATS = ("JPEG",)
    with pytest.raises(AttachmentRefused, match="이미지 파일"):
        post_with(author, talk, upload(image_bytes("PNG")))


def test_p12_2_oversized_upload_is_refused_before_scanning(author, talk, settings, monkeypatch):
    settings.MARQUEE_ATTACHMENT_MAX_BYTES = 2048
    monkeypatch.setattr(scanning, "scan", lambda data: pytest.fail("scanned an oversized file"))
    with pytest.raises(AttachmentRefused, match="2KB 이하"):
        post_with(author, talk, upload(b"\0" * 2049))


@needs_clamscan
def test_p12_2_decompression_bomb_is_refused(author, talk, settings):
    settings.MARQUEE_ATTACHMENT_MAX_PIXELS = 100
    with pytest.raises(AttachmentRefused, match="해상도"):
        post_with(author, talk, upload(image_bytes(size=(20, 20))))


def test_p12_2_attachment_count_is_limited(author, talk, settings):
    settings.MARQUEE_ATTACHMENTS_PER_POST = 1
    with pytest.raises(services.CommunityError, match="1개까지"):
        post_with(author, talk, upload(image_bytes()), upload(image_bytes()))


# --- served only while the post is published; destroyed with it ------------------------------------

@needs_clamscan
def test_p12_2_l3_3_image_of_a_removed_post_is_served_only_to_a_verified_moderator_logged(author, moderator, talk, client):
    post = post_with(author, talk, upload(image_bytes()))
    url = reverse("community:attachment", args=[post.attachments.get().pk])
    assert client.get(url).status_code == 200
    services.remove(moderator, post=post, reason=Reason.COPYRIGHT)
    assert client.get(url).status_code == 404
    client.force_login(moderator, backend="marquee.members.auth.MemberBackend")
    assert client.get(url).status_code == 404  # a password session only: not as a moderator
    otp_session(client, moderator)
    assert client.get(url).status_code == 200  # moderators review it (logged)
    from marquee.backoffice.models import StaffAccessLog

    entry = StaffAccessLog.objects.get(staff=moderator)
    assert (entry.action, entry.target, entry.subjects) == ("read", "community.Attachment", str(author.pk))


@needs_clamscan
def test_p4_2_deleting_the_post_shreds_the_image_key_and_removes_the_file(author, talk, django_capture_on_commit_callbacks):
    post = post_with(author, talk, upload(image_bytes()))
    attachment = post.attachments.get()
    key_id = attachment.data_key_id
    with django_capture_on_commit_callbacks(execute=True):
        services.delete_post(post, author)
    assert DataKey.objects.get(pk=key_id).destroyed
    assert stored_files() == []


@needs_clamscan
def test_p12_2_a_sealed_file_moved_to_another_attachment_does_not_open(author, talk):
    first = post_with(author, talk, upload(image_bytes(color=(1, 2, 3))), body="하나")
    second = post_with(author, talk, upload(image_bytes(color=(4, 5, 6))), body="둘")
    a, b = first.attachments.get(), second.attachments.get()
    Path(settings.MEDIA_ROOT, b.stored_as).write_bytes(Path(settings.MEDIA_ROOT, a.stored_as).read_bytes())
    with pytest.raises(Exception, match="authentication|key"):
        attachments.read(b)


def test_p12_2_deploy_check_refuses_the_test_signature_database(settings):
    from marquee.uploads.checks import TEST_SIGNATURES, check_scanner_database

    settings.MARQUEE_CLAMAV_DATABASE = str(TEST_SIGNATURES)
    assert [e.id for e in check_scanner_database()] == ["uploads.E001"]
    settings.MARQUEE_CLAMAV_DATABASE = ""
    assert check_scanner_database() == []
