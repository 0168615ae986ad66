"""Publishing policy versions (P15): snapshot, diff, lead time, notice.

``publish`` renders the policy as the system stands, diffs it against the latest
version, decides from the diff whether the change is material (collected items,
purposes, third-party provision: 30 days) or not (7 days), refuses an effective date
earlier than that, and announces the version on the notices board, all in one
transaction: a version is never published without its notice.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.module_loading import import_string

from marquee.errors import ServiceError

from . import contacts, leadtime, legacy
from .diff import PolicyDiff, diff
from .document import Document
from .models import PolicyVersion
from .sections import render


class PublishRefused(ServiceError):
    """The version cannot be published as asked; the message says why, in Korean."""

    code = "publish_refused"


def latest() -> PolicyVersion | None:
    return PolicyVersion.objects.order_by("-number").first()


def in_force(day: datetime.date | None = None) -> PolicyVersion | None:
    return PolicyVersion.objects.in_force(day or timezone.localdate())


def pending_changes() -> tuple[PolicyVersion | None, Document, PolicyDiff | None]:
    """The latest version, the draft rendered now, and what changed between them."""
    previous = latest()
    draft = render()
    return previous, draft, (diff(previous.as_document(), draft) if previous else None)


def _korean(day: datetime.date) -> str:
    return f"{day.year}년 {day.month}월 {day.day}일"


def check_effective_date(effective_on: datetime.date, *, notice_day: datetime.date,
                         previous: PolicyVersion | None, changes: PolicyDiff | None) -> int:
    """The lead time this change needs (days), or PublishRefused with the reason."""
    material = bool(changes and changes.material)
    days = leadtime.required_days(material=material, first=previous is None)
    earliest = leadtime.earliest_effective(notice_day, material=material, first=previous is None)
    if effective_on < earliest:
        if material:
            where = ", ".join(s.heading for s in changes.material_sections)
            why = (f"수집하는 개인정보 항목, 처리 목적 또는 제3자 제공이 바뀌는 중요한 변경"
                   f"({where})이므로 시행일 최소 {days}일 전에 공지해야 합니다")
        elif days:
            why = f"처리방침 변경은 시행일 최소 {days}일 전에 공지해야 합니다"
        else:
            why = "시행일은 게시일 이후여야 합니다"
        raise PublishRefused(f"시행일 {_korean(effective_on)}은(는) 너무 이릅니다. {why}. "
                             f"{_korean(earliest)} 이후로 정해 주세요.")
    if previous is not None and effective_on <= previous.effective_on:
        raise PublishRefused(f"시행일은 이전 버전(제{previous.number}판)의 시행일 "
                             f"{_korean(previous.effective_on)}보다 뒤여야 합니다.")
    return days


def _announcement(version: PolicyVersion, changes: PolicyDiff | None) -> dict:
    service = contacts.operator()["service"]
    lines = [f"{service} 개인정보 처리방침이 다음과 같이 변경됩니다.", "",
             f"시행일: {_korean(version.effective_on)}"]
    if changes:
        lines += ["", "변경되는 내용:"]
        lines += [f"- {s.heading}{' (중요 변경)' if s.material else ''}" for s in changes.changed]
        if changes.material:
            lines += ["", "수집하는 개인정보 항목, 처리 목적 또는 제3자 제공에 관한 중요한 변경이 "
                          f"있어 시행 {leadtime.MATERIAL_NOTICE_DAYS}일 전에 알려 드립니다."]
    lines += ["", "변경 전후의 내용은 아래 '변경 내용 보기'에서 확인하실 수 있습니다."]
    return {
        "title": f"개인정보 처리방침 변경 안내 ({_korean(version.effective_on)} 시행)",
        "body": "\n".join(lines),
        "link": version.get_absolute_url() + "#changes",
        "link_label": "변경 내용 보기",
        "source": f"policy:{version.number}",
    }


def _announce(version: PolicyVersion, changes: PolicyDiff | None):
    path = getattr(settings, "MARQUEE_POLICY_ANNOUNCER", "")
    if not path:
        raise PublishRefused("공지사항 게시판이 설정되지 않아 변경을 공지할 수 없습니다 "
                             "(MARQUEE_POLICY_ANNOUNCER).")
    return import_string(path)(_announcement(version, changes))


def publish(effective_on: datetime.date, *, by: str, now=None) -> PolicyVersion:
    """Snapshot the policy as rendered now and announce it; see the module docstring."""
    now = now or timezone.now()
    notice_day = timezone.localtime(now).date()
    try:
        with transaction.atomic():
            previous, document, changes = pending_changes()
            if previous is not None and not changes:
                raise PublishRefused("이전 버전과 달라진 내용이 없어 새 버전을 게시하지 않습니다.")
            days = check_effective_date(effective_on, notice_day=notice_day, previous=previous,
                                        changes=changes)
            version = PolicyVersion.objects.create(
                number=(previous.number + 1) if previous else 1, title=document.title,
                document=document.to_json(), effective_on=effective_on, published_at=now,
                published_by=by, lead_days=days, material=bool(changes and changes.material),
                changed_sections=[s.key for s in changes.changed] if changes else [])
            notice = _announce(version, changes)
            version.notice_id = notice.pk
            version.notice_url = notice.get_absolute_url()
            version.save(update_fields=["notice_id", "notice_url"])
    except IntegrityError:
        raise PublishRefused("다른 버전이 동시에 게시되었습니다. 다시 시도해 주세요.") from None
    return version


def import_legacy(text: str, effective_on: datetime.date, *, by: str) -> PolicyVersion:
    """Record the policy in force before the system's first version (no notice: it was
    announced when it was made). Only as the very first version."""
    if PolicyVersion.objects.exists():
        raise PublishRefused("이미 게시된 버전이 있어 이전 처리방침을 가져올 수 없습니다.")
    document = legacy.parse(text)
    return PolicyVersion.objects.create(
        number=1, title=document.title, document=document.to_json(), effective_on=effective_on,
        published_by=by, imported=True)
