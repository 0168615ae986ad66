"""Image uploads (P12.2): scanned, checked by content, stripped, sealed, stored.

Shared by the boards (``community``) and the customer centre (``support``); each keeps
its own attachment rows (a ``KeyedVaultModel`` with the fields ``stored_as``,
``content_type``, ``size``, ``width``, ``height``, ``scanner`` and ``scanned_at``) and
declares them in its own ``privacy.py``. The order matters:

1. size limit (``MARQUEE_ATTACHMENT_MAX_BYTES``) before anything reads the whole file;
2. malware scan of the bytes exactly as uploaded: a file that cannot be scanned is
   refused, never stored;
3. the content must decode as one of the allowed image formats (by content, not by the
   name or the browser's content type), within a pixel limit (decompression bombs);
4. the image is re-encoded from its pixels: EXIF (GPS position, camera serial, time),
   XMP, ICC comments and anything appended to the file are left behind;
5. the result is sealed (AES-256-GCM) under the row's own data key and written under
   ``MEDIA_ROOT`` with a random name; only the owning app's view serves it.
"""

from __future__ import annotations

import io
import logging
import uuid
import warnings
from dataclasses import dataclass

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone
from PIL import Image, ImageOps, UnidentifiedImageError

from marquee.errors import ServiceError
from marquee.privacy.api import crypto

from . import scanning

log = logging.getLogger(__name__)

FORMATS = {  # Pillow format → (content type, how to save)
    "JPEG": ("image/jpeg", {"format": "JPEG", "quality": 90, "optimize": True}),
    "PNG": ("image/png", {"format": "PNG", "optimize": True}),
    "GIF": ("image/gif", {"format": "GIF"}),
    "WEBP": ("image/webp", {"format": "WEBP", "quality": 90}),
}
class UploadRefused(ServiceError):
    """The upload was not stored; the message says why, in Korean."""

    code = "attachment_refused"


@dataclass(frozen=True)
class Prepared:
    """An image ready to store: re-encoded, metadata-free, scanned."""

    data: bytes
    content_type: str
    width: int
    height: int
    scanner: str


def max_bytes() -> int:
    return getattr(settings, "MARQUEE_ATTACHMENT_MAX_BYTES", 5 * 1024 * 1024)


def allowed_formats() -> tuple[str, ...]:
    return tuple(getattr(settings, "MARQUEE_ATTACHMENT_FORMATS", ("JPEG", "PNG", "GIF", "WEBP")))


def _limit_label() -> str:
    limit = max_bytes()
    if limit >= 1024 * 1024:
        return f"{limit / (1024 * 1024):g}MB"
    return f"{limit // 1024}KB"


def read_upload(upload) -> bytes:
    """The upload's bytes, refusing it as soon as it is over the limit."""
    limit = max_bytes()
    if getattr(upload, "size", 0) and upload.size > limit:
        raise UploadRefused(f"파일이 너무 큽니다. {_limit_label()} 이하의 이미지만 올릴 수 있습니다.")
    upload.seek(0)
    data = upload.read(limit + 1)
    if len(data) > limit:
        raise UploadRefused(f"파일이 너무 큽니다. {_limit_label()} 이하의 이미지만 올릴 수 있습니다.")
    if not data:
        raise UploadRefused("빈 파일은 올릴 수 없습니다.")
    return data


def check_for_malware(data: bytes) -> scanning.Verdict:
    try:
        verdict = scanning.scan(data)
    except scanning.ScannerUnavailable as exc:
        log.error("upload refused: the malware scanner is unavailable (%s)", exc)
        raise UploadRefused(
            "악성코드 검사를 할 수 없어 파일을 받지 않았습니다. 잠시 후 다시 시도해 주세요.") from exc
    if not verdict.clean:
        log.warning("upload refused: malware signature %s (%s)", verdict.signature, verdict.scanner)
        raise UploadRefused("악성코드가 발견되어 파일을 받지 않았습니다.")
    return verdict


