"""``manage.py support overdue`` (and ``support inbound``, e-mail in): alert the CS lead and the CPO about inquiries past their
answer deadline (P13.2). Run it hourly from cron; each inquiry is alerted once."""

from django.core.management.base import BaseCommand

from marquee.privacy.api import recorded
from marquee.support import services


class Command(BaseCommand):
    help = "Customer centre: alert about inquiries past their answer deadline (P13.2)."

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True)
        actions.add_parser("overdue", help="Alert the CS lead and the CPO once per late inquiry.")
        actions.add_parser("inbound", help="Take e-mails from the customer centre's mailbox.")

    def handle(self, *args, action, **options):
        if action == "overdue":
            with recorded("support_overdue") as summary:
                sent = summary["alerted"] = services.alert_overdue()
            self.stdout.write(f"{sent} overdue inquiry(ies) alerted")
        elif action == "inbound":
            from marquee.support import inbound

            with recorded("support_inbound") as summary:
                taken = summary["taken"] = inbound.process()
            self.stdout.write(f"{taken} e-mail(s) taken")
