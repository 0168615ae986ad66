"""The development outbox page: what the store-only backend kept instead of sending.

Routed only with ``MARQUEE_DEV_PAGES`` (never in production, P12.7), and even then it
shows guardian links, reset links and phone numbers: staff only, through the back
office's gate (a TOTP-verified staff session with a current pledge, P12.13).
"""

from __future__ import annotations

from django.shortcuts import render

from marquee.backoffice.decorators import staff_view
from marquee.backoffice.gate import holds_a_role
from marquee.outbox.models import Message
from marquee.privacy.api import VaultError

SHOWN = 50


@staff_view(allows=holds_a_role, description="직원 역할(개발 환경 전용)")
def dev_outbox(request):
    rows = []
    for message in Message.objects.select_related("data_key")[:SHOWN]:
        try:
            rows.append({"message": message, "recipient": message.recipient, "body": message.body})
        except VaultError:  # its member's key was destroyed: the message is gone too
            rows.append({"message": message, "recipient": "(파기됨)", "body": "(파기됨)"})
    return render(request, "outbox/dev_outbox.html", {"rows": rows})
