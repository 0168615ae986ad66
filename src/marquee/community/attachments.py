"""Image attachments on posts (P12.2), through the shared upload path
(``marquee.uploads.images``: size limit, malware scan, decoding by content, re-encoding
without metadata, sealing under the attachment's own key). Served only by
``views.attachment``, which checks the post."""

from __future__ import annotations

from marquee.uploads import images
from marquee.uploads.images import Prepared

from .errors import CommunityError
from .models import Attachment

UPLOAD_DIR = "community/attachments"
SCOPE = "community.attachment"  # bound into each file's AAD with the row's vault id


class AttachmentRefused(CommunityError):
    """The upload was not stored; the message says why, in Korean."""

    code = "attachment_refused"


def prepare(upload) -> Prepared:
    """Everything short of storing: raises AttachmentRefused with a Korean message."""
    try:
        return images.prepare(upload)
    except images.UploadRefused as exc:
        raise AttachmentRefused(exc.message) from exc


def store(post, prepared: Prepared) -> Attachment:
    """Seal and write the image, then its row (inside the post's transaction)."""
    return images.store(Attachment(post=post), prepared, directory=UPLOAD_DIR, scope=SCOPE)


def read(attachment: Attachment) -> bytes:
    """The image bytes (raises crypto errors if the key is gone or the file was altered)."""
    return images.read(attachment, scope=SCOPE)
