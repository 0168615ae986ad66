"""What the outbox holds about a member: the messages sealed under the member's data
key (notices, confirmations, reset links), shown in the download and destroyed with
the account (P3: kept like access logs while the member stays)."""

from __future__ import annotations

from marquee.privacy.api import CRYPTO_SHRED, Destroyed, PersonalDataProvider

MESSAGES = "알림 발송 기록"


def _messages(member):
    from .models import Message

    return Message.objects.filter(data_key=member.data_key).select_related("data_key")


class MessageProvider(PersonalDataProvider):
    key = "messages"
    label = "알림 발송 기록"
    order = 90
    items = ("message_log",)

    def export(self, member) -> dict:
        return {"messages": [
            {"at": m.created_at.isoformat(), "channel": m.get_channel_display(),
             "recipient": m.recipient, "body": m.body,
             "sent_at": m.sent_at.isoformat() if m.sent_at else None}
            for m in _messages(member)]}

    def destroy(self, member) -> list[Destroyed]:
        count = _messages(member).delete()[0]
        return [Destroyed("message_records", MESSAGES, count, CRYPTO_SHRED)]
