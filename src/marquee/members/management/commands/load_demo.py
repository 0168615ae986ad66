from django.core.management import call_command
from django.core.management.base import BaseCommand

from marquee.backoffice import demo as backoffice_demo
from marquee.community import demo as community_demo
from marquee.members import demo


class Command(BaseCommand):
    help = ("Load the demo members (idempotent): adult opt-in/opt-out, minors with guardians; "
            "and the demo cinema catalogue.")

    def handle(self, *args, **options):
        created = demo.load()
        if created:
            self.stdout.write(f"demo members created: {', '.join(created)} "
                              f"(password {demo.DEMO_PASSWORD})")
        else:
            self.stdout.write("demo members already present")
        # The catalogue and its vouchers, by command name: members sits below booking and
        # payments and imports neither.
        call_command("load_booking_demo", stdout=self.stdout)
        self.stdout.write(f"demo board posts created: {community_demo.load()}")
        backoffice_demo.load()
        for line in backoffice_demo.describe():
            self.stdout.write(line)
