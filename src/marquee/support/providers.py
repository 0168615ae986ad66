"""What the customer centre holds about a member: their inquiries and the answers (P13.4).

My Page and the data download show every inquiry with its visible conversation (internal
notes are the staff's working notes, not the member's data, and stay out). Inquiries are
complaint/dispute records, so a withdrawal keeps them in the separate store under
``complaint_records`` (a closed one from its closure, an open one from the withdrawal)
and then deletes the rows with their own data keys.
"""

from __future__ import annotations

from django.db import transaction

from marquee.privacy.api import CRYPTO_SHRED, Destroyed, PersonalDataProvider, archive

INQUIRIES = "1:1 문의(대화·처리 이력 포함)"


def _inquiries(member):
    from .models import Inquiry

    return Inquiry.objects.filter(member=member).prefetch_related(
        "messages__attachments").select_related("booking")


def inquiry_row(inquiry) -> dict:
    """One inquiry as the member sees it (no internal notes, no assignee)."""
    return {
        "number": inquiry.number, "category": inquiry.get_category_display(),
        "subject": inquiry.subject, "status": inquiry.get_status_display(),
        "channel": inquiry.get_channel_display(),
        "booking": inquiry.booking.number if inquiry.booking_id else "",
        "received_at": inquiry.received_at.isoformat(),
        "due_at": inquiry.due_at.isoformat(),
        "closed_at": inquiry.closed_at.isoformat() if inquiry.closed_at else "",
        "messages": [{"from": m.get_author_display(), "at": m.created_at.isoformat(),
                      "body": m.body, "images": [_image(a) for a in m.attachments.all()]}
                     for m in inquiry.messages.all() if not m.is_internal],
    }


def _image(attachment) -> dict:
    """An attached image in the download: what it is; the member opens it on My Page."""
    return {"id": attachment.pk, "type": attachment.content_type,
            "size": f"{attachment.width}x{attachment.height}"}


def delete_inquiries(queryset) -> int:
    """Delete inquiries with their conversation, history and own data keys (shredded)."""
    from marquee.privacy.api import DataKey

    with transaction.atomic():
        keys = list(queryset.values_list("data_key_id", flat=True))
        count = queryset.count()
        queryset.delete()
        for key in DataKey.objects.filter(pk__in=keys):
            key.destroy("1:1 문의 파기")
    return count


def purge_inquiries(queryset) -> int:
    """The sweep's purge for inquiries 3 years after closure (``RetentionTarget``)."""
    return delete_inquiries(queryset)


class SupportProvider(PersonalDataProvider):
    key = "support"
    label = "1:1 문의 내역"
    order = 45
    items = ("inquiry_content", "inquiry_contact")

    def export(self, member) -> dict:
        return {"inquiries": [inquiry_row(i) for i in _inquiries(member)]}

    def mypage(self, member) -> dict:
        return {"template": "support/_mypage_inquiries.html",
                "inquiries": [inquiry_row(i) for i in _inquiries(member)[:20]]}

    def kept(self, member) -> list[dict]:
        count = _inquiries(member).count()
        if not count:
            return []
        return [{"what": INQUIRIES, "count": count, "why": "소비자의 불만 또는 분쟁처리에 관한 기록",
                 "until": "종결 후 3년", "rule": "complaint_records"}]

    def archive(self, member, *, subject: str, at) -> dict[str, int]:
        kept = 0
        for inquiry in _inquiries(member):
            archive.keep(rule="complaint_records", kind="inquiry", source=f"inquiry:{inquiry.pk}",
                         reference=inquiry.number, subject_index=subject,
                         trigger_at=inquiry.closed_at or at, payload=inquiry_row(inquiry))
            kept += 1
        return {"complaint_records": kept} if kept else {}

    def destroy(self, member) -> list[Destroyed]:
        count = delete_inquiries(_inquiries(member))
        return [Destroyed("complaint_records", INQUIRIES, count, CRYPTO_SHRED)]
