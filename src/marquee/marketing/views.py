"""The opt-out link (L1.2): GET shows what will happen, one POST does it.

The POST is exempt from CSRF on purpose: mail clients send RFC 8058's one-click
``List-Unsubscribe=One-Click`` without any cookie or token, and the signed link itself
is the authority (it can only withdraw a consent, never grant one)."""

from __future__ import annotations

from django.core import signing
from django.shortcuts import render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from marquee.members.models import Member

from . import optout

CHANNEL_LABELS = {"sms": "문자(SMS)", "email": "이메일", "push": "앱 푸시"}


@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token: str):
    try:
        member_id, channel = optout.read(token)
    except signing.BadSignature:
        return render(request, "marketing/unsubscribe_invalid.html", status=404)
    member = Member.objects.filter(pk=member_id, status=Member.Status.ACTIVE).first()
    context = {"channel_label": CHANNEL_LABELS[channel]}
    if member is None:
        return render(request, "marketing/unsubscribe_invalid.html", status=404)
    if request.method == "POST":
        optout.withdraw(member, channel)
        return render(request, "marketing/unsubscribed.html", context)
    return render(request, "marketing/unsubscribe.html", context)
