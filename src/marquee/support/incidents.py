"""Incident response: the statutory clocks, the notices and the reports (P12.6, L6.1, L6.2).

The clocks, counted from discovery:

* 24 hours to report an intrusion (침해사고) to 과학기술정보통신부 or KISA
  (정보통신망법 제48조의3);
* 72 hours to notify the affected members (개인정보 보호법 제34조①, 시행령 제39조), and, when
  1,000 or more people, sensitive or unique identifying information, or an external
  intrusion are involved, to report to 개인정보보호위원회 or KISA (제34조③, 시행령 제40조).

A notice carries what the law lists: the items, the time and circumstances, what the
operator did, what the member can do, the contact point and the legal remedies. When
the scope is not yet known, a "possible exposure" notice goes out first; members with no
contact detail are reached by a posting on the customer-centre page. An incident cannot
be closed while a notice or report it owes has not been made.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from marquee.compliance.policy import contacts
from marquee.members.models import AccessRecord, Member
from marquee.outbox import services as outbox
from marquee.privacy.api import inventory

from .errors import InquiryRefused
from .incident_models import Dispatch, Incident, IncidentAction

REPORT_THRESHOLD = 1000
Kind = Dispatch.Kind


class IncidentRefused(InquiryRefused):
    code = "incident_refused"


@dataclass(frozen=True)
class Clock:
    kind: str
    label: str
    basis: str
    due_at: datetime.datetime
    done_at: datetime.datetime | None

    @property
    def outstanding(self) -> bool:
        return self.done_at is None

    def remaining(self, now=None) -> datetime.timedelta:
        return self.due_at - (now or timezone.now())

    @property
    def late(self) -> bool:
        return self.done_at is not None and self.done_at > self.due_at


def needs_pipc_report(incident: Incident) -> bool:
    return (incident.affected_count >= REPORT_THRESHOLD or incident.sensitive
            or incident.unique_identifiers or incident.intrusion)


def _done(incident: Incident, kinds) -> datetime.datetime | None:
    first = incident.dispatches.filter(kind__in=kinds).order_by("at").first()
    return first.at if first else None


def clocks(incident: Incident) -> list[Clock]:
    """The clocks this incident owes, each with its deadline and when it was kept."""
    start = incident.discovered_at
    owed = []
    if incident.intrusion:
        owed.append(Clock(Kind.MSIT_REPORT, "과기정통부·KISA 침해사고 신고", "정보통신망법 제48조의3",
                          start + datetime.timedelta(hours=24), _done(incident, [Kind.MSIT_REPORT])))
    owed.append(Clock(Kind.MEMBER_NOTICE, "정보주체 통지", "개인정보 보호법 제34조제1항",
                      start + datetime.timedelta(hours=72),
                      _done(incident, [Kind.MEMBER_NOTICE, Kind.SITE_POSTING])))
    if needs_pipc_report(incident):
        owed.append(Clock(Kind.PIPC_REPORT, "개인정보보호위원회·KISA 유출 신고",
                          "개인정보 보호법 제34조제3항", start + datetime.timedelta(hours=72),
                          _done(incident, [Kind.PIPC_REPORT])))
    return owed


# --- who is affected --------------------------------------------------------------------

FEATURES = {"joined": "해당 시점에 가입해 있던 회원", "active": "해당 기간에 접속한 회원",
            "booked": "해당 기간에 예매한 회원"}


def affected_members(feature: str, since: datetime.datetime, until: datetime.datetime):
    """Members the records show were exposed: by feature and time range."""
    members = Member.objects.filter(is_staff=False, status=Member.Status.ACTIVE)
    if feature == "joined":
        return members.filter(date_joined__lte=until)
    if feature == "active":
        ids = AccessRecord.objects.filter(at__gte=since, at__lte=until).values("member_id")
        return members.filter(pk__in=ids)
    if feature == "booked":
        from marquee.booking.models import Booking

        ids = Booking.objects.filter(created_at__gte=since, created_at__lte=until).values(
            "member_id")
        return members.filter(pk__in=ids)
    raise IncidentRefused("대상 선택 기준을 고르세요.")


# --- the notice -------------------------------------------------------------------------


def item_labels(incident: Incident) -> str:
    labels = [inventory.items[k].label for k in incident.items if k in inventory.items]
    return ", ".join(labels) or "확인 중"


def _kst(moment) -> str:
    return f"{timezone.localtime(moment):%Y년 %m월 %d일 %H시 %M분}" if moment else "확인 중"


def notice_text(incident: Incident, *, possible: bool = False) -> str:
    """The statutory contents of a notice (시행령 제39조), in the law's order."""
    centre = contacts.customer_centre()
    officer = contacts.officer()
    bodies = "\n".join(f"  - {b['name']} {b.get('phone', '')} {b.get('url', '')}".rstrip()
                       for b in contacts.complaint_bodies())
    lead = ("회원님의 개인정보가 유출되었을 가능성이 있어 알려 드립니다. 유출 범위는 현재 확인 중이며, "
            "확인되는 대로 다시 알려 드리겠습니다." if possible else
            "회원님의 개인정보가 유출되었음을 알려 드리며 깊이 사과드립니다.")
    return "\n".join([
        f"[{settings.MARQUEE_SENDER_NAME}] 개인정보 유출 {'가능성 ' if possible else ''}안내", lead, "",
        f"1. 유출된 개인정보 항목: {item_labels(incident)}",
        f"2. 유출된 시점과 그 경위: {_kst(incident.occurred_at or incident.discovered_at)}, "
        f"{incident.what_happened}",
        f"3. 회사의 대응 조치 및 피해 구제 절차: {incident.mitigation or '조치 중'}",
        f"4. 회원님이 할 수 있는 피해 최소화 방법: {incident.member_steps or '비밀번호를 변경해 주시고, 회사를 사칭한 연락에 주의해 주십시오.'}",
        f"5. 피해 신고·상담 창구: 고객센터 {centre.get('phone', '')} ({centre.get('hours', '')}), "
        f"{centre.get('email', '')}; 개인정보 보호책임자 {officer.get('name', '')} "
        f"{officer.get('phone', '')} {officer.get('email', '')}",
        "6. 권리 구제 방법: 아래 기관에 신고·상담하거나 분쟁 조정을 신청하실 수 있습니다.", bodies,
    ])


