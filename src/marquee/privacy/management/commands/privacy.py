"""``manage.py privacy <action>``: the privacy engine's operator commands."""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from marquee.privacy.inventory import inventory
from marquee.privacy.models import DataKey
from marquee.privacy.vault import rotation


class Command(BaseCommand):
    help = "Privacy engine operations: key rotation, inventory listing."

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True)
        actions.add_parser("rotate-keys", help="Re-wrap every data key under the current KEK.")
        one = actions.add_parser("rotate-data-key",
                                 help="Re-seal everything under one data key with a new key.")
        one.add_argument("key_id")
        actions.add_parser("inventory", help="List the declared personal-data items.")
        sweep = actions.add_parser("sweep", help="Destroy everything whose retention period "
                                                 "has ended (idempotent, resumable, batched).")
        sweep.add_argument("--dry-run", action="store_true",
                           help="List what would be destroyed per rule; destroy nothing.")
        sweep.add_argument("--batch-size", type=int, default=5000)
        actions.add_parser("enqueue-sweep", help="Queue the sweep for the task worker.")
        actions.add_parser("status", help="The last run of each scheduled job; exit 1 if a "
                                          "job is overdue.")
        sweep.add_argument("--operator", default="",
                           help="Staff account running it by hand (default: the schedule).")

    def handle(self, *args, action, **options):
        if action == "rotate-keys":
            changed = rotation.rewrap_all()
            self.stdout.write(f"re-wrapped {changed} data key(s) under the current KEK")
        elif action == "rotate-data-key":
            try:
                old = DataKey.objects.live().get(pk=options["key_id"])
            except (DataKey.DoesNotExist, ValidationError, ValueError) as exc:
                raise CommandError(f"no live data key {options['key_id']!r}") from exc
            new = rotation.rotate_data_key(old)
            self.stdout.write(f"data key {old.id} replaced by {new.id} and destroyed")
        elif action == "sweep":
            self._sweep(options)
        elif action == "enqueue-sweep":
            from marquee.privacy.tasks import sweep_task

            result = sweep_task.enqueue()
            self.stdout.write(f"sweep task queued: {result.id}")
        elif action == "status":
            self._status()
        elif action == "inventory":
            for item in inventory.items.values():
                rules = ", ".join(f"{inventory.rules[r].label} {inventory.rules[r].period.label}"
                                  for r in item.retention)
                self.stdout.write(f"{item.key:32} {item.label} [{item.category.label}] "
                                  f"{item.sensitivity} → {rules}")
                for label in item.fields:
                    self.stdout.write(f"    {label:44} {_storage(label)}")

    def _status(self):
        from django.utils import timezone

        from marquee.privacy import jobs

        def when(run):
            return f"{timezone.localtime(run.finished_at or run.started_at):%Y-%m-%d %H:%M} KST"

        overdue = 0
        for status in jobs.statuses():
            success = when(status.last_success) if status.last_success else "never"
            latest = (f"; last run {when(status.last_run)} {status.last_run.status}"
                      if status.last_run and status.last_run != status.last_success else "")
            flag = "  OVERDUE" if status.stale else ""
            overdue += status.stale
            self.stdout.write(f"{status.job.key:20} last success {success}{latest} "
                              f"(every {status.job.every}; alert after "
                              f"{status.job.alert_after}){flag}")
        if overdue:
            raise CommandError(f"{overdue} scheduled job(s) overdue")

    def _sweep(self, options):
        from marquee.privacy import retention
        from marquee.privacy.models import DestructionRun

        if options["dry_run"]:
            plan = retention.plan()
            if not plan.counts and not plan.keys:
                self.stdout.write("nothing to destroy")
            for (rule, category), count in sorted(plan.counts.items()):
                label = inventory.rules[rule].label
                self.stdout.write(f"{rule:20} {label} / {category}: {count:,}")
            for rule, month in plan.keys:
                self.stdout.write(f"{rule:20} retention key for {month}: crypto-shred")
            return
        if options["batch_size"] < 1:
            raise CommandError("--batch-size must be at least 1")
        from marquee.privacy.hooks import before_sweep
        from marquee.privacy.jobs import recorded

        with recorded("privacy_sweep") as summary:
            before_sweep()
            run = retention.sweep(
                batch_size=options["batch_size"], operator=options["operator"] or "schedule",
                trigger=DestructionRun.Trigger.OPERATOR if options["operator"]
                else DestructionRun.Trigger.SCHEDULE, stream=self.stderr._out)
            summary["destroyed"] = sum(r.count for r in run.records.all())
        for record in run.records.all():
            self.stdout.write(f"{record.rule:20} {record.category}: {record.count:,} "
                              f"({record.method})")
        self.stdout.write(f"sweep {run.pk} finished: {sum(r.count for r in run.records.all()):,} "
                          "destroyed")


def _storage(label: str) -> str:
    """How a declared field stores its values, read from its class (with the reason
    when it is plain)."""
    from marquee.privacy.checks import _resolve
    from marquee.privacy.marking import storage_of

    field = _resolve(label)
    if field is None:
        return "(no such field)"
    reason = getattr(field, "plain_reason", "")
    storage = storage_of(field)
    return f"{storage}: {reason}" if storage == "plain" and reason else str(storage)
