"""The ``outbox`` alert: a message the relay gave up on is reported to the operators.

Two routes, so that a broken e-mail channel cannot hide its own failure: a log record
at ERROR on the ``marquee.outbox`` logger (collected by the log pipeline), and an
e-mail to ``MARQUEE_OUTBOX_ALERT_EMAIL`` (by default the privacy officer's address, as
``manage.py rights overdue`` alerts the CPO), queued in the outbox itself and sent by
the next relay run. An alert that fails is logged only, never alerted again.

The alert names the message by id, channel and kind, the attempts and the reason; it
never repeats the recipient or the body. It is sealed under the failed message's data
key: it concerns that member, and goes with their other messages when they withdraw.
"""

from __future__ import annotations

import logging

from django.conf import settings

from .models import Message

logger = logging.getLogger("marquee.outbox")

ALERT_KIND = "outbox_failed"


def given_up(message: Message, reason: str, *, notify: bool = True) -> Message | None:
    """Log the failure and, unless the message was itself an alert, queue the e-mail."""
    logger.error("outbox message %s (%s, %s) given up after %d attempt(s): %s",
                 message.pk, message.channel, message.kind, message.attempts, reason)
    to = settings.MARQUEE_OUTBOX_ALERT_EMAIL
    if not notify or not to or message.kind == ALERT_KIND or message.data_key.destroyed:
        return None
    return Message.objects.create(
        data_key=message.data_key, channel=Message.Channel.EMAIL, kind=ALERT_KIND,
        recipient=to, subject=f"[발송 실패] 메시지 #{message.pk}",
        body=(f"발송 메시지 #{message.pk}({message.get_channel_display()}, {message.kind})를 "
              f"{message.attempts}회 시도한 뒤 발송하지 못했습니다.\n"
              f"마지막 오류: {reason}\n"
              "게이트웨이 상태와 설정을 확인한 뒤 `manage.py outbox retry "
              f"{message.pk}`로 다시 보내거나, 수신자에게 다른 경로로 안내해 주십시오."))
