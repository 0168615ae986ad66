"""What events hold about a member: entries and prize deliveries (P1.7, P8.1).

My Page and the download show every entry (event, when, result) and, for a winner, the
delivery address and status. Nothing here is kept after a withdrawal: entries and
deliveries go with the member."""

from __future__ import annotations

from marquee.privacy.api import ROW_DELETE, Destroyed, PersonalDataProvider

ENTRIES = "이벤트 응모·경품 배송 정보"


def _entries(member):
    from .models import Entry

    return (Entry.objects.filter(member=member).select_related("event", "prize", "delivery")
            .order_by("-entered_at", "-id"))


def _delivery_row(entry) -> dict | None:
    delivery = getattr(entry, "delivery", None)
    if delivery is None:
        return None
    return {"status": delivery.get_status_display(), "recipient_name": delivery.recipient_name,
            "mobile": delivery.mobile, "postcode": delivery.postcode,
            "address": delivery.address, "address_detail": delivery.address_detail,
            "requested_at": delivery.requested_at, "closed_at": delivery.closed_at}


def entry_row(entry) -> dict:
    return {"event": entry.event.title, "event_id": entry.event_id,
            "entered_at": entry.entered_at, "result": entry.get_status_display(),
            "prize": entry.prize.name if entry.prize_id else "", "mobile": entry.mobile,
            "consent": entry.consent_text, "delivery": _delivery_row(entry)}


def _json(row: dict) -> dict:
    def iso(value):
        return value.isoformat() if hasattr(value, "isoformat") else value
    out = {k: iso(v) for k, v in row.items() if k != "delivery"}
    if row["delivery"]:
        out["delivery"] = {k: iso(v) for k, v in row["delivery"].items()}
    return out


class EventProvider(PersonalDataProvider):
    key = "events"
    label = "이벤트 응모 내역"
    order = 50
    items = ("event_entry", "event_mobile", "event_recipient", "event_address")

    def export(self, member) -> dict:
        return {"event_entries": [_json(entry_row(e)) for e in _entries(member)]}

    def mypage(self, member) -> dict:
        return {"template": "events/_mypage_entries.html",
                "entries": [entry_row(e) for e in _entries(member)[:20]]}

    def destroy(self, member) -> list[Destroyed]:
        from .models import Delivery, Entry

        entries = Entry.objects.filter(member=member)
        count = entries.count()
        Delivery.objects.filter(member=member).delete()
        entries.delete()
        return [Destroyed("event_entries", ENTRIES, count, ROW_DELETE)]
