"""Rights requests: receive, confirm (guardians), decide, reply, alert (L5.1, P8).

Every request is due 10 days after receipt (deadlines.py). A reply that refuses or only
partly grants a request states the reason and the appeal route (PIPA 38⑤, 시행령 42②).
While a correction or deletion request is open its items are held (holds.py); when a
correction is granted, recipients who were given the wrong value are told (P8.4).

The engine imports no domain app: the guardian's registered contact and the way a
consent is withdrawn come from hooks in settings (``MARQUEE_GUARDIAN_CONTACT``,
``MARQUEE_CONSENT_CHANGE``).
"""

from __future__ import annotations

import hashlib
import secrets

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.module_loading import import_string

from marquee.outbox import services as outbox
from marquee.privacy.inventory import inventory
from marquee.privacy.models import ConsentRecord
from marquee.privacy.policy import contacts

from .deadlines import DEADLINE_DAYS, GUARDIAN_LINK_TTL, KST, Kind, due_at
from .models import RightsRequest

DECIDED = (RightsRequest.Status.ACCEPTED, RightsRequest.Status.PARTIAL,
           RightsRequest.Status.REFUSED)


class RequestRefused(Exception):
    """The request cannot be taken as made; the message says why, in Korean."""


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _day(moment) -> str:
    return f"{moment.astimezone(KST):%Y-%m-%d}"


def _send(request: RightsRequest, kind: str, body: str) -> None:
    outbox.queue(data_key=request.member.data_key, channel=request.reply_channel,
                 kind=kind, recipient=request.reply_to, body=body,
                 subject="개인정보 권리 행사 안내" if request.reply_channel == "email" else "")


def _sender() -> str:
    return f"[{settings.MARQUEE_SENDER_NAME}]"


def guardian_contact(member) -> dict | None:
    """The guardian registered when the child joined: {"name", "mobile"} or None."""
    path = getattr(settings, "MARQUEE_GUARDIAN_CONTACT", "")
    return import_string(path)(member) if path else None


def member_contact(member) -> tuple[str, str]:
    if getattr(member, "mobile", ""):
        return "sms", member.mobile
    return "email", member.email


# --- receiving ------------------------------------------------------------------------


def _validate(member, kind: Kind, items, consents, appeal_of) -> None:
    unknown = [k for k in items if k not in inventory.items]
    if unknown:
        raise RequestRefused(f"알 수 없는 항목입니다: {', '.join(unknown)}")
    if kind == Kind.CORRECTION and not items:
        raise RequestRefused("정정할 항목을 하나 이상 선택해 주세요.")
    if kind == Kind.WITHDRAW_CONSENT:
        if not consents:
            raise RequestRefused("철회할 동의를 하나 이상 선택해 주세요.")
        required = [c for c in consents if c not in inventory.consents
                    or inventory.consents[c].required]
        if required:
            raise RequestRefused("필수 동의(이용약관)의 철회는 회원 탈퇴로 처리됩니다. "
                                 "마이페이지 > 회원 탈퇴를 이용해 주세요.")
    if kind == Kind.APPEAL and (appeal_of is None or appeal_of.member_id != member.pk
                                or appeal_of.status not in DECIDED):
        raise RequestRefused("이의 제기는 처리 결과를 받은 요구에 대해서만 할 수 있습니다.")


