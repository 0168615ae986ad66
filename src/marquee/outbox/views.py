"""The development outbox page: messages the store-only backend kept instead of
sending (DEBUG only; guardian links, confirmations and reset links are read here)."""

from __future__ import annotations

from django.conf import settings
from django.http import Http404
from django.shortcuts import render

from marquee.privacy.vault.crypto import VaultError

from .models import Message


def dev_outbox(request):
    if not settings.DEBUG:
        raise Http404
    rows = []
    for message in Message.objects.select_related("data_key")[:50]:
        try:
            rows.append({"message": message, "recipient": message.recipient, "body": message.body})
        except VaultError:  # its member's key was destroyed: the message is gone too
            rows.append({"message": message, "recipient": "(파기됨)", "body": "(파기됨)"})
    return render(request, "outbox/dev_outbox.html", {"rows": rows})