def log_action(incident: Incident, text: str, *, by=None, at=None) -> IncidentAction:
    return IncidentAction.objects.create(incident=incident, text=text, by=by,
                                         at=at or timezone.now())


@transaction.atomic
def send_notice(incident: Incident, members, *, by=None, possible: bool = False) -> Dispatch:
    """Queue the notice to each member with a contact (e-mail, else SMS) and record it;
    members with neither are counted and reached by the site posting."""
    text = notice_text(incident, possible=possible)
    sent = unreachable = 0
    for member in members:
        channel, to = ("email", member.email) if member.email else ("sms", member.mobile)
        if not to:
            unreachable += 1
            continue
        outbox.queue(data_key=member.data_key, channel=channel, kind="breach_notice",
                     recipient=to, body=text,
                     subject=text.splitlines()[0] if channel == "email" else "")
        sent += 1
    kind = Kind.POSSIBLE_NOTICE if possible else Kind.MEMBER_NOTICE
    dispatch = Dispatch.objects.create(incident=incident, kind=kind, by=by, recipient_count=sent,
                                       text=text)
    log_action(incident, f"{Kind(kind).label}: {sent}명 발송, 연락처 없음 {unreachable}명", by=by)
    if unreachable:
        post_on_site(incident, by=by, count=unreachable)
    return dispatch


def post_on_site(incident: Incident, *, by=None, count: int = 0) -> Dispatch:
    """Members without contact details: the notice on the customer-centre page."""
    dispatch = Dispatch.objects.create(incident=incident, kind=Kind.SITE_POSTING, by=by,
                                       recipient_count=count, text=notice_text(incident))
    log_action(incident, "고객센터 페이지에 유출 안내 게시", by=by)
    return dispatch