@transaction.atomic
def submit(member, kind: str, *, items=(), consents=(), details: str = "",
           requester=RightsRequest.Requester.MEMBER, channel=RightsRequest.Channel.WEB,
           requester_name: str = "", verification: str = "", appeal_of=None,
           handled_by=None, now=None) -> RightsRequest:
    """Take a request. A member's own request, or one staff recorded after verifying the
    requester (phone, letter, e-mail), is received at once; a guardian's request made on
    the web waits until the guardian confirms it from the registered mobile (P8.5)."""
    kind = Kind(kind)
    now = now or timezone.now()
    items, consents = list(dict.fromkeys(items)), list(dict.fromkeys(consents))
    _validate(member, kind, items, consents, appeal_of)
    reply_channel, reply_to = member_contact(member)
    token = ""
    if requester == RightsRequest.Requester.GUARDIAN:
        guardian = guardian_contact(member)
        if guardian is None:
            raise RequestRefused("등록된 법정대리인이 없습니다. 법정대리인 권리 행사는 만 14세 "
                                 "미만 회원의 법정대리인만 할 수 있습니다.")
        requester_name, reply_channel, reply_to = guardian["name"], "sms", guardian["mobile"]
    request = RightsRequest(
        member=member, kind=kind, requester=requester, channel=channel, items=items,
        consents=consents, details=details, requester_name=requester_name,
        reply_to=reply_to, reply_channel=reply_channel, appeal_of=appeal_of,
        verification=verification, handled_by=handled_by, submitted_at=now)
    if requester == RightsRequest.Requester.GUARDIAN and channel == RightsRequest.Channel.WEB:
        token = secrets.token_urlsafe(32)
        request.status = RightsRequest.Status.AWAITING_GUARDIAN
        request.confirm_token_hash = _hash(token)
        request.confirm_expires_at = now + GUARDIAN_LINK_TTL
        request.save()
        link = settings.MARQUEE_SITE_URL + reverse("rights:guardian_confirm", args=[token])
        _send(request, "rights_guardian_confirm",
              f"{_sender()} {requester_name}님, 자녀 계정에서 법정대리인 명의로 개인정보 "
              f"{kind.label} 요구가 접수되었습니다. 직접 요구하신 경우 확인해 주세요"
              f"({GUARDIAN_LINK_TTL.days}일 유효): {link}")
        return request
    _receive(request, now)
    if kind == Kind.WITHDRAW_CONSENT and channel == RightsRequest.Channel.WEB:
        # Nothing to look into: withdrawal takes effect at once (PIPA 37①, L5.1).
        request = decide(request, RightsRequest.Status.ACCEPTED, now=now)
    return request


def _receive(request: RightsRequest, now) -> None:
    request.status = RightsRequest.Status.RECEIVED
    request.received_at = now
    request.due_at = due_at(now)
    request.confirm_token_hash = ""
    request.save()
    _send(request, "rights_received",
          f"{_sender()} 개인정보 {request.kind_enum.label} 요구가 {_day(now)}에 접수되었습니다"
          f"(접수번호 {request.pk}). {_day(request.due_at)}까지 처리 결과를 알려 드립니다.")


@transaction.atomic
def confirm_guardian(token: str, now=None) -> RightsRequest:
    now = now or timezone.now()
    request = RightsRequest.objects.select_for_update().filter(
        confirm_token_hash=_hash(token), status=RightsRequest.Status.AWAITING_GUARDIAN).first()
    if request is None or request.confirm_expires_at <= now:
        raise RequestRefused("확인 링크가 유효하지 않거나 만료되었습니다.")
    _receive(request, now)
    if request.kind == Kind.WITHDRAW_CONSENT:
        request = decide(request, RightsRequest.Status.ACCEPTED, now=now)
    return request


def appeal(request: RightsRequest, details: str) -> RightsRequest:
    """An objection to a decision (PIPA 38⑤): a request of its own, with its own deadline."""
    request = RightsRequest.objects.select_related("member").get(pk=request.pk)
    return submit(request.member, Kind.APPEAL, details=details, items=request.items,
                  requester=request.requester, appeal_of=request)


# --- deciding -------------------------------------------------------------------------


def appeal_route() -> str:
    """Where to turn when a request is refused: the in-house appeal first, then the
    dispute mediation committee and the reporting centre (from settings)."""
    cpo = contacts.officer()
    bodies = "; ".join(f"{b['name']}({b.get('phone', '')}, {b.get('url', '')})"
                       for b in contacts.complaint_bodies() if b.get("appeal"))
    return (f"이 결과에 이의가 있으시면 결과를 받으신 날부터 마이페이지 > 개인정보 권리 행사에서 "
            f"이의를 제기하시거나 개인정보 보호책임자({cpo.get('email', '')}, "
            f"{cpo.get('phone', '')})에게 알려 주십시오. 또한 {bodies}에 분쟁 조정이나 "
            "침해 신고를 하실 수 있습니다.")


