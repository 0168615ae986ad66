"""``manage.py trace_requirements --junit FILE``: every requirement ID, the tests that
cite it and their status in the last run, and a coverage summary (see trace.py).

    python -m pytest tests --junitxml=var/junit.xml
    python manage.py trace_requirements --junit var/junit.xml

``--junit`` may be repeated (e.g. the SQLite and PostgreSQL runs): a test that failed
in any run counts as failing. Exit status 0 unless the files cannot be read, or
``--strict`` and some cited test failed.
"""

import os
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from marquee.compliance.policy import trace

SHARED_REQUIREMENTS = settings.BASE_DIR.parent / "shared" / "docs" / "requirements.md"


def default_requirements() -> Path:
    if os.environ.get("MARQUEE_REQUIREMENTS"):
        return Path(os.environ["MARQUEE_REQUIREMENTS"])
    # The shared document when this checkout sits beside it; otherwise (a CI clone
    # elsewhere) the copy kept in docs/, which a test holds equal to the shared one.
    for candidate in (SHARED_REQUIREMENTS, settings.BASE_DIR / "docs" / "requirements.md"):
        if candidate.exists():
            return candidate
    return SHARED_REQUIREMENTS


class Command(BaseCommand):
    help = "Print every requirement ID with the tests citing it and their last-run status."
    requires_system_checks = []  # a report on a failing build must still print

    def add_arguments(self, parser):
        parser.add_argument("--junit", action="append", default=[], metavar="FILE",
                            help="JUnit XML from pytest --junitxml (repeatable)")
        parser.add_argument("--requirements", type=Path, default=None,
                            help="the requirements document (default: ../shared/docs/requirements.md "
                                 "or its copy in docs/, or $MARQUEE_REQUIREMENTS)")
        parser.add_argument("--tests", type=Path, default=None,
                            help="the tests folder to scan for citing tests (default: tests/)")
        parser.add_argument("--summary", action="store_true",
                            help="one line per requirement, without the tests")
        parser.add_argument("--strict", action="store_true",
                            help="exit 1 when a test citing a requirement failed")

    def handle(self, *args, junit, requirements, tests, summary, strict, **options):
        requirements = requirements or default_requirements()
        tests = tests or settings.BASE_DIR / "tests"
        if not junit:
            raise CommandError("give the JUnit XML of the last run: --junit FILE "
                               "(pytest --junitxml=FILE writes it)")
        missing = [p for p in (requirements, *map(Path, junit)) if not Path(p).exists()]
        if missing:
            raise CommandError(f"not found: {', '.join(map(str, missing))}")
        try:
            # Test ids are dotted from the folder holding tests/, as pytest names them.
            report = trace.build(requirements.read_text(encoding="utf-8"), junit, tests,
                                 Path(tests).resolve().parent)
        except Exception as exc:  # unreadable XML or test source
            raise CommandError(f"cannot build the report: {exc}") from exc
        self.stdout.write(trace.render(report, verbose=not summary))
        if strict and report.counts()["fail"]:
            raise CommandError("some requirements have failing tests")
