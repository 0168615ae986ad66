"""What marketing holds about a member: which advertisements were queued for them
(``Delivery``), shown in the download and destroyed with the account; the ad records
themselves name no recipient."""

from __future__ import annotations

from marquee.privacy.api import Destroyed, PersonalDataProvider

RECEIPTS = "광고 수신 내역"


def _deliveries(member):
    from .models import Delivery

    return Delivery.objects.filter(member=member).select_related("campaign")


class AdReceiptProvider(PersonalDataProvider):
    key = "ad_receipts"
    label = RECEIPTS
    order = 85
    items = ("ad_receipts",)

    def export(self, member) -> dict:
        return {"ad_receipts": [
            {"at": d.queued_at.isoformat(), "channel": d.campaign.get_channel_display(),
             "campaign": d.campaign.headline}
            for d in _deliveries(member).order_by("queued_at", "id")]}

    def erase(self, member, items) -> int:
        return _deliveries(member).delete()[0] if "ad_receipts" in items else 0

    def destroy(self, member) -> list[Destroyed]:
        return [Destroyed("ad_records", RECEIPTS, _deliveries(member).delete()[0])]
