"""What a member is told about staff access to their data (P8.1): when, what was done,
in which role and why; never who (staff names and accounts stay internal)."""

from __future__ import annotations

from django.apps import apps
from django.utils import timezone

from .models import AccessSubject, StaffAccessLog
from .roles import ROLES_BY_KEY
from .services import MODERATION

MYPAGE_LIMIT = 50


def _entries(member):
    seqs = AccessSubject.objects.filter(member_number=member.pk).values("entry_id")
    return StaffAccessLog.objects.filter(seq__in=seqs).order_by("-seq")


def _what(target: str) -> str:
    try:
        return str(apps.get_model(target)._meta.verbose_name)
    except (LookupError, ValueError):
        return target


def _describe(entry: StaffAccessLog) -> dict:
    roles = [ROLES_BY_KEY[k] for k in entry.roles.split(",") if k in ROLES_BY_KEY]
    if entry.reason_code == MODERATION:
        # A post taken down: the §11 ground, as its author already sees it on the post
        # (the moderator's internal note after " / " stays internal).
        why = entry.reason.split(" / ")[0]
    elif entry.reason_code and entry.action in ("reveal", "download", "change", "delete"):
        # The stated reason's category (its reference numbers and notes stay internal).
        why = entry.reason.split(" / ")[0] if entry.action == "reveal" else {
            "download": "업무상 내려받기(사유 기재)", "change": "정정 요구 처리",
            "delete": "탈퇴 요청 처리"}[entry.action]
    else:
        why = "; ".join(r.duties for r in roles) or "업무 처리"
    return {
        "at": entry.at,
        "action": entry.get_action_display(),
        "what": _what(entry.target),
        "role": ", ".join(r.name for r in roles) or "직원",
        "why": why,
    }


def staff_access_count(member) -> int:
    return _entries(member).count()


def mypage_staff_access(member) -> dict:
    """My Page section (StaffAccessProvider)."""
    entries = list(_entries(member)[:MYPAGE_LIMIT])
    return {"template": "backoffice/_mypage_staff_access.html",
            "entries": [_describe(e) for e in entries], "limit": MYPAGE_LIMIT}


def export_staff_access(member) -> dict:
    """The data download's part (StaffAccessProvider)."""
    return {"staff_access": [
        {**d, "at": timezone.localtime(d["at"]).isoformat()}
        for d in map(_describe, _entries(member).iterator())]}
