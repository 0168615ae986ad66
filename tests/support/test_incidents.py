"""Incidents: the 24- and 72-hour clocks, notices and reports recorded with their time,
and no closing with a notice outstanding (P12.6, L6.1, L6.2)."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from marquee.support import incidents
from marquee.support.incident_models import Dispatch, Incident
from tests.conftest import create_staff, otp_session


def _incident(**overrides) -> Incident:
    data = dict(title="회원 DB 무단 접근", discovered_at=timezone.now() - datetime.timedelta(hours=2),
                what_happened="외부에서 관리자 계정을 도용해 회원 목록을 조회함",
                cause="관리자 비밀번호 유출", items=["email", "mobile"], affected_count=1200,
                intrusion=True, scope_known=True, mitigation="계정 차단, 비밀번호 초기화",
                member_steps="비밀번호를 변경하고 스미싱 문자에 주의하세요.")
    data.update(overrides)
    return Incident.objects.create(**data)


@pytest.mark.django_db
def test_l6_2_an_intrusion_owes_a_24_hour_report_and_l6_1_a_72_hour_notice_and_report():
    incident = _incident()
    clocks = {c.kind: c for c in incidents.clocks(incident)}
    assert set(clocks) == {"msit_report", "member_notice", "pipc_report"}
    assert clocks["msit_report"].due_at == incident.discovered_at + datetime.timedelta(hours=24)
    assert clocks["member_notice"].due_at == incident.discovered_at + datetime.timedelta(hours=72)


@pytest.mark.django_db
def test_l6_1_a_small_ordinary_leak_owes_only_the_member_notice():
    incident = _incident(affected_count=10, intrusion=False)
    assert [c.kind for c in incidents.clocks(incident)] == ["member_notice"]
    assert incidents.needs_pipc_report(_incident(affected_count=10, intrusion=False,
                                                 unique_identifiers=True))


def test_p12_6_notice_and_reports_are_sent_recorded_and_the_incident_closes(member, outbox):
    incident = _incident()
    staff = create_staff("cpo")
    since = timezone.now() - datetime.timedelta(days=1)
    members = incidents.affected_members("joined", since, timezone.now())
    assert member in members
    incidents.send_notice(incident, members, by=staff)
    notice = outbox("breach_notice")[-1]
    assert notice.recipient == member.email
    for part in ("유출된 개인정보 항목", "이메일", "유출된 시점과 그 경위", "대응 조치",
                 "피해 최소화 방법", "피해 신고·상담 창구", "권리 구제 방법", "개인정보분쟁조정위원회"):
        assert part in notice.body, part
    incidents.record_report(incident, Dispatch.Kind.MSIT_REPORT, by=staff, reference="KISA-1")
    incidents.record_report(incident, Dispatch.Kind.PIPC_REPORT, by=staff)
    assert all(not c.outstanding and not c.late for c in incidents.clocks(incident))
    incidents.close(incident, by=staff)
    incident.refresh_from_db()
    assert incident.status == Incident.Status.CLOSED
    kinds = [d.kind for d in incident.dispatches.all()]
    assert kinds == ["member_notice", "msit_report", "pipc_report"]
    assert incident.timeline.count() == 4  # notice, two reports, closing


@pytest.mark.django_db
def test_l6_1_an_incident_cannot_be_closed_with_a_notice_outstanding():
    incident = _incident()
    incidents.record_report(incident, Dispatch.Kind.MSIT_REPORT)
    with pytest.raises(incidents.IncidentRefused) as refused:
        incidents.close(incident)
    assert "정보주체 통지" in refused.value.message
    incident.refresh_from_db()
    assert incident.status == Incident.Status.OPEN


def test_l6_1_members_without_contact_are_reached_by_a_site_posting(member, client):
    incident = _incident(scope_known=False)
    member.email = ""
    member.mobile = ""
    incidents.send_notice(incident, [member], possible=True)
    kinds = set(incident.dispatches.values_list("kind", flat=True))
    assert kinds == {"possible_notice", "site_posting"}
    page = client.get(reverse("support:centre")).content.decode()
    assert "개인정보 유출 안내" in page and "유출된 개인정보 항목" in page


def test_l6_2_report_drafts_follow_the_form_and_the_clock_page_counts_down(client, db):
    incident = _incident()
    cpo = create_staff("cpo")
    otp_session(client, cpo)
    draft = client.get(reverse("admin:support_incident_report", args=[incident.pk, "pipc_report"]))
    text = draft.content.decode()
    assert text.index("유출 등이 된 개인정보의 항목") < text.index("유출 등의 경위") < text.index(
        "담당부서·담당자 및 연락처")
    page = client.get(reverse("admin:support_incident_respond", args=[incident.pk])).content.decode()
    assert 'data-clock="msit_report"' in page and "countdown" in page
    refused = client.post(reverse("admin:support_incident_respond", args=[incident.pk]),
                          {"action": "close"})
    assert "종결할 수 없습니다" in refused.content.decode()
