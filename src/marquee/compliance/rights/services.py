"""Rights requests: receive, confirm (guardians), decide, reply, alert (L5.1, P8).

Every request is due 10 days after receipt (deadlines.py). A reply that refuses or only
partly grants a request states the reason and the appeal route (PIPA 38⑤, 시행령 42②).
While a correction or deletion request is open its items are held (holds.py); when a
correction is granted, recipients who were given the wrong value are told (P8.4); when a
deletion is granted it is carried out (erasure.py): named optional items are cleared, and
a request to delete the whole account runs the members app's withdrawal, whose records
kept by law move to the separate store; the reply says what was kept and why.

Requests received by phone, letter, e-mail or in person are registered by staff
(``register``) after verifying the requester, and from then on follow the same workflow;
their deadline counts from the day of receipt.

Compliance imports no domain app: the guardian's registered contact and the way a
consent is withdrawn come from hooks the members app fills (``compliance/hooks.py``:
``guardian_contact``, ``consent_change``).
"""

from __future__ import annotations

import hashlib
import secrets

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from marquee.compliance import hooks
from marquee.compliance.policy import contacts
from marquee.errors import ServiceError
from marquee.outbox import services as outbox
from marquee.privacy.api import ConsentRecord, IntakeChannel, inventory

from . import erasure
from .deadlines import GUARDIAN_LINK_TTL, KST, Kind, due_at
from .models import RightsRequest

DECIDED = (RightsRequest.Status.ACCEPTED, RightsRequest.Status.PARTIAL,
           RightsRequest.Status.REFUSED)


class RequestRefused(ServiceError):
    """The request cannot be taken as made; the message says why, in Korean."""

    code = "request_refused"


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
    return hooks.guardian_contact(member)


def member_contact(member) -> tuple[str, str]:
    if getattr(member, "mobile", ""):
        return "sms", member.mobile
    return "email", member.email


def item_labels(keys) -> str:
    """The Korean labels of a request's items ('계정 전체' for the whole account)."""
    return ", ".join("계정 전체(회원 탈퇴)" if k == RightsRequest.WHOLE_ACCOUNT
                     else inventory.items[k].label for k in keys
                     if k == RightsRequest.WHOLE_ACCOUNT or k in inventory.items)


# --- receiving ------------------------------------------------------------------------


def _validate(member, kind: Kind, items, consents, appeal_of, decision="") -> None:
    if kind.about_decision and decision not in inventory.decisions:
        raise RequestRefused("어떤 자동화된 결정에 대한 요구인지 골라 주세요.")
    whole = RightsRequest.WHOLE_ACCOUNT
    unknown = [k for k in items if k not in inventory.items
               and not (k == whole and kind in (Kind.DELETION, Kind.APPEAL))]
    if unknown:
        raise RequestRefused(f"알 수 없는 항목입니다: {', '.join(unknown)}")
    if kind == Kind.CORRECTION and not items:
        raise RequestRefused("정정할 항목을 하나 이상 선택해 주세요.")
    if kind == Kind.DELETION and not items:
        raise RequestRefused("삭제할 항목을 하나 이상 선택하거나 계정 전체 삭제를 선택해 주세요.")
    if whole in items and len(items) > 1:
        raise RequestRefused("계정 전체 삭제에는 항목을 따로 고르지 않습니다.")
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
           requester_name: str = "", verification: str = "", representation: str = "",
           appeal_of=None, handled_by=None, now=None, received_at=None,
           decision: str = "") -> RightsRequest:
    """Take a request. A member's own request, or one staff recorded after verifying the
    requester (phone, letter, e-mail, in person: ``register``), is received at once (at
    ``received_at`` when staff register it later); a guardian's request made on the web
    waits until the guardian confirms it from the registered mobile (P8.5). An agent's
    request is answered to the member's own registered contact."""
    kind = Kind(kind)
    now = now or timezone.now()
    items, consents = list(dict.fromkeys(items)), list(dict.fromkeys(consents))
    _validate(member, kind, items, consents, appeal_of, decision)
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
        decision=decision if kind.about_decision else "",
        reply_to=reply_to, reply_channel=reply_channel, appeal_of=appeal_of,
        verification=verification, representation=representation, handled_by=handled_by,
        submitted_at=now)
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
    _receive(request, received_at or now)
    if kind == Kind.WITHDRAW_CONSENT and channel == RightsRequest.Channel.WEB:
        # Nothing to look into: withdrawal takes effect at once (PIPA 37①, L5.1).
        request = decide(request, RightsRequest.Status.ACCEPTED, now=now)
    return request


def _receive(request: RightsRequest, received_at) -> None:
    request.status = RightsRequest.Status.RECEIVED
    request.received_at = received_at
    request.due_at = due_at(received_at, request.kind_enum.deadline_days)
    request.confirm_token_hash = ""
    request.save()
    via = ("" if request.channel == RightsRequest.Channel.WEB
           else f"{request.get_channel_display()}(으)로 ")
    _send(request, "rights_received",
          f"{_sender()} 개인정보 {request.kind_enum.label} 요구가 {via}{_day(received_at)}에 "
          f"접수되었습니다(접수번호 {request.pk}). {_day(request.due_at)}까지 처리 결과를 알려 "
          "드립니다.")


