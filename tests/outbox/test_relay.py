"""The relay: sending, retry with back-off, giving up with an alert, at-least-once.

The scripted backend stands in for every channel; ``clock`` freezes ``timezone.now``.
"""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest
from django.core.management import CommandError, call_command

from marquee.outbox import relay
from marquee.outbox.alerts import ALERT_KIND
from marquee.outbox.models import Message
from marquee.outbox.protocol import PermanentError, RetryableError

from .conftest import ALERT_TO, BODY, RECIPIENT


def fresh(message) -> Message:
    return Message.objects.select_related("data_key").get(pk=message.pk)


def test_the_relay_sends_a_due_message_and_records_it(backend, queue, clock):
    message = queue()

    report = relay.deliver_pending()

    assert report.sent == [message.pk] and not report.retrying and not report.failed
    [outgoing] = backend.sent
    assert (outgoing.message_id, outgoing.channel, outgoing.kind) == (
        message.pk, "sms", "password_reset")
    assert (outgoing.recipient, outgoing.body) == (RECIPIENT, BODY)  # opened only here
    message = fresh(message)
    assert message.status == Message.Status.SENT and message.sent_at == clock.now
    assert message.attempts == 1 and message.claim_token is None and message.last_error == ""
    assert relay.deliver_pending().sent == []  # sent once, never again


def test_p7_3_the_backend_gets_the_message_not_the_row(backend, queue, clock):
    """What a backend is handed carries no key, no row and prints without contents."""
    queue()
    relay.deliver_pending()
    [outgoing] = backend.sent
    assert not hasattr(outgoing, "data_key") and not hasattr(outgoing, "save")
    assert RECIPIENT not in repr(outgoing) and BODY not in repr(outgoing)