def record_report(incident: Incident, kind: str, *, by=None, reference: str = "",
                  at=None) -> Dispatch:
    """A report made to a regulator (copied from the draft into the official form)."""
    if kind not in (Kind.PIPC_REPORT, Kind.MSIT_REPORT):
        raise IncidentRefused("신고 종류가 올바르지 않습니다.")
    dispatch = Dispatch.objects.create(incident=incident, kind=kind, by=by, reference=reference,
                                       text=report_text(incident, kind), at=at or timezone.now())
    log_action(incident, f"{Kind(kind).label} 완료 {reference}".strip(), by=by, at=dispatch.at)
    return dispatch


def close(incident: Incident, *, by=None) -> None:
    """Refused while a notice or report the incident owes has not been made."""
    outstanding = [c.label for c in clocks(incident) if c.outstanding]
    if outstanding:
        raise IncidentRefused("아직 하지 않은 통지·신고가 있어 종결할 수 없습니다: "
                              + ", ".join(outstanding))
    incident.status = Incident.Status.CLOSED
    incident.closed_at = timezone.now()
    incident.save(update_fields=["status", "closed_at"])
    log_action(incident, "사고 대응 종결", by=by)


def site_postings():
    """Current postings for the customer-centre page (open incidents)."""
    return Dispatch.objects.filter(kind=Kind.SITE_POSTING,
                                   incident__status=Incident.Status.OPEN).order_by("-at")


# --- report drafts, in the regulators' field order --------------------------------------


def report_fields(incident: Incident, kind: str) -> list[tuple[str, str]]:
    """The fields of the official form, filled from the record, for the CPO to copy."""
    operator = contacts.operator()
    officer = contacts.officer()
    contact = (f"{officer.get('position', '')} {officer.get('name', '')}, "
               f"{officer.get('phone', '')}, {officer.get('email', '')}")
    notified = _done(incident, Dispatch.NOTICES)
    if kind == Kind.MSIT_REPORT:
        return [("신고인(사업자명)", operator.get("company") or operator.get("service", "")),
                ("사고 발생 일시", _kst(incident.occurred_at)),
                ("사고 인지 일시", _kst(incident.discovered_at)),
                ("사고 유형 및 내용", incident.what_happened),
                ("원인(추정)", incident.cause or "분석 중"),
                ("피해 시스템", incident.systems or "확인 중"),
                ("피해 내용(개인정보 유출 여부)", item_labels(incident)),
                ("조치 사항", incident.mitigation or "조치 중"),
                ("담당자 및 연락처", contact)]
    return [("기관(사업자)명", operator.get("company") or operator.get("service", "")),
            ("정보주체에의 통지 여부", f"통지함({_kst(notified)})" if notified else "통지 예정"),
            ("유출 등이 된 개인정보의 항목", item_labels(incident)),
            ("유출 등이 된 규모", f"{incident.affected_count:,}명"
             + ("" if incident.scope_known else "(추정, 확인 중)")),
            ("유출 등이 된 시점", _kst(incident.occurred_at or incident.discovered_at)),
            ("유출 등을 알게 된 시점", _kst(incident.discovered_at)),
            ("유출 등의 경위", incident.what_happened),
            ("고유식별정보·민감정보 포함 여부",
             "포함" if incident.unique_identifiers or incident.sensitive else "미포함"),
            ("외부로부터의 불법적인 접근 여부", "예" if incident.intrusion else "아니오"),
            ("피해 확산 방지를 위한 조치 및 결과", incident.mitigation or "조치 중"),
            ("정보주체가 할 수 있는 피해 최소화 방법", incident.member_steps or "-"),
            ("피해 구제 절차", "고객센터와 개인정보 보호책임자를 통한 상담·배상 접수"),
            ("담당부서·담당자 및 연락처", contact)]


def report_text(incident: Incident, kind: str) -> str:
    return "\n".join(f"{label}: {value}" for label, value in report_fields(incident, kind))
