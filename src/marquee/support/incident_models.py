"""Incidents and breach notices (P12.6, L6.1, L6.2), imported by ``models``.

An incident is the operator's own record: what happened, when it was discovered, the
cause, the systems and the items involved, how many people, and whether unique
identifiers, sensitive data or an external intrusion are involved: those facts decide
which statutory clocks run (``incidents.clocks``). Every action taken is a timeline
entry, and every notice and report (to members, on the site, to 개인정보보호위원회/KISA,
to 과기정통부/KISA) is a ``Dispatch`` with its time. The record is written by staff and
names no member: affected members are selected from the records when a notice is sent,
and the notices themselves are outbox messages sealed under each member's key.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

_STAFF_TEXT = "written by staff about the incident; names no member"


class Incident(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", "대응 중"
        CLOSED = "closed", "종결"

    title = models.CharField("사고 제목", max_length=200)
    discovered_at = models.DateTimeField("인지 일시")
    occurred_at = models.DateTimeField("발생(추정) 일시", null=True, blank=True)
    what_happened = models.TextField("사고 내용과 경위")
    cause = models.TextField("원인", blank=True)
    systems = models.CharField("관련 시스템", max_length=300, blank=True)
    items = models.JSONField("유출 등이 된 개인정보 항목", default=list, blank=True)
    affected_count = models.PositiveIntegerField("정보주체 수(추정)", default=0)
    scope_known = models.BooleanField("유출 범위 확인됨", default=False)
    unique_identifiers = models.BooleanField("고유식별정보 포함", default=False)
    sensitive = models.BooleanField("민감정보 포함", default=False)
    intrusion = models.BooleanField("외부 불법 접근(해킹 등)", default=False)
    mitigation = models.TextField("피해 확산 방지 조치와 결과", blank=True)
    member_steps = models.TextField("정보주체가 할 수 있는 피해 최소화 방법", blank=True)
    person_in_charge = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                         on_delete=models.SET_NULL, related_name="+",
                                         verbose_name="대응 책임자")
    status = models.CharField("상태", max_length=10, choices=Status.choices,
                              default=Status.OPEN)
    closed_at = models.DateTimeField("종결 일시", null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now, verbose_name="등록 일시")

    privacy_waivers = {
        "what_happened": _STAFF_TEXT, "cause": _STAFF_TEXT, "mitigation": _STAFF_TEXT,
        "member_steps": _STAFF_TEXT,
        "items": "inventory item keys involved in the incident, never values",
    }

    class Meta:
        verbose_name = "개인정보 침해사고"
        verbose_name_plural = "개인정보 침해사고"
        ordering = ["-discovered_at"]
        permissions = [("handle_incident", "침해사고 대응(통지·신고 기록, 종결)")]

    def __str__(self) -> str:
        return f"사고 #{self.pk} {self.title}"


class IncidentAction(models.Model):
    """One step of the response, in order: the timeline (L6.2)."""

    incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="timeline")
    at = models.DateTimeField("일시", default=timezone.now)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                           on_delete=models.SET_NULL, related_name="+")
    text = models.TextField("조치 내용")
    privacy_waivers = {"text": _STAFF_TEXT}

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = "사고 대응 이력"


class Dispatch(models.Model):
    """A notice or report made, with its time: the proof each clock was kept."""

    class Kind(models.TextChoices):
        MEMBER_NOTICE = "member_notice", "정보주체 통지"
        POSSIBLE_NOTICE = "possible_notice", "정보주체 통지(유출 가능성, 범위 확인 중)"
        SITE_POSTING = "site_posting", "홈페이지 게시(연락처 없는 정보주체)"
        PIPC_REPORT = "pipc_report", "개인정보보호위원회·KISA 유출 신고(보호법 제34조)"
        MSIT_REPORT = "msit_report", "과기정통부·KISA 침해사고 신고(정보통신망법 제48조의3)"

    NOTICES = (Kind.MEMBER_NOTICE, Kind.POSSIBLE_NOTICE, Kind.SITE_POSTING)

    incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="dispatches")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    at = models.DateTimeField("일시", default=timezone.now)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                           on_delete=models.SET_NULL, related_name="+")
    recipient_count = models.PositiveIntegerField("대상 수", default=0)
    text = models.TextField("통지·신고 내용")
    reference = models.CharField("접수 번호 등", max_length=100, blank=True)
    privacy_waivers = {"text": "the statutory notice text, generated from the incident record",
                       "recipient_count": "how many members were notified: a number only"}

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = "통지·신고 기록"
