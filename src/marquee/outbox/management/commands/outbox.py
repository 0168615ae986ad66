"""``manage.py outbox <action>``: relay due messages (cron, every minute), queue the
relay for the task worker, or count messages by status."""

from django.core.management.base import BaseCommand, CommandError
from django.db.models import Count

from marquee.outbox.models import Message


class Command(BaseCommand):
    help = "Outbox: relay due messages with retries, or show the queue."

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True)
        relay = actions.add_parser("relay", help="Send due messages now; retry failures "
                                                 "with back-off; give up and alert at the limit.")
        relay.add_argument("--limit", type=int, default=100,
                           help="At most this many messages in this run (default 100).")
        enqueue = actions.add_parser("enqueue-relay", help="Queue one relay run for the worker.")
        enqueue.add_argument("--limit", type=int, default=100)
        actions.add_parser("status", help="Messages by status, and how many are due now.")

    def handle(self, *args, action, **options):
        if action in ("relay", "enqueue-relay") and options["limit"] < 1:
            raise CommandError("--limit must be at least 1")
        if action == "relay":
            from marquee.outbox.relay import deliver_pending

            self.stdout.write(str(deliver_pending(limit=options["limit"])))
        elif action == "enqueue-relay":
            from marquee.outbox.tasks import relay_task

            result = relay_task.enqueue(limit=options["limit"])
            self.stdout.write(f"relay task queued: {result.id}")
        elif action == "status":
            self._status()

    def _status(self):
        from marquee.outbox.relay import due

        counts = dict(Message.objects.order_by().values_list("status")
                      .annotate(n=Count("id")).values_list("status", "n"))
        for status in Message.Status:
            self.stdout.write(f"{status.value:8} {status.label}: {counts.get(status.value, 0)}")
        self.stdout.write(f"due now: {due().count()}")