def _masked(text: str) -> str:
    """A method description kept in a plain column: any personal value typed into it
    (a name, a number, an address) is masked before it is stored (P12.3)."""
    from marquee.privacy.api import mask_staff_text

    return mask_staff_text(text)


def register(member, kind: str, *, channel: str, received_at, verification: str,
             requester=RightsRequest.Requester.MEMBER, requester_name: str = "",
             representation: str = "", items=(), consents=(), details: str = "",
             by=None, now=None, decision: str = "") -> RightsRequest:
    """Register a request received outside the site (phone, letter, e-mail, in person)
    after staff verified the requester (시행령 46) and, for a legal guardian or an agent,
    their authority (시행령 45, P8.5). It is received as of ``received_at``: the 10-day
    deadline counts from that day in KST (L5.1). Anything wrong writes nothing."""
    now = now or timezone.now()
    Requester = RightsRequest.Requester
    if channel not in RightsRequest.INTAKE_CHANNELS:
        raise RequestRefused("접수 경로는 전화, 서면, 이메일, 방문 중 하나여야 합니다.")
    if received_at is None or received_at > now:
        raise RequestRefused("접수 일시는 지금보다 늦을 수 없습니다.")
    joined = getattr(member, "date_joined", None)
    if joined is not None and received_at.astimezone(KST).date() < joined.astimezone(KST).date():
        raise RequestRefused("접수일이 회원 가입일보다 앞설 수 없습니다.")
    if getattr(member, "is_staff", False):
        raise RequestRefused("직원 계정에 대한 요구는 여기서 접수하지 않습니다.")
    if getattr(member, "status", "") == "withdrawn":
        raise RequestRefused("탈퇴했거나 탈퇴 처리 중인 회원입니다.")
    verification, representation = _masked(verification), _masked(representation)
    requester_name = (requester_name or "").strip()
    if len(verification) < 4:
        raise RequestRefused("요구인의 본인 확인 방법을 적어 주세요.")
    if requester not in Requester.values:
        raise RequestRefused("요구인을 선택해 주세요.")
    if requester == Requester.MEMBER and (representation or requester_name):
        raise RequestRefused("본인이 요구한 경우에는 대리인 이름과 대리 권한 확인을 비워 두세요.")
    if requester != Requester.MEMBER and len(representation) < 4:
        raise RequestRefused("법정대리인·대리인의 요구는 대리 권한을 확인한 서류와 방법을 "
                             "적어야 합니다(예: 가족관계증명서 원본 대조, 위임장과 인감증명서).")
    if requester == Requester.AGENT and not requester_name:
        raise RequestRefused("대리인의 이름을 적어 주세요.")
    return submit(member, kind, items=items, consents=consents, details=(details or "").strip(),
                  requester=requester, channel=channel, requester_name=requester_name,
                  verification=verification, representation=representation, handled_by=by,
                  now=now, received_at=received_at, decision=decision)


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
    # Made from My Page: the member's own, or (in a child's account) the guardian's.
    requester = (RightsRequest.Requester.GUARDIAN
                 if request.requester == RightsRequest.Requester.GUARDIAN
                 else RightsRequest.Requester.MEMBER)
    return submit(request.member, Kind.APPEAL, details=details, items=request.items,
                  requester=requester, appeal_of=request)


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
    # In person, on the written request form (시행령 41①): recorded as a letter.
    via = (IntakeChannel.LETTER if request.channel == IntakeChannel.VISIT
           else IntakeChannel(request.channel))
    hooks.consent_change(request.member, answers, via=via, actor=actor)


def decide(request: RightsRequest, status: str, *, reason: str = "", by=None,
           items=None, now=None) -> RightsRequest:
    """Answer a request. ACCEPTED carries it out where the engine can (consent
    withdrawal; correction notices to recipients; deletion, see ``erasure``), PARTIAL and
    REFUSED need a reason.

    The answer, what it carries out and the reply are one transaction: all or nothing.
    A granted deletion of the whole account then runs the members app's withdrawal,
    already recorded (naming this request) and the account locked inside that
    transaction. The withdrawal is restartable: if it is interrupted, the request stays
    answered and ``withdrawal.resume_all`` finishes it before the next retention sweep.
    Once it is done the request is gone with the rest of the member's data.

    The returned request carries ``erased`` (item key → values removed) and
    ``withdrawal`` (the withdrawal carried out, or None)."""
    with transaction.atomic():
        decided, withdrawal = _decide(request, status, reason=reason, by=by, items=items,
                                      now=now)
    if withdrawal is not None:
        decided.withdrawal = erasure.withdrawals().run(withdrawal)
    return decided


