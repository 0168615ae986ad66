"""``manage.py marketing send`` (cron, every minute): the next batches of the campaigns
being sent. ``start ID`` / ``cancel ID`` do what the back office's actions do."""

from django.core.management.base import BaseCommand, CommandError

from marquee.marketing import sending
from marquee.marketing.models import Campaign
from marquee.privacy.api import recorded


class Command(BaseCommand):
    help = "Send advertising campaigns in batches (resumable), or start/cancel one."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["send", "start", "cancel"])
        parser.add_argument("campaign", nargs="?", type=int)
        parser.add_argument("--max-batches", type=int, default=None)

    def handle(self, *args, action, campaign, max_batches, **options):
        if action == "send":
            with recorded("marketing_send") as summary:
                summary.update(sending.send_due(max_batches=max_batches))
            self.stdout.write(f"{summary['batches']} batch(es), {summary['members']} member(s)")
            return
        found = Campaign.objects.filter(pk=campaign).first() if campaign else None
        if found is None:
            raise CommandError("Give the id of an existing campaign.")
        if action == "start":
            found = sending.start(found)
        else:
            sending.cancel(found)
            found.refresh_from_db()
        self.stdout.write(f"campaign {found.pk}: {found.status}")
