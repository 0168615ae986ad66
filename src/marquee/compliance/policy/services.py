"""Publishing policy versions (P15): snapshot, diff, lead time, notice.

``publish`` renders the policy as the system stands, diffs it against the latest
version, decides from the diff whether the change is material (collected items,
purposes, third-party provision: 30 days) or not (7 days), refuses an effective date
earlier than that, and announces the version on the notices board, all in one
transaction: a version is never published without its notice.
"""

from __future__ import annotations

import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone

from marquee.compliance import hooks
from marquee.errors import ServiceError

from . import contacts, leadtime, legacy
from .diff import PolicyDiff, diff
from .document import Document
from .models import NoticeTooShort, PolicyVersion
from .sections import render


class PublishRefused(ServiceError):
    """The version cannot be published as asked; the message says why, in Korean."""

    code = "publish_refused"


def latest() -> PolicyVersion | None:
    """The latest version the system generated (a legacy import is only history)."""
    return PolicyVersion.objects.filter(imported=False).order_by("-number").first()


def latest_any() -> PolicyVersion | None:
    return PolicyVersion.objects.order_by("-number").first()


def in_force(day: datetime.date | None = None) -> PolicyVersion | None:
    return PolicyVersion.objects.in_force(day or timezone.localdate())


def pending_changes(draft: Document | None = None
                    ) -> tuple[PolicyVersion | None, Document, PolicyDiff | None]:
    """The latest version (a generated one; else the legacy text), the draft (rendered
    now unless given), and what changed between them."""
    previous = latest() or latest_any()
    draft = draft or render()
    return previous, draft, (diff(previous.as_document(), draft) if previous else None)


def _korean(day: datetime.date) -> str:
    return leadtime.korean(day)


def check_effective_date(effective_on: datetime.date, *, notice_day: datetime.date,
                         previous: PolicyVersion | None, changes: PolicyDiff | None) -> int:
    """The lead time this change needs (days), or PublishRefused with the reason.
    The model applies the same rule when a version is saved (``hold_to_notice_rules``)."""
    days, refused = leadtime.check(
        effective_on, notice_day=notice_day, changes=changes,
        previous=(previous.edition, previous.effective_on) if previous else None)
    if refused:
        raise PublishRefused(refused)
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
    if not hooks.policy_announcer.is_set:
        raise PublishRefused("공지사항 게시판이 설정되지 않아 변경을 공지할 수 없습니다 "
                             "(policy_announcer).")
    return hooks.policy_announcer(_announcement(version, changes))


def publish(effective_on: datetime.date, *, by: str, now=None,
            document: Document | None = None, number: int | None = None) -> PolicyVersion:
    """Snapshot the policy (rendered now, or the published ``document`` from the repo's
    snapshots) and announce it; see the module docstring."""
    now = now or timezone.now()
    notice_day = timezone.localtime(now).date()
    try:
        with transaction.atomic():
            document = document or render()
            previous = latest()
            changes = diff(previous.as_document(), document) if previous else None
            if previous is not None and not changes:
                raise PublishRefused("이전 버전과 달라진 내용이 없어 새 버전을 게시하지 않습니다.")
            days = check_effective_date(effective_on, notice_day=notice_day, previous=previous,
                                        changes=changes)
            version = PolicyVersion.objects.create(
                number=number or ((previous.number + 1) if previous else 1), title=document.title,
                document=document.to_json(), effective_on=effective_on, published_at=now,
                published_by=by, lead_days=days, material=bool(changes and changes.material),
                changed_sections=[s.key for s in changes.changed] if changes else [])
            notice = _announce(version, changes)
            version.notice_id = notice.pk
            version.notice_url = notice.get_absolute_url()
            version.save(update_fields=["notice_id", "notice_url"])
    except IntegrityError:
        raise PublishRefused("다른 버전이 동시에 게시되었습니다. 다시 시도해 주세요.") from None
    except NoticeTooShort as refused:
        raise PublishRefused(refused.messages[0]) from None
    return version


LEGACY_NUMBER = 0  # the generated versions are numbered from 1


def import_legacy(text: str, effective_on: datetime.date, *, by: str) -> PolicyVersion:
    """Record the policy in force before the system's first version, as history only
    (L7.2): number 0, no notice (it was announced when it was made), superseded by the
    first generated version. Once only."""
    if PolicyVersion.objects.filter(imported=True).exists():
        raise PublishRefused("이미 종전 처리방침을 가져왔습니다.")
    document = legacy.parse(text)
    try:
        return PolicyVersion.objects.create(
            number=LEGACY_NUMBER, title=document.title, document=document.to_json(),
            effective_on=effective_on, published_by=by, imported=True)
    except NoticeTooShort as refused:
        raise PublishRefused(refused.messages[0]) from None
