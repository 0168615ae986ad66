"""The store-only backend (development, tests) and the e-mail backend.

``StoreOnlyBackend`` sends nothing: the stored row is the delivery, readable on the
development outbox page (/dev/outbox/). ``DjangoEmailBackend`` hands e-mail to
Django's own mail framework, so production configures SMTP with Django's standard
``EMAIL_*`` settings. The SMS gateway adapter is in ``outbox.sms``.
"""

from __future__ import annotations

import smtplib

from django.conf import settings
from django.core.mail import EmailMessage

from .protocol import Outgoing, PermanentError, RetryableError

ALL_CHANNELS = frozenset({"sms", "email", "push"})


class StoreOnlyBackend:
    """Nothing leaves the machine; the message counts as sent (development only)."""

    channels = ALL_CHANNELS
    development_only = True

    def send(self, outgoing: Outgoing) -> None:
        """The stored row is the delivery."""


class DjangoEmailBackend:
    """E-mail through ``django.core.mail`` (``EMAIL_BACKEND``, ``EMAIL_HOST``…).

    SMTP answers are sorted into permanent (5xx, every recipient refused) and retryable
    (4xx, a dropped or refused connection). The reason kept names the SMTP code only:
    servers like to quote the refused address back.
    """

    channels = frozenset({"email"})

    def send(self, outgoing: Outgoing) -> None:
        mail = EmailMessage(subject=outgoing.subject or settings.MARQUEE_SENDER_NAME,
                            body=outgoing.body, from_email=settings.DEFAULT_FROM_EMAIL,
                            to=[outgoing.recipient], headers=dict(outgoing.headers))
        try:
            mail.send(fail_silently=False)
        except smtplib.SMTPRecipientsRefused as exc:
            raise PermanentError("SMTP refused the recipient") from exc
        except smtplib.SMTPResponseException as exc:
            error = PermanentError if 500 <= exc.smtp_code < 600 else RetryableError
            raise error(f"SMTP {exc.smtp_code}") from exc
        except (smtplib.SMTPException, OSError) as exc:
            raise RetryableError(f"SMTP unavailable ({type(exc).__name__})") from exc
