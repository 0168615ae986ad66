"""``manage.py access_log checkpoint``: write a signed checkpoint of the staff access log
and the reveal records to the separate store (P12.11). Schedule daily from cron; the
monthly review takes one too. ``verify_access_log`` compares the tables with them."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from marquee.backoffice import checkpoints


class Command(BaseCommand):
    help = "Anchor the access log's head outside its database: a signed checkpoint."

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True)
        actions.add_parser("checkpoint", help="Write a signed checkpoint to the separate store.")

    def handle(self, *args, action: str, **options):
        for checkpoint in checkpoints.take(occasion="schedule"):
            self.stdout.write(
                f"{checkpoint.chain}: last #{checkpoint.last_id}, {checkpoint.row_count} rows, "
                f"{timezone.localtime(checkpoint.taken_at):%Y-%m-%d %H:%M:%S} (signed)")
