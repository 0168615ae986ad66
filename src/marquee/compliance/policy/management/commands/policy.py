"""``manage.py policy <action>``: the 개인정보 처리방침's versions (P15).

    policy status                       the version in force, upcoming ones, and whether
                                        the declarations match the published policy
    policy diff                         what the declarations change against the latest
                                        published snapshot
    policy preview                      the draft as plain text
    policy publish --effective DATE     write the next snapshot (published/vNNNN.json, to be
                                        committed); refused if DATE leaves too little notice
    policy sync                         put the snapshots into the database with their
                                        notices (after migrate; bin/serve runs it)
    policy import-legacy FILE --effective DATE
                                        record a policy that predates the system, as history

The command runs without the system checks: it is how the policy check (E033) is fixed.
"""

import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from marquee.compliance.policy import leadtime, published, services
from marquee.compliance.policy.models import PolicyVersion
from marquee.compliance.policy.sections import render


def _date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as exc:
        raise CommandError(f"not a date (YYYY-MM-DD): {value!r}") from exc


class Command(BaseCommand):
    help = "Policy versions: status, diff, preview, publish, sync, import-legacy."
    requires_system_checks = []

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True)
        actions.add_parser("status")
        actions.add_parser("diff")
        actions.add_parser("preview")
        actions.add_parser("sync")
        publish = actions.add_parser("publish")
        publish.add_argument("--effective", required=True, type=_date)
        publish.add_argument("--by", default="cpo", help="who publishes (for the record)")
        legacy = actions.add_parser("import-legacy")
        legacy.add_argument("file")
        legacy.add_argument("--effective", required=True, type=_date)
        legacy.add_argument("--by", default="cpo")

    def handle(self, *args, action, **options):
        getattr(self, action.replace("-", "_"))(**options)

    def status(self, **options):
        today = timezone.localdate()
        current = services.in_force(today)
        self.stdout.write(f"in force: {current or 'none published'}")
        for version in PolicyVersion.objects.upcoming(today):
            self.stdout.write(f"upcoming: {version}")
        unsynced = [s.number for s in published.snapshots()
                     if not PolicyVersion.objects.filter(number=s.number, imported=False).exists()]
        if unsynced:
            self.stdout.write(f"published but not in this database yet: {unsynced} "
                              "(run: manage.py policy sync)")
        self._pending()

    def _pending(self):
        snapshot, changes = published.drift()
        if snapshot is None:
            self.stdout.write("no version published yet: the first may take effect at once")
            return
        if not changes:
            self.stdout.write(f"the declarations match published version {snapshot.number}: "
                              "nothing to publish")
            return
        days = leadtime.required_days(material=changes.material)
        self.stdout.write(f"the declarations differ from published version {snapshot.number} "
                          f"({'material: ' if changes.material else ''}{days}-day notice):")
        for section in changes.changed:
            self.stdout.write(f"  {section.heading}{' [material]' if section.material else ''}")

    def diff(self, **options):
        snapshot, changes = published.drift()
        if snapshot is None or not changes:
            self._pending()
            return
        for section in changes.changed:
            self.stdout.write(f"## {section.heading} ({section.status})")
            for line in section.lines:
                mark = {"equal": " ", "delete": "-", "insert": "+", "skip": "…"}.get(line.op)
                if line.op == "replace":
                    self.stdout.write(f"- {line.old}\n+ {line.new}")
                elif line.op == "skip":
                    self.stdout.write(f"… ({line.skipped} unchanged)")
                else:
                    self.stdout.write(f"{mark} {line.new or line.old}")

    def preview(self, **options):
        self.stdout.write(render().text())

    def publish(self, *, effective, by, **options):
        try:
            snapshot = published.write_next(effective, by=by)
        except services.PublishRefused as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(f"wrote {snapshot.path()} (version {snapshot.number}, effective "
                          f"{snapshot.effective_on}); commit it, then run: manage.py policy sync")

    def sync(self, **options):
        try:
            created = published.sync()
        except services.PublishRefused as exc:
            raise CommandError(str(exc)) from None
        for version in created:
            self.stdout.write(f"recorded {version}" + (f"; notice {version.notice_url}"
                                                       if version.notice_url else ""))
        current = services.in_force()
        self.stdout.write(f"in force: {current or 'none published'}")

    def import_legacy(self, *, file, effective, by, **options):
        with open(file, encoding="utf-8") as handle:
            text = handle.read()
        try:
            version = services.import_legacy(text, effective, by=by)
        except (services.PublishRefused, ValueError) as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(f"imported {version}")