def _withdraw_consents(request: RightsRequest) -> None:
    answers = {key: False for key in request.consents}
    actor = (ConsentRecord.Actor.GUARDIAN
             if request.requester == RightsRequest.Requester.GUARDIAN
             else ConsentRecord.Actor.MEMBER)
    via = {"web": ConsentRecord.Via.WEB, "phone": ConsentRecord.Via.PHONE,
           "letter": ConsentRecord.Via.LETTER, "email": ConsentRecord.Via.EMAIL}[request.channel]
    path = getattr(settings, "MARQUEE_CONSENT_CHANGE", "")
    if path:
        import_string(path)(request.member, answers, via=via, actor=actor)
    else:
        from marquee.privacy import consent

        consent.record(request.member, answers, via=via, actor=actor)


@transaction.atomic
def decide(request: RightsRequest, status: str, *, reason: str = "", by=None,
           items=None, now=None) -> RightsRequest:
    """Answer a request. ACCEPTED carries it out where the engine can (consent
    withdrawal; correction notices to recipients), PARTIAL and REFUSED need a reason."""
    now = now or timezone.now()
    given, request = request, RightsRequest.objects.select_for_update().select_related(
        "member").get(pk=request.pk)
    if request.status != RightsRequest.Status.RECEIVED:
        raise RequestRefused("접수된 요구만 처리할 수 있습니다 "
                             f"(현재 상태: {request.get_status_display()}).")
    status = RightsRequest.Status(status)
    if status not in DECIDED:
        raise RequestRefused("처리 결과는 처리 완료, 일부 처리, 거절 중 하나여야 합니다.")
    if status != RightsRequest.Status.ACCEPTED and not reason.strip():
        raise RequestRefused("거절하거나 일부만 처리할 때에는 그 사유를 적어야 합니다.")
    if items is not None:
        request.items = [k for k in items if k in request.items]
    request.status, request.reason, request.decided_at = status, reason.strip(), now
    request.handled_by = by or request.handled_by
    request.save()
    kind = request.kind_enum
    if status != RightsRequest.Status.REFUSED:
        if kind == Kind.WITHDRAW_CONSENT:
            _withdraw_consents(request)
        elif kind == Kind.CORRECTION:
            from marquee.privacy.provision import corrections

            corrections.notify_recipients(request.member, request.items, request=request)
    _send(request, "rights_reply", reply_text(request))
    given.refresh_from_db()  # the caller's copy shows the decision too
    return request


def reply_text(request: RightsRequest) -> str:
    kind = request.kind_enum
    lines = [f"{_sender()} 개인정보 {kind.label} 요구(접수번호 {request.pk}) 처리 결과: "
             f"{request.get_status_display()}"]
    if request.items:
        lines.append("대상 항목: " + ", ".join(
            inventory.items[k].label for k in request.items if k in inventory.items))
    if request.status == RightsRequest.Status.ACCEPTED and kind == Kind.ACCESS:
        lines.append("보유 중인 개인정보 전체는 마이페이지에서 열람하고 내려받으실 수 있습니다.")
    if request.reason:
        lines.append(f"사유: {request.reason} ({kind.article})")
    if request.status != RightsRequest.Status.ACCEPTED:
        lines.append(appeal_route())
    return "\n".join(lines)


# --- deadlines ------------------------------------------------------------------------


def overdue(now=None):
    now = now or timezone.now()
    return RightsRequest.objects.filter(status=RightsRequest.Status.RECEIVED,
                                        due_at__lt=now).select_related("member__data_key")


def alert_overdue(now=None) -> int:
    """Tell the CPO about every request past its deadline, once a day each (L5.1).
    The alert names the request, never the member's data."""
    now = now or timezone.now()
    today = now.astimezone(KST).date()
    cpo = contacts.officer().get("email", "")
    sent = 0
    for request in overdue(now).exclude(last_alerted_on=today):
        days_late = (today - request.due_at.astimezone(KST).date()).days
        with transaction.atomic():
            outbox.queue(
                data_key=request.member.data_key, channel="email", kind="rights_overdue",
                recipient=cpo, subject="[처리 기한 경과] 개인정보 권리 행사 요구",
                body=(f"개인정보 {request.kind_enum.label} 요구 접수번호 {request.pk}의 처리 기한"
                      f"({_day(request.due_at)}, 접수 후 {DEADLINE_DAYS}일)이 {days_late}일 지났습니다. "
                      "지체 없이 처리하고 결과를 알려 주십시오."))
            RightsRequest.objects.filter(pk=request.pk).update(last_alerted_on=today)
        sent += 1
    return sent
