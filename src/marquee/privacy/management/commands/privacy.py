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
        elif action == "inventory":
            for item in inventory.items.values():
                rules = ", ".join(f"{inventory.rules[r].label} {inventory.rules[r].period.label}"
                                  for r in item.retention)
                self.stdout.write(f"{item.key:32} {item.label} [{item.category.label}] "
                                  f"{item.sensitivity} → {rules}")
