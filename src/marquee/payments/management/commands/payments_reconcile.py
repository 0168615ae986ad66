"""Finish what a crash or a lost webhook left open, whatever its age, and alert the
operator about anything still open after a day (run from cron every few minutes)."""

from datetime import timedelta

from django.core.management.base import BaseCommand

from marquee.payments import reconciliation
from marquee.privacy.api import recorded


class Command(BaseCommand):
    help = "Complete or refund open payments and retry failed refunds."

    def add_arguments(self, parser):
        parser.add_argument("--older-than-minutes", type=int, default=2)

    def handle(self, *args, **options):
        with recorded("payments_reconcile") as summary:
            report = reconciliation.reconcile(
                older_than=timedelta(minutes=options["older_than_minutes"]))
            summary.update(completed=report.completed, abandoned=report.abandoned,
                           refunds_retried=report.refunds_retried, errors=report.errors)
        self.stdout.write(report.summary())
