"""``manage.py rights overdue``: alert the CPO about requests past their 10-day deadline.
Run it daily from cron; each overdue request is alerted at most once a day."""

from django.core.management.base import BaseCommand

from marquee.compliance.rights import services
from marquee.privacy.api import recorded


class Command(BaseCommand):
    help = "Rights requests: alert the CPO about overdue requests (L5.1)."

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True)
        actions.add_parser("overdue", help="Send the CPO one alert per overdue request today.")

    def handle(self, *args, action, **options):
        if action == "overdue":
            with recorded("rights_overdue") as summary:
                late = summary["overdue"] = services.overdue().count()
                sent = summary["alerts"] = services.alert_overdue()
            self.stdout.write(f"{late} overdue request(s); {sent} alert(s) sent to the CPO")
