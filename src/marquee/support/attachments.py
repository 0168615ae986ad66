"""Images sent with an inquiry or a follow-up (P12.2), through the shared upload path
(``marquee.uploads.images``: size limit, ClamAV scan, decoding by content, re-encoding
without metadata), sealed under the inquiry's own key. Members see their own on My Page;
agents see them only after unmasking with a reason (``admin.InquiryAttachmentAdmin``)."""

from __future__ import annotations

from django.conf import settings
from django.core.files.storage import default_storage

from marquee.uploads import images
from marquee.uploads.images import Prepared

from .errors import InquiryRefused
from .models import InquiryAttachment

UPLOAD_DIR = "support/attachments"
SCOPE = "support.attachment"  # bound into each file's AAD with the row's vault id


def max_per_message() -> int:
    return getattr(settings, "MARQUEE_ATTACHMENTS_PER_INQUIRY", 3)


def prepare(files) -> list[Prepared]:
    """Check every file before anything is written; raises InquiryRefused in Korean."""
    files = list(files or ())
    if len(files) > max_per_message():
        raise InquiryRefused(f"이미지는 {max_per_message()}개까지 첨부할 수 있습니다.")
    try:
        return [images.prepare(f) for f in files]
    except images.UploadRefused as exc:
        raise InquiryRefused(exc.message) from exc


def store(message, prepared: list[Prepared], written: list[str]) -> None:
    """Seal and write each image under ``message``; the names go into ``written`` so the
    caller can remove the files if its transaction rolls back."""
    for item in prepared:
        row = images.store(InquiryAttachment(message=message), item, directory=UPLOAD_DIR,
                           scope=SCOPE)
        written.append(row.stored_as)


def remove_files(written: list[str]) -> None:
    """After a rollback: the rows are gone, so are the files."""
    for name in written:
        default_storage.delete(name)


def read(attachment: InquiryAttachment) -> bytes:
    return images.read(attachment, scope=SCOPE)


def extension(attachment: InquiryAttachment) -> str:
    return images.extension(attachment.content_type)
