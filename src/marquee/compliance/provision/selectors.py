"""My Page and the data export (P8.1): what was provided to whom, and who processes
the member's data for us. Shown through ProvisionProvider (providers.py)."""

from __future__ import annotations

from django.utils import timezone

from marquee.privacy.api import inventory

from .models import CorrectionNotice, Provision


def _labels(keys) -> str:
    return ", ".join(inventory.items[k].label for k in keys if k in inventory.items)


def _provisions(member):
    return [{"recipient": p.recipient, "purpose": p.purpose, "basis": p.get_basis_display(),
             "basis_detail": p.basis_summary, "items": _labels(p.items),
             "at": timezone.localtime(p.provided_at)}
            for p in Provision.objects.filter(member=member)]


def _notices(member):
    return [{"recipient": n.provision.recipient, "items": _labels(n.items),
             "at": timezone.localtime(n.sent_at)}
            for n in CorrectionNotice.objects.filter(provision__member=member)
            .select_related("provision")]


def _processors():
    return [{"name": p.name, "task": p.task, "items": _labels(p.items),
             "period": p.contract_period} for p in inventory.processors.values()]


def mypage_provisions(member) -> dict:
    return {"template": "compliance/provision/_mypage.html", "provisions": _provisions(member),
            "correction_notices": _notices(member), "processors": _processors()}


def export_provisions(member) -> dict:
    def iso(rows):
        return [{**r, "at": r["at"].isoformat()} for r in rows]
    return {"provisions": iso(_provisions(member)),
            "correction_notices": iso(_notices(member)),
            "processors": _processors()}
