"""``manage.py demo_totp <login_id>``: the current TOTP code of a demo staff account.

Development only: demo staff devices get a random secret when ``load_demo`` creates them;
this reads it so that the demo can be tried without a phone. Refused in production and
for any account or device that is not a demo one.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from marquee.backoffice import demo


class Command(BaseCommand):
    help = "Print the current TOTP code of a demo staff account (development only)."

    def add_arguments(self, parser):
        parser.add_argument("login_id")

    def handle(self, *args, login_id, **options):
        if getattr(settings, "PRODUCTION", False):
            raise CommandError("demo TOTP codes are not available in production")
        try:
            self.stdout.write(demo.current_code(login_id))
        except LookupError as exc:
            raise CommandError(str(exc)) from None
