"""The e-mail backend over Django's mail framework (locmem in tests), and the start-up
checks that choose a backend per channel."""

from __future__ import annotations

import smtplib

import pytest
from django.core import checks, mail
from django.core.mail import EmailMessage

from marquee.outbox import relay
from marquee.outbox.backends import DjangoEmailBackend
from marquee.outbox.models import Message
from marquee.outbox.protocol import Outgoing, PermanentError, RetryableError


@pytest.fixture
def email_channel(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.DEFAULT_FROM_EMAIL = "no-reply@marquee.test"
    settings.MARQUEE_OUTBOX_BACKENDS = {"sms": "store", "email": "email", "push": "store"}
    return settings


def test_an_email_message_goes_through_djangos_mail_framework(email_channel, queue, clock):
    message = queue(channel="email", kind="consent_confirmation", recipient="fan@example.com",
                    subject="[마키시네마] 수신동의 처리 결과 안내", body="수신동의가 처리되었습니다.")
    assert relay.deliver_pending().sent == [message.pk]
    [sent] = mail.outbox
    assert sent.to == ["fan@example.com"] and sent.from_email == "no-reply@marquee.test"
    assert sent.subject == "[마키시네마] 수신동의 처리 결과 안내"
    assert sent.body == "수신동의가 처리되었습니다."
    assert Message.objects.get(pk=message.pk).status == Message.Status.SENT


def test_an_email_without_a_subject_is_titled_with_the_sender_name(email_channel, queue, clock):
    queue(channel="email", recipient="fan@example.com", body="본문")
    relay.deliver_pending()
    assert mail.outbox[0].subject == email_channel.MARQUEE_SENDER_NAME


def test_only_the_email_channel_reaches_django_mail(email_channel, queue, clock):
    sms = queue(channel="sms")
    assert relay.deliver_pending().sent == [sms.pk] and mail.outbox == []


@pytest.mark.parametrize(("error", "outcome", "reason"), [
    (smtplib.SMTPRecipientsRefused({"fan@example.com": (550, b"no such user")}),
     PermanentError, "SMTP refused the recipient"),
    (smtplib.SMTPResponseException(550, b"mailbox fan@example.com unavailable"),
     PermanentError, "SMTP 550"),
    (smtplib.SMTPResponseException(451, b"try again later"), RetryableError, "SMTP 451"),
    (smtplib.SMTPServerDisconnected("lost fan@example.com"), RetryableError,
     "SMTP unavailable (SMTPServerDisconnected)"),
    (ConnectionRefusedError(111, "refused"), RetryableError,
     "SMTP unavailable (ConnectionRefusedError)"),
])
def test_smtp_failures_are_sorted_and_never_quote_the_address(email_channel, monkeypatch,
                                                              error, outcome, reason):
    def fail(self, fail_silently=False):
        raise error

    monkeypatch.setattr(EmailMessage, "send", fail)
    with pytest.raises(outcome) as failed:
        DjangoEmailBackend().send(Outgoing(1, "email", "k", "fan@example.com", "", "본문"))
    assert failed.value.reason == reason and "fan@" not in failed.value.reason


def test_the_default_configuration_passes_the_start_up_checks():
    assert checks.run_checks(tags=["outbox"]) == []


def test_a_channel_without_a_backend_stops_the_start_up(settings):
    settings.MARQUEE_OUTBOX_BACKENDS = {"sms": "store", "email": "store"}
    [error] = checks.run_checks(tags=["outbox"])
    assert error.id == "outbox.E001" and "'push'" in error.msg


def test_an_unknown_backend_name_stops_the_start_up(settings):
    settings.MARQUEE_OUTBOX_BACKENDS = {"sms": "marquee.outbox.backends.StoreOnlyBackend",
                                        "email": "store", "push": "store"}
    [error] = checks.run_checks(tags=["outbox"])
    assert error.id == "outbox.E002" and "not a registered outbox backend" in error.msg


def test_a_backend_that_cannot_carry_its_channel_stops_the_start_up(settings):
    settings.MARQUEE_OUTBOX_BACKENDS = {"sms": "email", "email": "store", "push": "store"}
    [error] = checks.run_checks(tags=["outbox"])
    assert error.id == "outbox.E003" and "'sms'" in error.msg


@pytest.mark.parametrize(("retry", "problem"), [
    ({"base_seconds": 0}, "base_seconds must be at least 1"),
    ({"cap_seconds": 10}, "cap_seconds must not be below base_seconds"),
    ({"max_attempts": 0}, "max_attempts must be at least 1"),
    ({"lease_seconds": 5}, "lease_seconds must be at least 30"),
    ({"jitter": 3}, "unexpected keyword argument 'jitter'"),
])
def test_a_nonsensical_retry_policy_stops_the_start_up(settings, retry, problem):
    settings.MARQUEE_OUTBOX_RETRY = {**settings.MARQUEE_OUTBOX_RETRY, **retry}
    [error] = checks.run_checks(tags=["outbox"])
    assert error.id == "outbox.E004" and problem in error.msg
