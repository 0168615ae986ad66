from django.core.management.base import BaseCommand

from marquee.members import demo


class Command(BaseCommand):
    help = "Load the demo members (idempotent): adult opt-in/opt-out, minors with guardians."

    def handle(self, *args, **options):
        created = demo.load()
        if created:
            self.stdout.write(f"demo members created: {', '.join(created)} "
                              f"(password {demo.DEMO_PASSWORD})")
        else:
            self.stdout.write("demo members already present")