def _decide(request: RightsRequest, status: str, *, reason: str, by, items, now):
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
    kind = request.kind_enum
    plan, kept, withdrawal, erased = None, None, None, {}
    if kind == Kind.DELETION and status != RightsRequest.Status.REFUSED:
        if request.is_account_deletion:
            if status == RightsRequest.Status.PARTIAL:
                raise RequestRefused("계정 전체 삭제 요구는 '처리 완료'(회원 탈퇴 실행) 또는 "
                                     "'거절'로 회신합니다.")
            withdrawal, kept = _request_withdrawal(request, by)
        else:
            plan = erasure.plan(request.items)
            if status == RightsRequest.Status.ACCEPTED and plan.kept:
                raise RequestRefused(
                    "삭제할 수 없는 항목이 있어 '처리 완료'로 회신할 수 없습니다("
                    + item_labels(k.key for k in plan.kept)
                    + "). '일부 처리' 또는 '거절'을 선택하고 사유를 적어 주세요. 보관 근거는 "
                    "회신에 자동으로 적힙니다.")
            if not plan.erase:
                raise RequestRefused("바로 삭제할 수 있는 항목이 없습니다. 사유를 적어 '거절'로 "
                                     "회신하거나, 계정 전체 삭제(회원 탈퇴)로 안내해 주세요.")
            erased = erasure.erase(request.member, plan.erase)
    request.status, request.reason, request.decided_at = status, reason.strip(), now
    request.handled_by = by or request.handled_by
    request.save()
    if status != RightsRequest.Status.REFUSED:
        if kind == Kind.WITHDRAW_CONSENT:
            _withdraw_consents(request)
        elif kind == Kind.CORRECTION:
            from marquee.compliance.provision import corrections

            corrections.notify_recipients(request.member, request.items, request=request)
    _send(request, "rights_reply", reply_text(request, plan=plan, kept=kept))
    given.refresh_from_db()  # the caller's copy shows the decision too
    request.erased, request.withdrawal = erased, withdrawal
    return request, withdrawal


def _request_withdrawal(request: RightsRequest, by):
    """Record the withdrawal this request leads to and lock the account (in the
    decision's transaction); ``run`` carries it out once the decision is committed."""
    hook = erasure.withdrawals()
    member = request.member
    kept = hook.what_is_kept(member)
    verification = (f"개인정보 삭제 요구 #{request.pk}({request.get_channel_display()} 접수, "
                    f"요구인 {request.get_requester_display()})에 따른 탈퇴 / 본인 확인: "
                    f"{request.verification or '로그인한 회원 본인'}")
    try:
        withdrawal = hook.request(member, channel=erasure.WITHDRAWAL_CHANNEL[request.channel],
                                  handled_by=by, verification=verification[:200])
    except hook.WithdrawalRefused as exc:
        raise RequestRefused(f"지금은 회원 탈퇴를 진행할 수 없습니다: {exc} 정리된 뒤 다시 "
                             "처리하거나, 사유를 적어 '거절'로 회신하세요.") from exc
    return withdrawal, kept


def _kept_line(row: dict) -> str:
    rule = inventory.rules.get(row.get("rule", ""))
    basis = (erasure.retention_basis(rule) if rule is not None
             else f"{row['why']}, 보관 기간 {row['until']}")
    return f"- {row['what']}({row['count']}건) — {basis}"


def reply_text(request: RightsRequest, *, plan: erasure.Plan | None = None,
               kept: list[dict] | None = None) -> str:
    """The answer as the member (or guardian) reads it. A deletion says what was deleted
    and what was kept, citing the retention rule's legal basis from the inventory."""
    kind = request.kind_enum
    lines = [f"{_sender()} 개인정보 {kind.label} 요구(접수번호 {request.pk}) 처리 결과: "
             f"{request.get_status_display()}"]
    if request.items:
        lines.append("대상 항목: " + item_labels(request.items))
    if request.status == RightsRequest.Status.ACCEPTED and kind == Kind.ACCESS:
        lines.append("보유 중인 개인정보 전체는 마이페이지에서 열람하고 내려받으실 수 있습니다.")
    if request.is_account_deletion and request.status == RightsRequest.Status.ACCEPTED:
        lines.append("요구에 따라 회원 탈퇴를 처리하여 계정과 개인정보를 지체 없이 파기합니다.")
        if kept:
            lines.append("다만 다음 기록은 법령 등에 따라 별도의 저장소에 분리하여 보관하며, 보관 "
                         "목적 외에는 이용하지 않고 기간이 끝나면 파기합니다.")
            lines += [_kept_line(row) for row in kept]
    elif plan is not None:
        lines.append(f"삭제한 항목: {item_labels(plan.erase)}")
        if plan.kept:
            lines.append("삭제하지 않은 항목과 그 사유:")
            lines += [f"- {k.reason}" for k in plan.kept]
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
                      f"({_day(request.due_at)}, 접수 후 {request.kind_enum.deadline_days}일)이 {days_late}일 지났습니다. "
                      "지체 없이 처리하고 결과를 알려 주십시오."))
            RightsRequest.objects.filter(pk=request.pk).update(last_alerted_on=today)
        sent += 1
    return sent
