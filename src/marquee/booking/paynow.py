"""Hold and start paying in one step (issue 17: fewer requests per sale).

A sale used to be a hold, then a second request to start the payment, then the PG
window: in an opening-day rush every request waits its turn behind the crowd, so each
one a sale takes delays the first sale by that wait. A hold may now name the payment
method (``pay``): the same request holds the seats and starts the payment, and answers
with what opens the PG window. The seat-map page uses it too ("좌석 선택 완료" with a
payment method chosen goes straight to the PG window).

Booking does not import payments: payments registers the function that starts a
payment for a hold (``register``, from its ``AppConfig.ready()``). Nothing is checked
less than in two steps: the hold is ``services.hold_seats`` (the unique constraint
decides every seat, B2; the cap of B7), and the payment start is the payments app's own
(the amount is the booking's, re-checked against the PG's record on completion, B4).
Both run in one transaction, the hold's own (``holdhook``: no savepoint), so a failure
half-way (the payment refused, the process gone) leaves neither a hold nor a payment behind.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from django.core.exceptions import ImproperlyConfigured

from . import holdhook
from .models import Booking
from .services import BookingError

# The one list of methods a hold may pay with: the API's schema and the seat-map page
# read it; their labels come from the payments app, which must start each of them.
METHODS = ("card", "mobile", "virtual_account")


class PaymentStarter(Protocol):
    def __call__(self, booking: Booking, member, method: str) -> dict:
        """Start paying for ``booking`` (inside the caller's transaction); returns the
        payment start's answer (``payment_id``, ``amount``, ``params``, ...)."""


_starter: list[PaymentStarter] = []
_labels: dict[str, str] = {}


def register(starter: PaymentStarter, labels: dict[str, str]) -> None:
    """Called once by the payments app, with the label of every method it starts."""
    if set(labels) != set(METHODS):
        raise ImproperlyConfigured(f"paynow: payments starts {sorted(labels)}, holds offer "
                                   f"{sorted(METHODS)}")
    _starter[:] = [starter]
    _labels.clear()
    _labels.update(labels)


def choices() -> list[tuple[str, str]]:
    """(method, label) for the seat-map page; none while no payments app registered."""
    return [(method, _labels[method]) for method in METHODS if method in _labels]


def hold_and_pay(take: Callable[[], Booking], member, method: str) -> tuple[Booking, dict]:
    """``take()`` holds the seats; the payment starts in the same transaction."""
    if method not in METHODS:
        raise BookingError("결제 수단을 선택하세요.")
    if not _starter:
        raise BookingError("지금은 바로 결제할 수 없습니다. 좌석을 선점한 뒤 결제해 주세요.")
    started: list[dict] = []
    with holdhook.with_hold(lambda booking: started.append(_starter[0](booking, member, method))):
        booking = take()
    if len(started) != 1:  # every take() holds through services.hold_seats
        raise ImproperlyConfigured("paynow: the hold did not start its payment")
    return booking, started[0]
