"""``manage.py notices usage-yearly`` (once a year) and ``notices reconfirm`` (daily):
the periodic notices to members, each run recorded for the job monitor."""

from django.core.management.base import BaseCommand

from marquee.notices import reconfirm, usage
from marquee.privacy.api import recorded

JOBS = {"usage-yearly": ("usage_notice_yearly", usage.send_yearly),
        "reconfirm": ("consent_reconfirmation", reconfirm.send_due)}


class Command(BaseCommand):
    help = "Send the yearly personal-data usage notice or the two-yearly consent reconfirmation."

    def add_arguments(self, parser):
        parser.add_argument("job", choices=sorted(JOBS))

    def handle(self, *args, job, **options):
        key, run = JOBS[job]
        with recorded(key) as summary:
            summary.update(run())
        self.stdout.write(f"{key}: {summary['sent']} sent")
