from django.core.management.base import BaseCommand

from marquee.booking import demo as booking_demo
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
