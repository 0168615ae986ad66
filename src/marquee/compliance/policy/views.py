"""The public policy pages (P15.2, L7.1): the version in force, every past version with
its changes, printable copies; and, for staff, the draft the system would publish."""

from __future__ import annotations

from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from marquee.backoffice.decorators import staff_view
from marquee.compression import compress_safe

from . import services
from .diff import diff
from .models import PolicyVersion


def _status(version: PolicyVersion, current: PolicyVersion | None) -> str:
    if current and version.pk == current.pk:
        return "시행 중"
    if version.effective_on > timezone.localdate():
        return "시행 예정"
    return "이전 버전"


def _history(current):
    return [(v, _status(v, current)) for v in PolicyVersion.objects.order_by("-number")]


@compress_safe  # the public policy
def policy_page(request, printable: bool = False):
    today = timezone.localdate()
    current = services.in_force(today)
    context = {
        "version": current,
        "document": current.as_document() if current else services.pending_changes()[1],
        "upcoming": list(PolicyVersion.objects.upcoming(today)),
        "history": _history(current),
    }
    return render(request, "compliance/policy/print.html" if printable else
                  "compliance/policy/policy.html", context)


@compress_safe
def version_page(request, number: int, printable: bool = False):
    version = get_object_or_404(PolicyVersion, number=number)
    current = services.in_force()
    previous = version.previous()
    context = {
        "version": version,
        "document": version.as_document(),
        "status": _status(version, current),
        "previous": previous,
        "next": version.next(),
        "changes": diff(previous.as_document(), version.as_document()) if previous else None,
        "history": _history(current),
    }
    return render(request, "compliance/policy/print.html" if printable else
                  "compliance/policy/version.html", context)


@staff_view(permission="policy.view_policyversion", personal_data=False)
def draft_page(request):
    previous, document, changes = services.pending_changes()
    if document is None:  # pragma: no cover - render always returns a document
        raise Http404
    return render(request, "compliance/policy/draft.html", {
        "document": document, "previous": previous, "changes": changes})


def decisions_page(request):
    """Every automated decision with its criteria, data and effect (PIPA 37-2, L5.2),
    linked from refusal messages; a signed-in member goes on to ask for an explanation,
    a human review or to object; anyone else finds the officer's contacts."""
    from marquee.privacy.api import inventory, resolve

    from . import contacts
    from .sections import AUTOMATED_DEADLINE_DAYS

    decisions = [{"key": d.key, "label": d.label, "stage": d.stage,
                  "criteria": resolve(d.criteria), "effect": resolve(d.effect),
                  "basis": d.basis,
                  "items": [inventory.items[k].label for k in d.items if k in inventory.items]}
                 for d in inventory.decisions.values()]
    return render(request, "compliance/policy/decisions.html", {
        "decisions": decisions, "officer": contacts.officer(),
        "deadline_days": AUTOMATED_DEADLINE_DAYS})