def reencode(data: bytes) -> tuple[bytes, str, int, int]:
    """Decode ``data`` as an allowed image and encode its pixels afresh, no metadata."""
    refused = UploadRefused(
        "이미지 파일(" + ", ".join(allowed_formats()) + ")만 올릴 수 있습니다.")
    max_pixels = getattr(settings, "MARQUEE_ATTACHMENT_MAX_PIXELS", 40_000_000)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as probe:
                fmt = probe.format
                if fmt not in allowed_formats() or fmt not in FORMATS:
                    raise refused
                if probe.width * probe.height > max_pixels:
                    raise UploadRefused("이미지 해상도가 너무 큽니다.")
                probe.verify()  # structure and checksums, without decoding pixels
            with Image.open(io.BytesIO(data)) as image:
                image.load()
                image = ImageOps.exif_transpose(image)  # keep the photo upright, then drop EXIF
                out = io.BytesIO()
                content_type, options = FORMATS[fmt]
                image = _clean_copy(image, fmt)
                image.save(out, **options)
                width, height = image.size
    except UploadRefused:
        raise
    except (UnidentifiedImageError, Image.DecompressionBombError, Image.DecompressionBombWarning,
            OSError, SyntaxError, ValueError, EOFError) as exc:
        raise refused from exc
    return out.getvalue(), content_type, width, height


def _clean_copy(image: Image.Image, fmt: str) -> Image.Image:
    """A copy holding pixels (and a palette) only: ``info`` carries EXIF, XMP, comments."""
    if fmt == "JPEG" and image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    if fmt == "GIF" and image.mode not in ("P", "L"):
        image = image.convert("P")
    clean = image.copy()
    transparency = image.info.get("transparency")
    clean.info = {}
    if transparency is not None and fmt in ("PNG", "GIF"):
        clean.info["transparency"] = transparency
    return clean


def prepare(upload) -> Prepared:
    """Everything short of storing: raises UploadRefused with a Korean message."""
    data = read_upload(upload)
    verdict = check_for_malware(data)
    clean, content_type, width, height = reencode(data)
    return Prepared(clean, content_type, width, height, verdict.scanner)


def aad(row, scope: str) -> bytes:
    """Bound to the row: a sealed file copied onto another row does not open."""
    return f"{scope}:{row.vault_id}".encode()


def store(row, prepared: Prepared, *, directory: str, scope: str):
    """Seal the image under ``row``'s own data key, write it, then save ``row``. Call
    inside the owner's transaction; the file is removed again if the row cannot be saved."""
    row.content_type = prepared.content_type
    row.size = len(prepared.data)
    row.width, row.height = prepared.width, prepared.height
    row.scanner, row.scanned_at = prepared.scanner, timezone.now()
    row.stored_as = f"{directory}/{uuid.uuid4().hex}.sealed"
    key = row.vault_data_key()
    sealed = crypto.seal(key.material(), key.id, prepared.data, aad(row, scope))
    name = default_storage.save(row.stored_as, ContentFile(sealed.encode()))
    row.stored_as = name
    try:
        row.save()
    except Exception:
        default_storage.delete(name)
        raise
    return row


def read(row, *, scope: str) -> bytes:
    """The image bytes (raises crypto errors if the key is gone or the file was altered)."""
    with default_storage.open(row.stored_as, "rb") as fh:
        sealed = fh.read().decode()
    key = row.vault_data_key()
    return crypto.open_sealed(key.material(), sealed, aad(row, scope))


def discard(row, *, reason: str = "", using=None) -> None:
    """A deleted row's file is removed once the deletion commits; with a ``reason``, the
    row's own key is destroyed too (crypto-shredding: backups of the file are unreadable
    too). Rows sealed under a parent's key leave the key to the parent."""
    if reason:
        key = row.data_key
        if not key.destroyed:
            key.destroy(reason)
    name = row.stored_as
    transaction.on_commit(lambda: default_storage.delete(name), using=using)


def extension(content_type: str) -> str:
    return {"image/jpeg": "jpg", "image/png": "png", "image/gif": "gif",
            "image/webp": "webp"}.get(content_type, "bin")
