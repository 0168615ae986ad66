"""Load every app's demo data: each installed app may have a ``demo`` module with a
``run() -> list[str]`` hook (idempotent; returns lines to print). They run in
INSTALLED_APPS order, so an app's demo can use the demo data of the apps below it;
this command names no app."""

from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.core.management.base import BaseCommand


def demo_modules():
    for config in apps.get_app_configs():
        if not config.name.startswith("marquee."):  # the project's apps only
            continue
        name = f"{config.name}.demo"
        if find_spec(name) is not None:
            module = import_module(name)
            if callable(getattr(module, "run", None)):
                yield module


class Command(BaseCommand):
    help = ("Load the demo data of every app (idempotent): demo members (adult opt-in/opt-out, "
            "minors with guardians), the demo cinema catalogue, board posts and staff.")

    def handle(self, *args, **options):
        for module in demo_modules():
            for line in module.run():
                self.stdout.write(line)
