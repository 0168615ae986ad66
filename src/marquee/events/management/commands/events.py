"""``manage.py events close`` freezes and draws every event whose entry period has ended
(cron, every few minutes); ``manage.py events verify <id>`` recomputes an event's
winners from its draw record and says whether they match (exit status 1 if not)."""

from django.core.management.base import BaseCommand, CommandError

from marquee.events import services
from marquee.events.models import Event


class Command(BaseCommand):
    help = "Close and draw due events, or verify an event's draw from its record."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        sub.add_parser("close", help="freeze and draw every event whose entry has ended")
        verify = sub.add_parser("verify", help="recompute an event's winners from its record")
        verify.add_argument("event_id", type=int)

    def handle(self, *args, action, **options):
        if action == "close":
            for event in services.close_due():
                self.stdout.write(f"drawn: {event.pk} {event.title}")
            return
        event = Event.objects.filter(pk=options["event_id"]).first()
        if event is None or not hasattr(event, "draw") or not event.draw.drawn_at:
            raise CommandError("no drawn event with that id")
        result = services.verify(event)
        for name in ("commitment_ok", "list_ok", "seed_ok", "winners_ok"):
            self.stdout.write(f"{name}: {'yes' if getattr(result, name) else 'NO'}")
        self.stdout.write("winners (entry prize): " + ", ".join(
            f"{e} {p}" for e, p in result.recomputed))
        if not result.ok:
            raise CommandError("the recorded draw does not match the recomputation")
        self.stdout.write("verified: the record gives the announced winners")
