"""``manage.py verify_access_log``: check the staff access log's hash chain (L3.3) and
compare it, and the reveal records, with the last signed checkpoints (P12.11).

Exit status 0 when intact; 1 with the first tampered entry named otherwise.
"""

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from marquee.backoffice import audit
from marquee.backoffice.models import StaffAccessLog


class Command(BaseCommand):
    help = "Verify the staff access log's hash chain and name the first tampered entry."

    def handle(self, *args, **options):
        result = audit.verify()
        if result.ok:
            span = f" (#{result.start_seq}–#{result.head_seq})" if result.checked else ""
            self.stdout.write(f"OK: {result.checked} entries verified{span}, chain intact")
            if result.checkpoints:
                self.stdout.write(f"   and matches {result.checkpoints} signed checkpoint(s) "
                                  "in the separate store and the last review")
            return
        first = result.first
        entry = StaffAccessLog.objects.filter(seq=first.seq).first()
        detail = ""
        if entry is not None:
            detail = (f" [{timezone.localtime(entry.at):%Y-%m-%d %H:%M:%S}, "
                      f"staff #{entry.staff_id}, {entry.action} {entry.target}]")
        self.stdout.write(f"TAMPERED: first bad entry #{first.seq}{detail}: {first.what}")
        for problem in result.problems[1:]:
            self.stdout.write(f"  also {problem}")
        raise CommandError(f"access log chain broken at entry #{first.seq}")
