"""``manage.py outbox <action>``: relay due messages (cron, every minute), queue the
relay for the task worker, show the queue, list given-up messages and send them again.
Nothing here prints a recipient or a body: ids, channels, kinds and reasons only."""

from django.core.management.base import BaseCommand, CommandError
from django.db.models import Count
from django.utils import timezone

from marquee.outbox.models import Message


class Command(BaseCommand):
    help = "Outbox: relay due messages with retries, show the queue, retry given-up ones."

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True)
        relay = actions.add_parser("relay", help="Send due messages now; retry failures "
                                                 "with back-off; give up and alert at the limit.")
        relay.add_argument("--limit", type=int, default=100,
                           help="At most this many messages in this run (default 100).")
        enqueue = actions.add_parser("enqueue-relay", help="Queue one relay run for the worker.")
        enqueue.add_argument("--limit", type=int, default=100)
        actions.add_parser("status", help="Messages by status, and how many are due now.")
        actions.add_parser("failed", help="List the messages the relay gave up on.")
        retry = actions.add_parser("retry", help="Make given-up messages due again, with a "
                                                 "fresh count of attempts.")
        retry.add_argument("ids", nargs="*", type=int, help="Message ids (see `failed`).")
        retry.add_argument("--all-failed", action="store_true")

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
        elif action == "failed":
            for m in Message.objects.filter(status=Message.Status.FAILED).order_by("failed_at"):
                self.stdout.write(f"#{m.pk} {m.channel} {m.kind} {m.attempts} attempt(s), "
                                  f"given up {m.failed_at:%Y-%m-%d %H:%M}: {m.last_error}")
        elif action == "retry":
            self._retry(options["ids"], options["all_failed"])

    def _status(self):
        from marquee.outbox.relay import due

        counts = dict(Message.objects.order_by().values_list("status")
                      .annotate(n=Count("id")).values_list("status", "n"))
        for status in Message.Status:
            self.stdout.write(f"{status.value:8} {status.label}: {counts.get(status.value, 0)}")
        self.stdout.write(f"due now: {due().count()}")

    def _retry(self, ids, all_failed):
        if bool(ids) == all_failed:
            raise CommandError("name message ids or --all-failed (not both)")
        failed = Message.objects.filter(status=Message.Status.FAILED)
        if ids:
            failed = failed.filter(pk__in=ids)
        count = failed.update(status=Message.Status.PENDING, attempts=0, failed_at=None,
                              next_attempt_at=timezone.now())
        self.stdout.write(f"{count} message(s) due again; the next relay run sends them")
