"""Delivery backends. Development and tests use ``StoreOnlyBackend``: the message
stays in the outbox, readable on the development outbox page, and is marked sent.
A production deployment points ``MARQUEE_OUTBOX_BACKEND`` at an SMS/e-mail gateway
adapter with the same ``deliver(message)`` method."""

from django.core.mail import send_mail


class StoreOnlyBackend:
    def deliver(self, message) -> None:
        """Nothing leaves the machine; the stored row is the delivery."""


class DjangoEmailBackend:
    """E-mail through Django's configured mail backend; other channels stay stored."""

    def deliver(self, message) -> None:
        if message.channel == "email":
            send_mail(message.subject, message.body, None, [message.recipient])
