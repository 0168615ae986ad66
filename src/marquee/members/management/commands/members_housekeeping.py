"""Destroy what lost its purpose: unused identity-verification results and the
accounts of children whose guardian never answered. Idempotent; run it from cron
every few minutes (see README)."""

from django.core.management.base import BaseCommand

from marquee.members import services


class Command(BaseCommand):
    help = "Destroy expired identity-verification results and unconsented child signups."

    def handle(self, *args, **options):
        verifications = services.discard_expired_verifications()
        children = services.discard_unconsented_children()
        services.forget_used_verifications()
        self.stdout.write(f"expired verification results destroyed: {verifications}; "
                          f"child signups without guardian consent destroyed: {children}")
