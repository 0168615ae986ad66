from django.core.management.base import BaseCommand

from marquee.payments import demo


class Command(BaseCommand):
    help = ("Load the demo catalogue (idempotent): theatres in 서울 and 부산, screens, movies "
            "of every rating, showtimes for the next 3 days; vouchers on the first load.")

    def handle(self, *args, **options):
        for line in demo.load():
            self.stdout.write(line)
