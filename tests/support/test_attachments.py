"""Images on inquiries through the shared scanned-upload path (P12.2, P13.1, P13.4):
scanned by the real clamscan (EICAR-only test signatures), re-encoded without metadata,
sealed under the inquiry's key; the member sees their own, agents only after unmasking
with a reason; all or nothing when a step fails; files go with the inquiry."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from marquee.backoffice.models import StaffAccessLog
from marquee.privacy import providers
from marquee.support import attachments, services
from marquee.support.errors import InquiryRefused
from marquee.support.models import Inquiry, InquiryAttachment, Message
from marquee.support.providers import delete_inquiries
from marquee.uploads import images
from tests.community.conftest import SIGNATURES, eicar, image_bytes, needs_clamscan
from tests.conftest import make_identity, sign_up
from tests.support.conftest import ask

pytestmark = needs_clamscan

MEMBER_BACKEND = "marquee.members.auth.MemberBackend"


@pytest.fixture(autouse=True)
def _upload_settings(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.MARQUEE_AV_BACKEND = "clamscan"
    settings.MARQUEE_CLAMAV_DATABASE = str(SIGNATURES)


def _photo_with_gps() -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # camera make
    exif[0x8825] = {1: "N", 2: (37.0, 33.0, 59.0)}  # GPS IFD
    return image_bytes("JPEG", exif=exif.tobytes())


def _upload(data: bytes, name="photo.jpg", content_type="image/jpeg"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def _stored_files(settings) -> list[Path]:
    root = Path(settings.MEDIA_ROOT) / attachments.UPLOAD_DIR
    return list(root.glob("*")) if root.exists() else []


def test_p12_2_p13_1_a_member_asks_with_an_image_scanned_stripped_and_sealed(client, member,
                                                                              settings):
    client.force_login(member, backend=MEMBER_BACKEND)
    response = client.post(reverse("support:ask"), {
        "category": "booking", "subject": "좌석 사진", "body": "좌석이 부서져 있었어요.",
        "reply_by": "web", "images": [_upload(_photo_with_gps())]})
    assert response.status_code == 302
    inquiry = Inquiry.objects.get()
    item = InquiryAttachment.objects.get(message__inquiry=inquiry)
    assert item.scanner == "clamscan" and item.content_type == "image/jpeg"
    # On disk: sealed, not an image; the upload's name is not kept.
    raw = Path(settings.MEDIA_ROOT, item.stored_as).read_bytes()
    assert raw.startswith(b"v1.") and b"\xff\xd8" not in raw[:4] and "photo" not in item.stored_as
    # The member opens it: re-encoded, no EXIF left (camera, GPS).
    served = client.get(reverse("support:attachment", args=[item.pk]))
    assert served.status_code == 200 and served["Cache-Control"] == "private, no-store"
    data = b"".join(served.streaming_content) if served.streaming else served.content
    with Image.open(io.BytesIO(data)) as image:
        assert not image.getexif() and image.format == "JPEG"
    # My Page's inquiry page shows it; someone else gets a 404.
    page = client.get(reverse("support:inquiry", args=[inquiry.number])).content.decode()
    assert reverse("support:attachment", args=[item.pk]) in page
    other = sign_up(make_identity(name="김영희", mobile="010-2222-3333"), login_id="other77",
                    email="o@example.com")
    client.force_login(other, backend=MEMBER_BACKEND)
    assert client.get(reverse("support:attachment", args=[item.pk])).status_code == 404
    assert client.get(reverse("support:inquiry", args=[inquiry.number])).status_code == 404


def test_p12_2_an_infected_file_is_refused_and_nothing_is_stored(client, member, settings):
    client.force_login(member, backend=MEMBER_BACKEND)
    response = client.post(reverse("support:ask"), {
        "category": "other", "subject": "첨부", "body": "파일 확인 부탁드립니다.",
        "reply_by": "web", "images": [_upload(eicar(), "x.png", "image/png")]})
    assert response.status_code == 200
    assert "악성코드가 발견" in response.content.decode()
    assert not Inquiry.objects.exists() and _stored_files(settings) == []


def test_p12_2_a_guest_inquiry_takes_images_too(db, settings):
    inquiry = services.submit(services.Ask(
        category="refund", subject="영수증", body="영수증 사진입니다.", reply_by="email",
        guest_name="이영희", contact="younghee@example.com",
        files=(_upload(image_bytes("PNG"), "r.png", "image/png"),)))
    item = InquiryAttachment.objects.get(message__inquiry=inquiry)
    assert attachments.read(item).startswith(b"\x89PNG")
    assert item.vault_data_key() == inquiry.data_key  # sealed under the inquiry's own key


def test_p12_2_too_many_images_are_refused(member, settings):
    settings.MARQUEE_ATTACHMENTS_PER_INQUIRY = 1
    files = tuple(_upload(image_bytes("PNG"), f"{n}.png", "image/png") for n in range(2))
    with pytest.raises(InquiryRefused, match="1개까지"):
        ask(member, files=files)
    assert not Inquiry.objects.exists()


def test_p13_1_a_crash_half_way_leaves_no_inquiry_and_no_file(member, settings, monkeypatch):
    """Fault injection: the second image's row fails after the first file was written."""
    real_store = images.store
    calls = {"n": 0}

    def failing_store(row, prepared, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("disk full")
        return real_store(row, prepared, **kwargs)

    monkeypatch.setattr(images, "store", failing_store)
    files = tuple(_upload(image_bytes("PNG"), f"{n}.png", "image/png") for n in range(2))
    with pytest.raises(RuntimeError):
        ask(member, files=files)
    assert calls["n"] == 2
    assert not Inquiry.objects.exists() and not Message.objects.exists()
    assert not InquiryAttachment.objects.exists() and _stored_files(settings) == []
    inquiry = ask(member, subject="다시")  # and a follow-up that fails leaves nothing either
    calls["n"] = 0
    with pytest.raises(RuntimeError):
        services.follow_up(inquiry, "추가", files=files)
    assert inquiry.messages.count() == 1 and _stored_files(settings) == []


def test_p11_2_p12_3_agents_see_an_image_only_after_unmasking_with_a_reason(agent_client,
                                                                            member):
    client, agent = agent_client
    inquiry = ask(member, files=(_upload(image_bytes("PNG"), "a.png", "image/png"),))
    item = InquiryAttachment.objects.get()
    handle = client.get(reverse("admin:support_inquiry_handle", args=[inquiry.pk])).content.decode()
    change = reverse("admin:support_inquiryattachment_change", args=[item.pk])
    assert change in handle and "마스킹됨" in handle
    image_url = reverse("admin:support_inquiryattachment_image", args=[item.pk])
    page = client.get(change).content.decode()
    assert "(마스킹됨" in page and image_url not in page
    assert client.get(image_url).status_code == 403
    reveal = reverse("admin:support_inquiryattachment_reveal", args=[item.pk, "stored_as"])
    assert client.post(reveal, {"reason_code": "", "reference": ""}).status_code == 200
    client.post(reveal, {"reason_code": "inquiry", "reference": f"문의 {inquiry.number}"})
    assert image_url in client.get(change).content.decode()
    served = client.get(image_url)
    assert served.status_code == 200 and served.content.startswith(b"\x89PNG")
    logged = StaffAccessLog.objects.filter(target="support.InquiryAttachment", staff=agent)
    assert {"reveal", "read"} <= set(logged.values_list("action", flat=True))
    assert logged.filter(action="read", fields__contains="image").exists()


def test_p13_4_images_go_with_the_inquiry_and_appear_in_the_download(member, settings,
                                                                     django_capture_on_commit_callbacks):
    inquiry = ask(member, files=(_upload(image_bytes("PNG"), "a.png", "image/png"),))
    item = InquiryAttachment.objects.get()
    exported = providers.export(member)["inquiries"][0]
    assert exported["messages"][0]["images"] == [{"id": item.pk, "type": "image/png",
                                                  "size": f"{item.width}x{item.height}"}]
    assert default_storage.exists(item.stored_as)
    with django_capture_on_commit_callbacks(execute=True):
        delete_inquiries(Inquiry.objects.filter(pk=inquiry.pk))
    assert not InquiryAttachment.objects.exists() and _stored_files(settings) == []


def test_p12_2_the_scanner_path_is_shared_below_both_apps():
    """The upload path lives in ``marquee.uploads``, under community and support alike."""
    from marquee.community import attachments as community_attachments

    assert community_attachments.images is images and attachments.images is images
