from django.core.management.base import BaseCommand

from marquee.backoffice import demo as backoffice_demo
from marquee.booking import demo as booking_demo
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
        for line in booking_demo.describe(booking_demo.load()):
            self.stdout.write(line)
        self.stdout.write(f"demo board posts created: {community_demo.load()}")
        backoffice_demo.load()
        for line in backoffice_demo.describe():
            self.stdout.write(line)
