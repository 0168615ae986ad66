"""Reconciliation (B4, B8): finish every payment a crash or a lost callback left open,
whatever its age, and tell the operator about any still open after a day.

A payment approved at the gateway whose return and webhook were both lost is only ever
found here, so no age limit applies: every READY or AWAITING_DEPOSIT payment, and every
FAILED one not yet found final at the gateway, is asked about on each run. A failed
payment stops being asked about (``settled_at``) once the gateway's record is final too:
failed, fully cancelled, or still unpaid a day after its window opened (no PG window
lives that long). Run from cron every few minutes (``manage.py payments_reconcile``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from marquee.outbox import services as outbox
from marquee.privacy.api import DataKey

from . import services
from .gateway import GatewayError, GatewayStatus, get_gateway
from .models import Payment, Refund

logger = logging.getLogger(__name__)

ALERT_AFTER = timedelta(days=1)
WINDOW_LIFETIME = timedelta(days=1)  # a READY payment this old can no longer be paid
OPEN = [Payment.Status.READY, Payment.Status.AWAITING_DEPOSIT, Payment.Status.FAILED]
ALERT_KIND = "payments_unsettled"


@dataclass
class ReconcileReport:
    completed: int = 0
    refunded: int = 0  # paid at the gateway, seats lost: money sent back automatically
    abandoned: int = 0
    settled: int = 0  # failed here and final at the gateway: no longer asked about
    refunds_retried: int = 0
    errors: int = 0
    stale: list[str] = field(default_factory=list)  # payment IDs open for over a day

    def summary(self) -> str:
        return (f"completed {self.completed}, refunded {self.refunded}, abandoned "
                f"{self.abandoned}, settled {self.settled}, refunds retried "
                f"{self.refunds_retried}, errors {self.errors}, open over a day "
                f"{len(self.stale)}")


def unsettled():
    """Every payment whose outcome may still change, whatever its age."""
    return Payment.objects.filter(status__in=OPEN, settled_at__isnull=True).exclude(
        gateway="voucher")


def reconcile(*, older_than: timedelta = timedelta(minutes=2)) -> ReconcileReport:
    """Finish what a crash or a lost callback left open. Idempotent; run from cron."""
    report = ReconcileReport()
    cutoff = timezone.now() - older_than
    for payment in unsettled().filter(created_at__lte=cutoff).order_by("created_at"):
        try:
            _reconcile_one(payment, report)
        except GatewayError:
            report.errors += 1
            logger.exception("reconcile failed for %s", payment.payment_id)
    for refund in Refund.objects.filter(status__in=[Refund.Status.REQUESTED, Refund.Status.FAILED]):
        services.process_refund(refund)
        report.refunds_retried += 1
    report.stale = _stale_payment_ids()
    if report.stale:
        alert(report.stale)
    return report


def _reconcile_one(payment: Payment, report: ReconcileReport) -> None:
    before, refunds_before = payment.status, payment.refunds.count()
    after = services.complete_payment(payment.payment_id, via="reconcile")
    if after.refunds.count() > refunds_before:
        report.refunded += 1
    elif after.status == Payment.Status.PAID and before != Payment.Status.PAID:
        report.completed += 1
    elif (after.status == Payment.Status.READY
          and after.created_at <= timezone.now() - services.ABANDON_AFTER):
        services._fail(after, services.ABANDONED_REASON)
        report.abandoned += 1
    if after.status == Payment.Status.FAILED and _final_at_gateway(after):
        Payment.objects.filter(pk=after.pk).update(settled_at=timezone.now())
        report.settled += 1


def _final_at_gateway(payment: Payment) -> bool:
    record = get_gateway(payment.gateway).fetch(payment.payment_id)
    if record.status == GatewayStatus.FAILED:
        return True
    if record.status == GatewayStatus.CANCELLED and record.cancellable == 0:
        return True
    return (record.status == GatewayStatus.READY
            and payment.created_at <= timezone.now() - WINDOW_LIFETIME)


def _stale_payment_ids() -> list[str]:
    """Payments open for more than a day, and those with a refund not done for a day."""
    old = timezone.now() - ALERT_AFTER
    stuck_refund = Q(refunds__status__in=[Refund.Status.REQUESTED, Refund.Status.FAILED],
                     refunds__requested_at__lte=old)
    open_payment = Q(status__in=OPEN, settled_at__isnull=True, created_at__lte=old)
    return sorted(set(Payment.objects.exclude(gateway="voucher").filter(
        open_payment | stuck_refund).values_list("payment_id", flat=True)))


def alert(payment_ids: list[str]) -> None:
    """Log at ERROR on every run; message the operator once a day (KST) through the
    outbox. Names payment IDs only, never a member's data."""
    logger.error("payments open for over a day after reconciliation: %s", ", ".join(payment_ids))
    today = timezone.localdate()
    if outbox_sent_today(today):
        return
    outbox.queue(
        data_key=DataKey.issue("operations-alert"), channel="email", kind=ALERT_KIND,
        recipient=settings.MARQUEE_OPERATIONS_EMAIL,
        subject=f"[결제 정산 확인 필요] 하루 넘게 미정산인 결제 {len(payment_ids)}건",
        body=("자동 정산 후에도 하루 넘게 확정·환불되지 않은 결제가 있습니다. PG 관리 화면에서 "
              "확인하고 처리해 주세요: " + ", ".join(payment_ids)))


def outbox_sent_today(today) -> bool:
    from marquee.outbox.models import Message

    return Message.objects.filter(kind=ALERT_KIND, created_at__date=today).exists()
