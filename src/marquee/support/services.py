"""Inquiries: taking them, answering them, and the clock's alerts (P13.1, P13.2, P13.4).

Services write; views only translate HTTP. Every change adds an ``Event`` (what, who,
when), so an inquiry's handling can be shown step by step (P13.4). Whatever an inquirer
writes is masked for other people's personal data before it is stored (P11.2).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from marquee.outbox import services as outbox
from marquee.privacy.api import mask_text

from . import attachments, sla
from .errors import InquiryRefused
from .models import Event, Inquiry, Message

OVERDUE_KIND = "inquiry_overdue"


@dataclass
class Ask:
    """What an inquirer asks: the same shape from the web form, a guest and staff intake."""

    category: str
    subject: str
    body: str
    reply_by: str = Inquiry.ReplyBy.WEB
    contact: str = ""
    guest_name: str = ""
    booking: object = None
    files: tuple = field(default=())  # images, through the scanned-upload path (P12.2)


def _masked(text: str) -> str:
    return mask_text(text or "").text


def _contact_for(member, reply_by: str, contact: str) -> str:
    if contact or member is None:
        return contact
    if reply_by == Inquiry.ReplyBy.EMAIL:
        return member.email or ""
    if reply_by == Inquiry.ReplyBy.SMS:
        return member.mobile or ""
    return ""


def submit(ask: Ask, *, member=None, channel: str = Inquiry.Channel.WEB, by=None,
           received_at=None, data_key=None) -> Inquiry:
    """Take an inquiry: seal it and its images, start its clock and record its receipt.
    All or nothing: a failure half-way leaves no row and no file."""
    prepared = attachments.prepare(ask.files)  # scanned and re-encoded before any write
    written: list[str] = []
    try:
        with transaction.atomic():
            inquiry, message = _submit(ask, member=member, channel=channel, by=by,
                                       received_at=received_at, data_key=data_key)
            attachments.store(message, prepared, written)
    except Exception:
        attachments.remove_files(written)
        raise
    return inquiry


def _submit(ask: Ask, *, member, channel, by, received_at, data_key):
    if member is None and not (ask.guest_name and ask.contact):
        raise InquiryRefused("비회원 문의에는 이름과 확인된 연락처가 필요합니다.")
    if ask.booking is not None and (member is None or ask.booking.member_id != member.pk):
        raise InquiryRefused("본인의 예매만 선택할 수 있습니다.")
    contact = _contact_for(member, ask.reply_by, ask.contact)
    if ask.reply_by != Inquiry.ReplyBy.WEB and not contact:
        raise InquiryRefused("답변을 받을 연락처가 없습니다.")
    if member is None and ask.reply_by == Inquiry.ReplyBy.WEB:
        raise InquiryRefused("비회원은 이메일이나 문자로 답변을 받습니다.")
    received_at = received_at or timezone.now()
    starts, due = sla.deadline_for(received_at)
    inquiry = Inquiry(
        member=member, booking=ask.booking, channel=channel, category=ask.category,
        subject=_masked(ask.subject), guest_name=ask.guest_name or None,
        contact=contact or None, reply_by=ask.reply_by, received_at=received_at,
        clock_starts_at=starts, due_at=due)
    if data_key is not None:  # a guest's: the key their code was sent under
        inquiry.data_key = data_key
    inquiry.save()
    message = Message.objects.create(inquiry=inquiry, author=Message.Author.INQUIRER,
                                     body=_masked(ask.body), created_at=received_at)
    Event.objects.create(inquiry=inquiry, status=inquiry.status, action="접수", by=by,
                         at=received_at)
    return inquiry, message


def reopen_window() -> datetime.timedelta:
    return datetime.timedelta(days=getattr(settings, "MARQUEE_INQUIRY_REOPEN_DAYS", 14))


def accepts_follow_up(inquiry: Inquiry, now=None) -> bool:
    """Open, answered, or closed less than the reopening window ago."""
    if inquiry.status != Inquiry.Status.CLOSED:
        return True
    return inquiry.closed_at is not None and \
        (now or timezone.now()) < inquiry.closed_at + reopen_window()


def follow_up(inquiry: Inquiry, body: str, *, files=(), now=None) -> Message:
    """The inquirer writes again (My Page or an e-mail reply), with images if any.

    Still unanswered: the message joins the conversation and the clock keeps running
    from the first receipt. Answered, or closed within the reopening window: the inquiry
    is open again and a new 24-hour clock starts from this message (after hours: the
    next business day), the earlier deadline and answer time kept in the event."""
    prepared = attachments.prepare(files)
    now = now or timezone.now()
    written: list[str] = []
    try:
        with transaction.atomic():
            inquiry = Inquiry.objects.select_for_update().get(pk=inquiry.pk)
            if not accepts_follow_up(inquiry, now):
                raise InquiryRefused("종결 후 답변을 더 받을 수 있는 기간이 지난 문의입니다. "
                                     "새 문의를 남겨 주세요.")
            message = Message.objects.create(inquiry=inquiry, author=Message.Author.INQUIRER,
                                             body=_masked(body), created_at=now)
            attachments.store(message, prepared, written)
            _after_follow_up(inquiry, now)
    except Exception:
        attachments.remove_files(written)
        raise
    return message


def _after_follow_up(inquiry: Inquiry, now) -> None:
    if inquiry.answered_at is None and inquiry.status in Inquiry.OPEN:
        Event.objects.create(inquiry=inquiry, status=inquiry.status, action="추가 문의", at=now)
        return
    answered = (f"{timezone.localtime(inquiry.answered_at):%Y-%m-%d %H:%M}"
                if inquiry.answered_at else "없음")
    detail = (f"이전 기한 {timezone.localtime(inquiry.due_at):%Y-%m-%d %H:%M}, "
              f"첫 답변 {answered}")
    action = "종결 후 추가 문의(재접수)" if inquiry.status == Inquiry.Status.CLOSED \
        else "답변 후 추가 문의(재접수)"
    inquiry.clock_starts_at, inquiry.due_at = sla.deadline_for(now)
    inquiry.status, inquiry.closed_at = Inquiry.Status.IN_PROGRESS, None
    inquiry.answered_at = inquiry.overdue_alerted_at = None
    inquiry.save(update_fields=["clock_starts_at", "due_at", "status", "closed_at",
                                "answered_at", "overdue_alerted_at"])
    Event.objects.create(inquiry=inquiry, status=inquiry.status, action=action, at=now,
                         detail=detail)


def _set_status(inquiry: Inquiry, status: str, action: str, by) -> None:
    inquiry.status = status
    fields = ["status"]
    if status == Inquiry.Status.CLOSED:
        inquiry.closed_at = timezone.now()
        fields.append("closed_at")
    inquiry.save(update_fields=fields)
    Event.objects.create(inquiry=inquiry, status=status, action=action, by=by)


@transaction.atomic
def answer(inquiry: Inquiry, body: str, *, by) -> Message:
    """Answer by the channel the inquirer chose; the first answer stops the clock."""
    if inquiry.status == Inquiry.Status.CLOSED:
        raise InquiryRefused("종결된 문의에는 답변할 수 없습니다.")
    now = timezone.now()
    message = Message.objects.create(inquiry=inquiry, author=Message.Author.AGENT, staff=by,
                                     body=body, created_at=now, sent_by=inquiry.reply_by)
    if inquiry.answered_at is None:
        inquiry.answered_at = now
        inquiry.save(update_fields=["answered_at"])
    _set_status(inquiry, Inquiry.Status.ANSWERED, "답변", by)
    _notify(inquiry, body)
    return message


def _notify(inquiry: Inquiry, body: str) -> None:
    sender = f"[{settings.MARQUEE_SENDER_NAME}]"
    if inquiry.reply_by == Inquiry.ReplyBy.EMAIL:
        outbox.queue(data_key=inquiry.data_key, channel="email", kind="inquiry_answer",
                     recipient=inquiry.contact,
                     subject=f"{sender} 문의 답변 [문의 {inquiry.number}]",
                     body=f"{body}\n\n이 메일에 회신하시면 같은 문의로 접수됩니다.")
    elif inquiry.reply_by == Inquiry.ReplyBy.SMS:
        outbox.queue(data_key=inquiry.data_key, channel="sms", kind="inquiry_answer",
                     recipient=inquiry.contact,
                     body=f"{sender} 문의 {inquiry.number}에 답변드립니다.\n{body}")


@transaction.atomic
def note(inquiry: Inquiry, body: str, *, by) -> Message:
    """An internal note: agents only, never sent nor exported."""
    message = Message.objects.create(inquiry=inquiry, author=Message.Author.NOTE, staff=by,
                                     body=body)
    Event.objects.create(inquiry=inquiry, status=inquiry.status, action="내부 메모", by=by)
    return message


@transaction.atomic
def assign(inquiry: Inquiry, agent, *, by) -> None:
    """Assign (or, when someone else had it, reassign) the inquiry to ``agent``."""
    action = "재배정" if inquiry.assignee_id and inquiry.assignee_id != agent.pk else "배정"
    detail = f"직원 #{inquiry.assignee_id} → 직원 #{agent.pk}" if action == "재배정" else ""
    inquiry.assignee = agent
    inquiry.save(update_fields=["assignee"])
    if inquiry.status == Inquiry.Status.RECEIVED:
        inquiry.status = Inquiry.Status.IN_PROGRESS
        inquiry.save(update_fields=["status"])
    Event.objects.create(inquiry=inquiry, status=inquiry.status, action=action, by=by,
                         detail=detail)


@transaction.atomic
def close(inquiry: Inquiry, *, by) -> None:
    """Close: from now the 3-year retention of the record runs (P13.4)."""
    if inquiry.status == Inquiry.Status.CLOSED:
        return
    _set_status(inquiry, Inquiry.Status.CLOSED, "종결", by)


def overdue_recipients() -> list[str]:
    """The CS leads' own addresses (staff holding the ``cs_lead`` role), else the CS
    lead mailbox in the settings; and the CPO."""
    from django.contrib.auth import get_user_model

    from marquee.backoffice.roles import ROLES_BY_KEY

    leads = get_user_model().objects.filter(
        is_staff=True, is_active=True, groups__name=ROLES_BY_KEY["cs_lead"].name).distinct()
    found = [lead.email for lead in leads if lead.email]
    if not found:
        found = [getattr(settings, "MARQUEE_CS_LEAD_EMAIL", "")]
    found.append(settings.MARQUEE_PRIVACY_OFFICER.get("email", ""))
    return list(dict.fromkeys(r for r in found if r))


def alert_overdue(now=None) -> int:
    """Tell the CS lead and the CPO, once per inquiry, about each one past its deadline."""
    now = now or timezone.now()
    late = Inquiry.objects.filter(answered_at__isnull=True, due_at__lt=now,
                                  overdue_alerted_at__isnull=True,
                                  status__in=Inquiry.OPEN)
    recipients = overdue_recipients()
    count = 0
    for inquiry in late:
        with transaction.atomic():
            for to in recipients:
                outbox.queue(data_key=inquiry.data_key, channel="email", kind=OVERDUE_KIND,
                             recipient=to, subject=f"[답변 기한 경과] 문의 {inquiry.number}",
                             body=(f"문의 {inquiry.number}({inquiry.get_category_display()}, "
                                   f"{inquiry.get_channel_display()} 접수)의 답변 기한 "
                                   f"{timezone.localtime(inquiry.due_at):%Y-%m-%d %H:%M}이 "
                                   "지났습니다. 백오피스 1:1 문의 대기열에서 확인해 주세요."))
            inquiry.overdue_alerted_at = now
            inquiry.save(update_fields=["overdue_alerted_at"])
        count += 1
    return count
