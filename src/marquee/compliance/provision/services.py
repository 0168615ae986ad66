"""Provision of personal data to third parties (P6): never without a recorded basis.

A provision is made either under a provision rule the member consented to (the consent
record is the basis) or under a legal request whose every particular is recorded
(agency, document number, legal article, items, members, handler, time). Each member's
provision is recorded with the items given and a keyed hash of each value, so that a
later correction can be sent to the recipient (corrections.py) and the member can see
it on My Page (P8.1).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from marquee.errors import ServiceError
from marquee.privacy.api import ConsentRecord, inventory

from .models import LegalRequest, Provision
from .reads import PurposeViolation, Use, read_for
from .values import digest


class ProvisionRefused(ServiceError):
    """No lawful basis, or an incomplete one: nothing is provided. Message in Korean."""

    code = "provision_refused"


@dataclass
class ProvisionResult:
    provisions: list[Provision]
    payload: list[dict]
    excluded: dict = field(default_factory=dict)
    withheld: dict = field(default_factory=dict)


def _handler_label(user) -> str:
    if user is None:
        return ""
    return f"staff:{user.pk}"


def _legal_request_gaps(request: LegalRequest, members=None, items=None) -> list[str]:
    members = list(request.members.all()) if members is None else members
    items = request.items if items is None else items
    gaps = [label for label, value in (
        ("요청 기관", request.agency), ("문서 번호", request.document_number),
        ("근거 법령", request.legal_article), ("기관 회신처", request.agency_contact),
        ("처리 담당자", request.handler_label)) if not str(value or "").strip()]
    if not items:
        gaps.append("요청 항목")
    if not members:
        gaps.append("대상 회원")
    if request.received_at is None:
        gaps.append("접수 일시")
    return gaps


@transaction.atomic
def register_legal_request(*, agency: str, document_number: str, legal_article: str,
                           items, members, agency_contact: str, handler,
                           received_at=None) -> LegalRequest:
    """Record an agency's request before anything is provided under it."""
    items, members = list(dict.fromkeys(items)), list(members)
    request = LegalRequest(agency=agency.strip(), document_number=document_number.strip(),
                           legal_article=legal_article.strip(), items=items,
                           agency_contact=agency_contact.strip(), handler=handler,
                           handler_label=_handler_label(handler),
                           received_at=received_at or timezone.now())
    gaps = _legal_request_gaps(request, members, items)
    if gaps:
        raise ProvisionRefused("법령에 따른 요청으로 기록하려면 다음이 필요합니다: " + ", ".join(gaps))
    unknown = [k for k in items if k not in inventory.items]
    if unknown:
        raise ProvisionRefused(f"알 수 없는 항목입니다: {', '.join(unknown)}")
    request.save()
    request.members.set(members)
    return request


def _consent_record(member, consent_key: str) -> ConsentRecord | None:
    return ConsentRecord.objects.filter(member=member, text__key=consent_key).select_related(
        "text").order_by("-at", "-id").first()


@transaction.atomic
def provide(*, members, items, rule=None, legal_request: LegalRequest | None = None,
            by: str, now=None) -> ProvisionResult:
    """Give ``items`` of ``members`` to a third party, on a rule or a legal request."""
    now = now or timezone.now()
    if (rule is None) == (legal_request is None):
        raise ProvisionRefused("제3자 제공에는 근거가 하나 있어야 합니다: 정보주체가 동의한 제공 "
                               "규칙 또는 법령에 따른 요청(요청 기관, 문서 번호, 근거 법령, 항목, "
                               "대상자, 처리 담당자, 접수 일시).")
    if not by:
        raise ProvisionRefused("제공을 처리하는 담당자를 기록해야 합니다.")
    if legal_request is not None:
        gaps = _legal_request_gaps(legal_request)
        if gaps:
            raise ProvisionRefused("법령에 따른 요청의 기록이 불완전합니다: " + ", ".join(gaps))
    else:
        rule = inventory.provisions.get(rule) if isinstance(rule, str) else rule
        if rule is None or rule.key not in inventory.provisions:
            raise ProvisionRefused("선언되지 않은 제공 규칙입니다.")
        if not rule.contact:
            raise ProvisionRefused(f"{rule.recipient}의 정정 통지 연락처가 선언되지 않았습니다.")
    try:
        selection = read_for(Use.PROVISION, members, items, rule=rule,
                             legal_request=legal_request)
    except PurposeViolation as exc:
        raise ProvisionRefused(str(exc)) from None
    if not selection.rows:
        reasons = sorted(set(selection.excluded.values())) or ["대상 없음"]
        raise ProvisionRefused("제공할 수 있는 정보주체가 없습니다: " + ", ".join(reasons))
    provisions, payload = [], []
    for row in selection.rows:
        if legal_request is not None:
            common = dict(
                recipient=legal_request.agency, recipient_contact=legal_request.agency_contact,
                purpose=f"법령에 따른 요청({legal_request.legal_article})",
                basis=Provision.Basis.LAW, legal_request=legal_request,
                basis_summary=(f"{legal_request.agency} {legal_request.document_number} "
                               f"({legal_request.legal_article}), 접수 "
                               f"{timezone.localtime(legal_request.received_at):%Y-%m-%d %H:%M}, "
                               f"담당 {legal_request.handler_label}"))
        else:
            record = _consent_record(row.member, rule.consent)
            common = dict(
                recipient=rule.recipient, recipient_contact=rule.contact, purpose=rule.purpose,
                basis=Provision.Basis.CONSENT, rule=rule.key, consent_record=record,
                basis_summary=(f"{record.text.title} v{record.text.version} 동의 "
                               f"({timezone.localtime(record.at):%Y-%m-%d %H:%M})"))
        provision = Provision.objects.create(
            member=row.member, items=list(row.values), handled_by=by, provided_at=now,
            value_digests={k: digest(k, v) for k, v in row.values.items()}, **common)
        provisions.append(provision)
        payload.append({"provision": provision.pk, "values": row.values})
    return ProvisionResult(provisions, payload, selection.excluded, selection.withheld)