def test_the_first_attempt_runs_when_the_queuing_transaction_commits(
        backend, queue, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        message = queue()
        assert backend.sent == []  # nothing leaves before the commit
    assert [o.message_id for o in backend.sent] == [message.pk]
    assert fresh(message).status == Message.Status.SENT


def test_a_failed_first_attempt_never_fails_the_caller(
        backend, queue, django_capture_on_commit_callbacks, monkeypatch):
    def broken(message_id):
        raise RuntimeError("database went away")

    monkeypatch.setattr(relay, "deliver", broken)
    with django_capture_on_commit_callbacks(execute=True):
        message = queue()
    assert fresh(message).status == Message.Status.PENDING  # the relay will take it


def test_each_channel_goes_to_the_backend_configured_for_it(backend, queue, clock, settings):
    settings.MARQUEE_OUTBOX_BACKENDS = {"sms": "scripted", "email": "store", "push": "store"}
    sms, mail = queue(channel="sms"), queue(channel="email", recipient="a@example.com")

    assert sorted(relay.deliver_pending().sent) == sorted([sms.pk, mail.pk])
    assert [o.message_id for o in backend.sent] == [sms.pk]  # e-mail went to "store"
    assert fresh(mail).status == Message.Status.SENT


def test_the_limit_bounds_one_run_and_the_oldest_due_go_first(backend, queue, clock):
    messages = [queue() for _ in range(3)]
    assert relay.deliver_pending(limit=2).sent == [m.pk for m in messages[:2]]
    assert relay.deliver_pending(limit=2).sent == [messages[2].pk]


def test_a_failure_is_retried_with_exponential_back_off_up_to_the_cap(backend, queue, clock,
                                                                      settings):
    settings.MARQUEE_OUTBOX_RETRY = {"base_seconds": 60, "cap_seconds": 200,
                                     "max_attempts": 6, "lease_seconds": 300}
    message = queue()
    backend.script = [RetryableError("SMS API HTTP 503")] * 4
    waits = []
    for attempt in range(1, 5):
        assert relay.deliver_pending().retrying == [message.pk]
        row = fresh(message)
        assert row.attempts == attempt and row.last_error == "SMS API HTTP 503"
        assert row.status == Message.Status.PENDING and row.claim_token is None
        waits.append(row.next_attempt_at - clock.now)
        clock.advance(seconds=waits[-1].total_seconds() - 1)
        assert relay.deliver_pending().retrying == []  # not due a second early
        clock.advance(seconds=1)
    assert waits == [timedelta(seconds=s) for s in (60, 120, 200, 200)]  # 240 capped at 200
    assert relay.deliver_pending().sent == [message.pk]
    assert fresh(message).attempts == 5


def test_last_error_never_holds_the_recipient_or_the_body(backend, queue, clock, caplog):
    """Exception texts quote addresses and contents; only the type name is kept."""
    message = queue()
    backend.script = [ValueError(f"gateway refused {RECIPIENT}: {BODY}")]
    with caplog.at_level(logging.DEBUG):
        relay.deliver_pending()
    row = fresh(message)
    assert row.last_error == "ValueError in the backend"
    assert RECIPIENT not in caplog.text and "482913" not in caplog.text


def test_giving_up_after_the_limit_marks_failed_logs_an_error_and_alerts_the_operator(
        backend, queue, clock, caplog):
    message = queue()
    backend.script = [RetryableError("SMS API timed out")] * 4
    with caplog.at_level(logging.ERROR, logger="marquee.outbox"):
        for _ in range(4):
            relay.deliver_pending()
            clock.advance(hours=1)

    row = fresh(message)
    assert row.status == Message.Status.FAILED and row.failed_at is not None
    assert row.attempts == 4 and row.last_error == "SMS API timed out"
    [record] = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert record.name == "marquee.outbox" and f"message {message.pk}" in record.getMessage()
    [alert] = Message.objects.filter(kind=ALERT_KIND)
    assert alert.channel == "email" and alert.recipient == ALERT_TO
    assert f"#{message.pk}" in alert.body and "4회" in alert.body
    assert "SMS API timed out" in alert.body
    assert RECIPIENT not in alert.body + alert.subject and "482913" not in alert.body
    # The alert goes out with the next run; the given-up message is never tried again.
    assert relay.deliver_pending().sent == [alert.pk]
    assert [o.kind for o in backend.sent] == [ALERT_KIND]


def test_a_permanent_failure_gives_up_at_once_with_the_alert(backend, queue, clock):
    message = queue()
    backend.script = [PermanentError("SMS API HTTP 400 InvalidPhoneNumber")]
    assert relay.deliver_pending().failed == [message.pk]
    row = fresh(message)
    assert row.status == Message.Status.FAILED and row.attempts == 1
    assert row.last_error == "SMS API HTTP 400 InvalidPhoneNumber"
    assert Message.objects.filter(kind=ALERT_KIND).count() == 1


def test_a_failed_alert_is_logged_and_not_alerted_again(backend, queue, clock, caplog):
    message = queue()
    backend.script = [PermanentError("SMS API HTTP 400"), PermanentError("SMTP 550")]
    relay.deliver_pending()
    with caplog.at_level(logging.ERROR, logger="marquee.outbox"):
        assert relay.deliver_pending().failed  # the alert itself fails
    assert Message.objects.filter(kind=ALERT_KIND).count() == 1
    assert Message.objects.filter(status=Message.Status.FAILED).count() == 2
    assert "SMTP 550" in caplog.text and fresh(message).status == Message.Status.FAILED


def test_without_an_alert_address_giving_up_is_only_logged(backend, queue, clock, settings,
                                                           caplog):
    settings.MARQUEE_OUTBOX_ALERT_EMAIL = ""
    queue()
    backend.script = [PermanentError("SMS API HTTP 400")]
    with caplog.at_level(logging.ERROR, logger="marquee.outbox"):
        relay.deliver_pending()
    assert "given up" in caplog.text and not Message.objects.filter(kind=ALERT_KIND).exists()


def test_p5_1_a_message_whose_key_was_destroyed_is_given_up_unread(backend, queue, clock,
                                                                  data_key):
    """Crypto-shredded before it was sent: nothing to send, nobody to alert about."""
    message = queue()
    data_key.destroy("테스트: 회원 탈퇴")
    assert relay.deliver_pending().failed == [message.pk]
    assert backend.sent == [] and not Message.objects.filter(kind=ALERT_KIND).exists()
    assert "data key destroyed" in Message.objects.get(pk=message.pk).last_error


def test_a_crash_between_send_and_the_success_write_leaves_the_message_retryable(
        backend, queue, clock, monkeypatch):
    """At least once: the gateway accepted it, the relay died before writing so; once the
    lease ends another run sends it again (the member may get it twice, never zero)."""
    message = queue()
    real = relay._mark_sent

    def crash(message):
        raise SystemExit("relay killed")

    monkeypatch.setattr(relay, "_mark_sent", crash)
    with pytest.raises(SystemExit):
        relay.deliver_pending()
    row = fresh(message)
    assert row.status == Message.Status.PENDING and row.attempts == 1
    assert len(backend.sent) == 1

    monkeypatch.setattr(relay, "_mark_sent", real)
    assert relay.deliver_pending().sent == []  # still leased to the dead relay
    clock.advance(seconds=300)
    assert relay.deliver_pending().sent == [message.pk]
    assert [o.message_id for o in backend.sent] == [message.pk, message.pk]
    assert fresh(message).status == Message.Status.SENT


def test_a_crash_during_the_last_attempt_gives_up_instead_of_sending_again(
        backend, queue, clock, monkeypatch, settings):
    settings.MARQUEE_OUTBOX_RETRY = {**settings.MARQUEE_OUTBOX_RETRY, "max_attempts": 1}
    message = queue()
    real = relay._mark_sent

    def crash(message):
        raise SystemExit("relay killed")

    monkeypatch.setattr(relay, "_mark_sent", crash)
    with pytest.raises(SystemExit):
        relay.deliver_pending()
    monkeypatch.setattr(relay, "_mark_sent", real)
    clock.advance(seconds=300)
    assert relay.deliver_pending().failed == [message.pk]
    assert "interrupted" in fresh(message).last_error and len(backend.sent) == 1


def test_the_first_attempt_claims_its_message_in_one_statement(
        backend, queue, clock, django_assert_num_queries):
    """The payment return of every booking makes one (issue 17): the claim is one
    UPDATE, then the message is read and its success written: three queries in all."""
    message = queue()
    with django_assert_num_queries(3):
        report = relay.deliver(message.pk)
    assert report.sent == [message.pk] and [o.message_id for o in backend.sent] == [message.pk]
    row = fresh(message)
    assert row.status == Message.Status.SENT and row.attempts == 1 and row.claim_token is None
    assert relay.deliver(message.pk).sent == [] and len(backend.sent) == 1  # sent once


def test_a_first_attempt_leaves_a_message_another_relay_holds_or_not_yet_due(
        backend, queue, clock):
    message = queue()
    seen_by_first_attempt = []

    class Nested(backend):
        def send(self, outgoing):
            seen_by_first_attempt.append(relay.deliver(outgoing.message_id))
            super().send(outgoing)

    from marquee.outbox import registry

    registry.register("scripted", Nested)
    assert relay.deliver_pending().sent == [message.pk]
    [first] = seen_by_first_attempt
    assert first.sent == first.retrying == first.failed == []
    assert len(backend.sent) == 1 and fresh(message).attempts == 1

    later = queue()
    Message.objects.filter(pk=later.pk).update(next_attempt_at=clock.now + timedelta(hours=1))
    assert relay.deliver(later.pk).sent == [] and fresh(later).attempts == 0


def test_a_relay_does_not_take_a_message_another_relay_holds(backend, queue, clock):
    """A second relay starting while the first is sending finds nothing to claim."""
    message = queue()
    seen_by_second = []

    class Nested(backend):
        def send(self, outgoing):
            seen_by_second.append(relay.deliver_pending())
            super().send(outgoing)

    from marquee.outbox import registry

    registry.register("scripted", Nested)
    assert relay.deliver_pending().sent == [message.pk]
    [second] = seen_by_second
    assert second.sent == second.retrying == second.failed == []
    assert len(backend.sent) == 1


def test_the_relay_command_sends_due_messages_within_its_limit(backend, queue, clock, capsys):
    for _ in range(3):
        queue()
    call_command("outbox", "relay", "--limit", "2")
    assert "2 sent, 0 to retry, 0 given up" in capsys.readouterr().out
    call_command("outbox", "status")
    out = capsys.readouterr().out
    assert "sent     발송 완료: 2" in out and "pending  발송 대기: 1" in out and "due now: 1" in out


def test_the_relay_task_runs_the_relay_for_the_worker(backend, queue, clock, settings):
    from marquee.outbox.tasks import relay_task

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    message = queue()
    result = relay_task.enqueue(limit=10)
    assert result.return_value == {"sent": 1, "retrying": 0, "failed": 0}
    assert fresh(message).status == Message.Status.SENT


def test_given_up_messages_are_listed_and_sent_again_on_request(backend, queue, clock,
                                                                 capsys):
    kept, other = queue(), queue(kind="guardian_consent_request")
    backend.script = [PermanentError("SMS API HTTP 400")] * 2
    relay.deliver_pending()
    call_command("outbox", "failed")
    listing = capsys.readouterr().out
    assert f"#{kept.pk} sms password_reset 1 attempt(s)" in listing
    assert "SMS API HTTP 400" in listing and RECIPIENT not in listing and "482913" not in listing

    call_command("outbox", "retry", str(kept.pk))
    assert "1 message(s) due again" in capsys.readouterr().out
    alerts = list(Message.objects.filter(kind=ALERT_KIND).values_list("pk", flat=True))
    assert sorted(relay.deliver_pending().sent) == sorted([kept.pk, *alerts])
    assert fresh(kept).status == Message.Status.SENT and fresh(kept).attempts == 1
    assert fresh(other).status == Message.Status.FAILED
    with pytest.raises(CommandError):
        call_command("outbox", "retry")
