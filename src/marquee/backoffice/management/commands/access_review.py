"""``manage.py access_review [--month YYYY-MM]``: write the monthly access-log review
(default: last month, KST) and ask the CPO to sign it off (L3.3). Schedule monthly."""

from django.core.management.base import BaseCommand

from marquee.backoffice import review
from marquee.privacy.api import recorded


class Command(BaseCommand):
    help = "Write the monthly staff access-log review and ask the CPO to sign it off."

    def add_arguments(self, parser):
        parser.add_argument("--month", default="", help="YYYY-MM (default: last month)")
        parser.add_argument("--no-notify", action="store_true")

    def handle(self, *args, month="", no_notify=False, **options):
        with recorded("access_review") as summary:
            obj = review.generate(month or None, notify=not no_notify)
            summary.update(month=str(obj.month), entries=obj.entries)
        report = obj.report
        state = "signed off" if obj.signed_off_at else "awaiting the CPO's sign-off"
        self.stdout.write(
            f"{obj.month}: {obj.entries} entries; {len(report.get('volume', []))} volume "
            f"outliers, {len(report.get('off_hours', []))} off-hours, "
            f"{len(report.get('downloads', []))} downloads — {state}")
