"""``manage.py roles_matrix``: write docs/roles.md from roles.py (``--check``: fail if stale)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from marquee.backoffice import matrix


class Command(BaseCommand):
    help = "Generate the back-office role matrix (docs/roles.md) from the role definitions."

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true",
                            help="Exit non-zero if the file differs from the generated text.")
        parser.add_argument("--output", default="", help="Path (default: docs/roles.md).")

    def handle(self, *args, check=False, output="", **options):
        path = Path(output) if output else matrix.default_path()
        text = matrix.render()
        if check:
            current = path.read_text(encoding="utf-8") if path.exists() else ""
            if current != text:
                raise CommandError(f"{path} is stale: run `python manage.py roles_matrix`.")
            self.stdout.write(f"{path} is up to date")
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        self.stdout.write(f"wrote {path}")
