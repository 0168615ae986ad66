"""Inquiries: taking them, answering them, and the clock's alerts (P13.1, P13.2, P13.4).

Services write; views only translate HTTP. Every change adds an ``Event`` (what, who,
when), so an inquiry's handling can be shown step by step (P13.4). Whatever an inquirer
writes is masked for other people's personal data before it is stored (P11.2).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from marquee.outbox import services as outbox
from marquee.privacy.api import mask_text

from . import sla
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


@transaction.atomic
def submit(ask: Ask, *, member=None, channel: str = Inquiry.Channel.WEB, by=None,
           received_at=None, data_key=None) -> Inquiry:
    """Take an inquiry: seal it, start its clock and record its receipt."""
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
    Message.objects.create(inquiry=inquiry, author=Message.Author.INQUIRER,
                           body=_masked(ask.body), created_at=received_at)
    Event.objects.create(inquiry=inquiry, status=inquiry.status, action="접수", by=by,
                         at=received_at)
    return inquiry


@transaction.atomic
def follow_up(inquiry: Inquiry, body: str) -> Message:
    """The inquirer writes again (web or an e-mail reply): the inquiry is open again."""
    if inquiry.status == Inquiry.Status.CLOSED:
        raise InquiryRefused("종결된 문의입니다. 새 문의를 남겨 주세요.")
    message = Message.objects.create(inquiry=inquiry, author=Message.Author.INQUIRER,
                                     body=_masked(body))
    _set_status(inquiry, Inquiry.Status.IN_PROGRESS, "추가 문의", None)
    return message


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
    inquiry.assignee = agent
    inquiry.save(update_fields=["assignee"])
    if inquiry.status == Inquiry.Status.RECEIVED:
        _set_status(inquiry, Inquiry.Status.IN_PROGRESS, "배정", by)
    else:
        Event.objects.create(inquiry=inquiry, status=inquiry.status, action="배정", by=by)


@transaction.atomic
def close(inquiry: Inquiry, *, by) -> None:
    """Close: from now the 3-year retention of the record runs (P13.4)."""
    if inquiry.status == Inquiry.Status.CLOSED:
        return
    _set_status(inquiry, Inquiry.Status.CLOSED, "종결", by)


def alert_overdue(now=None) -> int:
    """Tell the CS lead and the CPO, once per inquiry, about each one past its deadline."""
    now = now or timezone.now()
    late = Inquiry.objects.filter(answered_at__isnull=True, due_at__lt=now,
                                  overdue_alerted_at__isnull=True,
                                  status__in=Inquiry.OPEN)
    recipients = [r for r in (getattr(settings, "MARQUEE_CS_LEAD_EMAIL", ""),
                              settings.MARQUEE_PRIVACY_OFFICER.get("email")) if r]
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
