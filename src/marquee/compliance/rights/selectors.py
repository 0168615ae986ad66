"""My Page and the data export (P8.1): the member's requests and their answers."""

from __future__ import annotations

from django.utils import timezone

from .models import RightsRequest
from .services import item_labels


def _rows(member):
    rows = []
    for r in RightsRequest.objects.filter(member=member).select_related("member__data_key"):
        rows.append({
            "id": r.pk, "kind": r.get_kind_display(), "requester": r.get_requester_display(),
            "status": r.get_status_display(), "items": item_labels(r.items),
            "submitted_at": timezone.localtime(r.submitted_at),
            "due_at": timezone.localtime(r.due_at) if r.due_at else None,
            "decided_at": timezone.localtime(r.decided_at) if r.decided_at else None,
            "reason": r.reason or "", "details": r.details or "",
            "requester_name": r.requester_name or "", "reply_to": r.reply_to or "",
            "can_appeal": r.status in (RightsRequest.Status.PARTIAL, RightsRequest.Status.REFUSED),
        })
    return rows


def mypage_rights(member) -> dict:
    return {"template": "compliance/rights/_mypage.html", "requests": _rows(member)}


def export_rights(member) -> dict:
    def iso(value):
        return value.isoformat() if value else None
    return {"rights_requests": [
        {**row, "submitted_at": iso(row["submitted_at"]), "due_at": iso(row["due_at"]),
         "decided_at": iso(row["decided_at"])} for row in _rows(member)]}
